"""The pools persona backgrounds draw from (`datagen/shoppers/`): names, occupations, places, situations."""

from datagen.source import DATAGEN, read_yaml

SHOPPERS = DATAGEN / "shoppers"

_names = read_yaml(SHOPPERS / "names.yaml")
FEMALE_NAMES: list[str] = _names["female"]
MALE_NAMES: list[str] = _names["male"]
SURNAMES: list[str] = _names["surnames"]

_lives = read_yaml(SHOPPERS / "lives.yaml")
# (occupation, youngest plausible age, oldest plausible age)
OCCUPATIONS: list[tuple[str, int, int]] = [(o["job"], *o["ages"]) for o in _lives["occupations"]]
# Life situations that read after "<name> is ...", with the ages they fit.
SITUATIONS: list[tuple[str, int, int]] = [(s["text"], *s["ages"]) for s in _lives["situations"]]

PLACES: list[tuple[str, str]] = [
    (city, state) for city, state in read_yaml(SHOPPERS / "places.yaml")["places"]
]

_wording = read_yaml(SHOPPERS / "wording.yaml")
# How a background reads, and how a shopper states the budget ({b}).
BACKGROUNDS: list[str] = _wording["backgrounds"]
BUDGET_SENTENCES: list[str] = _wording["budgets"]
