"""Reading a shopper's output: what it said, what it thought, and whether (and how well) it decided."""

from dataclasses import dataclass, field
from typing import Literal

from inspect_ai.model import ChatMessageAssistant, ContentReasoning

from salessim_inspect.solvers.text_calls import (
    SHOPPER_FUNCTIONS,
    find_text_tool_calls,
    product_argument,
    split_reasoning,
)
from salessim_inspect.solvers.tools import ADD_TO_CART
from salessim_inspect.transcript import ToolCallRecord


@dataclass(frozen=True)
class ChosenDecision:
    action: Literal["add_to_cart", "end_conversation"]
    product: str | None
    source: Literal["native", "text"]
    call_id: str | None = None  # the native tool call it came from


@dataclass
class ShopperMove:
    """One shopper output, interpreted."""

    text: str  # what the salesbot sees: no reasoning, no text-written tool calls
    reasoning: str | None
    records: list[ToolCallRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    decision: ChosenDecision | None = None
    # Errors to send back for native calls that were not acted on, by tool call id.
    call_errors: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.text and not self.records


def native_reasoning(message: ChatMessageAssistant) -> str | None:
    if isinstance(message.content, str):
        return None
    parts = []
    for content in message.content:
        if isinstance(content, ContentReasoning):
            readable = content.summary if content.redacted else (content.reasoning or content.summary)
            if readable:
                parts.append(readable.strip())
    return "\n\n".join(parts) or None


def _check_decision_call(function: str, arguments: object) -> tuple[str | None, str | None]:
    """(product, problem) for a decision call's arguments."""
    if not isinstance(arguments, dict):
        return None, f"{function} arguments are not an object"
    if function == ADD_TO_CART:
        product = product_argument(arguments)
        if product is None:
            return None, "add_to_cart called without a product"
        return product, None
    return None, None


def read_shopper_output(message: ChatMessageAssistant, act_on_text_tool_calls: bool) -> ShopperMove:
    """Interpret a shopper message; the first valid native decision wins, then (if allowed) a text one."""
    visible, tagged_reasoning = split_reasoning(message.text or "")
    reasoning = "\n\n".join(r for r in (native_reasoning(message), tagged_reasoning) if r) or None
    text_calls, visible = find_text_tool_calls(visible)
    move = ShopperMove(text=visible, reasoning=reasoning)

    for call in message.tool_calls or []:
        record = ToolCallRecord(function=call.function, arguments=dict(call.arguments or {}), source="native")
        problem = None
        product = None
        if call.parse_error:
            problem = f"malformed {call.function} call: {call.parse_error}"
        elif call.function not in SHOPPER_FUNCTIONS:
            problem = f"unknown tool {call.function!r}"
        else:
            product, problem = _check_decision_call(call.function, call.arguments)
        if problem is None and move.decision is None:
            move.decision = ChosenDecision(call.function, product, "native", call.id)  # type: ignore[arg-type]
            record.result = "accepted"
        else:
            reason = problem or "another decision was already made in this message"
            if problem:
                move.problems.append(problem)
            record.error = reason
            move.call_errors[call.id] = reason
        move.records.append(record)

    for call in text_calls:
        record = ToolCallRecord(function=call.function, arguments=dict(call.arguments), source="text")
        move.problems.append(f"tool call written as text: {call.raw.strip()[:200]}")
        product, problem = _check_decision_call(call.function, call.arguments)
        if problem:
            move.problems.append(problem)
            record.error = problem
        elif not act_on_text_tool_calls:
            record.error = "not acted on (act_on_text_tool_calls is off)"
        elif move.decision is None:
            move.decision = ChosenDecision(call.function, product, "text")  # type: ignore[arg-type]
            record.result = "accepted"
        else:
            record.error = "another decision was already made in this message"
        move.records.append(record)
    return move
