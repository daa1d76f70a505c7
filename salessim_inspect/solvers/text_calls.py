"""Shopper output that is not plain dialogue: private reasoning, and tool calls written into the text.

Models without reliable tool calling type their decision instead of calling the tool, in the syntax of
their own chat template or one they picked up elsewhere (docs/scoring.md, "Tool calls written as text",
lists every form with an example). `scan_text` finds them all, so that the dialogue can still end, the
slip is counted as a format error, and the salesbot never sees the markup.

Rules, decided once here:
- Inside unambiguous tool markup (`<tool_call>`, `<function=...>`, `[TOOL_CALLS]`, `<|python_tag|>`, a
  `tool_code` fence, a special-token format) any function name is a call; one we do not offer is still a
  (failed) call and a format error.
- Outside markup only the shopper's own functions count: JSON call objects always; call syntax
  (`end_conversation()`, `add_to_cart("X")`) unless it is only mentioned (see `_is_mention`); a bare
  function name only when it stands as a sentence of its own.
- Markup left over that could not be read as a call is removed and reported.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from salessim_inspect.solvers.call_arguments import (
    ARGUMENT_KEYS,
    FUNCTION_KEYS,
    IDENTIFIER,
    PRODUCT_KEYS,
    call_from_object,
    closing_bracket,
    loose_json,
    parse_arguments,
    product_argument,
    read_call_object,
)

__all__ = [
    "PRODUCT_KEYS",
    "SHOPPER_FUNCTIONS",
    "TextScan",
    "TextToolCall",
    "find_text_tool_calls",
    "product_argument",
    "read_tool_call_body",
    "scan_text",
    "split_reasoning",
]

SHOPPER_FUNCTIONS = ("add_to_cart", "end_conversation")

_REASONING_TAGS = ("reasoning", "think", "thinking")


@dataclass(frozen=True)
class TextToolCall:
    """A tool call found in a message's text."""

    function: str
    arguments: dict = field(default_factory=dict)
    raw: str = ""
    syntax: str = ""  # which written form it was found in (the names of docs/scoring.md's table)


@dataclass(frozen=True)
class TextScan:
    """What a scan of one message's text found."""

    calls: list[TextToolCall]
    text: str  # the text without the calls and the leftover markup: what the salesbot sees
    markup: list[str]  # tool markup that could not be read as a call (removed from `text`)


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


# --- reading the inside of a call ------------------------------------------------------------------

_FUNCS = "|".join(SHOPPER_FUNCTIONS)
_FENCED = re.compile(r"^```[\w-]*[^\n]*\n?(.*?)\n?```$", re.DOTALL)
# name(...), name{...}, default_api.name(...), name.call(...), print(default_api.name(...)), name\n{...}
_BODY_CALL = re.compile(
    rf"^(print\(\s*)?(?:{IDENTIFIER}[.:])*?({IDENTIFIER})(?:\.call)?\s*(\(.*\)|\{{.*\}})(?(1)\s*\))\s*;?$",
    re.DOTALL,
)
_BODY_GLM = re.compile(rf"^({IDENTIFIER})\s*(<arg_key>.*)$", re.DOTALL)
_BODY_FUNCTION_TAG = re.compile(rf"^<function=({IDENTIFIER})>(.*?)(?:</function>)?$", re.DOTALL)
_BODY_NAME = re.compile(rf"^(?:{IDENTIFIER}[.:])*?({IDENTIFIER})(?:\(\s*\))?$")
_BODY_SHOPPER_FREE_TEXT = re.compile(rf"^({_FUNCS})\s*[:\s]\s*(\S.*)$", re.DOTALL | re.IGNORECASE)


def read_tool_call_body(body: str) -> list[tuple[str, dict]]:
    """The calls written inside tool markup (the inside of `<tool_call>...</tool_call>` and the like).

    Any function name counts here: the markup says a call was meant. Returns [] when the body is not a call.
    """
    body = body.strip()
    fenced = _FENCED.match(body)
    if fenced:
        body = fenced.group(1).strip()
    if not body:
        return []
    if body[0] in "{[":
        parsed = loose_json(body)
        if isinstance(parsed, list) and len(parsed) > 1:
            return [call for item in parsed if (call := call_from_object(item)) is not None]
        call = read_call_object(body)
        return [call] if call else []
    for pattern, read in (
        (_BODY_FUNCTION_TAG, lambda m: (m.group(1), parse_arguments(m.group(2)))),
        (_BODY_GLM, lambda m: (m.group(1), parse_arguments(m.group(2)))),
        (_BODY_CALL, lambda m: (m.group(2), parse_arguments(m.group(3)))),
        (_BODY_NAME, lambda m: (m.group(1), {})),
        (_BODY_SHOPPER_FREE_TEXT, lambda m: (m.group(1), {"product": m.group(2).strip()})),
    ):
        match = pattern.match(body)
        if match:
            function, arguments = read(match)
            return [(function.lower() if function.lower() in SHOPPER_FUNCTIONS else function, arguments)]
    return []


