"""Scorers on transcripts built by hand: decision alignment, tool use, language, and their metrics."""

import math
from typing import Any

import pytest
from inspect_ai.model import ModelName
from inspect_ai.scorer import SampleScore, Score, Target
from inspect_ai.solver import TaskState

from salessim_inspect.reference import human_mean, human_reference, paper_results
from salessim_inspect.scorers import (
    OUTCOMES,
    catalog_alignment,
    cpl,
    crit,
    decision_alignment,
    early_exit,
    format_error,
    no_decision,
    off_catalog,
)
from salessim_inspect.scorers import judge as judge_module
from salessim_inspect.scorers.criteria import count_stated_criteria, numbers_in, persona_criteria
from salessim_inspect.scorers.judge import JudgeError, parse_count, parse_share
from salessim_inspect.scorers.metrics import (
    OUTCOME_SHORT_NAMES,
    by_category,
    by_feasibility,
    dialogue_redundancy,
    outcome_shares,
    red,
    red_gap,
)
from salessim_inspect.transcript import Decision, ToolCallRecord, TranscriptRecorder, Turn

CATALOG = [
    "Trailhead 30L Hiking Backpack",
    "Campus Classic Backpack",
    "Summit Ultralight Daypack",
    "Summit Ultralight Daypack Pro",
    "Canvas Market Tote",
]
ACCEPTABLE = ["Campus Classic Backpack", "Summit Ultralight Daypack"]
PERSONA = {
    "id": "p1",
    "product_type": "backpack",
    "budget": 50,
    "constraints": [
        {"attribute": "product_type", "op": "eq", "value": "backpack", "kind": "dealbreaker"},
        {"attribute": "price", "op": "lte", "value": 50, "kind": "dealbreaker"},
        {"attribute": "water_resistant", "op": "eq", "value": True, "kind": "dealbreaker"},
        {"attribute": "material", "op": "eq", "value": "nylon", "kind": "preference"},
        {"attribute": "capacity_l", "op": "gte", "value": 20, "kind": "preference"},
        {"attribute": "color", "op": "in", "value": ["black", "navy blue"], "kind": "preference"},
    ],
}


def make_state(
    turns: list[tuple[str, str]],
    decision: Decision | None = None,
    ended_by: str | None = "decision",
    acceptable: list[str] = ACCEPTABLE,
    category: str = "bags",
    sample_id: str = "s1",
    **turn_extras: Any,
) -> TaskState:
    state = TaskState(
        model=ModelName("mockllm/model"),
        sample_id=sample_id,
        epoch=1,
        input="",
        messages=[],
        metadata={
            "category": category,
            "catalog_products": CATALOG,
            "acceptable_products": acceptable,
            "feasible": bool(acceptable),
            "persona": PERSONA,
        },
    )
    recorder = TranscriptRecorder(state.store, shopper_model="scripted", salesbot_model="scripted")
    for index, (speaker, text) in enumerate(turns):
        extras = turn_extras.get(str(index), {})
        recorder.append(Turn(index=index, speaker=speaker, text=text, **extras))  # type: ignore[arg-type]
    if decision is not None:
        recorder.decide(decision)
    if ended_by is not None:
        recorder.end(ended_by)  # type: ignore[arg-type]
    return state


async def run_scorer(scorer: Any, state: TaskState) -> Score:
    return await scorer(state, Target(""))


GREETING = (
    "salesbot",
    "Hello! I'm here to help you find the perfect product. What are you looking for today?",
)
ASK = ("shopper", "Hi, I need a backpack under $50.")


def buy(product: str, turn: int = 1) -> Decision:
    return Decision(action="add_to_cart", product=product, turn=turn)


WALK = Decision(action="end_conversation", turn=1)


# --- decision alignment: one case per outcome label --------------------------------------------------

