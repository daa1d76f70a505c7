"""How the shopper's tool calls reach us from each kind of provider, and which of them count as native.

A call is *native* when the model's API returned it as a structured tool call: the hosted APIs (OpenAI,
Anthropic, Google, Mistral, ...), and servers that run a tool parser for the model's chat template (vLLM or
SGLang started with a tool-call parser, Ollama, TGI). Whatever the model wrote that such a parser did not
turn into a call reaches us as text, and we read it (`text_calls.scan_text`): a format error.

Two Inspect paths have no tool channel and read calls out of the generated text on our side instead:
the `hf` provider (`inspect_ai/model/_providers/util/hf_handler.py`: `<tool_call>` blocks, ```json fences,
`{...}}` objects) and OpenAI-compatible providers run with `-M emulate_tools=true` (and Azure AI with Llama
models, which emulates by default; `util/llama31.py`: `<tool_call>` blocks). Those calls were written as
text exactly as if a server without a tool parser had returned the same text to us, so they count as text
calls too: the same output gets the same decision and the same format count on every path where the
model's text reaches Inspect.

A call a provider could not parse arrives with `parse_error` (the text-reading paths: as a call to the
function `unknown`; an OpenAI-compatible server: the function named, its arguments not valid JSON). Inspect
puts the raw text in the error message; we read it again with our parser, so a decision written in a shape
the provider does not know (`{"function": "add_to_cart", "arguments": "{"product": "X"}"}`, or
`{"name": "end_conversation", "arguments": {}}`, which `hf` rejects for its empty arguments) still decides,
and counts as a format error.
"""

import re

from inspect_ai.model import Model
from inspect_ai.tool import ToolCall

from salessim_inspect.solvers.call_arguments import parse_arguments
from salessim_inspect.solvers.text_calls import read_tool_call_body

# Providers that always read tool calls out of the model's generated text inside Inspect.
CLIENT_SIDE_TOOL_PARSING = frozenset({"hf"})
# The function name Inspect gives a tool call it read out of text but could not parse.
UNPARSED_FUNCTION = "unknown"

# inspect_ai.model._call_tools.tool_parse_error_message: the raw text, then the error.
_PARSE_ERROR = re.compile(
    r"^Error parsing the following tool call arguments:\n\n(.*)\n\nError details: ", re.DOTALL
)
_TRUNCATED = re.compile(r"\n\n\(arguments middle-truncated from \d+ bytes\)$")


def provider_of(model: Model | str) -> str:
    """The provider part of a model's name ("hf" for "hf/Qwen/Qwen2.5-7B-Instruct")."""
    return str(model).split("/", 1)[0]


def parses_tool_calls_from_text(model: Model) -> bool:
    """Whether `model`'s provider turns text the model wrote into tool calls on our side of the API.

    True for `hf`, and for providers emulating tool calls (`emulate_tools`, which Azure AI switches on
    by itself for Llama models at the first request; this is read after each generate, so it is seen).
    """
    return provider_of(model) in CLIENT_SIDE_TOOL_PARSING or getattr(model.api, "emulate_tools", None) is True


def unparsed_text(call: ToolCall) -> str | None:
    """The raw text of a call the provider could not parse, when Inspect kept it whole; else None."""
    if not call.parse_error:
        return None
    match = _PARSE_ERROR.match(call.parse_error)
    if match is None or _TRUNCATED.search(match.group(1)):
        return None
    return match.group(1)


def reread_call(call: ToolCall) -> list[tuple[str, dict]]:
    """(function, arguments) of a call the provider could not parse, read again from its raw text.

    For `hf`'s `unknown` calls the raw text is the whole inside of the markup (`end_conversation`, a JSON
    object with unescaped quotes); otherwise it is the arguments of a call to `call.function`.
    """
    raw = unparsed_text(call)
    if raw is None or not raw.strip():
        return []
    if call.function == UNPARSED_FUNCTION:
        return read_tool_call_body(raw)
    return [(call.function, parse_arguments(raw))]
