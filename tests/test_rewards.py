"""Reward components on hand-built trajectories: each equals its documented formula, and each agrees with
the eval's scorer that measures the same thing."""

import math
from typing import Any

import numpy as np
import pytest
from inspect_ai.model import ModelName
from inspect_ai.scorer import Target
from inspect_ai.solver import TaskState

from salessim_inspect.rewards import COMPONENTS, DEFAULT_WEIGHTS, Episode, RewardOptions, trajectory_reward
from salessim_inspect.rewards.components import (
    decision_reward,
    format_reward,
    interaction_length_reward,
    response_length_reward,
    turn_length_score,
)
from salessim_inspect.rewards.linguistic import (
    dialogue_features,
    feature_closeness,
    human_distributions,
    linguistic_reward,
    midrank_cdf,
)
from salessim_inspect.rewards.reasoning import product_passages, reasoning_judge_input, reasoning_proxy
from salessim_inspect.rewards.scorer import rewards
from salessim_inspect.rewards.total import weighted_total
from salessim_inspect.scorers import decision_alignment, format_error
from salessim_inspect.transcript import Decision, ToolCallRecord, Transcript, TranscriptRecorder, Turn

CATEGORY = "fixture_bags"
# Persona bags-002 of the fixture: a backpack at most $50; A = Campus Classic Backpack, Summit Ultralight Daypack.
PERSONA = "bags-002"
TOO_DEAR = "Trailhead 30L Hiking Backpack"  # $89, nylon: fails the budget
TOTE = "Canvas Market Tote"  # $24: not a backpack
GOOD = "Summit Ultralight Daypack"  # $45, nylon
ALSO_GOOD = "Campus Classic Backpack"  # $39.99, cotton
OPENING = "Hello! I'm here to help you find the perfect product. What are you looking for today?"


@pytest.fixture
def persona_metadata(fixture_data) -> dict[str, Any]:
    persona = next(p for p in fixture_data.personas if p.id == PERSONA)
    return {
        "category": CATEGORY,
        "persona_id": persona.id,
        "acceptable_products": list(persona.acceptable_products),
        "feasible": persona.feasible,
        "product_type": persona.product_type,
        "budget": persona.budget,
        "persona": persona.model_dump(mode="json"),
        "catalog_products": [p.name for p in fixture_data.products],
    }


def shopper(text: str, **extras: Any) -> tuple[str, str, dict[str, Any]]:
    return ("shopper", text, extras)


def salesbot(text: str) -> tuple[str, str, dict[str, Any]]:
    return ("salesbot", text, {})


def transcript(turns: list[tuple[str, str, dict[str, Any]]], decision: Decision | None = None) -> Transcript:
    built = Transcript(
        turns=[Turn(index=i, speaker=s, text=t, **x) for i, (s, t, x) in enumerate(turns)],  # type: ignore[arg-type]
        decision=decision,
        ended_by="decision" if decision else "max_turns",
    )
    return built


def episode(metadata: dict[str, Any], turns: list, decision: Decision | None = None) -> Episode:
    return Episode.from_metadata(transcript(turns, decision), metadata)


def buy(product: str, turn: int, source: str = "native") -> Decision:
    return Decision(action="add_to_cart", product=product, turn=turn, source=source)  # type: ignore[arg-type]


def leave(turn: int) -> Decision:
    return Decision(action="end_conversation", turn=turn)


def state_of(metadata: dict[str, Any], built: Transcript) -> TaskState:
    state = TaskState(
        model=ModelName("mockllm/model"), sample_id="s1", epoch=1, input="", messages=[], metadata=metadata
    )
    recorder = TranscriptRecorder(state.store, shopper_model="scripted", salesbot_model="scripted")
    for turn in built.turns:
        recorder.append(turn)
    if built.decision is not None:
        recorder.decide(built.decision)
    recorder.end(built.ended_by or "max_turns")
    return state


# --- decision ------------------------------------------------------------------------------------------