CASES = [
    # (outcome, DA, salesbot reply, decision)
    (
        "accepted_acceptable",
        1,
        "Try the **Summit Ultralight Daypack** ($45).",
        buy("Summit Ultralight Daypack"),
    ),
    ("accepted_acceptable", 1, "Try the Summit Ultralight Daypack.", buy("the summit ultralight daypack")),
    ("rejected_none_acceptable_shown", 1, "The Trailhead 30L Hiking Backpack is $89.", WALK),
    ("rejected_none_acceptable_shown", 1, "Sorry, nothing matches.", WALK),
    ("premature_end", 0, "unused", Decision(action="end_conversation", turn=0)),
    ("overly_lenient", 0, "The Trailhead 30L Hiking Backpack is $89.", buy("Trailhead 30L Hiking Backpack")),
    (
        "wrong_product",
        0,
        "Options: Trailhead 30L Hiking Backpack, or the Campus Classic Backpack.",
        buy("Trailhead 30L Hiking Backpack"),
    ),
    (
        "hallucinated_purchase",
        0,
        "The Trailhead 30L Hiking Backpack is $89.",
        buy("Summit Ultralight Daypack"),  # acceptable, but never named
    ),
    ("hallucinated_purchase", 0, "The Campus Classic Backpack is $40.", buy("Galaxy Explorer Pack")),
    ("overly_strict", 0, "The Campus Classic Backpack is $39.99.", WALK),
]


@pytest.mark.parametrize("outcome, value, reply, decision", CASES)
async def test_decision_alignment_outcomes(outcome, value, reply, decision):
    turns = (
        [GREETING, ASK] if decision.turn == 0 else [GREETING, ASK, ("salesbot", reply), ("shopper", "Ok.")]
    )
    score = await run_scorer(decision_alignment(), make_state(turns, decision))
    assert score.value == value
    assert isinstance(score.value, int)
    assert score.metadata["outcome"] == outcome
    assert outcome in score.explanation
    assert "Recommended R" in score.explanation and "acceptable A" in score.explanation
    assert "decision:" in score.explanation


def test_every_label_is_covered():
    assert {case[0] for case in CASES} == set(OUTCOMES)


async def test_premature_purchase_of_acceptable_product_scores_zero():
    state = make_state(
        [GREETING, ASK], Decision(action="add_to_cart", product="Campus Classic Backpack", turn=0)
    )
    score = await run_scorer(decision_alignment(), state)
    assert (score.value, score.metadata["outcome"]) == (0, "premature_end")


async def test_running_out_of_turns_is_walking_away():
    turns = [GREETING, ASK, ("salesbot", "The Trailhead 30L Hiking Backpack?"), ("shopper", "Hmm.")]
    score = await run_scorer(decision_alignment(), make_state(turns, None, ended_by="max_turns"))
    assert (score.value, score.metadata["outcome"]) == (1, "rejected_none_acceptable_shown")
    turns[2] = ("salesbot", "The Campus Classic Backpack?")
    score = await run_scorer(decision_alignment(), make_state(turns, None, ended_by="max_turns"))
    assert (score.value, score.metadata["outcome"]) == (0, "overly_strict")


async def test_infeasible_persona_walking_away_is_aligned():
    turns = [GREETING, ASK, ("salesbot", "The Campus Classic Backpack?"), ("shopper", "No.")]
    score = await run_scorer(decision_alignment(), make_state(turns, WALK, acceptable=[]))
    assert (score.value, score.metadata["outcome"], score.metadata["feasible"]) == (
        1,
        "rejected_none_acceptable_shown",
        False,
    )


async def test_recommended_set_counts_only_salesbot_turns_before_the_decision():
    turns = [
        GREETING,
        ("shopper", "Do you have the Campus Classic Backpack?"),  # the shopper naming it does not count
        ("salesbot", "We have the Trailhead 30L Hiking Backpack."),
        ("shopper", "I'll leave."),
        ("salesbot", "Wait, the Campus Classic Backpack!"),  # after the decision
    ]
    score = await run_scorer(decision_alignment(), make_state(turns, WALK))
    assert score.metadata["recommended"] == ["Trailhead 30L Hiking Backpack"]
    assert score.metadata["outcome"] == "rejected_none_acceptable_shown"


async def test_near_identical_names_resolve_to_the_longest_exact_match():
    reply = "The Summit Ultralight Daypack Pro is $60."
    turns = [GREETING, ASK, ("salesbot", reply), ("shopper", "ok")]
    score = await run_scorer(decision_alignment(), make_state(turns, buy("Summit Ultralight Daypack Pro")))
    # Only the Pro was named, and the Pro is not acceptable.
    assert score.metadata["recommended"] == ["Summit Ultralight Daypack Pro"]
    assert (score.value, score.metadata["outcome"]) == (0, "overly_lenient")
    # Buying the non-Pro, never named, is a hallucinated purchase even though it is acceptable.
    score = await run_scorer(decision_alignment(), make_state(turns, buy("Summit Ultralight Daypack")))
    assert (score.value, score.metadata["outcome"]) == (0, "hallucinated_purchase")


