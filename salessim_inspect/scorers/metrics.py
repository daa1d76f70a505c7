"""List-level metrics: per-category breakdowns, outcome shares, and the corpus-level TF-IDF redundancy."""

import math
from collections import defaultdict
from collections.abc import Callable

import numpy as np
from inspect_ai.scorer import Metric, SampleScore, Value, metric, value_to_float

_to_float = value_to_float()

OUTCOME_LABELS = (
    "accepted_acceptable",
    "rejected_none_acceptable_shown",
    "premature_end",
    "overly_lenient",
    "wrong_product",
    "hallucinated_purchase",
    "overly_strict",
)


def _category(sample_score: SampleScore) -> str:
    metadata = sample_score.sample_metadata or {}
    category = metadata.get("category")
    if category is None:
        raise ValueError(f"sample {sample_score.sample_id!r} has no 'category' metadata")
    return str(category)


def _finite(values: list[float]) -> list[float]:
    return [v for v in values if not math.isnan(v)]


def _mean(values: list[float]) -> float | None:
    values = _finite(values)
    return float(np.mean(values)) if values else None


@metric
def by_feasibility() -> Metric:
    """Decision alignment on feasible personas (`da_feasible`) and on infeasible ones (`da_infeasible`)."""

    def compute(scores: list[SampleScore]) -> Value:
        groups: dict[bool, list[float]] = {True: [], False: []}
        for s in scores:
            meta = s.score.metadata or {}
            feasible = meta.get("feasible", (s.sample_metadata or {}).get("feasible"))
            if feasible is None:
                raise ValueError(f"sample {s.sample_id!r}: no 'feasible' in score or sample metadata")
            groups[bool(feasible)].append(_to_float(s.score.value))
        return {"da_feasible": _mean(groups[True]), "da_infeasible": _mean(groups[False])}

    return compute


@metric
def outcome_shares() -> Metric:
    """The share of dialogues with each decision outcome (`share_<outcome>`; all labels, zeros included)."""

    def compute(scores: list[SampleScore]) -> Value:
        counts = dict.fromkeys(OUTCOME_LABELS, 0)
        for s in scores:
            outcome = (s.score.metadata or {}).get("outcome")
            if outcome not in counts:
                raise ValueError(f"sample {s.sample_id!r}: unknown decision outcome {outcome!r}")
            counts[outcome] += 1
        total = len(scores)
        return {f"share_{label}": (n / total if total else 0.0) for label, n in counts.items()}

    return compute


# --- Red. -----------------------------------------------------------------------------------------

SHOPPER_TEXT_KEY = "shopper_text"


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
        items: (category, concatenated shopper text) per dialogue.
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for category, text in items:
        groups[category].append(text)
    return {category: dialogue_redundancy(texts) for category, texts in groups.items()}


def _redundancy_metric(name: str, offset: Callable[[], float]) -> Callable[[list[SampleScore]], Value]:
    def compute(scores: list[SampleScore]) -> Value:
        items = []
        for s in scores:
            text = (s.score.metadata or {}).get(SHOPPER_TEXT_KEY)
            if text is None:
                raise ValueError(f"sample {s.sample_id!r}: no {SHOPPER_TEXT_KEY!r} in the language score")
            items.append((_category(s), text))
        per_category = corpus_redundancy(items)
        base = offset()
        everything = [v for values in per_category.values() for v in values]
        overall = _mean(everything)
        result: dict[str, float] = {name: math.nan if overall is None else overall - base}
        for category, values in sorted(per_category.items()):
            mean = _mean(values)
            if mean is not None:
                result[f"{name}_{category}"] = mean - base
        return result

    return compute


@metric
def tfidf_redundancy() -> Metric:
    """Red.: mean over dialogues of their mean TF-IDF cosine similarity to the other dialogues of their
    category (`red`), and the same per category (`red_<category>`)."""
    return _redundancy_metric("red", lambda: 0.0)


@metric
def tfidf_redundancy_gap() -> Metric:
    """Red. minus the human shoppers' Red. (`red_gap`, and `red_gap_<category>`)."""
    from salessim_inspect.reference import human_mean

    return _redundancy_metric("red_gap", lambda: human_mean("tfidf_redundancy"))