# --- finding calls in a message ------------------------------------------------------------------


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    calls: tuple[TextToolCall, ...]


def _found(text: str, start: int, end: int, calls: list[tuple[str, dict]], syntax: str) -> _Found | None:
    if not calls:
        return None
    raw = text[start:end]
    return _Found(start, end, tuple(TextToolCall(f, a, raw, syntax) for f, a in calls))


_OPEN = r"<tool_call>|<\|tool_call\|>|<tool_calls>|<function_call>|<toolcall>|<\|begin_of_box\|>"
_CLOSE = r"</tool_call>|<\|/tool_call\|>|</tool_calls>|</function_call>|</toolcall>|<\|end_of_box\|>"
_TAGGED = re.compile(rf"({_OPEN})(.*?)(?:{_CLOSE}|(?={_OPEN})|$)", re.DOTALL | re.IGNORECASE)


def _tagged(text: str) -> Iterator[_Found]:
    """Hermes/Qwen `<tool_call>...</tool_call>` and its relatives, GLM's `<|begin_of_box|>...</tool_call>`."""
    for match in _TAGGED.finditer(text):
        syntax = "glm_box" if "box" in match.group(1) else "tool_call_tag"
        found = _found(text, match.start(), match.end(), read_tool_call_body(match.group(2)), syntax)
        if found is None:
            # An unclosed tag followed by a call object and then more text: take the object alone.
            body_start = match.start(2) + len(match.group(2)) - len(match.group(2).lstrip())
            if body_start < len(text) and text[body_start] in "{[":
                end = closing_bracket(text, body_start)
                if end is not None:
                    found = _found(
                        text, match.start(), end, read_tool_call_body(text[body_start:end]), syntax
                    )
        if found is not None:
            yield found


_GLM_BARE = re.compile(
    rf"(?<![\w>])({IDENTIFIER})[ \t]*\n?\s*((?:<arg_key>.*?</arg_key>\s*<arg_value>.*?</arg_value>\s*)+)(?:</tool_call>)?",
    re.DOTALL,
)


def _glm_bare(text: str) -> Iterator[_Found]:
    """GLM-4.5's `name <arg_key>k</arg_key> <arg_value>v</arg_value>` whose opening tag was lost."""
    if "<arg_key>" not in text:
        return
    for match in _GLM_BARE.finditer(text):
        found = _found(
            text, match.start(), match.end(), [(match.group(1), parse_arguments(match.group(2)))], "glm_args"
        )
        if found:
            yield found


_FUNCTION_EQ = re.compile(rf"<function=({IDENTIFIER})>(.*?)(?:</function>|$)", re.DOTALL)
_FUNCTION_TAG = re.compile(r"<function>(.*?)</function>", re.DOTALL)


def _function_tags(text: str) -> Iterator[_Found]:
    """Llama 3.1's `<function=name>{...}</function>` (also Qwen3-Coder's, with `<parameter=...>` blocks)."""
    for match in _FUNCTION_EQ.finditer(text):
        body = match.group(2).strip()
        arguments = parse_arguments(body) if body else {}
        yield _Found(
            match.start(),
            match.end(),
            (TextToolCall(match.group(1), arguments, match.group(0), "llama_function_tag"),),
        )
    for match in _FUNCTION_TAG.finditer(text):
        found = _found(
            text, match.start(), match.end(), read_tool_call_body(match.group(1)), "llama_function_tag"
        )
        if found:
            yield found


_PYTHON_TAG = re.compile(r"<\|python_tag\|>(.*?)(?:<\|eom_id\|>|<\|eot_id\|>|$)", re.DOTALL)