async def test_catalog_falls_back_to_the_registered_category(fixture_data):
    state = make_state(
        [GREETING, ASK, ("salesbot", "The Campus Classic Backpack is $39.99."), ("shopper", "ok")],
        buy("Campus Classic Backpack"),
        category=fixture_data.category,
    )
    del state.metadata["catalog_products"]
    score = await run_scorer(decision_alignment(), state)
    assert (score.value, score.metadata["outcome"]) == (1, "accepted_acceptable")


async def test_missing_metadata_is_a_harness_error():
    state = make_state([GREETING], None)
    del state.metadata["acceptable_products"]
    with pytest.raises(ValueError, match="acceptable_products"):
        await run_scorer(decision_alignment(), state)


# --- tool use ---------------------------------------------------------------------------------------


TOOL_USE = {
    "early_exit": early_exit,
    "format_error": format_error,
    "no_decision": no_decision,
    "off_catalog": off_catalog,
}


async def tool_use(state) -> dict[str, int]:
    return {name: (await run_scorer(factory(), state)).value for name, factory in TOOL_USE.items()}


async def test_tool_use_clean_dialogue():
    turns = [GREETING, ASK, ("salesbot", "The Campus Classic Backpack."), ("shopper", "Great.")]
    values = await tool_use(make_state(turns, buy("Campus Classic Backpack")))
    assert values == {"early_exit": 0, "format_error": 0, "no_decision": 0, "off_catalog": 0}


async def test_tool_use_flags():
    turns = [GREETING, ASK]
    early = make_state(turns, Decision(action="end_conversation", turn=0))
    assert (await tool_use(early))["early_exit"] == 1

    text_call = make_state(
        [GREETING, ASK, ("salesbot", "The Campus Classic Backpack."), ("shopper", "I'll take it.")],
        Decision(action="add_to_cart", product="Campus Classic Backpack", turn=1, source="text"),
        **{
            "3": {
                "tool_calls": [
                    ToolCallRecord(function="add_to_cart", arguments={"product": "x"}, source="text")
                ],
                "format_problems": ["tool call written as text: add_to_cart(...)"],
            }
        },
    )
    score = await run_scorer(format_error(), text_call)
    assert score.value == 1
    assert score.metadata["format_problems"]

    undecided = make_state(turns, None, ended_by="max_turns")
    assert (await tool_use(undecided))["no_decision"] == 1

    off = make_state(turns + [("salesbot", "Hm."), ("shopper", "ok")], buy("Galaxy Explorer Pack"))
    assert await tool_use(off) == {"early_exit": 0, "format_error": 0, "no_decision": 0, "off_catalog": 1}


# --- catalog DA --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reply", "decision", "acceptable", "paper", "catalog"),
    [
        # Bought a recommended acceptable product: both 1.
        ("The Campus Classic Backpack is $39.99.", "Campus Classic Backpack", ACCEPTABLE, 1, 1),
        # Walked away when nothing acceptable was shown but the catalog has some: the paper credits it.
        ("The Trailhead 30L Hiking Backpack is $89.", None, ACCEPTABLE, 1, 0),
        # Walked away from an infeasible persona: both 1.
        ("The Trailhead 30L Hiking Backpack is $89.", None, [], 1, 1),
        # Walked away though an acceptable product was shown: both 0.
        ("The Campus Classic Backpack is $39.99.", None, ACCEPTABLE, 0, 0),
        # Bought an unacceptable product: both 0.
        ("The Trailhead 30L Hiking Backpack is $89.", "Trailhead 30L Hiking Backpack", ACCEPTABLE, 0, 0),
        # Bought an acceptable product never shown: both 0.
        ("The Trailhead 30L Hiking Backpack is $89.", "Campus Classic Backpack", ACCEPTABLE, 0, 0),
    ],
)
async def test_catalog_da_cannot_be_earned_by_leaving(reply, decision, acceptable, paper, catalog):
    turns = [GREETING, ASK, ("salesbot", reply), ("shopper", "Ok.")]
    state = make_state(turns, buy(decision) if decision else WALK, acceptable=acceptable)
    assert (await run_scorer(decision_alignment(), state)).value == paper
    assert (await run_scorer(catalog_alignment(), state)).value == catalog


