"""A constraint in a shopper's words, from the sentences of a category's `wording.yaml`.

One renderer for every category: the sentences are data (written whole, so they read like people talk rather
than like a frame around a slot), and this module only picks one and fills in the value.
"""

import random
from typing import Any

from datagen.text import article, join_or, number, number_article
from salessim_inspect.data.models import Constraint

POSITIVE_OPS = ("eq", "in", "contains")
NEGATIVE_OPS = ("ne", "not_in", "not_contains")


class WordingError(KeyError):
    """`wording.yaml` has no sentence for a constraint the generator drew."""


def polarity(constraint: Constraint) -> str:
    """Which sentences state `constraint`: want, avoid, at_least or at_most."""
    op, value = constraint.op, constraint.value
    if isinstance(value, bool):
        wanted = value if op == "eq" else not value
        return "want" if wanted else "avoid"
    if op in ("gte", "gt"):
        return "at_least"
    if op in ("lte", "lt"):
        return "at_most"
    return "want" if op in POSITIVE_OPS else "avoid"


def value_words(wording: dict[str, Any], attribute: str, value: object) -> str:
    """How one value of `attribute` reads in a sentence (the `values` table, else the value itself)."""
    named = wording.get("values", {}).get(attribute, {})
    text = str(value)
    return str(named.get(text, named.get(text.lower(), text.replace("_", " "))))


def sentences(wording: dict[str, Any], constraint: Constraint) -> list[str]:
    """The sentences that may state `constraint`, by attribute, polarity and kind."""
    entry = wording.get("constraints", {}).get(constraint.attribute)
    if entry is None:
        raise WordingError(f"no sentences for attribute {constraint.attribute!r}")
    special = entry.get("special", {}).get(f"{constraint.op} {constraint.value}")
    if special is not None:
        return special[constraint.kind]
    try:
        return entry[polarity(constraint)][constraint.kind]
    except KeyError:
        raise WordingError(
            f"no {polarity(constraint)} {constraint.kind} sentences for {constraint.attribute!r}"
        ) from None


def phrase(
    wording: dict[str, Any],
    type_nouns: dict[str, str],
    product_type: str,
    constraint: Constraint,
    rng: random.Random,
) -> str:
    """One sentence stating `constraint` (firm for a dealbreaker, soft for a preference) of a shopper
    buying a `product_type`."""
    noun = type_nouns.get(product_type, product_type.replace("_", " "))
    fields = {"type": noun, "a_type": f"{article(noun)} {noun}"}
    if constraint.attribute == "product_type":
        return rng.choice(wording["product_type"]).format(**fields)
    value = constraint.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        fields["n"] = number(value)
        fields["a_n"] = number_article(value)
        # {u}: the unit, singular for exactly one ("1 carat", "1.5 carats").
        singular, plural = wording.get("units", {}).get(constraint.attribute, ("", ""))
        fields["u"] = singular if value == 1 else plural
    elif not isinstance(value, bool):
        values = value if isinstance(value, list) else [value]
        joined = join_or([value_words(wording, constraint.attribute, v) for v in values])
        fields.update(x=joined, ax=f"{article(joined)} {joined}")
    return rng.choice(sentences(wording, constraint)).format(**fields)
