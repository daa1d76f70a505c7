"""Name matching held to the labelled corpus of real-model-style replies and add_to_cart arguments.

The figures are computed and printed (`pytest -s` shows them); the test fails below the bar: recall of
labelled references at least 95% and no false match, on the dev split and on the held-out split.
"""

import pytest

from salessim_inspect.data.loader import PACKAGE_DATA
from tests.name_corpus import SPLITS, evaluate, load_split

RECALL_BAR = 0.95


@pytest.mark.parametrize("split", SPLITS)
def test_recall_and_no_false_match(split):
    figures = evaluate(load_split(split))
    print("\n" + figures.summary(split))
    assert not figures.false_matches, f"{split}: false matches: {figures.false_matches}"
    assert figures.recall >= RECALL_BAR, f"{split}: recall {figures.recall:.1%}; misses: {figures.misses}"


@pytest.mark.parametrize("split", SPLITS)
def test_unresolved_detector_finds_the_labelled_references(split):
    figures = evaluate(load_split(split))
    assert figures.flagged_expected == figures.unresolved_labelled
    # Ordinary prose must not flood the per-run figure: well under one report per reply.
    assert figures.flags <= 0.25 * figures.replies


def test_corpus_covers_every_packaged_category_and_the_published_layout():
    splits = [load_split(split) for split in SPLITS]
    replies = [r for s in splits for r in s.replies]
    purchases = [p for s in splits for p in s.purchases]
    assert len(replies) >= 150 and len(purchases) >= 60
    categories = sorted(p.parent.name for p in PACKAGE_DATA.glob("*/products.jsonl"))
    for category in categories:
        assert sum(r.catalog == category for r in replies) >= 20, category
        assert sum(p.catalog == category for p in purchases) >= 10, category
    assert {r.catalog for r in replies} >= {"published_clothing", "published_watches", "published_games"}
    # Ambiguous and generic references labelled as naming nothing are part of it.
    assert sum(1 for p in purchases if p.name is None) >= 20
    assert sum(1 for r in replies if not r.names) >= 20
