"""One turn of the offline salesbot: the dialogue read back from its messages, and what it can do next.

A model provider sees only messages, so each call of the offline salesbot reads the dialogue again:
what the shopper said, which products the salesbot has named, and what its lookups returned. A style's
behaviour turns that into an action: look something up, or reply.
"""

import re
from dataclasses import dataclass
from functools import cached_property

from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageTool,
    ChatMessageUser,
)
from inspect_ai.tool import ToolChoice, ToolInfo

from salessim_inspect.baselines.stated_needs import StatedNeeds, read_needs
from salessim_inspect.catalog import Catalog
from salessim_inspect.data.models import Product
from salessim_inspect.data.names import tokens
from salessim_inspect.salesbots.agent import PICTURES_NOTE
from salessim_inspect.solvers.tools import LOOKUP_PRODUCT_ITEMS
from salessim_inspect.solvers.views import NO_MESSAGE

_RESULT_NAME = re.compile(r"^\d+\.\s+(.+?)\s*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Lookup:
    """Search the catalog with `query`."""

    query: str


@dataclass(frozen=True)
class Reply:
    """Answer the shopper with `text`."""

    text: str


Action = Lookup | Reply


@dataclass(frozen=True)
class SalesbotTurn:
    """The dialogue as the offline salesbot reads it when it acts.

    Attributes:
        catalog: The category's catalog.
        shopper_messages: Everything the shopper said, oldest first.
        shown: Products named in the salesbot's earlier replies, in order of first mention.
        last_named: Products named in its latest reply that named any, in order of mention.
        found: Products its lookups returned in this turn, in order (best first per lookup).
        retrieved: Products any of its lookups returned in the dialogue, in order of first return.
        queries: The queries of its lookups in this turn.
        can_search: Whether it may look something up now (lookups offered and not switched off).
        replies: How many replies it gave before this turn.
    """

    catalog: Catalog
    shopper_messages: tuple[str, ...]
    shown: tuple[str, ...]
    last_named: tuple[str, ...]
    found: tuple[Product, ...]
    retrieved: tuple[Product, ...]
    queries: tuple[str, ...]
    can_search: bool
    replies: int

    @cached_property
    def needs(self) -> StatedNeeds:
        """What the shopper has said it needs (from its words only)."""
        return read_needs(self.shopper_messages, self.catalog)

    @property
    def latest(self) -> str:
        """The shopper's latest message."""
        return self.shopper_messages[-1] if self.shopper_messages else ""

    @property
    def asked_about(self) -> Product | None:
        """A product already shown that the shopper's latest message asks a question about."""
        questions = " ".join(s for s in _SENTENCE_END.split(self.latest) if s.strip().endswith("?"))
        named = self.shown_in(questions)
        return self.catalog.by_name[named[0]] if named else None

    def shown_in(self, text: str) -> list[str]:
        """The products already shown that `text` names, exactly or as a shopper shortens them ("the
        **Forerunner 55**"): a run of two words of one shown product's name, or one word found in no
        other product's name."""
        named = [n for n in self.catalog.mentions(text) if n in self.shown]
        words = tokens(text)
        for name in self.shown:
            if name not in named and _names_in_short(name, words, self.catalog):
                named.append(name)
        return named

    def unshown(self, products: list[Product] | tuple[Product, ...]) -> list[Product]:
        return [p for p in products if p.name not in self.shown]

    def pool(self) -> list[Product]:
        """Every product the lookups returned, this turn's first (they answer the latest need)."""
        names = {p.name for p in self.found}
        return [*self.found, *(p for p in self.retrieved if p.name not in names)]

    def next_query(self, plan: list[str]) -> Lookup | None:
        """The first query of `plan` not yet searched in this turn, if a lookup is allowed now."""
        if not self.can_search:
            return None
        for query in plan:
            if query and query not in self.queries:
                return Lookup(query)
        return None


def _names_in_short(name: str, words: tuple[str, ...], catalog: Catalog) -> bool:
    own = tokens(name)
    pairs = set(zip(own, own[1:]))
    if any(pair in pairs for pair in zip(words, words[1:])):
        return True
    others = {w for other in catalog.by_name if other != name for w in tokens(other)}
    return any(w in own and w not in others and w.isalpha() and len(w) >= 5 for w in words)


def _spoken_by_shopper(message: ChatMessage) -> bool:
    # Pictures that follow lookup results come in a user message from the store, not the shopper.
    return (
        isinstance(message, ChatMessageUser)
        and bool(message.text.strip())
        and not message.text.startswith(PICTURES_NOTE)
    )


def _result_names(result: ChatMessageTool) -> list[str]:
    return [] if result.error else _RESULT_NAME.findall(result.text)


def read_turn(
    messages: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice, catalog: Catalog
) -> SalesbotTurn:
    """The dialogue so far, read from the salesbot's messages."""
    last_spoken = max((i for i, m in enumerate(messages) if _spoken_by_shopper(m)), default=-1)
    shopper = [m.text for m in messages if _spoken_by_shopper(m) and m.text.strip() != NO_MESSAGE]
    shown: dict[str, None] = {}
    last_named: tuple[str, ...] = ()
    replies = 0
    queries: list[str] = []
    found: dict[str, Product] = {}
    retrieved: dict[str, Product] = {}
    for i, message in enumerate(messages):
        if isinstance(message, ChatMessageAssistant):
            if not message.tool_calls:
                replies += 1
                named = catalog.mentions(message.text)
                shown.update(dict.fromkeys(named))
                last_named = tuple(named) or last_named
            elif i > last_spoken:
                queries += [str(c.arguments.get("query", "")) for c in message.tool_calls]
        elif isinstance(message, ChatMessageTool):
            for name in _result_names(message):
                product = catalog.by_name.get(name)
                if product is None:
                    continue
                retrieved.setdefault(name, product)
                if i > last_spoken:
                    found.setdefault(name, product)
    can_search = tool_choice != "none" and any(t.name == LOOKUP_PRODUCT_ITEMS for t in tools)
    return SalesbotTurn(
        catalog=catalog,
        shopper_messages=tuple(shopper),
        shown=tuple(shown),
        last_named=last_named,
        found=tuple(found.values()),
        retrieved=tuple(retrieved.values()),
        queries=tuple(queries),
        can_search=can_search,
        replies=replies,
    )
