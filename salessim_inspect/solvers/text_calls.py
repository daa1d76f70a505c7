"""Shopper output that is not plain dialogue: private reasoning, and tool calls written into the text.

Models without reliable tool calling often type their decision instead of calling the tool, in one of a
few recognisable shapes; we find those, so that the dialogue can still end and the slip is counted.
"""

import json
import re
from dataclasses import dataclass, field

SHOPPER_FUNCTIONS = ("add_to_cart", "end_conversation")
PRODUCT_KEYS = ("product", "product_name", "name", "item", "product_title", "title")

_REASONING_TAGS = ("reasoning", "think", "thinking")


@dataclass(frozen=True)
class TextToolCall:
    """A tool call found in a message's text."""

    function: str
    arguments: dict = field(default_factory=dict)
    raw: str = ""


def split_reasoning(text: str) -> tuple[str, str | None]:
    """Separate `<reasoning>` (or `<think>`) blocks from the rest of `text`: (visible text, reasoning)."""
    reasoning: list[str] = []
    visible = text
    for tag in _REASONING_TAGS:
        closed = re.compile(rf"<{tag}>(.*?)</{tag}>", re.DOTALL | re.IGNORECASE)
        reasoning += [m.strip() for m in closed.findall(visible)]
        visible = closed.sub(" ", visible)
        # An unclosed opening tag: everything after it is still being thought.
        opened = re.search(rf"<{tag}>", visible, re.IGNORECASE)
        if opened:
            reasoning.append(visible[opened.end() :].strip())
            visible = visible[: opened.start()]
        # A closing tag without its opening (some chat templates emit the opening tag themselves).
        stray = re.search(rf"</{tag}>", visible, re.IGNORECASE)
        if stray:
            reasoning.insert(0, visible[: stray.start()].strip())
            visible = visible[stray.end() :]
    found = "\n\n".join(r for r in reasoning if r)
    return _tidy(visible), (found or None)


def product_argument(arguments: dict) -> str | None:
    """The product an add_to_cart call names, under whichever key the model used."""
    for key in PRODUCT_KEYS:
        value = arguments.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


_FUNCS = "|".join(SHOPPER_FUNCTIONS)
# <tool_call> ... </tool_call>, or an unclosed one running to the end of the text.
_TAGGED = re.compile(r"<tool_call>\s*(.*?)\s*(?:</tool_call>|$)", re.DOTALL | re.IGNORECASE)
# add_to_cart("X"), add_to_cart(product='X'), default_api.end_conversation(), default_api:end_conversation{}
_CALL = re.compile(
    rf"(?:\b[\w]+[:.])?\b({_FUNCS})\s*(\((?:[^()]|\([^()]*\))*\)|\{{[^{{}}]*\}})",
    re.IGNORECASE,
)
# {"name": "add_to_cart", "arguments": {...}} written as bare JSON.
_JSON_CALL = re.compile(rf"\{{\s*\"(?:name|function|tool)\"\s*:\s*\"(?:{_FUNCS})\".*?\}}\s*\}}?", re.DOTALL)
_FENCE = re.compile(r"```[\w-]*\s*```")
_KEYED_VALUE = re.compile(
    r"""["']?(\w+)["']?\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|<escape>(.*?)<escape>|([^,}\)]+))""", re.DOTALL
)
_STRING = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)')\s*$""", re.DOTALL)


def _tidy(text: str) -> str:
    text = _FENCE.sub(" ", text)
    text = re.sub(r"\[\s*\]", " ", text)  # what is left of "[add_to_cart(...)]"
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _parse_arguments(body: str) -> dict:
    """Arguments of a text call: JSON, key=value / key: value pairs, or one bare string (the product)."""
    body = body.strip()
    wrapped = body.startswith(("(", "{")) and body.endswith((")", "}"))
    inner = body[1:-1].strip() if wrapped else body
    if not inner:
        return {}
    for candidate in (body, "{" + inner + "}"):
        try:
            parsed = json.loads(candidate)
        except (json.JSONDecodeError, ValueError):
            continue
        if isinstance(parsed, dict):
            return parsed
    string = _STRING.match(inner)
    if string:
        return {"product": next(g for g in string.groups() if g is not None)}
    pairs = {}
    for match in _KEYED_VALUE.finditer(inner):
        value = next((g for g in match.groups()[1:] if g is not None), "").strip()
        pairs.setdefault(match.group(1), value)
    if pairs:
        return pairs
    return {"product": inner.strip().strip("\"'")}


def _from_json(payload: str) -> TextToolCall | None:
    try:
        parsed = json.loads(payload)
    except (json.JSONDecodeError, ValueError):
        return None
    if isinstance(parsed, list) and parsed:
        parsed = parsed[0]
    if not isinstance(parsed, dict):
        return None
    function = parsed.get("name") or parsed.get("function") or parsed.get("tool")
    if isinstance(function, dict):  # {"function": {"name": ..., "arguments": ...}}
        parsed, function = function, function.get("name")
    if not isinstance(function, str) or function.lower() not in SHOPPER_FUNCTIONS:
        return None
    arguments = parsed.get("arguments", parsed.get("parameters", parsed.get("args", {})))
    if isinstance(arguments, str):
        try:
            arguments = json.loads(arguments)
        except (json.JSONDecodeError, ValueError):
            arguments = {"product": arguments}
    return TextToolCall(function.lower(), arguments if isinstance(arguments, dict) else {}, payload)


def find_text_tool_calls(text: str) -> tuple[list[TextToolCall], str]:
    """Shopper tool calls written into `text`, in order, and the text without them."""
    found: list[tuple[int, TextToolCall]] = []
    remaining = text

    def take(match: re.Match, call: TextToolCall | None) -> str:
        if call is None:
            return match.group(0)
        found.append((match.start(), TextToolCall(call.function, call.arguments, match.group(0))))
        return " "

    def tagged(match: re.Match) -> str:
        payload = match.group(1)
        call = _from_json(payload)
        if call is None:
            inner = _CALL.search(payload)
            if inner:
                call = TextToolCall(inner.group(1).lower(), _parse_arguments(inner.group(2)))
        return take(match, call)

    remaining = _TAGGED.sub(tagged, remaining)
    remaining = _JSON_CALL.sub(lambda m: take(m, _from_json(m.group(0))), remaining)
    remaining = _CALL.sub(
        lambda m: take(m, TextToolCall(m.group(1).lower(), _parse_arguments(m.group(2)))), remaining
    )
    # Positions refer to successively rewritten texts; stable sort keeps each pass in order of appearance.
    calls = [call for _, call in sorted(found, key=lambda item: item[0])]
    return calls, _tidy(remaining)
