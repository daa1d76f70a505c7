"""What an offline baseline reads: the dialogue so far from its messages, the persona from the conversation."""

from dataclasses import dataclass

from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
)

from salessim_inspect.solvers.context import current_dialogue


def system_text(messages: list[ChatMessage]) -> str:
    return "\n\n".join(m.text for m in messages if isinstance(m, ChatMessageSystem))


def own_turns(messages: list[ChatMessage]) -> int:
    """How many replies the agent has given so far (its assistant messages that carry text or a decision)."""
    return sum(1 for m in messages if isinstance(m, ChatMessageAssistant))


def _spoken(message: ChatMessage) -> bool:
    """A user message that carries words: Inspect moves tool-result images into text-less user messages."""
    return isinstance(message, ChatMessageUser) and bool(message.text.strip())


def last_user_text(messages: list[ChatMessage]) -> str:
    for message in reversed(messages):
        if _spoken(message):
            return message.text
    return ""


def user_texts(messages: list[ChatMessage]) -> list[str]:
    return [m.text for m in messages if _spoken(m)]


def tool_results_since_last_user(messages: list[ChatMessage]) -> list[ChatMessageTool]:
    results: list[ChatMessageTool] = []
    for message in reversed(messages):
        if _spoken(message):
            break
        if isinstance(message, ChatMessageTool):
            results.append(message)
    return list(reversed(results))


@dataclass(frozen=True)
class ShopperBrief:
    """The parts of a persona an offline shopper acts on."""

    category: str
    product_type: str
    budget: float
    dealbreakers: str
    preferences: str


def shopper_brief(agent: str) -> ShopperBrief:
    """The persona of the dialogue the offline shopper `agent` plays (from the conversation, not the prompt)."""
    context = current_dialogue(agent)
    persona = context.persona
    return ShopperBrief(
        category=context.category,
        product_type=persona.product_type,
        budget=persona.budget,
        dealbreakers=persona.dealbreakers,
        preferences=persona.preferences,
    )
