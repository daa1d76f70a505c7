"""Reading a written tool call's function and arguments the way models actually write them.

Valid JSON is the easy case. Models also write JSON whose `arguments` string holds unescaped quotes
(`"arguments": "{"product": "X"}"`, in the SalesSim paper's own transcripts), Python dict reprs, keyword
or positional Python arguments, `key: value` pairs, GLM's `<arg_key>`/`<arg_value>` pairs, Qwen3-Coder's
`<parameter=...>` blocks, or a bare product name. Everything here is a pure function of the text.
"""

import ast
import json
import re

# Keys under which a call object names its function, and holds its arguments.
FUNCTION_KEYS = ("name", "function", "tool", "tool_name", "function_name")
ARGUMENT_KEYS = ("arguments", "parameters", "args", "input", "kwargs", "params")
# Keys under which an add_to_cart call names its product.
PRODUCT_KEYS = (
    "product",
    "product_name",
    "name",
    "item",
    "item_name",
    "product_title",
    "title",
    "productName",
)

IDENTIFIER = r"[A-Za-z_][\w]*"

_QUOTE_PAIRS = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "`": "`"}
_MARKDOWN = re.compile(r"(\*\*|__|\*|`)")
_GLM_PAIR = re.compile(
    r"<arg_key>\s*(.*?)\s*</arg_key>\s*<arg_value>\s*(.*?)\s*(?:</arg_value>|$)", re.DOTALL
)
_PARAMETER = re.compile(r"<parameter=([^>\s]+)>\s*(.*?)\s*(?:</parameter>|(?=<parameter=)|$)", re.DOTALL)
# key=value or key: value, the value quoted (any quote style, or Gemma's <escape> markers) or bare.
_KEYED_VALUE = re.compile(
    r"""["']?([A-Za-z_]\w*)["']?\s*[=:]\s*"""
    r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|\u201c(.*?)\u201d|<escape>(.*?)<escape>|([^,}\)]+))""",
    re.DOTALL,
)
# "key": "value" pairs of an object that is not valid JSON: the value runs to the quote that is followed by
# the next key or the end, so unescaped quotes inside it (Levi"s) are kept.
_LOOSE_PAIR = re.compile(
    r"""["']([A-Za-z_][\w ]*)["']\s*:\s*(?:"(.*?)"|'(.*?)')(?=\s*(?:,\s*["'][A-Za-z_][\w ]*["']\s*:|$))""",
    re.DOTALL,
)
# A first positional argument in quotes, alone or followed by keyword arguments.
_POSITIONAL = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|\u201c(.*?)\u201d)\s*(?:,|$)""", re.DOTALL)
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def clean_value(value: str) -> str:
    """A written argument without surrounding whitespace, matching quotes or markdown emphasis."""
    value = value.strip()
    for _ in range(3):
        before = value
        if len(value) >= 2 and _QUOTE_PAIRS.get(value[0]) == value[-1]:
            value = value[1:-1].strip()
        value = re.sub(r"^(\*\*|__|\*|_)(.+)\1$", r"\2", value, flags=re.DOTALL).strip()
        if value == before:
            break
    return _MARKDOWN.sub("", value).strip() if value.count("**") or value.count("`") else value


def loose_json(text: str) -> object | None:
    """`text` parsed as JSON, else as a Python literal, else as JSON without trailing commas; None if none fits."""
    text = text.strip()
    try:
        return json.loads(text)
    except (json.JSONDecodeError, ValueError):
        pass
    if text[:1] in "{[":
        try:
            return ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            pass
        try:
            return json.loads(_TRAILING_COMMA.sub(r"\1", text))
        except (json.JSONDecodeError, ValueError):
            pass
    return None


def closing_bracket(text: str, start: int) -> int | None:
    """Index just past the bracket that closes the one at `start` (`{` or `[`), counting brackets only.

    Quotes are ignored on purpose: the objects this is used on may hold unescaped quotes, which would throw
    a quote-aware scanner off, while product names essentially never contain brackets.
    """
    depth = 0
    for index in range(start, len(text)):
        char = text[index]
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def loose_object(text: str) -> dict | None:
    """A `{...}` object read even when it is not valid JSON (unescaped inner quotes, single quotes)."""
    parsed = loose_json(text)
    if isinstance(parsed, dict):
        return parsed
    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        return None
    inner = body[1:-1].strip()
    pairs: dict = {}
    # A nested object value (e.g. "arguments": {...} or "arguments": "{...}") is read on its own first.
    nested = re.search(r"""["']([A-Za-z_]\w*)["']\s*:\s*["']?\{""", inner)
    if nested:
        start = inner.index("{", nested.end() - 1)
        end = closing_bracket(inner, start)
        if end is not None:
            pairs[nested.group(1)] = loose_object(inner[start:end]) or {}
            inner = inner[: nested.start()] + inner[end:].lstrip("\"' ").lstrip(",")
    for match in _LOOSE_PAIR.finditer(inner.strip().rstrip(",")):
        value = match.group(2) if match.group(2) is not None else match.group(3)
        pairs.setdefault(match.group(1), value)
    return pairs or None


def parse_arguments(body: str) -> dict:
    """Arguments written after a function name: `(...)` or `{...}` or bare.

    JSON or a Python literal object; `key=value` / `key: value` pairs (quoted, `<escape>`-delimited or bare);
    GLM `<arg_key>`/`<arg_value>` pairs; Qwen3-Coder `<parameter=key>` blocks; or one string, which is taken
    as the product (the only argument either shopper tool has).
    """
    body = body.strip()
    if "<arg_key>" in body:
        return {clean_value(k): clean_value(v) for k, v in _GLM_PAIR.findall(body)}
    if "<parameter=" in body:
        return {clean_value(k): clean_value(v) for k, v in _PARAMETER.findall(body)}
    wrapped = len(body) >= 2 and (body[0], body[-1]) in (("(", ")"), ("{", "}"))
    inner = body[1:-1].strip() if wrapped else body
    if not inner:
        return {}
    for candidate in (body, "{" + inner + "}") if body.startswith("{") else ("{" + inner + "}", inner):
        parsed = loose_json(candidate)
        if isinstance(parsed, dict):
            return parsed
    if body.startswith("{"):
        loose = loose_object(body)
        if loose is not None:
            return loose
    positional = _POSITIONAL.match(inner)
    if positional:
        first = next(g for g in positional.groups() if g is not None)
        arguments = {"product": clean_value(first)}
        for match in _KEYED_VALUE.finditer(inner[positional.end() :]):
            arguments.setdefault(match.group(1), clean_value(_keyed_value(match)))
        return arguments
    if re.match(r"""\s*["']?[A-Za-z_]\w*["']?\s*[=:]""", inner):
        pairs: dict = {}
        for match in _KEYED_VALUE.finditer(inner):
            pairs.setdefault(match.group(1), clean_value(_keyed_value(match)))
        return pairs
    return {"product": clean_value(inner)}


def _keyed_value(match: re.Match) -> str:
    return next((g for g in match.groups()[1:] if g is not None), "")


def call_from_object(value: object) -> tuple[str, dict] | None:
    """(function, arguments) of a call object in any of the shapes models write, or None.

    `{"name": F, "arguments": {...}}` (Hermes, OpenAI-style), `{"function": F, "arguments": "..."}` with the
    arguments as a string, `{"name": F, "parameters": {...}}` (Llama 3.1), `{"type": "function", "function":
    {"name": F, "arguments": ...}}`, `{"tool": F, "args": {...}}`, a one-element list of these, or
    `{"name": F, "product": X}` with the arguments inline.
    """
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if not isinstance(value, dict):
        return None
    function = next((value[k] for k in FUNCTION_KEYS if k in value), None)
    if isinstance(function, dict):
        value, function = function, next((function.get(k) for k in FUNCTION_KEYS if k in function), None)
    if not isinstance(function, str) or not re.fullmatch(
        IDENTIFIER + r"(?:[.:]" + IDENTIFIER + ")*", function
    ):
        return None
    function = re.split(r"[.:]", function)[-1]  # default_api.add_to_cart, functions.add_to_cart
    present = [k for k in ARGUMENT_KEYS if k in value]
    if present:
        arguments = value[present[0]]
    else:
        arguments = {k: v for k, v in value.items() if k not in (*FUNCTION_KEYS, "type", "id")}
    if isinstance(arguments, str):
        text = arguments.strip()
        parsed = loose_object(text) if text.startswith("{") else None
        arguments = parsed if parsed is not None else ({"product": clean_value(text)} if text else {})
    if arguments is None:
        arguments = {}
    if not isinstance(arguments, dict):
        return None
    return function, arguments


def read_call_object(text: str) -> tuple[str, dict] | None:
    """A call object written as JSON or something like it (see `call_from_object`), or None."""
    text = text.strip()
    parsed = loose_json(text)
    if parsed is None and text.startswith("{"):
        parsed = loose_object(text)
    if parsed is None and text.startswith("[") and text.endswith("]"):
        parsed = loose_object(text[1:-1].strip())
    return call_from_object(parsed)


def product_argument(arguments: dict) -> str | None:
    """The product an add_to_cart call names, under whichever key the model used, quotes and markdown removed."""
    for key in PRODUCT_KEYS:
        value = arguments.get(key)
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if isinstance(value, str) and clean_value(value):
            return clean_value(value)
    return None