def _python_tag(text: str) -> Iterator[_Found]:
    """Llama 3.x's `<|python_tag|>` followed by a JSON call or `name.call(...)`."""
    for match in _PYTHON_TAG.finditer(text):
        found = _found(
            text, match.start(), match.end(), read_tool_call_body(match.group(1)), "llama_python_tag"
        )
        if found:
            yield found


_MISTRAL = re.compile(
    rf"\[TOOL_CALLS\]\s*(?:({IDENTIFIER})\s*(?:\[CALL_ID\]\s*\w+\s*)?\[ARGS\]\s*)?(?=[\[{{])", re.IGNORECASE
)


def _mistral(text: str) -> Iterator[_Found]:
    """Mistral's `[TOOL_CALLS] [{"name": ..., "arguments": {...}}]` and `[TOOL_CALLS]name[ARGS]{...}`."""
    for match in _MISTRAL.finditer(text):
        end = closing_bracket(text, match.end())
        if end is None:
            continue
        payload = text[match.end() : end]
        tail = re.match(r"\s*</s>", text[end:])
        end += tail.end() if tail else 0
        if match.group(1):
            calls = [(match.group(1), parse_arguments(payload))]
        else:
            calls = read_tool_call_body(payload)
        found = _found(text, match.start(), end, calls, "mistral_tool_calls")
        if found:
            yield found


# (syntax, a string every such call contains, pattern)
_SPECIAL_TOKEN_CALLS: tuple[tuple[str, str, re.Pattern], ...] = (
    (
        "kimi",
        "<|tool_call_begin|>",
        re.compile(
            rf"<\|tool_call_begin\|>\s*(?:functions\.)?({IDENTIFIER})(?::\d+)?\s*"
            r"<\|tool_call_argument_begin\|>(.*?)(?:<\|tool_call_end\|>|$)",
            re.DOTALL,
        ),
    ),
    (
        "deepseek",
        "tool",
        re.compile(
            r"<[|｜]tool[▁_]call[▁_]begin[|｜]>\s*(?:function\s*<[|｜]tool[▁_]sep[|｜]>\s*)?"
            rf"({IDENTIFIER})\s*(?:<[|｜]tool[▁_]sep[|｜]>)?(.*?)<[|｜]tool[▁_]call[▁_]end[|｜]>",
            re.DOTALL,
        ),
    ),
    (
        "harmony",
        "<|message|>",
        re.compile(
            r"(?:<\|start\|>\s*assistant\s*)?(?:<\|channel\|>\s*\w+\s*)?"
            rf"to=(?:functions\.)?({IDENTIFIER})\b[^<\n]*?(?:<\|constrain\|>\s*\w+\s*)?"
            r"<\|message\|>(.*?)(?:<\|call\|>|<\|end\|>|$)",
            re.DOTALL,
        ),
    ),
    (
        "function_gemma",
        "<start_function_call>",
        re.compile(
            rf"<start_function_call>\s*(?:call:)?({IDENTIFIER})\s*(\{{.*?\}})\s*(?:<end_function_call>|$)",
            re.DOTALL,
        ),
    ),
)


def _special_tokens(text: str) -> Iterator[_Found]:
    """DeepSeek, Kimi, gpt-oss (harmony) and FunctionGemma calls, written with their special tokens."""
    for syntax, guard, pattern in _SPECIAL_TOKEN_CALLS:
        if guard not in text:
            continue
        for match in pattern.finditer(text):
            body = match.group(2).strip()
            fenced = _FENCED.match(body)
            body = fenced.group(1).strip() if fenced else body
            yield _Found(
                match.start(),
                match.end(),
                (
                    TextToolCall(
                        match.group(1), parse_arguments(body) if body else {}, match.group(0), syntax
                    ),
                ),
            )


_FENCE = re.compile(r"```([\w-]*)[^\n`]*\n?(.*?)```", re.DOTALL)
_TOOL_FENCES = ("tool_code", "tool_call", "tool_calls", "function_call", "tool")
_FENCE_LEFTOVER = re.compile(r"^[\s;\[\],()]*$|^\s*print\(\s*\)\s*$")


