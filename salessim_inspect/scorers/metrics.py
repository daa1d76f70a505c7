"""List-level metrics: per-category and per-feasibility rates, outcome shares, gaps to humans, Red.

Every metric is right when a persona's epochs end differently (`--epochs N`, any model sampled above
temperature 0). Inspect reduces each sample's epochs to one score before ordinary metrics see it, keeping
the *first* epoch's metadata; so nothing here reads reducible facts from reduced score metadata:

- groupings (category, feasibility) come from the sample's metadata, which is the same in every epoch;
- outcome shares and Red. are `scores="unreduced"` metrics: they see every epoch's dialogue as its own
  observation, with its own metadata. With the default mean reducer and equal epochs per persona, the
  outcome shares of the aligned outcomes sum to the DA rate exactly.
"""

import math
from collections import defaultdict
from collections.abc import Callable

import numpy as np
from inspect_ai.scorer import Metric, SampleScore, Value, mean, metric, stderr, value_to_float

from salessim_inspect.data.categories import short_name

_to_float = value_to_float()

# The paper's outcome labels (docs/architecture.md §5) and their short metric names.
OUTCOME_SHORT_NAMES = {
    "accepted_acceptable": "ok_buy",
    "rejected_none_acceptable_shown": "ok_leave",
    "premature_end": "premature",
    "overly_lenient": "lenient",
    "wrong_product": "wrong",
    "hallucinated_purchase": "halluc",
    "overly_strict": "strict",
}
OUTCOME_LABELS = tuple(OUTCOME_SHORT_NAMES)

CATEGORY_KEY = "category"
SHOPPER_TEXT_KEY = "shopper_text"


def _sample_metadata(s: SampleScore, key: str) -> object:
    value = (s.sample_metadata or {}).get(key)
    if value is None:
        raise ValueError(f"sample {s.sample_id!r} has no {key!r} metadata")
    return value


def _finite(values: list[float]) -> list[float]:
    return [v for v in values if not math.isnan(v)]


def _mean(values: list[float]) -> float | None:
    values = _finite(values)
    return float(np.mean(values)) if values else None


@metric
def by_category() -> Metric:
    """The mean per category, named by the category's short name (`female`, `rings`, ...)."""

    def compute(scores: list[SampleScore]) -> Value:
        groups: dict[str, list[float]] = defaultdict(list)
        for s in scores:
            groups[str(_sample_metadata(s, CATEGORY_KEY))].append(_to_float(s.score.value))
        means = {short_name(category): _mean(values) for category, values in sorted(groups.items())}
        return {name: value for name, value in means.items() if value is not None}

    return compute


@metric
def by_feasibility() -> Metric:
    """The mean on feasible personas (`feasible`) and on infeasible ones (`infeasible`), from sample metadata."""

    def compute(scores: list[SampleScore]) -> Value:
        groups: dict[bool, list[float]] = {True: [], False: []}
        for s in scores:
            groups[bool(_sample_metadata(s, "feasible"))].append(_to_float(s.score.value))
        result: dict[str, float] = {}
        for feasible, name in ((True, "feasible"), (False, "infeasible")):
            value = _mean(groups[feasible])
            if value is not None:
                result[name] = value
        return result

    return compute


@metric
def on_visual() -> Metric:
    """The mean on personas with a dealbreaker only the product image shows (`visual`; sample metadata
    `visual_dealbreakers`), absent when the run has none. With `-T images=false` these cannot be checked."""

    def compute(scores: list[SampleScore]) -> Value:
        values = [
            _to_float(s.score.value) for s in scores if (s.sample_metadata or {}).get("visual_dealbreakers")
        ]
        value = _mean(values)
        return {} if value is None else {"visual": value}

    return compute


def rate_metrics() -> list[Metric]:
    """The metrics of a 0/1 or numeric per-dialogue figure: mean, stderr and the mean per category."""
    return [mean(), stderr(), by_category()]


@metric(scores="unreduced")
def outcome_shares() -> Metric:
    """The share of dialogues (every epoch counted) with each decision outcome, all seven, zeros included.

    Names are the outcomes' short names (`ok_buy`, `ok_leave`, `premature`, `lenient`, `wrong`, `halluc`,
    `strict`); `ok_buy + ok_leave` is the DA rate.
    """

    def compute(scores: list[SampleScore]) -> Value:
        counts = dict.fromkeys(OUTCOME_LABELS, 0)
        for s in scores:
            outcome = (s.score.metadata or {}).get("outcome")
            if outcome not in counts:
                raise ValueError(f"sample {s.sample_id!r}: unknown decision outcome {outcome!r}")
            counts[outcome] += 1
        total = len(scores)
        return {OUTCOME_SHORT_NAMES[label]: (n / total if total else 0.0) for label, n in counts.items()}

    return compute


@metric
def gap(reference: float) -> Metric:
    """The mean minus a reference figure (the human shoppers'): `gap`."""

    def compute(scores: list[SampleScore]) -> Value:
        value = _mean([_to_float(s.score.value) for s in scores])
        return math.nan if value is None else value - reference

    return compute


# --- Red. -----------------------------------------------------------------------------------------


def dialogue_redundancy(texts: list[str]) -> list[float]:
    """Each text's mean TF-IDF cosine similarity to the other texts (English stop words removed).

    NaN for every text if there are fewer than two, or if no text has a word outside the stop list.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    n = len(texts)
    if n < 2:
        return [math.nan] * n
    try:
        matrix = TfidfVectorizer(stop_words="english").fit_transform(texts)
    except ValueError:  # empty vocabulary
        return [math.nan] * n
    similarity = cosine_similarity(matrix)
    np.fill_diagonal(similarity, 0.0)
    return [float(v) for v in similarity.sum(axis=1) / (n - 1)]


def corpus_redundancy(items: list[tuple[str, str]]) -> dict[str, list[float]]:
    """Per category, each dialogue's redundancy against the other dialogues of its category.

    Args:
        items: (category, concatenated shopper text) per dialogue; dialogues without text are left out.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for category, text in items:
        if text.strip():
            groups[category].append(text)
    return {category: dialogue_redundancy(texts) for category, texts in groups.items()}


def _redundancy(offset: Callable[[], float]) -> Callable[[list[SampleScore]], float]:
    def compute(scores: list[SampleScore]) -> float:
        items = []
        for s in scores:
            text = (s.score.metadata or {}).get(SHOPPER_TEXT_KEY)
            if text is None:
                raise ValueError(f"sample {s.sample_id!r}: no {SHOPPER_TEXT_KEY!r} in its score metadata")
            items.append((str(_sample_metadata(s, CATEGORY_KEY)), text))
        values = [v for per_category in corpus_redundancy(items).values() for v in per_category]
        overall = _mean(values)
        return math.nan if overall is None else overall - offset()

    return compute


@metric(scores="unreduced")
def red() -> Metric:
    """Red.: over every dialogue of the run (each epoch its own), the mean TF-IDF cosine similarity of its
    shopper text to the other dialogues of its category."""
    return _redundancy(lambda: 0.0)


@metric(scores="unreduced")
def red_gap() -> Metric:
    """Red. minus the human shoppers' Red."""
    from salessim_inspect.reference import human_mean

    return _redundancy(lambda: human_mean("tfidf_redundancy"))


__all__ = [
    "OUTCOME_LABELS",
    "OUTCOME_SHORT_NAMES",
    "by_category",
    "by_feasibility",
    "corpus_redundancy",
    "dialogue_redundancy",
    "gap",
    "on_visual",
    "outcome_shares",
    "rate_metrics",
    "red",
    "red_gap",
]
