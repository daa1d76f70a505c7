"""What a shopper has said it needs, read from its own words: the product type, the budget, a search query.

The offline salesbot's honest style works from this alone (it never reads the persona's ground truth),
so it must understand a shopper the way a shop assistant would: "a kids smartwatch" is a kids watch,
"$30k" and "I can't go over $30,000" are budgets, "not a halo" is not a request for a halo ring, and a
sentence reacting to a product already shown ("The X is over my budget.") says nothing new about the need.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from salessim_inspect.catalog import Catalog
from salessim_inspect.data.models import Product
from salessim_inspect.data.names import tokens

# The default embedding model (all-MiniLM-L6-v2) reads at most 256 word pieces and silently drops the
# rest. English runs at about 1.3 word pieces a word; 60 words stay far inside the limit even for text
# heavy in numbers and brand names (tests measure it with the model's tokenizer), and a short query
# keeps the search on what the shopper asked for most recently.
QUERY_WORDS = 60

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# "$1,299.99", "$30k", "$ 45", "30,000 dollars", "1500 USD", "2.5k bucks".
_AMOUNT = re.compile(
    r"(?:US)?\$\s?(?P<a>\d[\d,]*(?:\.\d+)?)\s?(?P<ak>k\b|K\b|thousand\b)?"
    r"|\b(?P<b>\d[\d,]*(?:\.\d+)?)\s?(?P<bk>k|K|thousand)?\s?(?:dollars|bucks|usd|USD)\b"
)
# Words that make a product-type mention a request ("looking for a", "has to be an", "need some").
_REQUEST_CUES = frozenset(
    tokens(
        "looking look want wanted need needed shopping shop after interested buy buying get getting find "
        "show see be considering prefer"
    )
)
# Words that make a mention the opposite of a request ("not a halo", "rather than a sedan").
_NEGATIONS = frozenset(
    tokens("not no without isn't aren't don't doesn't won't never nor instead than except")
)
_CUE_WINDOW = 5
# Words that carry no need: greetings, politeness, and the verbs of asking for help.
_FILLER = frozenset(
    tokens(
        """hi hello hey there thank thanks you please im i am a an the some something anything thing just
    browsing browse help me can could would like want need to buy get getting shopping shop what do
    have show option good nice today my we our us it is are be ok okay yes sure hmm great id ill around
    see look looking at find one any recommend recommendation suggest suggestion for with and or of
    in on this that so well maybe idea ideas sort kind of your store here new great its it's you're
        what's don't"""
    )
)


@dataclass(frozen=True)
class StatedNeeds:
    """What the shopper has said about its need so far.

    Attributes:
        messages: The shopper's words about its need, one entry per message, oldest first (sentences
            that react to a product already named are left out).
        product_types: The catalog product types it asked for (those of its latest request that names one).
        budget: The budget it stated last, or None.
    """

    messages: tuple[str, ...]
    product_types: tuple[str, ...]
    budget: float | None

    @property
    def vague(self) -> bool:
        """Too little to recommend on: nothing to search with (no product type, no budget, no word that
        says what it is for), or a first message that names a product type and nothing else.

        To "I'm looking for a watch" a shop assistant asks what it is for and what it may cost before
        showing anything, as the paper's GPT-5.4 salesbot does ("Asks clarification questions about
        phone type, budget, fitness use, and features", SalesSim appendix, GLM Ex. 1). It asks once: from
        the shopper's second message on, a product type is enough to search with.
        """
        if self.budget is not None:
            return False
        if not self.product_types:
            return not any(_content_words(message) for message in self.messages)
        if len(self.messages) != 1:
            return False
        type_words = {word for t in self.product_types for word in tokens(type_label(t))}
        return all(any(word.endswith(t) for t in type_words) for word in _content_words(self.messages[0]))

    def fits(self, product: Product) -> bool:
        """Whether `product` is of a type the shopper asked for and within the budget it stated."""
        if self.product_types and product.product_type not in self.product_types:
            return False
        return self.budget is None or (product.price is not None and product.price <= self.budget)

    def query(self, max_words: int = QUERY_WORDS) -> str:
        """A short search query: the latest messages first, cut at `max_words`, naming the product type."""
        words: list[str] = []
        for message in reversed(self.messages):
            words += message.split()
            if len(words) >= max_words:
                break
        query = " ".join(words[:max_words])
        missing = [label for label in map(type_label, self.product_types) if label not in query.casefold()]
        return " ".join([*missing, query]).strip()


def type_label(product_type: str) -> str:
    """A product type as a person writes it ("dress_shirt" -> "dress shirt")."""
    return product_type.replace("_", " ")


def need_sentences(text: str, catalog: Catalog) -> str:
    """The sentences of `text` about the need: those naming a catalog product react to what was shown
    ("The X is over my budget.") and would pull the search back to that product, so they are left out."""
    kept = [s for s in _SENTENCE_END.split(text) if s.strip() and not catalog.mentions(s)]
    return " ".join(" ".join(kept).split())


def stated_budget(text: str) -> float | None:
    """The budget a text states: the largest money amount in it ("between $500 and $800" -> 800), or None.

    Only amounts written as money count ("$800", "$30k", "900 dollars"); "size 10" or "42 mm" do not.
    """
    amounts = []
    for match in _AMOUNT.finditer(text):
        digits = match.group("a") or match.group("b")
        thousands = match.group("ak") or match.group("bk")
        value = float(digits.replace(",", ""))
        amounts.append(value * 1000 if thousands else value)
    return max(amounts) if amounts else None


def _type_forms(product_types: Iterable[str]) -> dict[str, tuple[str, ...]]:
    return {t: tokens(type_label(t)) for t in product_types}


def _matches_at(words: Sequence[str], i: int, form: tuple[str, ...]) -> int:
    """How many words of `words` from `i` spell `form` (0: none). The last word may be a compound ending
    in the type's last word ("kids smartwatch" is a kids watch), one word may come before it ("rugged
    outdoor watch"), and a one-word type may be written apart ("smart watch" is a smartwatch)."""
    n = len(form)
    if n == 1:
        if words[i].endswith(form[0]):
            return 1
        return 2 if i + 1 < len(words) and words[i] + words[i + 1] == form[0] else 0
    if words[i : i + n - 1] != list(form[:-1]):
        return 0
    for length in (n, n + 1):
        if i + length <= len(words) and words[i + length - 1].endswith(form[-1]):
            return length
    return 0


