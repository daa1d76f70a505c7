"""The same shopper output gets the same decision and format count whichever way a provider delivers it.

Each path is exercised with Inspect's own code for it: the `hf` provider's parser (`HFHandler`), the
tool emulation of OpenAI-compatible providers (`OpenAICompatibleHandler`), and the conversion of an
OpenAI-compatible server's response (`chat_message_assistant_from_openai`), with and without tool calls
parsed by the server.
"""

import pytest
from inspect_ai.model import ChatMessageAssistant, get_model
from inspect_ai.model._call_tools import tool_parse_error_message
from inspect_ai.model._openai import chat_message_assistant_from_openai
from inspect_ai.model._providers.openai_compatible import OpenAICompatibleHandler
from inspect_ai.model._providers.util.hf_handler import HFHandler
from inspect_ai.tool import ToolCall, ToolDef, ToolInfo
from openai.types.chat import ChatCompletionMessage, ChatCompletionMessageToolCall

from salessim_inspect.solvers.provider_calls import (
    parses_tool_calls_from_text,
    provider_of,
    reread_call,
    unparsed_text,
)
from salessim_inspect.solvers.shopper_moves import read_shopper_output
from salessim_inspect.solvers.tools import shopper_tools

TOOLS = [
    ToolInfo(name=d.name, description=d.description, parameters=d.parameters)
    for d in (ToolDef(t) for t in shopper_tools())
]
HF_FAMILIES = ("Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.1-8B-Instruct", "google/gemma-3-12b-it")
WATCH = "Garmin Venu 3 - Slate"


def _server_without_tool_parser(raw: str) -> ChatMessageAssistant:
    """What an OpenAI-compatible server with no tool parser (or any API returning plain text) gives us."""
    return chat_message_assistant_from_openai(
        "m", ChatCompletionMessage(role="assistant", content=raw), TOOLS
    )


def _paths(raw: str) -> dict[str, tuple[ChatMessageAssistant, bool]]:
    """The message each path makes of `raw`, and whether the provider read its calls out of text."""
    paths = {"text": (_server_without_tool_parser(raw), False)}
    for family in HF_FAMILIES:
        paths[f"hf {family}"] = (HFHandler(family, family).parse_assistant_response(raw, TOOLS), True)
    paths["emulate_tools"] = (OpenAICompatibleHandler("m").parse_assistant_response(raw, TOOLS), True)
    return paths


def _outcome(message: ChatMessageAssistant, from_text: bool) -> tuple:
    move = read_shopper_output(message, True, tool_calls_from_text=from_text)
    decision = (move.decision.action, move.decision.product, move.decision.source) if move.decision else None
    return decision, bool(move.problems), " ".join(move.text.split())


SAME_EVERYWHERE = [
    pytest.param(
        f'Great, I will take it. <tool_call>\n{{"name": "add_to_cart", "arguments": {{"product": "{WATCH}"}}}}\n</tool_call>',
        (("add_to_cart", WATCH, "text"), True, "Great, I will take it."),
        id="hermes",
    ),
    pytest.param(
        'Thanks, nothing fits. <tool_call>\n{"name": "end_conversation", "arguments": {}}\n</tool_call>',
        (("end_conversation", None, "text"), True, "Thanks, nothing fits."),
        id="hermes-empty-arguments",
    ),
    pytest.param(
        'Great! I’ll take the Standard Cloth Pintuck Sweatpant. <tool_call>{"function": "add_to_cart", '
        '"arguments": "{"product": "Standard Cloth Pintuck Sweatpant"}"}</tool_call>',
        (
            ("add_to_cart", "Standard Cloth Pintuck Sweatpant", "text"),
            True,
            "Great! I’ll take the Standard Cloth Pintuck Sweatpant.",
        ),
        id="appendix-nested-quotes",
    ),
    pytest.param(
        "Thank you, but I’ll head out for now. <tool_call>end_conversation</tool_call>",
        (("end_conversation", None, "text"), True, "Thank you, but I’ll head out for now."),
        id="appendix-tagged-name",
    ),
    pytest.param(
        "Great! I will take the Honda Accord Hybrid. <tool_call>add_to_cart</tool_call>",
        (("add_to_cart", "Honda Accord Hybrid", "text"), True, "Great! I will take the Honda Accord Hybrid."),
        id="appendix-argumentless",
    ),
    pytest.param(
        "<tool_call>add_to_cart(Apple Watch Series 8)</tool_call>",
        (("add_to_cart", "Apple Watch Series 8", "text"), True, ""),
        id="appendix-tagged-call",
    ),
    pytest.param(
        f'That one.\n```json\n{{"name": "add_to_cart", "arguments": {{"product": "{WATCH}"}}}}\n```',
        (("add_to_cart", WATCH, "text"), True, "That one."),
        id="fenced-json",
    ),
    pytest.param(
        f'{{"name": "add_to_cart", "arguments": {{"product": "{WATCH}"}}}}',
        (("add_to_cart", WATCH, "text"), True, ""),
        id="bare-json",
    ),
    pytest.param(
        "My name is Ana; any arguments for the Venu over the Forerunner? <tool_call>not sure yet</tool_call>",
        (None, True, "My name is Ana; any arguments for the Venu over the Forerunner? not sure yet"),
        id="unreadable-markup",
    ),
    pytest.param(
        "Could you tell me the battery life of each?",
        (None, False, "Could you tell me the battery life of each?"),
        id="plain-prose",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), SAME_EVERYWHERE)
