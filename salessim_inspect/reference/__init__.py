"""Published figures shipped with the package, each file carrying its `source`.

- `human_shopper_reference.json`: human shopper dialogue features (RecQuest, via the SalesSim authors'
  published per-dialogue features), the baseline of the %Cpl. and Red. gaps.
- `paper_results.json`: the SalesSim paper's Tables 1-3, for comparison in reports.
"""

import json
from functools import cache
from importlib.resources import files
from typing import Any

HUMAN_REFERENCE_FILE = "human_shopper_reference.json"
PAPER_RESULTS_FILE = "paper_results.json"


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
