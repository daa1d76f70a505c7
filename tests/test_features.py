"""Per-dialogue features (scorers/features.py) on dialogues written the way real models write."""

import pytest

from salessim_inspect.report.logs import _with_measured
from salessim_inspect.scorers import cpl, crit
from salessim_inspect.scorers.features import (
    FEATURES_KEY,
    dialogue_features,
    gives_budget,
    money_amounts,
    question_count,
    states_new_need,
    word_count,
)
from salessim_inspect.transcript import Decision, ToolCallRecord, Transcript, Turn
from tests.test_scorers import GREETING, PERSONA, FakeJudge, judged_state, make_state, run_scorer

# PERSONA (tests/test_scorers.py) shops for a backpack under $50: water resistant (dealbreaker), nylon,
# at least 20 litres, black or navy blue (preferences).

OPENING = """Hi there! I'm shopping for a **backpack** for my daily commute.

A couple of things matter to me:
- it has to be *water resistant* (I bike in the rain)
- ideally nylon

What would you suggest?"""

FOLLOW_UP = (
    "Thanks! The Campus Classic looks nice. Does it come in black or navy blue?? "
    "And how big is it, like 20 L or more?"
)

DECIDE = """Great, that works for me.

<tool_call>{"name": "add_to_cart", "arguments": {"product": "Campus Classic"}}</tool_call>"""

SALESBOT_REPLY = (
    "salesbot",
    "### Top picks\n1. **Campus Classic Backpack** — $45, water resistant nylon, 22 L\n"
    "2. **Trail Runner Pack** — $39, polyester",
)


def transcript(*shopper_texts: str, **extra: object) -> Transcript:
    turns = [Turn(index=0, speaker="salesbot", text=GREETING[1])]
    for text in shopper_texts:
        turns.append(Turn(index=len(turns), speaker="shopper", text=text))
        turns.append(Turn(index=len(turns), speaker="salesbot", text=SALESBOT_REPLY[1]))
    return Transcript(turns=turns, **extra)


def test_word_and_question_counts():
    # "water-resistant" is two words, "I'm" and "don't" one each.
    assert word_count("I'm after a **water-resistant** bag, don't need 30 L.") == 10
    assert question_count("Really?? Why? And the price") == 2
    assert question_count("No questions here.") == 0


@pytest.mark.parametrize(
    "text, budget, expected",
    [
        ("Hi! I need a backpack under $50.", 50, True),
        ("Looking to spend around $45 or so", 50, True),  # within 10%
        ("My budget is 50, tops.", 50, True),
        ("I can go up to 1.2k dollars", 1200, True),
        ("Something around $1,150", 1200, True),
        ("Budget's about $15k", 15000, True),
        ("I'd like 5 stars reviews.", 5, False),  # a bare number with no limit word
        ("Hi! I need a backpack.", 50, False),
        ("Something cheap please", 50, False),  # a budget word without the figure
        ("It should be under $30.", 50, False),  # a figure, but not the persona's
    ],
)
def test_gives_budget(text, budget, expected):
    assert gives_budget(text, budget) is expected


def test_money_amounts():
    assert money_amounts("$1.2k or 900 dollars, not 3 bags") == {1200.0, 900.0}


def test_new_need_share_counts_turns_that_add_a_criterion():
    flags = states_new_need(
        [
            "Hi, I'm looking for a backpack.",  # the product type is the request, not a criterion
            "It has to be water resistant.",  # new
            "Water resistant, like I said.",  # already stated
            "Nylon would be great, and under $50.",  # two new ones
        ],
        PERSONA,
    )
    assert flags == [False, True, False, True]