def test_the_same_output_gets_the_same_decision_and_format_count_on_every_path(raw, expected):
    outcomes = {path: _outcome(message, from_text) for path, (message, from_text) in _paths(raw).items()}
    assert outcomes == dict.fromkeys(outcomes, expected)


def test_hf_turns_hermes_text_into_a_native_looking_call_which_still_counts_as_text():
    raw = f'<tool_call>\n{{"name": "add_to_cart", "arguments": {{"product": "{WATCH}"}}}}\n</tool_call>'
    message = HFHandler("Qwen2.5-7B-Instruct", "Qwen/Qwen2.5-7B-Instruct").parse_assistant_response(
        raw, TOOLS
    )
    (call,) = message.tool_calls
    assert call.function == "add_to_cart" and call.parse_error is None  # what Inspect hands us
    move = read_shopper_output(message, act_on_text_tool_calls=True, tool_calls_from_text=True)
    assert move.decision.source == "text" and move.records[0].source == "text"
    assert move.problems[0].startswith("tool call written as text, read out of it by the provider")
    # Not acted on when text calls are switched off; the call then gets an error message back.
    ignored = read_shopper_output(message, act_on_text_tool_calls=False, tool_calls_from_text=True)
    assert ignored.decision is None and set(ignored.call_errors) == {call.id}


def test_an_unknown_call_is_read_again_from_its_raw_text():
    raw = '{"name": "end_conversation", "arguments": {}}'
    message = HFHandler("gemma-3-12b-it", "google/gemma-3-12b-it").parse_assistant_response(
        f"Bye! <tool_call>{raw}</tool_call>", TOOLS
    )
    (call,) = message.tool_calls
    assert (call.function, call.id) == ("unknown", "unknown") and call.parse_error
    assert unparsed_text(call) == raw
    assert reread_call(call) == [("end_conversation", {})]


def test_an_unknown_call_that_is_no_call_puts_its_words_back():
    message = HFHandler("gemma-3-12b-it", "google/gemma-3-12b-it").parse_assistant_response(
        "Hmm. <tool_call>let me think about it</tool_call>", TOOLS
    )
    move = read_shopper_output(message, True, tool_calls_from_text=True)
    assert move.decision is None and move.text == "Hmm.\n\nlet me think about it"
    assert move.problems and set(move.call_errors) == {"unknown"}


def _server_call(arguments: str, content: str = "I'll take it.") -> ChatMessageAssistant:
    call = ChatCompletionMessageToolCall(
        id="call_1", type="function", function={"name": "add_to_cart", "arguments": arguments}
    )
    return chat_message_assistant_from_openai(
        "m", ChatCompletionMessage(role="assistant", content=content, tool_calls=[call]), TOOLS
    )


def test_a_call_parsed_by_the_server_is_native():
    move = read_shopper_output(_server_call(f'{{"product": "{WATCH}"}}'), True)
    assert (move.decision.action, move.decision.product, move.decision.source) == (
        "add_to_cart",
        WATCH,
        "native",
    )
    assert move.problems == [] and move.text == "I'll take it."


def test_a_server_call_with_malformed_arguments_is_read_again_and_counted():
    message = _server_call('{"product": "Levi"s 501 Original Fit Jeans"}')
    assert message.tool_calls[0].parse_error  # Inspect could not parse it
    move = read_shopper_output(message, True)
    assert (move.decision.product, move.decision.source) == ('Levi"s 501 Original Fit Jeans', "text")
    assert move.problems == [
        'a add_to_cart call the provider could not parse, read from its text: {"product": "Levi"s 501 Original Fit Jeans"}'
    ]


def test_a_parse_error_inspect_did_not_write_is_not_guessed_at():
    call = ToolCall(id="x", function="add_to_cart", arguments={}, parse_error="bad JSON")
    assert unparsed_text(call) is None and reread_call(call) == []
    truncated = tool_parse_error_message("x" * 20_000, ValueError("too long"))
    assert unparsed_text(ToolCall(id="y", function="unknown", arguments={}, parse_error=truncated)) is None


def test_which_models_read_tool_calls_out_of_text():
    assert provider_of("hf/Qwen/Qwen2.5-7B-Instruct") == "hf"
    model = get_model("mockllm/model", memoize=False)  # a model of its own: the one below is changed
    assert parses_tool_calls_from_text(model) is False
    model.api.emulate_tools = True  # type: ignore[attr-defined]  # as an OpenAI-compatible provider run with -M emulate_tools=true
    assert parses_tool_calls_from_text(model) is True