async def test_first_turn_exit_scores_zero_on_catalog_da_too():
    state = make_state([GREETING, ASK], Decision(action="end_conversation", turn=0), acceptable=[])
    assert (await run_scorer(catalog_alignment(), state)).value == 0


async def test_hallucinated_purchase_says_why():
    turns = [GREETING, ASK, ("salesbot", "The Campus Classic Backpack is $40."), ("shopper", "Ok.")]
    unseen = await run_scorer(decision_alignment(), make_state(turns, buy("Summit Ultralight Daypack")))
    invented = await run_scorer(decision_alignment(), make_state(turns, buy("Galaxy Explorer Pack")))
    assert unseen.metadata["outcome"] == invented.metadata["outcome"] == "hallucinated_purchase"
    assert unseen.metadata["hallucination"] == "not_shown"
    assert invented.metadata["hallucination"] == "not_in_catalog"
    assert unseen.metadata["decision_turn"] == 2 and "at shopper turn 2" in unseen.explanation


# --- metrics ----------------------------------------------------------------------------------------


def sample_score(
    value: Any, category: str = "a", sid: int = 0, feasible: bool = True, **metadata: Any
) -> SampleScore:
    return SampleScore(
        score=Score(value=value, metadata=metadata),
        sample_id=sid,
        sample_metadata={"category": category, "feasible": feasible},
    )


def test_outcome_shares_and_feasibility():
    scores = [
        sample_score(1, outcome="accepted_acceptable", feasible=True),
        sample_score(0, outcome="overly_strict", feasible=True),
        sample_score(1, outcome="rejected_none_acceptable_shown", feasible=False),
        sample_score(1, outcome="accepted_acceptable", feasible=True),
    ]
    shares = outcome_shares()(scores)
    assert shares["ok_buy"] == 0.5
    assert shares["strict"] == 0.25
    assert shares["premature"] == 0.0
    assert set(shares) == {OUTCOME_SHORT_NAMES[label] for label in OUTCOMES}
    assert shares["ok_buy"] + shares["ok_leave"] == pytest.approx(3 / 4)  # the DA rate
    assert by_feasibility()(scores) == {"feasible": pytest.approx(2 / 3), "infeasible": 1.0}
    assert by_feasibility()(scores[:2]) == {"feasible": 0.5}


def test_metric_names_are_short_and_distinct():
    """Inspect's terminal cuts metric names after about ten characters: ours must stay distinct."""
    names = [*OUTCOME_SHORT_NAMES.values(), "feasible", "infeasible", "female", "male", "watch"]
    assert all(len(name) <= 10 for name in names) and len(set(names)) == len(names)


def test_per_category_metrics_use_sample_metadata():
    scores = [
        sample_score(1, "female_clothing"),
        sample_score(0, "female_clothing"),
        sample_score(1, "rings"),
    ]
    assert by_category()(scores) == {"female": 0.5, "rings": 1.0}


def test_dialogue_redundancy_by_hand():
    # Identical texts are fully redundant, disjoint ones not at all.
    assert dialogue_redundancy(["red wool coat", "red wool coat"]) == pytest.approx([1.0, 1.0])
    assert dialogue_redundancy(["red wool coat", "blue denim jeans"]) == pytest.approx([0.0, 0.0])
    values = dialogue_redundancy(["red coat", "red coat", "blue jeans"])
    assert values == pytest.approx([0.5, 0.5, 0.0])
    assert all(math.isnan(v) for v in dialogue_redundancy(["only one"]))
    assert all(math.isnan(v) for v in dialogue_redundancy(["the and", "of the"]))  # stop words only