# (turns, decision, paper DA, catalog DA) for persona bags-002 (A is not empty).
DECISIONS = {
    "bought an acceptable product it was shown": (
        [salesbot(OPENING), shopper("Hi, a light backpack?"), salesbot(f"The **{GOOD}** is $45.")],
        buy(GOOD, 1),
        1,
        1,
    ),
    "left when only an unaffordable one was shown": (
        [salesbot(OPENING), shopper("Hi, a light backpack?"), salesbot(f"The {TOO_DEAR} is $89.")],
        leave(1),
        1,
        0,
    ),
    "left in its first turn": ([salesbot(OPENING)], leave(0), 0, 0),
    "bought one it was never shown": (
        [salesbot(OPENING), shopper("Hi"), salesbot(f"The {TOO_DEAR} is $89.")],
        buy(GOOD, 1),
        0,
        0,
    ),
    "left although an acceptable one was shown": (
        [salesbot(OPENING), shopper("Hi"), salesbot(f"Try the {ALSO_GOOD}, $39.99.")],
        leave(1),
        0,
        0,
    ),
    "ran out of turns with nothing acceptable shown": (
        [salesbot(OPENING), shopper("Hi"), salesbot(f"The {TOO_DEAR} is $89."), shopper("Hmm.")],
        None,
        1,
        0,
    ),
}


@pytest.mark.parametrize("case", DECISIONS)
async def test_decision_reward_is_the_eval_da(case, persona_metadata):
    turns, decision, paper, catalog = DECISIONS[case]
    ep = episode(persona_metadata, turns, decision)
    assert decision_reward(ep, "paper") == paper
    assert decision_reward(ep, "catalog") == catalog
    score = await decision_alignment()(state_of(persona_metadata, ep.transcript), Target(""))
    assert decision_reward(ep, "paper") == score.value


def test_catalog_decision_credits_leaving_only_when_nothing_is_acceptable(persona_metadata):
    infeasible = {**persona_metadata, "acceptable_products": []}
    turns = [salesbot(OPENING), shopper("Hi"), salesbot(f"The {TOO_DEAR} is $89.")]
    assert decision_reward(episode(infeasible, turns, leave(1)), "catalog") == 1
    assert decision_reward(episode(infeasible, [salesbot(OPENING)], leave(0)), "catalog") == 0


# --- format --------------------------------------------------------------------------------------------

TEXT_CALL = '<tool_call>\n{"name": "add_to_cart", "arguments": {"product": "Summit Daypack"}}\n</tool_call>'


async def test_format_is_one_minus_the_share_of_malformed_turns(persona_metadata):
    turns = [
        salesbot(OPENING),
        shopper("Looking for a backpack under $50."),
        salesbot(f"The {TOO_DEAR} is $89."),
        shopper("Too much.", format_problems=["malformed add_to_cart call: bad JSON"]),
        salesbot(f"The **{GOOD}** is $45."),
        shopper(
            "Perfect.",
            tool_calls=[ToolCallRecord(function="add_to_cart", arguments={"product": GOOD}, source="text")],
            format_problems=[f"tool call written as text: {TEXT_CALL}"],
        ),
    ]
    built = transcript(turns, buy(GOOD, 2, source="text"))
    assert format_reward(built) == pytest.approx(1 - 2 / 3)
    score = await format_error()(state_of(persona_metadata, built), Target(""))
    assert score.value == 1


async def test_format_is_one_exactly_when_fmt_finds_nothing(persona_metadata):
    built = transcript(
        [salesbot(OPENING), shopper("A backpack, please."), salesbot(f"The **{GOOD}** is $45.")], buy(GOOD, 1)
    )
    assert format_reward(built) == 1.0
    score = await format_error()(state_of(persona_metadata, built), Target(""))
    assert score.value == 0


def test_a_decision_written_as_text_is_malformed_even_without_a_recorded_problem():
    built = transcript([salesbot(OPENING), shopper("I'll take the daypack.")], buy(GOOD, 0, source="text"))
    assert format_reward(built) == 0.0


# --- response and interaction length -------------------------------------------------------------------