def _mentions(sentence: str, forms: dict[str, tuple[str, ...]]) -> list[tuple[str, bool]]:
    """(type, requested) for each product type the sentence names and does not negate."""
    words = list(tokens(sentence))
    found: list[tuple[int, int, str]] = []
    for product_type, form in forms.items():
        for i in range(len(words)):
            length = _matches_at(words, i, form)
            if length:
                found.append((i, length, product_type))
    # A longer mention wins over one inside it ("kids smartwatch" over "smartwatch").
    found = [
        (i, n, t) for i, n, t in found if not any(j <= i and i + n <= j + m and m > n for j, m, _ in found)
    ]
    result = []
    for i, _, product_type in sorted(found):
        before = set(words[max(0, i - _CUE_WINDOW) : i])
        if before & _NEGATIONS:
            continue
        result.append((product_type, bool(before & _REQUEST_CUES)))
    return result


def asked_types(messages: Sequence[str], product_types: Iterable[str]) -> tuple[str, ...]:
    """The product types of the shopper's latest request that names one.

    A mention counts as a request when a request word comes just before it ("looking for a sedan", "it
    has to be a solitaire"); if no message has one, any mention that is not negated counts.
    """
    forms = _type_forms(product_types)
    per_message = [
        [m for sentence in _SENTENCE_END.split(message) for m in _mentions(sentence, forms)]
        for message in messages
    ]
    for requested_only in (True, False):
        for mentions in reversed(per_message):
            chosen = [t for t, requested in mentions if requested or not requested_only]
            if chosen:
                return tuple(dict.fromkeys(chosen))
    return ()


def _content_words(text: str) -> list[str]:
    return [w for w in tokens(text) if w.isalpha() and len(w) > 2 and w not in _FILLER]


def read_needs(shopper_messages: Sequence[str], catalog: Catalog) -> StatedNeeds:
    """What the shopper's messages (oldest first) say it needs, for the products of `catalog`."""
    messages = tuple(m for m in (need_sentences(text, catalog) for text in shopper_messages) if m)
    budget = None
    for message in reversed(messages):
        budget = stated_budget(message)
        if budget is not None:
            break
    types = asked_types(messages, sorted({p.product_type for p in catalog.data.products}))
    return StatedNeeds(messages=messages, product_types=types, budget=budget)