def test_redundancy_is_per_category():
    scores = [
        sample_score(1, "a", 0, shopper_text="red coat"),
        sample_score(1, "a", 1, shopper_text="red coat"),
        sample_score(1, "b", 2, shopper_text="blue jeans"),
        sample_score(1, "b", 3, shopper_text="green hat"),
    ]
    # Category a: both dialogues 1.0; category b: both 0.0; over all four dialogues: 0.5.
    assert red()(scores) == pytest.approx(0.5)
    assert red_gap()(scores) == pytest.approx(0.5 - human_mean("tfidf_redundancy"))
    assert red()(scores[:2]) == pytest.approx(1.0)


async def test_cpl_keeps_the_shopper_text_only():
    turns = [
        GREETING,
        ("shopper", 'Hi, a backpack please. <tool_call>{"name": "end_conversation"}</tool_call>'),
    ]
    state = make_state(turns, None, **{"1": {"reasoning": "private thoughts about nylon"}})
    score = await run_scorer(cpl(), state)
    assert score.metadata["shopper_text"] == "Hi, a backpack please."
    silent = make_state([GREETING, ("shopper", "")], None)
    assert math.isnan((await run_scorer(cpl(), silent)).value)


# --- language: deterministic ------------------------------------------------------------------------


def test_numbers_in():
    assert numbers_in("under $1,200 or 1.5k, maybe 15 thousand; 48-hour battery") == {1200, 1500, 15000, 48}


def test_persona_criteria_exclude_the_product_type_and_add_the_budget():
    criteria = persona_criteria({"product_type": "tote", "budget": 40, "constraints": []})
    assert criteria == [{"attribute": "price", "op": "lte", "value": 40, "kind": "dealbreaker"}]
    assert len(persona_criteria(PERSONA)) == 5


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hi! I'm looking for a backpack.", 0),
        ("A backpack under $50 please.", 1),
        ("Something affordable.", 1),
        ("A water-resistant nylon backpack, at least 20 liters, for $50.", 4),
        ("Water resistant, nylon, 20 L, black or navy blue, budget 50", 5),
        ("I want it in navy blue.", 1),
        ("Blue, ideally.", 0),  # "navy blue" is one value: "blue" alone is not it
    ],
)
def test_count_stated_criteria(text, expected):
    count, stated = count_stated_criteria(PERSONA, text)
    assert count == expected, stated


async def test_language_without_judge():
    turns = [
        GREETING,
        ("shopper", "Hi! I need a nylon backpack under $50."),
        ("salesbot", "The Campus Classic Backpack."),
        ("shopper", "Sounds good. I'll take it."),
    ]
    state = make_state(turns, buy("Campus Classic Backpack"), **{"3": {"reasoning": "It's cotton. Hmm."}})
    crit_score, cpl_score = await run_scorer(crit(), state), await run_scorer(cpl(), state)
    # "Hi!" fragment, "I need ..." complete, "Sounds good." fragment, "I'll take it." complete
    assert (crit_score.value, cpl_score.value) == (2.0, 0.5)
    assert cpl_score.metadata["method"] == "spaCy dependency parse"
    assert cpl_score.metadata["sentences"] == {"complete": 2, "total": 4}
    assert crit_score.metadata["stated"] == ["price lte 50", "material eq nylon"]


async def test_language_with_no_shopper_text_is_unscored():
    state = make_state([GREETING], None, ended_by="error")
    assert math.isnan((await run_scorer(crit(), state)).value)
    assert math.isnan((await run_scorer(cpl(), state)).value)


# --- language: judge --------------------------------------------------------------------------------


class FakeJudge:
    name = "fake/judge"

    def __str__(self) -> str:
        return self.name

    def __init__(self, answers: dict[str, str | Exception]):
        self.answers = answers
        self.prompts: list[str] = []

    async def generate(self, prompt: str):
        from inspect_ai.model import ModelOutput

        self.prompts.append(prompt)
        key = "crit" if "COUNT:" in prompt else "cpl"
        answer = self.answers[key]
        if isinstance(answer, Exception):
            raise answer
        return ModelOutput.from_content(model="fake/judge", content=answer)


def judged_state() -> TaskState:
    return make_state(
        [
            GREETING,
            ("shopper", "Hi, a nylon backpack under $50."),
            ("salesbot", "Campus Classic?"),
            ("shopper", "ok"),
        ],
        buy("Campus Classic Backpack"),
    )


