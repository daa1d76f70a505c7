"""Published figures shipped with the package, each file carrying its `source`.

- `human_shopper_reference.json`: human shopper dialogue features (RecQuest, via the SalesSim authors'
  published per-dialogue features), the baseline of the %Cpl. and Red. gaps.
- `paper_results.json`: the SalesSim paper's Tables 1-3, for comparison in reports.
- `human_dialogue_features.jsonl`: one row per human RecQuest dialogue (517), as published with the SalesSim
  authors' code (Apache-2.0, `analysis_scripts_and_metrics/crs_dialogue_features.json`): `domain`,
  `num_turns` (shopper turns), `complete_sentences` (LLM-judged share), `criterias_mentioned_first_turn`
  (LLM-counted), `avg_tfidf_similarity` (TF-IDF cosine to the other dialogues of the domain) and its
  quartiles, `explicit_identity_revealing`. The human texts themselves are not published.
"""

import json
from functools import cache
from importlib.resources import files
from typing import Any

HUMAN_REFERENCE_FILE = "human_shopper_reference.json"
PAPER_RESULTS_FILE = "paper_results.json"
HUMAN_DIALOGUES_FILE = "human_dialogue_features.jsonl"


@cache
def _load(name: str) -> dict[str, Any]:
    return json.loads((files("salessim_inspect.reference") / name).read_text(encoding="utf-8"))


def human_reference() -> dict[str, Any]:
    """The human shopper reference figures, with their `source`."""
    return _load(HUMAN_REFERENCE_FILE)


def paper_results() -> dict[str, Any]:
    """The paper's published results, with their `source`."""
    return _load(PAPER_RESULTS_FILE)


def human_mean(feature: str) -> float:
    """The human shoppers' overall mean of `feature` (e.g. "sentence_completeness", "tfidf_redundancy").

    The overall mean over all 517 human dialogues is the baseline of every category's gap: the human
    dialogues' domains (bicycles, cameras, laptops, running shoes, smartwatches) are not ours, so a
    per-category mapping would pair most categories with an unrelated domain.
    """
    return float(human_reference()["overall"][feature]["mean"])


@cache
def _human_dialogue_rows() -> tuple[dict[str, Any], ...]:
    text = (files("salessim_inspect.reference") / HUMAN_DIALOGUES_FILE).read_text(encoding="utf-8")
    return tuple(json.loads(line) for line in text.splitlines() if line.strip())


def human_dialogue_rows() -> list[dict[str, Any]]:
    """The 517 per-dialogue feature rows of human shoppers (copies; see the module docstring)."""
    return [dict(row) for row in _human_dialogue_rows()]
