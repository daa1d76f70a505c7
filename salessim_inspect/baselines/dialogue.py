"""What an offline agent reads from the messages it is given: its instructions and the dialogue so far."""

import re
from dataclasses import dataclass

from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
)

from salessim_inspect.solvers.system_prompts import category_from_label


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


def _field(text: str, label: str) -> str | None:
    match = re.search(rf"^{label}:\s*(.+)$", text, re.MULTILINE)
    return match.group(1).strip() if match else None


@dataclass(frozen=True)
class ShopperBrief:
    """The parts of a shopper's persona section an offline shopper acts on."""

    category: str
    product_type: str
    budget: float
    dealbreakers: str
    preferences: str


def read_shopper_brief(messages: list[ChatMessage], agent: str) -> ShopperBrief:
    """Parse the persona section of the shopper system prompt (see prompts/shopper_persona.md)."""
    text = system_text(messages)
    section = _field(text, "Store section")
    product_type = _field(text, "Shopping for")
    budget = _field(text, "Budget")
    if section is None or product_type is None or budget is None:
        raise ValueError(
            f"salessim/{agent} plays a SalesSim shopper: its system prompt must hold the persona section "
            "(lines 'Store section:', 'Shopping for:' and 'Budget:')"
        )
    amount = re.search(r"\d[\d,]*(?:\.\d+)?", budget)
    if amount is None:
        raise ValueError(f"salessim/{agent}: cannot read a budget from {budget!r}")
    return ShopperBrief(
        category=category_from_label(section),
        product_type=product_type,
        budget=float(amount.group(0).replace(",", "")),
        dealbreakers=_field(text, r"Dealbreakers[^:]*") or "",
        preferences=_field(text, r"Preferences[^:]*") or "",
    )


def read_salesbot_category(messages: list[ChatMessage]) -> str:
    """The category named in the salesbot system prompt (see prompts/salesbot.md)."""
    match = re.search(r"in the store's (.+?) section", system_text(messages))
    if match is None:
        raise ValueError(
            "salessim/catalog-salesbot plays the SalesSim salesbot: its system prompt must name the "
            'store section ("in the store\'s <category> section")'
        )
    return category_from_label(match.group(1))