def test_turn_length_score_is_flat_then_linear():
    assert turn_length_score(40, 40) == 1.0
    assert turn_length_score(60, 40) == pytest.approx(0.5)
    assert turn_length_score(80, 40) == 0.0
    assert turn_length_score(500, 40) == 0.0


def test_response_length_is_the_mean_turn_score_of_spoken_words():
    long_markdown = (
        "Thanks for the options! Let me think through them:\n\n"
        "1. **Trailhead 30L** - great capacity, but at $89 it's well over my $50 budget.\n"
        "2. **Summit Ultralight** - nylon, light, and $45, which fits.\n\n"
        "Before I decide, could you tell me whether the Summit has a water bottle pocket and how heavy it is "
        "when empty? I carry snacks and two bottles for the kids on our weekend walks."
    )
    n_long = len(long_markdown.split())
    assert n_long > 60
    built = transcript(
        [
            salesbot(OPENING),
            shopper("hey, need a cheap backpack for hikes w/ my kids", reasoning="word " * 500),
            salesbot("Sure."),
            shopper(long_markdown),
        ]
    )
    expected = (1.0 + turn_length_score(n_long, 40)) / 2  # private reasoning does not count
    assert response_length_reward(built, 40) == pytest.approx(expected)


def test_text_written_tool_calls_do_not_count_as_words():
    built = transcript([salesbot(OPENING), shopper("Ok. " + TEXT_CALL * 10)])
    assert response_length_reward(built, 5) == 1.0


def test_interaction_length_rises_to_the_target_then_stays():
    short = transcript([salesbot(OPENING), shopper("Hi"), salesbot("Hello"), shopper("Bye")])
    assert interaction_length_reward(short, 9) == pytest.approx(2 / 9)
    long = transcript([t for _ in range(12) for t in (salesbot("More?"), shopper("Yes"))])
    assert interaction_length_reward(long, 9) == 1.0


# --- linguistic (features) -----------------------------------------------------------------------------


def test_midrank_cdf_and_closeness():
    human = np.array([1.0, 2.0, 2.0, 3.0, 10.0])
    assert midrank_cdf(human, 2.0) == pytest.approx((1 + 0.5 * 2) / 5)
    assert midrank_cdf(human, 0.0) == 0.0
    assert midrank_cdf(human, 11.0) == 1.0
    assert feature_closeness(human, 2.0) == pytest.approx(1 - abs(2 * 0.4 - 1))
    assert feature_closeness(human, 50.0) == 0.0


def test_linguistic_reward_is_the_mean_closeness_of_the_shared_features():
    human = human_distributions(
        [{"num_turns": t, "complete_sentences": c} for t, c in [(4, 0.2), (8, 0.4), (12, 0.6), (16, 0.8)]]
    )
    features = {"turns": 8.0, "cpl": 0.9, "crit": 3.0, "words_per_turn": None}
    value, parts = linguistic_reward(features, human)
    assert set(parts) == {"turns", "cpl"}  # no human Crit. in these rows; words per turn missing here
    assert parts["turns"] == pytest.approx(1 - abs(2 * (1 + 0.5) / 4 - 1))
    assert parts["cpl"] == 0.0
    assert value == pytest.approx((parts["turns"] + parts["cpl"]) / 2)


def test_linguistic_reward_against_the_packaged_human_rows():
    at_median = {"turns": 9.0, "cpl": 0.36, "crit": 2.0}
    far_off = {"turns": 1.0, "cpl": 1.0, "crit": 25.0}
    assert linguistic_reward(at_median)[0] > 0.85
    assert linguistic_reward(far_off)[0] < 0.1
    assert linguistic_reward({"words_per_turn": 12.0}) == (0.0, {})


def test_dialogue_features_read_only_the_spoken_text(persona_metadata):
    ep = episode(
        persona_metadata,
        [
            salesbot(OPENING),
            shopper(
                "Hi there. I need a backpack, nothing over $50.",
                reasoning="The budget is $50. Nylon preferred.",
            ),
            salesbot(f"The {GOOD} is $45."),
            shopper("Nice one!"),
        ],
    )
    features = dialogue_features(ep)
    assert features["turns"] == 2
    assert features["words_per_turn"] == pytest.approx((9 + 2) / 2)
    assert features["crit"] == 1  # the budget; "nylon" was only in the private reasoning
    assert 0 < features["cpl"] < 1


