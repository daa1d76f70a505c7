"""Wording helpers shared by the category modules and the persona generator."""

import random

from salessim_inspect.data.mentions import norm, number  # noqa: F401  (re-exported for category modules)


def words(value: str) -> str:
    """An attribute value as a shopper would write it ("rose_gold" -> "rose gold")."""
    return value.replace("_", " ")


def join_or(values: list[str]) -> str:
    """ "a", "a or b", "a, b or c"."""
    values = [words(v) for v in values]
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} or {values[-1]}"


def join_and(values: list[str]) -> str:
    values = [words(v) for v in values]
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} and {values[-1]}"


def article(noun: str) -> str:
    """ "a" or "an" for `noun` (by its first letter, with the usual exceptions)."""
    word = noun.strip().split(" ")[0]
    if word.isupper() and len(word) <= 4:
        # An acronym is read letter by letter: "an SUV", "an RPG", "a GPS watch".
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    first = noun.strip().lower()
    if first.startswith(("hour", "honest", "heir", "xbox")):
        return "an"
    if first.startswith(("uni", "use", "usu", "one", "eu")):
        return "a"
    return "an" if first[:1] in "aeiou" else "a"


def number_article(value: float) -> str:
    """ "a" or "an" before a number as it is read aloud: "an 8-year-old", "an 11", "a 10"."""
    digits = number(value)
    return "an" if digits.startswith("8") or digits.split(",")[0] in ("11", "18") else "a"


def money(amount: float) -> str:
    """ "$1,500" or "$49.99"."""
    if float(amount).is_integer():
        return f"${int(amount):,}"
    return f"${amount:,.2f}"


def pick(rng: random.Random, options: list[str], **fields: object) -> str:
    """One of `options`, formatted with `fields`."""
    return rng.choice(options).format(**fields)


def capitalize(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
