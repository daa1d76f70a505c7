"""Persona backgrounds do not contradict themselves: the validator's rules, and the generator's life model."""

import pytest

from datagen import people
from datagen.life import Life, LifeEntry
from salessim_inspect.data.coherence import AGE_RULES, CLASHES, contradictions
from salessim_inspect.data.loader import PACKAGE_DATA, load_category_dir
from salessim_inspect.data.validate import check_category

# One planted contradiction of each kind the rules know, as the generator used to write them.
PLANTED = [
    (
        29,
        "At 29, Wei is an optometrist in Honolulu, Hawaii. His shopping list has one item on it: a sedan for "
        "weekend visits to the grandkids two states over.",
        "grandchildren before 45",
    ),
    (
        25,
        "Based in Buffalo, New York, June is a 25-year-old podcast producer. What she needs now is a board "
        "game for a retirement hobby with old college friends.",
        "retired before 55",
    ),
    (
        78,
        "Shanice is a 78-year-old retired machinist living in Sacramento, California, and is newly retired "
        "and traveling more. She is shopping for a dress for a holiday work party.",
        "retired but working",
    ),
    (
        69,
        "Rachel is a 69-year-old bookkeeper living in Annapolis, Maryland, and is living in a high-rise with "
        "no parking spot. She is shopping for an EV crossover for a daily commute with charging at home.",
        "no parking spot but parks or charges at home",
    ),
    (
        33,
        "Ana, 33, is a nurse in Tulsa, Oklahoma, expecting a first baby in the spring, and wants a minivan "
        "for road trips with three kids and a dog.",
        "expecting a first child with children at home",
    ),
    (
        47,
        "Ana, 47, is a nurse in Tulsa, Oklahoma, expecting a first baby in the spring, and wants a puzzle for "
        "screen-free afternoons with the grandkids.",
        "expecting a first child with grandchildren",
    ),
    (
        53,
        "Ana, 53, is a nurse in Tulsa, Oklahoma, expecting a first baby in the spring, and wants a sedan.",
        "a first baby after 50",
    ),
    (
        40,
        "Todd is a 40-year-old plumber living in Tampa, Florida, and is living alone with two cats. He is "
        "shopping for a board game for rainy weekends at home with the kids.",
        "living alone with children at home",
    ),
    (
        61,
        "Omar is a call-center team lead from Orlando, Florida. Now 61 and engaged and planning a small "
        "wedding, he has been meaning to pick up a halo ring for a proposal during a fireworks show.",
        "proposing while already engaged or married",
    ),
    (
        42,
        "At 42, Stanley is a stage manager in Columbia, South Carolina. His shopping list has one item on "
        "it: a sedan for a dependable first car after graduation.",
        "a new graduate past 35",
    ),
]


def test_every_rule_has_a_planted_case():
    rules = {why for *_, why in AGE_RULES} | {why for *_, why in CLASHES}
    assert {why for *_, why in PLANTED} == rules


@pytest.mark.parametrize(("age", "background", "rule"), PLANTED, ids=[why for *_, why in PLANTED])
def test_validation_rejects_a_planted_contradiction(tmp_path, age, background, rule):
    data = load_category_dir(PACKAGE_DATA / "games", "games")
    data.personas[0] = data.personas[0].model_copy(update={"age": age, "persona_background": background})
    problems = [p for p in check_category(data).problems if "contradicts" in p]
    assert len(problems) == 1 and problems[0].startswith(f"persona {data.personas[0].id}: "), problems
    assert rule in problems[0]


@pytest.mark.parametrize(
    ("age", "background"),
    [
        # Facts about other people are not the shopper's own.
        (24, "Maya, 24, wants an EV crossover for visiting the grandparents a couple of hours away."),
        (30, "Leo, 30, works as a barista and wants a puzzle for a retirement gift."),
        (
            35,
            "Kim, 35, wants a three-stone ring for an engagement ring that echoes a late grandmother's ring.",
        ),
        # Semi-retired people still work.
        (62, "Dale, 62, works as a semi-retired consultant and wants a hybrid watch for client meetings."),
        (70, "Ruth is a 70-year-old retired nurse who is a grandparent of five, shopping for a puzzle."),
    ],
)
def test_facts_about_others_are_not_contradictions(age, background):
    assert contradictions(background, age) == []


def test_packaged_backgrounds_hold_no_contradiction():
    for category in ("cars", "rings", "games", "smart_watch", "female_clothing", "male_clothing"):
        data = load_category_dir(PACKAGE_DATA / category, category)
        assert [
            (p.id, contradictions(p.persona_background, p.age))
            for p in data.personas
            if contradictions(p.persona_background, p.age)
        ] == []


def _entry(name: str, pool: list[LifeEntry]) -> LifeEntry:
    return next(e for e in pool if e.text == name)


def test_life_model_refuses_what_the_rules_reject():
    grandkids = LifeEntry("weekend visits to the grandkids", life={"grandchildren": frozenset({"some"})})
    home_charging = LifeEntry("a daily commute with charging at home", life={"parking": frozenset({"own"})})
    high_rise = _entry("living in a high-rise with no parking spot", people.SITUATIONS)
    first_baby = _entry("expecting a first baby in the spring", people.SITUATIONS)
    retired_job = _entry("retired schoolteacher", people.OCCUPATIONS)
    working_job = _entry("software engineer", people.OCCUPATIONS)

    life = Life.start((18, 85))
    with_grandkids = life.add(grandkids)
    assert with_grandkids is not None and with_grandkids.ages[0] >= 45  # the fact raises the youngest age
    assert with_grandkids.add(first_baby) is None
    assert life.add(home_charging).add(high_rise) is None  # type: ignore[union-attr]
    assert life.add(retired_job).add(working_job) is None  # type: ignore[union-attr]
    young = Life.start((18, 30))
    assert young.add(grandkids) is None and young.add(retired_job) is None


def test_sampled_ages_fit_every_fact():
    import random

    rng = random.Random(7)
    retired = Life.start((18, 85)).add(_entry("newly retired and traveling more", people.SITUATIONS))
    assert retired is not None
    assert min(retired.age(rng) for _ in range(200)) >= 55