# --- reasoning (proxy) ---------------------------------------------------------------------------------

SHOWN_TWO = f"I found two: the **{TOO_DEAR}** ($89, nylon) and the **{GOOD}** ($45, nylon, 15 L)."


def test_reasoning_proxy_full_marks_for_checked_products_and_a_following_decision(persona_metadata):
    ep = episode(
        persona_metadata,
        [
            salesbot(OPENING),
            shopper("Hi! Looking for a backpack for walks with my kids."),
            salesbot(SHOWN_TWO),
            shopper(
                "The Summit one works for me.",
                reasoning=(
                    "Checking each option:\n"
                    "- **Trailhead 30L Hiking Backpack**: $89, that's over my $50 budget, so no.\n"
                    "- **Summit Ultralight Daypack**: a backpack at $45. It is under my budget of $50."
                ),
            ),
        ],
        buy(GOOD, 1),
    )
    check = reasoning_proxy(ep)
    assert check.per_product == {TOO_DEAR: 1.0, GOOD: 1.0}
    assert (check.coverage, check.follows, check.value) == (1.0, 1.0, 1.0)


def test_reasoning_proxy_partial_coverage_and_a_purchase_not_grounded(persona_metadata):
    ep = episode(
        persona_metadata,
        [
            salesbot(OPENING),
            shopper("Hi! Looking for a backpack."),
            salesbot(SHOWN_TWO),
            # Never mentions the Trailhead; says nothing about the budget when buying the Summit.
            shopper("The **Summit Ultralight** looks lovely, orange is fun!"),
        ],
        buy(GOOD, 1),
    )
    check = reasoning_proxy(ep)
    assert check.per_product == {TOO_DEAR: 0.0, GOOD: 0.0}
    assert check.value == 0.0


def test_reasoning_proxy_rejecting_each_product_for_the_dealbreaker_it_fails(persona_metadata):
    ep = episode(
        persona_metadata,
        [
            salesbot(OPENING),
            shopper("Hi, I need a backpack."),
            salesbot(f"How about the {TOTE} for $24, or the {TOO_DEAR} at $89?"),
            shopper(
                f"Hmm, the {TOTE} is cute, but it's a tote and I really need a backpack. "
                f"And the {TOO_DEAR} is way past what I can spend. I'll look elsewhere, thanks!"
            ),
        ],
        leave(1),
    )
    check = reasoning_proxy(ep)
    # The tote fails only the product type ("backpack" is said about it); the Trailhead only the budget.
    assert check.per_product == {TOTE: 1.0, TOO_DEAR: 1.0}
    assert (check.follows, check.value) == (1.0, 1.0)


def test_reasoning_proxy_a_reason_that_is_not_the_failed_dealbreaker_does_not_count(persona_metadata):
    ep = episode(
        persona_metadata,
        [
            salesbot(OPENING),
            shopper("Hi, I need a backpack."),
            salesbot(f"How about the {TOTE} for $24?"),
            shopper(f"The {TOTE} is within my budget but I don't love beige."),
        ],
        leave(1),
    )
    check = reasoning_proxy(ep)
    assert check.per_product == {TOTE: 0.0}
    assert (check.follows, check.value) == (0.0, 0.0)


def test_reasoning_proxy_is_zero_when_nothing_was_shown_or_the_shopper_left_at_once(persona_metadata):
    nothing_shown = episode(
        persona_metadata, [salesbot(OPENING), shopper("Hi"), salesbot("What's your budget?")], leave(1)
    )
    assert reasoning_proxy(nothing_shown).value == 0.0
    at_once = episode(persona_metadata, [salesbot(OPENING)], leave(0))
    assert reasoning_proxy(at_once).value == 0.0


