"""Per-dialogue features of the shopper, compared with human shoppers in the report's human-likeness section.

Pure functions over a dialogue's transcript and its persona. The `language` scorer writes them into its
score metadata under `"features"` (one dict per dialogue, so per sample and epoch in the log); the report
reads them back and compares their distributions with the human rows of
`salessim_inspect/reference/human_dialogue_features.jsonl` (docs/human-likeness.md).

Where a human row has the same feature, ours follows its definition:

| feature | human field | ours |
| --- | --- | --- |
| `shopper_turns` | `num_turns` | shopper turns that say something (a turn that is only a tool call is not a message) |
| `cpl` | `complete_sentences` | %Cpl. as the `language` scorer measured it (judge, or spaCy's parse) |
| `crit` | `criterias_mentioned_first_turn` | Crit. as the `language` scorer measured it (judge, or the persona's constraints) |
| `red` | `avg_tfidf_similarity` | Red.: a corpus figure, computed by the report from the logged shopper texts |

The other features have no human counterpart and are reported as distributions of the model alone:
words and questions per shopper turn, the share of turns that state a new need, and whether the first
message gives the budget.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel

from salessim_inspect.scorers._common import spoken_text_multiline
from salessim_inspect.scorers.criteria import constraint_stated, numbers_in, persona_criteria
from salessim_inspect.transcript import Transcript

FEATURES_KEY = "features"
Method = Literal["judge", "deterministic"]


@dataclass(frozen=True)
class Feature:
    """One per-dialogue feature as the report shows it.

    Attributes:
        name: Key in the features dict (and `red`, which the report computes over the corpus).
        label: Column or axis label.
        human_field: The field of the human rows with the same definition, or None.
        definition: One line for the report's notes.
    """

    name: str
    label: str
    human_field: str | None
    definition: str


FEATURES: tuple[Feature, ...] = (
    Feature("shopper_turns", "shopper turns", "num_turns", "shopper turns that say something"),
    Feature("cpl", "%Cpl.", "complete_sentences", "share of the shopper's sentences that are complete"),
    Feature("crit", "Crit.", "criterias_mentioned_first_turn", "criteria stated in the first message"),
    Feature(
        "red", "Red.", "avg_tfidf_similarity", "mean TF-IDF cosine to the other dialogues of the category"
    ),
    Feature("words_per_turn", "words per turn", None, "mean words per spoken shopper turn"),
    Feature("questions_per_turn", "questions per turn", None, "mean questions ('?') per spoken shopper turn"),
    Feature(
        "new_need_share",
        "new-need share",
        None,
        "share of spoken turns stating a persona criterion no earlier turn stated",
    ),
    Feature(
        "budget_first", "budget in first message", None, "1 when the first message gives the budget figure"
    ),
)
FEATURE_BY_NAME = {feature.name: feature for feature in FEATURES}
# Features measured by the `language` scorer's methods (the rest are deterministic here).
MEASURED_FEATURES = ("crit", "cpl")


class DialogueFeatures(BaseModel):
    """The per-dialogue features of one dialogue (None: undefined for it, e.g. no spoken turn).

    Attributes:
        shopper_turns: Shopper turns with spoken text.
        words_per_turn: Mean words per spoken turn.
        questions_per_turn: Mean questions per spoken turn (a run of '?' is one question).
        new_need_share: Share of spoken turns that state a persona criterion no earlier turn stated.
        new_need_turns: How many spoken turns did.
        budget_first: Whether the first shopper message gives the budget figure.
        crit: Crit., as the language scorer measured it.
        cpl: %Cpl., as the language scorer measured it.
        methods: How `crit` and `cpl` were measured: "judge" or "deterministic".
    """

    shopper_turns: int
    words_per_turn: float | None
    questions_per_turn: float | None
    new_need_share: float | None
    new_need_turns: int
    budget_first: bool | None
    crit: float | None = None
    cpl: float | None = None
    methods: dict[str, Method] = {}


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")
_QUESTION = re.compile(r"\?+")
# A money amount: "$800", "$1.2k", "800 dollars", "15k bucks".
_MONEY = re.compile(
    r"\$\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|thousand|grand)?\b"
    r"|\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(k|thousand|grand)?\s?(?:dollars|bucks|usd)\b",
    re.IGNORECASE,
)
# A money amount this close to the budget gives it away ("around $800" for a budget of $825).
BUDGET_TOLERANCE = 0.10
# A bare number is the budget only beside words like these ("my budget is 825", "under 300"): a bare
# "5" is as likely a size or a rating.
_LIMIT_WORDS = re.compile(
    r"\b(budget|spend|spending|afford|price|cost|under|below|less than|max|maximum|up to|at most|"
    r"no more than|around|about|within)\b",
    re.IGNORECASE,
)


def word_count(text: str) -> int:
    """Words in `text`: runs of letters and digits, with apostrophe endings ("I'm", "don't") kept whole."""
    return len(_WORD.findall(text))


def question_count(text: str) -> int:
    """Questions in `text`, as written with a question mark ("Really?? Why?" is two)."""
    return len(_QUESTION.findall(text))


def money_amounts(text: str) -> set[float]:
    """The amounts written as money in `text` ("$1.2k" is 1200, "15,000 dollars" is 15000)."""
    amounts: set[float] = set()
    for match in _MONEY.finditer(text):
        number, scale = (
            (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        )
        value = float(number.replace(",", ""))
        amounts.add(value * 1000 if scale else value)
    return amounts


def gives_budget(text: str, budget: float) -> bool:
    """Whether `text` gives the budget figure.

    It does when it writes a money amount within 10% of the budget ("$800", "around 800 dollars" for
    $825; "1.2k" forms read as thousands), or the exact figure as a bare number beside a word that makes
    it a limit ("my budget is 825", "under 825").
    """
    if any(abs(amount - budget) <= BUDGET_TOLERANCE * budget for amount in money_amounts(text)):
        return True
    return float(budget) in numbers_in(text) and bool(_LIMIT_WORDS.search(text))


def states_new_need(utterances: list[str], persona: Mapping[str, Any]) -> list[bool]:
    """For each utterance, whether it states one of the persona's criteria that no earlier one stated.

    The criteria are `criteria.persona_criteria`: the persona's constraints other than its product type
    (the request itself), with the budget; a criterion counts as stated by `criteria.constraint_stated`.
    """
    pending = persona_criteria(persona)
    flags = []
    for text in utterances:
        stated = [c for c in pending if constraint_stated(c, text)]
        pending = [c for c in pending if c not in stated]
        flags.append(bool(stated))
    return flags


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def dialogue_features(
    transcript: Transcript,
    persona: Mapping[str, Any],
    *,
    crit: float | None = None,
    cpl: float | None = None,
    methods: Mapping[str, Method] | None = None,
) -> DialogueFeatures:
    """The features of one dialogue.

    Args:
        transcript: The dialogue.
        persona: The persona's fields (`constraints`, `budget`, `product_type`), as in the sample metadata.
        crit: Crit. as the language scorer measured it (None or NaN: unmeasured).
        cpl: %Cpl. as the language scorer measured it (None or NaN: unmeasured).
        methods: How crit and cpl were measured ("judge" or "deterministic").
    """
    turns = transcript.shopper_turns()
    # Spoken text only: private reasoning and text-written tool calls are not the shopper's words.
    utterances = [text for turn in turns if (text := spoken_text_multiline(turn))]
    first = spoken_text_multiline(turns[0]) if turns else ""
    new_needs = states_new_need(utterances, persona)
    budget = persona.get("budget")
    return DialogueFeatures(
        shopper_turns=len(utterances),
        words_per_turn=_mean([word_count(u) for u in utterances]),
        questions_per_turn=_mean([question_count(u) for u in utterances]),
        new_need_share=_mean([int(flag) for flag in new_needs]),
        new_need_turns=sum(new_needs),
        budget_first=None if budget is None or not turns else gives_budget(first, float(budget)),
        crit=_finite(crit),
        cpl=_finite(cpl),
        methods=dict(methods or {}),
    )


def _finite(value: float | None) -> float | None:
    return None if value is None or value != value else float(value)


def feature_value(features: Mapping[str, Any], name: str) -> float | None:
    """A feature of a logged features dict as a number (booleans as 0/1), None when undefined."""
    value = features.get(name)
    if value is None or isinstance(value, str):
        return None
    return _finite(float(value))