def test_features_of_a_dialogue_in_markdown_with_a_text_tool_call():
    features = dialogue_features(
        transcript(OPENING, FOLLOW_UP, DECIDE),
        PERSONA,
        crit=2.0,
        cpl=0.5,
        methods={"crit": "deterministic", "cpl": "deterministic"},
    )
    assert features.shopper_turns == 3
    # The tool call written into the last turn is not the shopper's words.
    words = [word_count(OPENING), word_count(FOLLOW_UP), word_count("Great, that works for me.")]
    assert features.words_per_turn == pytest.approx(sum(words) / 3)
    assert features.questions_per_turn == pytest.approx((1 + 2 + 0) / 3)
    # Opening: water resistant + nylon; follow-up: colour + capacity; last turn: nothing new.
    assert features.new_need_turns == 2
    assert features.new_need_share == pytest.approx(2 / 3)
    assert features.budget_first is False
    assert (features.crit, features.cpl) == (2.0, 0.5)


def test_a_turn_that_is_only_a_tool_call_is_not_a_shopper_turn():
    turns = [
        Turn(index=0, speaker="salesbot", text=GREETING[1]),
        Turn(index=1, speaker="shopper", text="I need a nylon backpack under $50, what do you have?"),
        Turn(index=2, speaker="salesbot", text=SALESBOT_REPLY[1]),
        Turn(
            index=3,
            speaker="shopper",
            text="",
            reasoning="Nylon, $45: fits.",
            tool_calls=[ToolCallRecord(function="add_to_cart", arguments={"product": "Campus Classic"})],
        ),
    ]
    decided = Transcript(
        turns=turns, decision=Decision(action="add_to_cart", product="Campus Classic", turn=1)
    )
    features = dialogue_features(decided, PERSONA)
    assert features.shopper_turns == 1
    assert features.budget_first is True
    assert features.crit is None and features.cpl is None


def test_no_shopper_turn_leaves_the_features_undefined():
    features = dialogue_features(Transcript(turns=[Turn(index=0, speaker="salesbot", text="Hi")]), PERSONA)
    assert features.shopper_turns == 0
    assert features.words_per_turn is None
    assert features.new_need_share is None
    assert features.budget_first is None


async def test_cpl_score_metadata_carries_the_features():
    turns = [
        GREETING,
        ("shopper", OPENING),
        SALESBOT_REPLY,
        ("shopper", FOLLOW_UP),
        SALESBOT_REPLY,
        ("shopper", DECIDE),
    ]
    state = make_state(turns, Decision(action="add_to_cart", product="Campus Classic", turn=2))
    score = await run_scorer(cpl(), state)
    features = score.metadata[FEATURES_KEY]
    assert features["shopper_turns"] == 3
    assert features["new_need_turns"] == 2
    # Crit. and %Cpl. are scores of their own; the report joins them into the features.
    crit_score = await run_scorer(crit(), state)
    values = {"crit": crit_score.value, "cpl": score.value}
    methods = {"crit": crit_score.metadata["method"], "cpl": score.metadata["method"]}
    joined = _with_measured(features, values, methods)
    assert (joined["crit"], joined["cpl"]) == (crit_score.value, score.value)
    assert joined["methods"] == {"crit": "deterministic", "cpl": "deterministic"}


async def test_judged_features_say_so(monkeypatch):
    judge = FakeJudge({"crit": "1. budget\n2. nylon\n3. commute\nCOUNT: 3", "cpl": "SCORE: 0.25"})
    monkeypatch.setattr("salessim_inspect.scorers.language_metrics.bound_judge", lambda: judge)
    crit_score, cpl_score = await run_scorer(crit(), judged_state()), await run_scorer(cpl(), judged_state())
    features = _with_measured(
        cpl_score.metadata[FEATURES_KEY],
        {"crit": crit_score.value, "cpl": cpl_score.value},
        {"crit": crit_score.metadata["method"], "cpl": cpl_score.metadata["method"]},
    )
    assert (features["crit"], features["cpl"]) == (3.0, 0.25)
    assert features["methods"] == {"crit": "judge", "cpl": "judge"}
    assert features["budget_first"] is True  # "under $50"
    assert features["shopper_turns"] == 2
