"""The deterministic %Cpl. method against the labelled shopper sentences (tests/fixtures/sentences_completeness.jsonl).

Splits: `dev` was used to design the rules; `test` was written with it but first scored once the rules
were final; `holdout` was written after the method was frozen and never used to change it.
docs/scoring.md reports these figures.
"""

import json
from pathlib import Path

import pytest

from salessim_inspect.scorers.completeness import classify_sentence, classify_text, completeness

SENTENCES = Path(__file__).parent / "fixtures" / "sentences_completeness.jsonl"


def labelled() -> list[dict]:
    return [json.loads(line) for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def agreement(rows: list[dict]) -> float:
    return sum(classify_sentence(r["text"]) == r["complete"] for r in rows) / len(rows)


def test_labelled_set_is_large_and_balanced():
    rows = labelled()
    assert len(rows) >= 150
    assert len({r["text"] for r in rows}) == len(rows)
    share_complete = sum(r["complete"] for r in rows) / len(rows)
    assert 0.4 < share_complete < 0.6
    assert {r["split"] for r in rows} == {"dev", "test", "holdout"}


@pytest.mark.parametrize("split, minimum", [("dev", 0.96), ("test", 0.98), ("holdout", 0.95), (None, 0.97)])
def test_agreement_with_labels(split, minimum):
    rows = [r for r in labelled() if split is None or r["split"] == split]
    assert agreement(rows) >= minimum


@pytest.mark.parametrize(
    "sentence, complete",
    [
        ("I'm looking for a pair of jeans.", True),
        ("Do you have it in black?", True),
        ("Show me something cheaper.", True),
        ("Please add it to my cart.", True),
        ("Don't show me anything over $50.", True),
        ("Is there a cheaper version?", True),
        ("Looking for jeans.", False),
        ("Need something under $100.", False),
        ("Sounds good.", False),
        ("Black or navy, size M.", False),
        ("Thanks!", False),
        ("Because I travel a lot.", False),
    ],
)
def test_classify_sentence(sentence, complete):
    assert classify_sentence(sentence) is complete


def test_text_is_split_into_lines_and_sentences():
    text = "Hi! I'm looking for sweatpants under $300. My must-haves are:\n- breathable fabric\n- relaxed fit"
    assert classify_text(text) == [
        ("Hi!", False),
        ("I'm looking for sweatpants under $300.", True),
        ("My must-haves are:", True),
        ("breathable fabric", False),
        ("relaxed fit", False),
    ]
    assert completeness([text, "I'll take it."]) == (pytest.approx(3 / 6), 3, 6)
    assert completeness(["", "   "]) == (None, 0, 0)


def test_a_text_is_parsed_once_and_a_repeat_gets_the_same_classification(monkeypatch):
    import salessim_inspect.scorers.completeness as module

    text = (
        "**Quick question** before I decide:\n"
        "1. Does the Aurelle come in white gold?\n"
        "2. Is the band comfortable for everyday wear, since I type all day."
    )
    first = classify_text(text)
    # A fresh parse of a new text must not be needed for a repeat: the parser is not touched again.
    monkeypatch.setattr(module, "load_nlp", lambda: pytest.fail("parsed again"))
    assert classify_text(text) == first
    assert completeness([text, text]) == (
        pytest.approx(sum(c for _, c in first) / len(first)),
        2 * sum(c for _, c in first),
        2 * len(first),
    )
    # The result handed out is a copy: changing it does not change what a later call gets.
    first.clear()
    assert classify_text(text) != []
