"""Crit. without a judge: how many of the persona's own criteria the shopper's first message states.

A criterion is one of the persona's constraints (docs/architecture.md §2) other than the product type it
shops for (that is the request itself, not a criterion), or its budget. A constraint counts as stated
when the first message contains:
- for a text value ("relaxed", "rose gold"; any of the values of an `in`/`not_in` list): the value's
  words, in order (word endings ignored: "relaxed"/"relax", "pockets"/"pocket");
- for a number (a minimum battery life of 48 hours): the number;
- for a yes/no attribute (`moisture_wicking`, `has_gps`): every word of the attribute's name;
- for the budget: the budget figure ("$300", "300 dollars", "1.2k", "15,000") or a budget word
  ("budget", "afford", "spend", "price range", "cheap").
Each constraint counts once, however often it is stated; constraints on the same attribute and value
count once.
"""

import re
from collections.abc import Mapping
from typing import Any

_WORD = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(
    r"(?<![\w.])\$?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s?(k|thousand|grand)?\b", re.IGNORECASE
)
_BUDGET_WORDS = re.compile(
    r"\b(budget|afford|affordable|spend|spending|price range|price point|cheap|cheaper|inexpensive|"
    r"under \$|below \$|less than \$|no more than|at most|max(imum)? of|up to \$)",
    re.IGNORECASE,
)
# Words of attribute names that say nothing on their own.
_ATTRIBUTE_FILLER = {"is", "has", "have", "with", "can", "be", "support", "supports", "of", "the", "a"}
_SUFFIXES = ("ings", "ing", "ies", "ied", "ed", "es", "s", "ly")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _stems(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower().replace("'", "").replace("’", ""))]


def _contains_phrase(haystack: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return n > 0 and any(haystack[i : i + n] == phrase for i in range(len(haystack) - n + 1))


def numbers_in(text: str) -> set[float]:
    """Every number written in `text`, with "1.2k" / "15 thousand" read as thousands, "15,000" as 15000."""
    found: set[float] = set()
    for match in _NUMBER.finditer(text):
        whole, fraction, scale = match.groups()
        value = float(whole.replace(",", "") + (f".{fraction}" if fraction else ""))
        if scale:
            value *= 1000
        found.add(value)
    return found


def _value_stated(value: Any, stems: list[str], numbers: set[float]) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return float(value) in numbers
    if isinstance(value, list):
        return any(_value_stated(v, stems, numbers) for v in value)
    return _contains_phrase(stems, _stems(str(value)))


def _attribute_stated(attribute: str, stems: list[str]) -> bool:
    words = [w for w in _stems(attribute.replace("_", " ")) if w not in _ATTRIBUTE_FILLER]
    return bool(words) and all(w in stems for w in words)


def constraint_stated(constraint: Mapping[str, Any], text: str) -> bool:
    """Whether `text` states `constraint` (a §2 constraint as a dict), by the rules of this module."""
    stems = _stems(text)
    numbers = numbers_in(text)
    attribute, value = constraint["attribute"], constraint["value"]
    if attribute == "price":
        return float(value) in numbers or bool(_BUDGET_WORDS.search(text))
    if isinstance(value, bool):
        return _attribute_stated(attribute, stems)
    return _value_stated(value, stems, numbers)


def _as_dict(constraint: Any) -> dict[str, Any]:
    return constraint if isinstance(constraint, dict) else dict(constraint.model_dump())


def persona_criteria(persona: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The persona's criteria: its constraints other than its own product type, the budget included
    (added from `budget` if the constraints lack it), duplicates (same attribute and value) once."""
    criteria: dict[tuple[str, str], dict[str, Any]] = {}
    product_type = persona.get("product_type")
    for raw in persona.get("constraints") or []:
        c = _as_dict(raw)
        if c["attribute"] == "product_type" and c["op"] == "eq" and c["value"] == product_type:
            continue
        key = ("price", "") if c["attribute"] == "price" else (c["attribute"], repr(c["value"]))
        criteria.setdefault(key, c)
    budget = persona.get("budget")
    if ("price", "") not in criteria and budget is not None:
        criteria[("price", "")] = {"attribute": "price", "op": "lte", "value": budget, "kind": "dealbreaker"}
    return list(criteria.values())


def count_stated_criteria(persona: Mapping[str, Any], text: str) -> tuple[int, list[str]]:
    """How many of the persona's criteria `text` states, and which (as "attribute op value")."""
    stated = [c for c in persona_criteria(persona) if constraint_stated(c, text)]
    return len(stated), [f"{c['attribute']} {c['op']} {c['value']}" for c in stated]
