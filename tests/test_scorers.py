"""Scorers on transcripts built by hand: decision alignment, tool use, language, and their metrics."""

import math
from typing import Any

import pytest
from inspect_ai.model import ModelName
from inspect_ai.scorer import SampleScore, Score, Target
from inspect_ai.solver import TaskState

from salessim_inspect.reference import human_mean, human_reference, paper_results
from salessim_inspect.scorers import OUTCOMES, decision_alignment, language, redundancy, tool_use
from salessim_inspect.scorers import judge as judge_module
from salessim_inspect.scorers.criteria import count_stated_criteria, numbers_in, persona_criteria
from salessim_inspect.scorers.judge import JudgeError, parse_count, parse_share
from salessim_inspect.scorers.metrics import (
    by_feasibility,
    dialogue_redundancy,
    outcome_shares,
    tfidf_redundancy,
    tfidf_redundancy_gap,
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


async def test_tool_use_clean_dialogue():
    turns = [GREETING, ASK, ("salesbot", "The Campus Classic Backpack."), ("shopper", "Great.")]
    score = await run_scorer(tool_use(), make_state(turns, buy("Campus Classic Backpack")))
    assert score.value == {"early_exit": 0, "format_error": 0, "no_decision": 0, "off_catalog_purchase": 0}


async def test_tool_use_flags():
    turns = [GREETING, ASK]
    early = make_state(turns, Decision(action="end_conversation", turn=0))
    assert (await run_scorer(tool_use(), early)).value["early_exit"] == 1

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
    score = await run_scorer(tool_use(), text_call)
    assert score.value["format_error"] == 1
    assert score.metadata["format_problems"]

    undecided = make_state(turns, None, ended_by="max_turns")
    assert (await run_scorer(tool_use(), undecided)).value["no_decision"] == 1

    off_catalog = make_state(turns + [("salesbot", "Hm."), ("shopper", "ok")], buy("Galaxy Explorer Pack"))
    assert (await run_scorer(tool_use(), off_catalog)).value == {
        "early_exit": 0,
        "format_error": 0,
        "no_decision": 0,
        "off_catalog_purchase": 1,
    }


# --- metrics ----------------------------------------------------------------------------------------


def sample_score(value: Any, category: str = "a", sid: int = 0, **metadata: Any) -> SampleScore:
    return SampleScore(
        score=Score(value=value, metadata=metadata),
        sample_id=sid,
        sample_metadata={"category": category},
    )


def test_outcome_shares_and_feasibility():
    scores = [
        sample_score(1, outcome="accepted_acceptable", feasible=True),
        sample_score(0, outcome="overly_strict", feasible=True),
        sample_score(1, outcome="rejected_none_acceptable_shown", feasible=False),
        sample_score(1, outcome="accepted_acceptable", feasible=True),
    ]
    shares = outcome_shares()(scores)
    assert shares["share_accepted_acceptable"] == 0.5
    assert shares["share_overly_strict"] == 0.25
    assert shares["share_premature_end"] == 0.0
    assert set(shares) == {f"share_{label}" for label in OUTCOMES}
    assert by_feasibility()(scores) == {"da_feasible": pytest.approx(2 / 3), "da_infeasible": 1.0}
    assert by_feasibility()(scores[:2]) == {"da_feasible": 0.5, "da_infeasible": None}


def test_dialogue_redundancy_by_hand():
    # Identical texts are fully redundant, disjoint ones not at all.
    assert dialogue_redundancy(["red wool coat", "red wool coat"]) == pytest.approx([1.0, 1.0])
    assert dialogue_redundancy(["red wool coat", "blue denim jeans"]) == pytest.approx([0.0, 0.0])
    values = dialogue_redundancy(["red coat", "red coat", "blue jeans"])
    assert values == pytest.approx([0.5, 0.5, 0.0])
    assert all(math.isnan(v) for v in dialogue_redundancy(["only one"]))
    assert all(math.isnan(v) for v in dialogue_redundancy(["the and", "of the"]))  # stop words only


def test_tfidf_redundancy_is_per_category():
    scores = [
        sample_score(1, "a", 0, shopper_text="red coat"),
        sample_score(1, "a", 1, shopper_text="red coat"),
        sample_score(1, "b", 2, shopper_text="blue jeans"),
        sample_score(1, "b", 3, shopper_text="green hat"),
    ]
    # Category a: both dialogues 1.0; category b: both 0.0; over all four dialogues: 0.5.
    assert tfidf_redundancy()(scores) == pytest.approx({"red": 0.5, "red_a": 1.0, "red_b": 0.0})
    human = human_mean("tfidf_redundancy")
    gap = tfidf_redundancy_gap()(scores)
    assert gap == {
        "red_gap": pytest.approx(0.5 - human),
        "red_gap_a": pytest.approx(1 - human),
        "red_gap_b": pytest.approx(-human),
    }
    assert tfidf_redundancy()(scores[:2]) == pytest.approx({"red": 1.0, "red_a": 1.0})


async def test_redundancy_scorer_keeps_the_shopper_text_only():
    turns = [
        GREETING,
        ("shopper", 'Hi, a backpack please. <tool_call>{"name": "end_conversation"}</tool_call>'),
    ]
    state = make_state(turns, None, **{"1": {"reasoning": "private thoughts about nylon"}})
    score = await run_scorer(redundancy(), state)
    assert score.value == 1
    assert score.metadata["shopper_text"] == "Hi, a backpack please."
    silent = make_state([GREETING, ("shopper", "")], None)
    assert math.isnan((await run_scorer(redundancy(), silent)).value)


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
    score = await run_scorer(language(), state)
    # "Hi!" fragment, "I need ..." complete, "Sounds good." fragment, "I'll take it." complete
    assert score.value == {
        "crit_constraints": 2.0,
        "cpl_spacy": 0.5,
        "cpl_gap_spacy": pytest.approx(0.5 - human_mean("sentence_completeness")),
    }
    assert score.metadata["cpl_method"] == "spaCy dependency parse"
    assert score.metadata["cpl_sentences"] == {"complete": 2, "total": 4}
    assert score.metadata["crit_stated"] == ["price lte 50", "material eq nylon"]


async def test_language_with_no_shopper_text_is_unscored():
    score = await run_scorer(language(), make_state([GREETING], None, ended_by="error"))
    assert all(math.isnan(v) for v in score.value.values())


# --- language: judge --------------------------------------------------------------------------------


class FakeJudge:
    name = "fake/judge"

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
    score = await run_scorer(language(), judged_state())
    assert score.value == {
        "crit_judge": 2.0,
        "cpl_judge": 0.25,
        "cpl_gap_judge": pytest.approx(0.25 - human_mean("sentence_completeness")),
    }
    assert score.metadata["crit_method"] == "judge fake/judge"
    assert "Hi, a nylon backpack under $50." in judge.prompts[0]
    assert "[message 2]\nok" in judge.prompts[1]


async def test_judge_failures_leave_that_metric_unscored(monkeypatch):
    judge = FakeJudge({"crit": RuntimeError("rate limited"), "cpl": "I cannot tell."})
    monkeypatch.setattr("salessim_inspect.scorers.language_metrics.bound_judge", lambda: judge)
    score = await run_scorer(language(), judged_state())
    assert set(score.value) == {"crit_judge", "cpl_judge", "cpl_gap_judge"}
    assert all(math.isnan(v) for v in score.value.values())
    assert "rate limited" in score.metadata["judge_errors"]["crit"]
    assert "SCORE" in score.metadata["judge_errors"]["cpl"]


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