def _fences(text: str) -> Iterator[_Found]:
    """Markdown code blocks: Gemma's ```tool_code, and ```json / ```python / bare fences holding a call."""
    for match in _FENCE.finditer(text):
        language, body = match.group(1).lower(), match.group(2)
        inner = [f for f in _loose_calls(body, in_code=True, any_function=language in _TOOL_FENCES)]
        if not inner:
            continue
        syntax = "gemma_tool_code" if language == "tool_code" else "fenced"
        leftover = body
        for f in sorted(inner, key=lambda f: -f.start):
            leftover = leftover[: f.start] + leftover[f.end :]
        if _FENCE_LEFTOVER.match(leftover):
            calls = [(c.function, c.arguments) for f in inner for c in f.calls]
            found = _found(text, match.start(), match.end(), calls, syntax)
            if found:
                yield found
        else:
            offset = match.start(2)
            for f in inner:
                yield _Found(
                    f.start + offset, f.end + offset, tuple(_with_syntax(c, syntax) for c in f.calls)
                )


def _with_syntax(call: TextToolCall, syntax: str) -> TextToolCall:
    return TextToolCall(call.function, call.arguments, call.raw, syntax)


_JSON_START = re.compile(rf"""\{{\s*["']?(?:{"|".join(FUNCTION_KEYS)}|type)["']?\s*:""")
_ARGUMENT_KEY = re.compile(rf"""["']?(?:{"|".join(ARGUMENT_KEYS)})["']?\s*:""")


def _json_objects(text: str, any_function: bool = False) -> Iterator[_Found]:
    """Call objects written as bare JSON (or JSON-like text), alone or in a list."""
    for match in _JSON_START.finditer(text):
        start = match.start()
        end = closing_bracket(text, start)
        if end is None:
            continue
        call = read_call_object(text[start:end])
        if call is None:
            continue
        known = call[0].lower() in SHOPPER_FUNCTIONS
        if not (known or any_function or _ARGUMENT_KEY.search(text[start:end])):
            continue
        # A one-element list around it belongs to the call.
        before = re.search(r"\[\s*$", text[:start])
        after = re.match(r"\s*\]", text[end:])
        if before and after:
            start, end = before.start(), end + after.end()
        function = call[0].lower() if known else call[0]
        yield _Found(start, end, (TextToolCall(function, call[1], text[start:end], "json"),))


_LABELLED = re.compile(
    rf"^[ \t]*(?:\*\*)?(?:Action|Tool call|Tool|Function call|Function|Call)(?:\*\*)?[ \t]*:[ \t]*(?:\*\*|`)?"
    rf"({_FUNCS})(?:\*\*|`)?[ \t]*(\([^\n]*\))?[ \t]*$"
    r"(?:\n[ \t]*(?:\*\*)?(?:Action Input|Arguments|Input|Parameters)(?:\*\*)?[ \t]*:[ \t]*([^\n]*))?",
    re.MULTILINE | re.IGNORECASE,
)


def _labelled(text: str) -> Iterator[_Found]:
    """ReAct-style `Action: add_to_cart` with an optional `Action Input: {...}` line."""
    for match in _LABELLED.finditer(text):
        written = match.group(3) or match.group(2) or ""
        arguments = parse_arguments(written) if written.strip() else {}
        yield _Found(
            match.start(),
            match.end(),
            (TextToolCall(match.group(1).lower(), arguments, match.group(0), "labelled"),),
        )


# Namespaces models put before a function name (Gemini's default_api, harmony's functions).
_NAMESPACES = r"(?:default_api|functions|function|tools|tool|api)"


def _names_a_shopper_function(text: str) -> bool:
    folded = text.casefold()
    return any(function in folded for function in SHOPPER_FUNCTIONS)