async def test_language_with_judge(monkeypatch):
    judge = FakeJudge({"crit": "1. budget\n2. nylon\nCOUNT: 2", "cpl": "a -> complete\nSCORE: 0.25"})
    monkeypatch.setattr("salessim_inspect.scorers.language_metrics.bound_judge", lambda: judge)
    crit_score = await run_scorer(crit(), judged_state())
    cpl_score = await run_scorer(cpl(), judged_state())
    assert (crit_score.value, cpl_score.value) == (2.0, 0.25)
    assert crit_score.metadata["method"] == cpl_score.metadata["method"] == "judge fake/judge"
    assert "Hi, a nylon backpack under $50." in judge.prompts[0]
    assert "[message 2]\nok" in judge.prompts[1]


async def test_judge_failures_leave_that_metric_unscored(monkeypatch):
    judge = FakeJudge({"crit": RuntimeError("rate limited"), "cpl": "I cannot tell."})
    monkeypatch.setattr("salessim_inspect.scorers.language_metrics.bound_judge", lambda: judge)
    crit_score = await run_scorer(crit(), judged_state())
    cpl_score = await run_scorer(cpl(), judged_state())
    assert math.isnan(crit_score.value) and math.isnan(cpl_score.value)
    assert crit_score.reason == cpl_score.reason == "grader_failed"
    assert "rate limited" in crit_score.metadata["judge_error"]
    assert "SCORE" in cpl_score.metadata["judge_error"]


def test_unbound_judge_is_none_never_the_evaluated_model(monkeypatch):
    monkeypatch.setattr(judge_module, "model_roles", lambda: {"salesbot": object()})
    assert judge_module.bound_judge() is None


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("COUNT: 3", 3),
        ("criteria...\n**COUNT:** 4", 4),
        ("COUNT: 1\nactually\nCOUNT: 2", 2),
        ("count = 0", 0),
    ],
)
def test_parse_count(answer, expected):
    assert parse_count(answer) == expected


@pytest.mark.parametrize(
    "answer, expected",
    [("SCORE: 0.4", 0.4), ("SCORE: 40%", 0.4), ("SCORE: 3/4", 0.75), ("score: .5", 0.5), ("SCORE: 80", 0.8)],
)
def test_parse_share(answer, expected):
    assert parse_share(answer) == pytest.approx(expected)


@pytest.mark.parametrize("answer", ["no number", "SCORE: 5/4", "SCORE: 150", "COUNT: 3"])
def test_parse_share_rejects(answer):
    with pytest.raises(JudgeError):
        parse_share(answer)


def test_judge_prompts_are_package_data():
    assert "{message}" in judge_module.judge_prompt("criteria_count")
    assert "{messages}" in judge_module.judge_prompt("sentence_completeness")


def test_shipped_reference_figures_carry_their_source():
    assert "RecQuest" in human_reference()["source"]
    assert "SalesSim" in paper_results()["source"]
    assert human_mean("sentence_completeness") == 0.3657
    assert human_mean("tfidf_redundancy") == 0.0976


# --- references the matcher could not resolve --------------------------------------------------------


async def test_unmatched_names_lists_what_the_salesbot_named_that_no_product_is():
    from salessim_inspect.scorers import unmatched_names

    turns = [
        GREETING,
        ASK,
        (
            "salesbot",
            "I recommend the **Summit Ultralight Daypack X2** at $40, or the Campus Classic Backpack.",
        ),
        ("shopper", "Ok."),
    ]
    score = await run_scorer(unmatched_names(), make_state(turns, buy("Campus Classic Backpack")))
    assert score.value == 1 and score.metadata["unresolved"] == ["Summit Ultralight Daypack X2"]
    clean = [GREETING, ASK, ("salesbot", "The Campus Classic Backpack is $39.99."), ("shopper", "Ok.")]
    assert (await run_scorer(unmatched_names(), make_state(clean, WALK))).value == 0


def test_da_on_personas_with_a_visual_dealbreaker():
    from salessim_inspect.scorers.metrics import on_visual

    def score(value, visual):
        return SampleScore(
            score=Score(value=value), sample_id=value, sample_metadata={"visual_dealbreakers": visual}
        )

    scores = [score(1, ["stone_color"]), score(0, ["stone_color"]), score(1, []), score(1, [])]
    assert on_visual()(scores) == {"visual": 0.5}
    assert on_visual()(scores[2:]) == {}
