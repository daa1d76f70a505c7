"""Reading shopper output: reasoning, and tool calls written as text."""

import pytest
from inspect_ai.model import ChatMessageAssistant, ContentReasoning, ContentText
from inspect_ai.tool import ToolCall

from salessim_inspect.solvers.shopper_moves import read_shopper_output
from salessim_inspect.solvers.text_calls import find_text_tool_calls, split_reasoning


@pytest.mark.parametrize(
    ("text", "function", "product"),
    [
        (
            '<tool_call>{"name": "add_to_cart", "arguments": {"product": "Canvas Market Tote"}}</tool_call>',
            "add_to_cart",
            "Canvas Market Tote",
        ),
        ('I will take it. add_to_cart("Canvas Market Tote")', "add_to_cart", "Canvas Market Tote"),
        ("add_to_cart(product='Canvas Market Tote')", "add_to_cart", "Canvas Market Tote"),
        (
            '```tool_code\nadd_to_cart(product_name="Levi\'s 501 (Original)")\n```',
            "add_to_cart",
            "Levi's 501 (Original)",
        ),
        (
            "default_api:add_to_cart{product:<escape>Heritage Leather Tote<escape>}",
            "add_to_cart",
            "Heritage Leather Tote",
        ),
        (
            '[add_to_cart(product="Metro Commuter Laptop Backpack")]',
            "add_to_cart",
            "Metro Commuter Laptop Backpack",
        ),
        ("Thanks, bye! end_conversation()", "end_conversation", None),
        ("default_api:end_conversation{}", "end_conversation", None),
        ("<tool_call>\nend_conversation()\n</tool_call>", "end_conversation", None),
        ('{"name": "end_conversation", "arguments": {}}', "end_conversation", None),
    ],
)
def test_text_tool_calls_are_found_and_removed(text, function, product):
    calls, rest = find_text_tool_calls(text)
    assert [c.function for c in calls] == [function]
    assert calls[0].arguments.get("product", calls[0].arguments.get("product_name")) == product
    assert function not in rest and "tool_call" not in rest


def test_prose_mentioning_a_tool_is_not_a_call():
    calls, rest = find_text_tool_calls("I'll call add_to_cart once I've decided.")
    assert calls == [] and rest.startswith("I'll call add_to_cart")


def test_reasoning_is_separated_from_what_the_salesbot_sees():
    visible, reasoning = split_reasoning("<reasoning>Over budget, so no.</reasoning>Anything cheaper?")
    assert (visible, reasoning) == ("Anything cheaper?", "Over budget, so no.")
    assert split_reasoning("<think>half a thought") == ("", "half a thought")
    assert split_reasoning("planned</reasoning>Hi") == ("Hi", "planned")
    assert split_reasoning("Just words.") == ("Just words.", None)


def test_calls_inside_reasoning_are_not_acted_on():
    message = ChatMessageAssistant(
        content='<reasoning>maybe add_to_cart("Canvas Market Tote")</reasoning>Tell me more.'
    )
    move = read_shopper_output(message, act_on_text_tool_calls=True)
    assert move.decision is None and move.problems == [] and move.text == "Tell me more."


def test_native_reasoning_is_kept_as_reasoning():
    message = ChatMessageAssistant(
        content=[ContentReasoning(reasoning="cheap enough"), ContentText(text="Hi")]
    )
    move = read_shopper_output(message, act_on_text_tool_calls=True)
    assert (move.text, move.reasoning) == ("Hi", "cheap enough")


def test_malformed_native_calls_are_format_problems_and_not_decisions():
    message = ChatMessageAssistant(
        content="",
        tool_calls=[
            ToolCall(id="a", function="add_to_cart", arguments={}),
            ToolCall(id="b", function="checkout", arguments={}),
            ToolCall(id="c", function="add_to_cart", arguments={}, parse_error="bad JSON"),
        ],
    )
    move = read_shopper_output(message, act_on_text_tool_calls=True)
    assert move.decision is None
    assert len(move.problems) == 3 and set(move.call_errors) == {"a", "b", "c"}


def test_text_calls_can_be_recorded_without_acting():
    message = ChatMessageAssistant(content='add_to_cart("Canvas Market Tote")')
    acted = read_shopper_output(message, act_on_text_tool_calls=True)
    assert acted.decision is not None and acted.decision.source == "text"
    assert acted.decision.product == "Canvas Market Tote"
    ignored = read_shopper_output(message, act_on_text_tool_calls=False)
    assert ignored.decision is None and ignored.problems and ignored.records[0].source == "text"