_PY_CALL_SHAPE = (
    r"(\bprint\(\s*)?(?:\b{namespaces}[.:])?\b({function})(?:\.call)?[ \t]*"
    r"(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|\{{[^{{}}]*\}})(?(1)\s*\))"
)
# Any function (inside code), and the shopper's own (in running text: far fewer candidates to try).
_PY_CALL = re.compile(_PY_CALL_SHAPE.format(namespaces=_NAMESPACES, function=IDENTIFIER))
_PY_SHOPPER_CALL = re.compile(_PY_CALL_SHAPE.format(namespaces=_NAMESPACES, function=_FUNCS), re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s|$)|\n")
_CLAUSE_BREAK = re.compile(r"[.!?](?=\s|$)|\n|[,;]|\s[-–—]\s")
# Words that make a call in running text hypothetical or negated: it is talked about, not made.
_HEDGE = re.compile(
    r"\b(?:not|never|maybe|perhaps|might|could|if|whether|once|when|before|until|unless|later|rather|instead)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)
_CONTINUES = re.compile(
    r"[ \t]*,?[ \t]*(?:later|but|if|once|when|until|unless|after|before|yet|eventually|or)\b", re.I
)


_LOOKBACK = 400


def _is_mention(text: str, start: int, end: int) -> bool:
    """Whether call syntax at text[start:end] is only talked about.

    It is when, in its sentence, the clause before it (since the last sentence end, comma, semicolon or
    dash) holds a hedge or negation ("I could use end_conversation() but..."), the sentence goes on with a
    word that puts the call off ("... later", "... but", "... once I know"), or the sentence is a question
    with words besides the call ("Should I add_to_cart("X")?").
    """
    # A sentence is looked at back to _LOOKBACK characters at most, so long messages stay linear.
    floor = max(0, start - _LOOKBACK)
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, floor, start)), default=floor)
    before = text[clause_start:start]
    stop = _SENTENCE_BREAK.search(text, end)
    sentence_end = stop.start() if stop else len(text)
    after = text[end:sentence_end]
    sentence_start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, floor, start)), default=floor)
    wordy = bool(re.search(r"\w", text[sentence_start:start] + after))
    question = stop is not None and stop.group(0) == "?" and wordy
    return bool(question or _HEDGE.search(before) or _CONTINUES.match(after))


def _python_calls(text: str, in_code: bool = False, any_function: bool = False) -> Iterator[_Found]:
    """`add_to_cart("X")`, `end_conversation()`, `default_api:end_conversation{}`, `[add_to_cart(...)]`."""
    if not (any_function or _names_a_shopper_function(text)):
        return
    for match in (_PY_CALL if any_function else _PY_SHOPPER_CALL).finditer(text):
        function = match.group(2)
        known = function.lower() in SHOPPER_FUNCTIONS
        if not (known or any_function):
            continue
        if not in_code and _is_mention(text, match.start(), match.end()):
            continue
        arguments = parse_arguments(match.group(3))
        yield _Found(
            match.start(),
            match.end(),
            (
                TextToolCall(
                    function.lower() if known else function, arguments, match.group(0), "python_call"
                ),
            ),
        )


_BARE_NAME = re.compile(
    rf"(?:^|(?<=[.!?:])[ \t]+|(?<=\n))[ \t]*(\*\*|`|_)?({_FUNCS})(?(1)(?:\*\*|`|_))[ \t]*[.!]?(?=[ \t]*(?:\n|$)|[ \t]+[A-Z])",
    re.IGNORECASE,
)


def _bare_names(text: str) -> Iterator[_Found]:
    """A shopper function's name standing as a sentence of its own ("Thanks! end_conversation")."""
    if not _names_a_shopper_function(text):
        return
    for match in _BARE_NAME.finditer(text):
        yield _Found(
            match.start(),
            match.end(),
            (TextToolCall(match.group(2).lower(), {}, match.group(0).strip(), "bare_name"),),
        )


def _loose_calls(text: str, in_code: bool = False, any_function: bool = False) -> list[_Found]:
    """Calls outside tool markup: JSON objects, then call syntax (non-overlapping)."""
    return _claim(
        text, [lambda t: _json_objects(t, any_function), lambda t: _python_calls(t, in_code, any_function)]
    )


# In order of precedence: a span claimed by an earlier finder is not looked at again.
_FINDERS: tuple[Callable[[str], Iterator[_Found]], ...] = (
    _special_tokens,
    _mistral,
    _python_tag,
    _tagged,
    _function_tags,
    _glm_bare,
    _fences,
    _json_objects,
    _labelled,
    _python_calls,
    _bare_names,
)


def _claim(text: str, finders) -> list[_Found]:
    claimed: list[_Found] = []
    for finder in finders:
        for found in finder(text):
            if not any(found.start < c.end and c.start < found.end for c in claimed):
                claimed.append(found)
    return sorted(claimed, key=lambda f: f.start)


# Tool markup that is never dialogue. Whatever of it is left once the calls are taken out could not be read.
_MARKUP = re.compile(
    r"</?tool_calls?>|<\|/?tool_call\|>|</?function_call>|</?toolcall>|<function=[^>\n]*>|</?function>"
    r"|<\|python_tag\|>|<\|eom_id\|>|<\|eot_id\|>|<\|start_header_id\|>\w*<\|end_header_id\|>"
    r"|\[/?TOOL_CALLS\]|\[ARGS\]|\[CALL_ID\]\w*|\[/?TOOL_RESULTS\]"
    r"|<\|(?:begin|end)_of_box\|>|</?arg_(?:key|value)>|</?parameter(?:=[^>\n]*)?>"
    r"|<(?:start|end)_function_call>|<[|｜]tool[▁_][a-z▁_]+[|｜]>|<\|tool_calls?_[a-z_]+\|>"
    r"|<\|(?:start|channel|message|constrain|call|end|return)\|>"
    r"|```(?:tool_code|tool_call|tool_calls|function_call)\s*```",
    re.IGNORECASE,
)


