"""Reading a shopper's output: what it said, what it thought, and whether (and how well) it decided."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from inspect_ai.model import ChatMessageAssistant, ContentReasoning

from salessim_inspect.solvers.provider_calls import UNPARSED_FUNCTION, reread_call, unparsed_text
from salessim_inspect.solvers.taken_product import taken_product
from salessim_inspect.solvers.text_calls import (
    SHOPPER_FUNCTIONS,
    product_argument,
    scan_text,
    split_reasoning,
)
from salessim_inspect.solvers.tools import ADD_TO_CART
from salessim_inspect.transcript import ToolCallRecord

ProductsNamed = Callable[[str], list[str]]


@dataclass(frozen=True)
class ChosenDecision:
    action: Literal["add_to_cart", "end_conversation"]
    product: str | None
    source: Literal["native", "text"]
    call_id: str | None = None  # the native tool call it came from


@dataclass
class ShopperMove:
    """One shopper output, interpreted."""

    text: str  # what the salesbot sees: no reasoning, no text-written tool calls, no tool markup
    reasoning: str | None
    records: list[ToolCallRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    decision: ChosenDecision | None = None
    # Errors to send back for native calls that were not acted on, by tool call id.
    call_errors: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.text and not self.records


@dataclass(frozen=True)
class _Call:
    """A call of the shopper, whichever way it reached us."""

    function: str
    arguments: dict
    source: Literal["native", "text"]
    written: str | None = None  # the format problem in how it was written; None for a clean native call
    call_id: str | None = None


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


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 200 else text[:197] + "..."


def _calls_of(message: ChatMessageAssistant, from_text: bool, move: ShopperMove) -> list[_Call]:
    """The message's native calls as they count: native, text (read out of text by the provider), or failed."""
    calls: list[_Call] = []
    for call in message.tool_calls or []:
        arguments = dict(call.arguments or {})
        if call.parse_error:
            recovered = reread_call(call)
            raw = unparsed_text(call)
            if not recovered and call.function == UNPARSED_FUNCTION and raw and raw.strip():
                # The provider took markup-wrapped words for a call, and they are none: had the text
                # reached us, we would have removed the markup and kept the words, so do that.
                move.text = "\n\n".join(part for part in (move.text, raw.strip()) if part)
                problem = (
                    f"tool markup that could not be read (the provider took it for a call): {_short(raw)}"
                )
                move.problems.append(problem)
                move.call_errors[call.id] = problem
                continue
            if not recovered:
                problem = f"malformed {call.function} call: {_short(call.parse_error)}"
                move.problems.append(problem)
                move.records.append(
                    ToolCallRecord(
                        function=call.function, arguments=arguments, source="native", error=problem
                    )
                )
                move.call_errors[call.id] = problem
                continue
            what = "a tool call" if call.function == UNPARSED_FUNCTION else f"a {call.function} call"
            written = f"{what} the provider could not parse, read from its text: {_short(raw or '')}"
            calls += [_Call(f, a, "text", written, call.id) for f, a in recovered]
        elif from_text:
            written = (
                f"tool call written as text, read out of it by the provider: {call.function}({arguments})"
            )
            calls.append(_Call(call.function, arguments, "text", written, call.id))
        else:
            calls.append(_Call(call.function, arguments, "native", None, call.id))
    return calls


def _product_of(
    call: _Call, text: str, products_named: ProductsNamed | None
) -> tuple[str | None, str | None]:
    """(product, problem) of an add_to_cart call.

    A text call without an argument takes the product its message says it takes ("I will take the Honda
    Accord Hybrid"), else the one catalog product the message names; a native call must name it.
    """
    product = product_argument(call.arguments)
    if product is not None:
        return product, None
    if call.source == "native":
        return None, f"{ADD_TO_CART} called without a product"
    product = taken_product(text)
    if product is None and products_named is not None:
        named = products_named(text)
        product = named[0] if len(named) == 1 else None
    if product is None:
        return (
            None,
            f"{ADD_TO_CART} written without a product, and the message does not say which one it takes",
        )
    return product, None


def read_shopper_output(
    message: ChatMessageAssistant,
    act_on_text_tool_calls: bool,
    *,
    tool_calls_from_text: bool = False,
    products_named: ProductsNamed | None = None,
) -> ShopperMove:
    """Interpret a shopper message; the first valid native decision wins, then (if allowed) a text one.

    Args:
        message: The shopper model's output message.
        act_on_text_tool_calls: Act on decisions written as text (or read out of text by the provider).
        tool_calls_from_text: The provider made the message's tool calls out of text the model wrote
            (`provider_calls.parses_tool_calls_from_text`), so they count as written as text.
        products_named: Catalog products a text names, for an add_to_cart written without its argument.
    """
    visible, tagged_reasoning = split_reasoning(message.text or "")
    reasoning = "\n\n".join(r for r in (native_reasoning(message), tagged_reasoning) if r) or None
    scan = scan_text(visible)
    move = ShopperMove(text=scan.text, reasoning=reasoning)

    calls = _calls_of(message, tool_calls_from_text, move)
    calls += [
        _Call(c.function, c.arguments, "text", f"tool call written as text ({c.syntax}): {_short(c.raw)}")
        for c in scan.calls
    ]
    move.problems += [f"tool markup that could not be read: {token}" for token in scan.markup]

    for call in calls:
        record = ToolCallRecord(function=call.function, arguments=dict(call.arguments), source=call.source)
        if call.written:
            move.problems.append(call.written)
        product, problem = None, None
        if call.function not in SHOPPER_FUNCTIONS:
            problem = f"unknown tool {call.function!r}"
        elif not isinstance(call.arguments, dict):
            problem = f"{call.function} arguments are not an object"
        elif call.function == ADD_TO_CART:
            product, problem = _product_of(call, scan.text, products_named)
            if problem is None and product_argument(call.arguments) is None:
                move.problems.append(
                    f"{ADD_TO_CART} written without a product; took {product!r} from the message"
                )
        if problem:
            move.problems.append(problem)
            record.error = problem
        elif call.source == "text" and not act_on_text_tool_calls:
            record.error = "not acted on (act_on_text_tool_calls is off)"
        elif move.decision is None:
            move.decision = ChosenDecision(call.function, product, call.source, call.call_id)  # type: ignore[arg-type]
            record.result = "accepted"
        else:
            record.error = "another decision was already made in this message"
        if record.error and call.call_id is not None:
            move.call_errors[call.call_id] = record.error
        move.records.append(record)
    return move