def test_follow_up_sentences_stay_with_the_product_last_named(persona_metadata):
    ep = episode(
        persona_metadata,
        [
            salesbot(OPENING),
            shopper("Hi"),
            salesbot(SHOWN_TWO),
            shopper(f"The {TOO_DEAR} sounds sturdy. But it's $89! Way over budget. What about the {GOOD}?"),
        ],
    )
    passages = product_passages(ep)
    assert passages[TOO_DEAR] == [f"The {TOO_DEAR} sounds sturdy.", "But it's $89!", "Way over budget."]
    assert passages[GOOD] == [f"What about the {GOOD}?"]


def test_the_judge_prompt_holds_persona_products_dialogue_and_decision(persona_metadata):
    ep = episode(
        persona_metadata,
        [salesbot(OPENING), shopper("Hi", reasoning="Budget is $50."), salesbot(SHOWN_TWO)],
        buy(GOOD, 1),
    )
    prompt = reasoning_judge_input(ep)
    for expected in (
        "Budget: $50",
        "Must be a backpack costing at most $50.",
        f"- {GOOD}: $45",
        "Budget is $50.",
    ):
        assert expected in prompt
    assert f"add_to_cart('{GOOD}')" in prompt
    assert "{" not in prompt.split("## Persona")[1]  # every placeholder filled


# --- total, options, scorer ----------------------------------------------------------------------------


def test_total_is_the_weighted_average(persona_metadata):
    ep = episode(
        persona_metadata,
        [salesbot(OPENING), shopper("Hi, a backpack under $50?"), salesbot(f"The **{GOOD}** is $45.")],
        buy(GOOD, 1),
    )
    breakdown = trajectory_reward(ep)
    assert set(breakdown.components) == set(COMPONENTS)
    assert all(0.0 <= v <= 1.0 for v in breakdown.components.values())
    expected = sum(DEFAULT_WEIGHTS[c] * breakdown.components[c] for c in COMPONENTS) / sum(
        DEFAULT_WEIGHTS.values()
    )
    assert breakdown.total == pytest.approx(expected)
    only_decision = trajectory_reward(ep, RewardOptions(weights={"decision": 1.0}))
    assert only_decision.total == breakdown.components["decision"] == 1.0


def test_weighted_total_ignores_zero_weights():
    components = dict.fromkeys(COMPONENTS, 0.0) | {"decision": 1.0}
    assert weighted_total(components, {"decision": 2.0, "format": 2.0, "linguistic": 0.0}) == 0.5


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"weights": {"decision": 1, "charm": 1}}, "unknown reward component"),
        ({"weights": {"decision": -1}}, "negative weight"),
        ({"weights": {"decision": 0}}, "at least one reward weight"),
        ({"linguistic": "classifier"}, "classifier_path"),
        ({"decision": "lenient"}, "decision"),
    ],
)
def test_bad_options_are_refused_with_a_reason(options, message):
    with pytest.raises(ValueError, match=message):
        RewardOptions.model_validate(options)


async def test_rewards_scorer_reports_every_component_and_the_total(persona_metadata):
    built = transcript(
        [salesbot(OPENING), shopper("Hi, a backpack under $50?"), salesbot(f"The **{GOOD}** is $45.")],
        buy(GOOD, 1),
    )
    score = await rewards()(state_of(persona_metadata, built), Target(""))
    direct = trajectory_reward(Episode.from_metadata(built, persona_metadata))
    assert score.value == {**direct.components, "reward": direct.total}
    assert score.metadata["reasoning_method"] == "proxy"
    assert not math.isnan(score.value["reward"])


async def test_rewards_scorer_takes_the_decision_variant(persona_metadata):
    built = transcript(
        [salesbot(OPENING), shopper("Hi"), salesbot(f"The {TOO_DEAR} is $89.")],
        leave(1),
    )
    paper = await rewards()(state_of(persona_metadata, built), Target(""))
    catalog = await rewards(decision="catalog")(state_of(persona_metadata, built), Target(""))
    assert (paper.value["decision"], catalog.value["decision"]) == (1.0, 0.0)