_UNREAD_TOOL_FENCE = re.compile(
    rf"```({'|'.join(_TOOL_FENCES)})[^\n`]*\n?(.*?)```", re.DOTALL | re.IGNORECASE
)
_MARKUP_BEFORE = re.compile(rf"(?:{_MARKUP.pattern})\s*$", re.IGNORECASE)
_MARKUP_AFTER = re.compile(rf"^\s*(?:{_MARKUP.pattern}|</s>)", re.IGNORECASE)


def _with_wrappers(text: str, found: list[_Found]) -> list[tuple[int, int]]:
    """The spans of `found`, each grown over the markup that wraps it (`<tool_call>` around `<function=...>`,
    DeepSeek's and Kimi's section tokens, `<|eom_id|>`): that markup was read, not left over."""
    spans: list[tuple[int, int]] = []
    for f in found:
        start, end = f.start, f.end
        floor = spans[-1][1] if spans else 0
        while (before := _MARKUP_BEFORE.search(text, floor, start)) is not None:
            start = before.start()
        while (after := _MARKUP_AFTER.match(text[end:])) is not None:
            end += after.end()
        spans.append((start, end))
    return spans


def scan_text(text: str) -> TextScan:
    """Every tool call written into `text` (in order), the text without them, and unreadable markup."""
    found = _claim(text, _FINDERS)
    pieces, cursor = [], 0
    for start, end in _with_wrappers(text, found):
        start = max(start, cursor)
        pieces.append(text[cursor:start])
        pieces.append(_CUT)
        cursor = max(end, cursor)
    pieces.append(text[cursor:])
    remaining = "".join(pieces)
    # A tool fence whose contents are no call: the fence is markup, the words inside it stay.
    markup = [f"```{m.group(1)}" for m in _UNREAD_TOOL_FENCE.finditer(remaining)]
    remaining = _UNREAD_TOOL_FENCE.sub(lambda m: f"{_CUT}{m.group(2)}{_CUT}", remaining)
    markup += [m.group(0) for m in _MARKUP.finditer(remaining)]
    remaining = _MARKUP.sub(_CUT, remaining)
    return TextScan([call for f in found for call in f.calls], _tidy(remaining), markup)


def find_text_tool_calls(text: str) -> tuple[list[TextToolCall], str]:
    """Shopper tool calls written into `text`, in order, and the text without them (or any leftover markup)."""
    scan = scan_text(text)
    return scan.calls, scan.text


_CUT = "\x00"  # where something was taken out of the text
_EMPTY_WRAPPERS = re.compile(r"```[\w-]*\s*```|\[\s*\]")
# What wrapped a call that was taken out: "`add_to_cart(...)`", "**end_conversation()**", a code fence.
_EMPTIED_WRAPPERS = re.compile(
    rf"```[\w-]*[^\n`{_CUT}]*\n?[\s{_CUT}]*```|`+[ \t{_CUT}]*{_CUT}[ \t{_CUT}]*`+"
    rf"|\*\*[ \t{_CUT}]*{_CUT}[ \t{_CUT}]*\*\*|\[[\s{_CUT}]*{_CUT}[\s{_CUT}]*\]"
)


def _tidy(text: str) -> str:
    while _CUT in text:
        emptied = _EMPTIED_WRAPPERS.sub(_CUT, text)
        if emptied == text:
            break
        text = emptied
    text = _EMPTY_WRAPPERS.sub(" ", text)
    # "I'll take it. add_to_cart(...)!" leaves "I'll take it. !": a cut does not keep punctuation apart.
    text = re.sub(rf"[ \t]*{_CUT}[\s{_CUT}]*(?=[.,!?;:])", "", text)
    text = re.sub(rf"(^|\n)[ \t{_CUT}]*{_CUT}[ \t]*", r"\1", text)  # a cut at a line start leaves no indent
    text = text.replace(_CUT, " ")
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()
