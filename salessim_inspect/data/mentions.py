"""Whether a text states a constraint's value: how persona texts are checked against their constraints."""

import re

from salessim_inspect.data.models import Constraint


def norm(text: str) -> str:
    """Lowercase with "_" and "-" read as spaces and runs of whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"[_\-]", " ", text.casefold()))


def number(value: float) -> str:
    """A number as digits: 48, 2.5, 1,500."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def number_forms(value: float) -> set[str]:
    forms = {number(value), f"{value:g}"}
    if float(value).is_integer():
        forms.add(str(int(value)))
    return forms


def names_value(text: str, value: str, allowed: tuple[str, ...] = ()) -> bool:
    """Whether `text` names `value` as a whole word, not counting the `allowed` phrases (which contain the
    value's words but name something else: "yellow gold" is a metal, not a stone colour)."""
    folded = norm(text)
    for phrase in allowed:
        folded = folded.replace(norm(phrase), " ")
    return re.search(rf"\b{re.escape(norm(value))}\b", folded) is not None


def states_value(text: str, constraint: Constraint, boolean_words: tuple[str, ...] = ()) -> bool:
    """Whether `text` contains the value of `constraint`.

    Strings (and every member of a list value) must appear, compared by `norm`; numbers as digits;
    a boolean through one of `boolean_words` (the attribute's own vocabulary, e.g. "wick", "sweat").
    """
    value = constraint.value
    if isinstance(value, bool):
        folded = norm(text)
        return any(norm(word) in folded for word in boolean_words)
    if isinstance(value, int | float):
        return any(form in text for form in number_forms(value))
    folded = norm(text)
    values = value if isinstance(value, list) else [value]
    return all(norm(str(v)) in folded for v in values)
