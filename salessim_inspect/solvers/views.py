"""How each party sees the dialogue.

Each model sees its own turns as `assistant` and the other side's as `user`; tool traffic stays with the
agent that made it; the shopper's reasoning never reaches the salesbot. `state.messages` gets a third
view, for people reading the log in `inspect view`: shopper turns as assistant messages (with their
reasoning), salesbot turns and lookups as labelled user messages.
"""

from inspect_ai.model import (
    ChatMessageAssistant,
    ChatMessageTool,
    ChatMessageUser,
    Content,
    ContentImage,
    ContentReasoning,
    ContentText,
)
from inspect_ai.tool import ToolCall

from salessim_inspect.catalog import Catalog
from salessim_inspect.transcript import ToolCallRecord, Turn

NO_MESSAGE = "(no message)"
SALESBOT_LABEL = "Salesbot"


def shopper_turn_for_salesbot(turn: Turn) -> ChatMessageUser:
    """A shopper turn as the salesbot reads it: the visible text only."""
    return ChatMessageUser(content=turn.text or NO_MESSAGE)


def salesbot_turn_for_shopper(
    turn: Turn, catalog: Catalog, images: bool, shown: set[str] | None = None
) -> ChatMessageUser:
    """A salesbot turn as the shopper reads it: the text, plus pictures of the products it names.

    A picture is attached only the first time its product is named (`shown` collects those already
    sent): the shopper's model keeps every earlier message, so sending it again adds nothing but bytes.
    """
    text = turn.text or NO_MESSAGE
    shown = set() if shown is None else shown
    pictures: list[Content] = []
    if images:
        for name in turn.products_named:
            if name in shown:
                continue
            product = catalog.product(name)
            image = catalog.image_data_uri(product) if product else None
            if image is not None:
                shown.add(name)
                pictures.append(ContentImage(image=image))
    if not pictures:
        return ChatMessageUser(content=text)
    return ChatMessageUser(content=[ContentText(text=text), *pictures])


def readable_salesbot_turn(text: str) -> ChatMessageUser:
    return ChatMessageUser(content=f"{SALESBOT_LABEL}: {text or NO_MESSAGE}")


def _call_summary(record: ToolCallRecord) -> str:
    arguments = ", ".join(f"{key}={value!r}" for key, value in record.arguments.items())
    return f"{record.function}({arguments})"


def readable_lookup(record: ToolCallRecord, retrieved: list[str]) -> ChatMessageUser:
    """A salesbot tool call in one line or two: what it asked, and what came back."""
    if record.error:
        outcome = f"error: {record.error}"
    elif retrieved:
        outcome = "found: " + "; ".join(retrieved)
    else:
        outcome = (record.result or "").split("\n", 1)[0]
    return ChatMessageUser(content=f"{SALESBOT_LABEL} looked up {_call_summary(record)}\n→ {outcome}")


def readable_shopper_turn(turn: Turn, raw_text: str) -> list[ChatMessageAssistant | ChatMessageTool]:
    """A shopper turn for the log: its words, its reasoning, and each tool call with its outcome."""
    content: list[Content] = []
    if turn.reasoning:
        content.append(ContentReasoning(reasoning=turn.reasoning))
    content.append(ContentText(text=raw_text or NO_MESSAGE))
    calls = [
        ToolCall(id=f"shopper-{turn.index}-{i}", function=record.function, arguments=record.arguments)
        for i, record in enumerate(turn.tool_calls)
    ]
    messages: list[ChatMessageAssistant | ChatMessageTool] = [
        ChatMessageAssistant(content=content, tool_calls=calls or None)
    ]
    for call, record in zip(calls, turn.tool_calls):
        outcome = f"not acted on: {record.error}" if record.error else (record.result or "")
        if record.source == "text":
            outcome = f"[written as text] {outcome}"
        messages.append(
            ChatMessageTool(
                content=outcome,
                tool_call_id=call.id,
                function=record.function,
            )
        )
    return messages
