"""How the parts of a persona background combine: life facts, and which entries still fit them.

A persona's life is a set of facts (work, children, grandchildren, partner, home, parking, climate), each
with the values it may still take. Every occupation, situation, place, use and background template narrows
some facts (its `life`) and fits an age range; `Life.admits` says whether an entry still fits, so the
sampler only combines what fits: no grandchildren at 29, no retirement hobby at 25, no work party for a
retiree, no charging at home without a place to park.
"""

import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from datagen.source import DATAGEN, SourceError, read_yaml

ALL_AGES = (0, 120)


def _fact_ages() -> dict[str, dict[str, tuple[int, int]]]:
    path = DATAGEN / "shoppers" / "facts.yaml"
    raw = read_yaml(path)
    facts: dict[str, dict[str, tuple[int, int]]] = {}
    for fact, values in raw.items():
        if not isinstance(values, dict) or not values:
            raise SourceError(path, f"fact {fact!r} needs a mapping of values to age ranges")
        facts[fact] = {str(v): tuple(ages) if ages else ALL_AGES for v, ages in values.items()}  # type: ignore[misc]
    return facts


FACTS = _fact_ages()


@dataclass(frozen=True)
class LifeEntry:
    """Something a background says (a job, a situation, a use, a place, a template) and what it implies.

    Attributes:
        text: the words it adds to the background.
        ages: the ages it fits.
        life: fact -> the values the fact may take once this is said.
    """

    text: str
    ages: tuple[int, int] = ALL_AGES
    life: Mapping[str, frozenset[str]] = field(default_factory=dict)


def life_entry(raw: object, path, where: str) -> LifeEntry:
    """A `LifeEntry` from its YAML form: a bare string, or a mapping with `text`, `ages` and `life`."""
    if isinstance(raw, str):
        return LifeEntry(raw)
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        raise SourceError(path, f"{where}: expected a string or a mapping with 'text', got {raw!r}")
    unknown = set(raw) - {"text", "ages", "life"}
    if unknown:
        raise SourceError(path, f"{where} {raw['text']!r}: unknown keys {sorted(unknown)}")
    ages = tuple(raw.get("ages") or ALL_AGES)
    if len(ages) != 2 or ages[0] > ages[1]:
        raise SourceError(path, f"{where} {raw['text']!r}: ages must be [youngest, oldest]")
    life = {}
    for fact, values in (raw.get("life") or {}).items():
        values = [values] if isinstance(values, str) else list(values)
        if fact not in FACTS:
            raise SourceError(path, f"{where} {raw['text']!r}: unknown life fact {fact!r} (see facts.yaml)")
        bad = [v for v in values if v not in FACTS[fact]]
        if bad:
            raise SourceError(path, f"{where} {raw['text']!r}: {fact} has no value(s) {bad}")
        life[fact] = frozenset(values)
    return LifeEntry(raw["text"], ages, life)  # type: ignore[arg-type]


@cache
def _span(fact: str, values: frozenset[str]) -> tuple[int, int]:
    """The ages some value of `fact` among `values` fits: from the youngest to the oldest of them."""
    spans = [FACTS[fact][v] for v in values]
    return min(s[0] for s in spans), max(s[1] for s in spans)


@dataclass(frozen=True)
class Life:
    """What a background has said so far: an age range and the values each fact may still take."""

    ages: tuple[int, int]
    facts: Mapping[str, frozenset[str]]

    @classmethod
    def start(cls, ages: tuple[int, int]) -> "Life":
        return cls(ages, {fact: frozenset(values) for fact, values in FACTS.items()})

    def _ages_fitting(
        self, facts: Mapping[str, frozenset[str]], ages: tuple[int, int]
    ) -> tuple[int, int] | None:
        """The narrowest age range in `ages` where every fact keeps a value that fits the age."""
        low, high = ages
        for fact, values in facts.items():
            youngest, oldest = _span(fact, values)
            low, high = max(low, youngest), min(high, oldest)
        return (low, high) if low <= high else None

    def add(self, entry: LifeEntry) -> "Life | None":
        """This life once `entry` is said, or None when it contradicts what has been said."""
        facts = dict(self.facts)
        for fact, values in entry.life.items():
            facts[fact] = facts[fact] & values
            if not facts[fact]:
                return None
        ages = (max(self.ages[0], entry.ages[0]), min(self.ages[1], entry.ages[1]))
        ages = self._ages_fitting(facts, ages) if ages[0] <= ages[1] else None
        return Life(ages, facts) if ages else None

    def admits(self, entry: LifeEntry) -> bool:
        return self.add(entry) is not None

    def age(self, rng: random.Random) -> int:
        """An age every fact still fits: drawn, then checked value by value (facts constrain it jointly)."""
        candidates = [
            age
            for age in range(self.ages[0], self.ages[1] + 1)
            if all(any(FACTS[f][v][0] <= age <= FACTS[f][v][1] for v in vs) for f, vs in self.facts.items())
        ]
        return rng.choice(candidates)
