"""The pools persona backgrounds draw from (`datagen/shoppers/`): names, occupations, places, situations."""

from datagen.life import LifeEntry, life_entry
from datagen.source import DATAGEN, read_yaml

SHOPPERS = DATAGEN / "shoppers"


def _entries(path, raw: list, where: str) -> list[LifeEntry]:
    return [life_entry(item, path, where) for item in raw]


_names = read_yaml(SHOPPERS / "names.yaml")
FEMALE_NAMES: list[str] = _names["female"]
MALE_NAMES: list[str] = _names["male"]
SURNAMES: list[str] = _names["surnames"]

_path = SHOPPERS / "lives.yaml"
_lives = read_yaml(_path)
# An occupation's `work` is a life fact like any other.
OCCUPATIONS: list[LifeEntry] = [
    life_entry(
        {"text": o["job"], "ages": o["ages"], "life": {**o.get("life", {}), "work": [o["work"]]}},
        _path,
        "job",
    )
    for o in _lives["occupations"]
]
# Life situations read after "<name> is ...".
SITUATIONS: list[LifeEntry] = _entries(_path, _lives["situations"], "situation")

_path = SHOPPERS / "places.yaml"
# A place's text is "City, State"; its life fact is the climate.
PLACES: list[LifeEntry] = [
    life_entry({"text": f"{city}, {state}", "life": {"climate": [climate]}}, _path, "place")
    for city, state, climate in read_yaml(_path)["places"]
]

_path = SHOPPERS / "wording.yaml"
_wording = read_yaml(_path)
# How a background reads ({first}, {age}, {job}, {place}, {situation}, {use}, ...), with what each implies.
BACKGROUNDS: list[LifeEntry] = _entries(_path, _wording["backgrounds"], "background")
# How a shopper states the budget ({b}).
BUDGET_SENTENCES: list[str] = _wording["budgets"]
