"""The linguistic component by n-gram classifier, trained on the fixture corpora (written for the tests; see
tests/fixtures/rewards/README.md), and its command."""

import json
from pathlib import Path

import numpy as np
import pytest

from salessim_inspect.rewards import Episode, RewardOptions, trajectory_reward
from salessim_inspect.rewards.classifier import (
    CorpusError,
    NgramClassifier,
    classifier_reward,
    main,
    read_human_corpus,
    train_classifier,
)
from salessim_inspect.transcript import Transcript, Turn
from tests.support import fixture_task, run

FIXTURES = Path(__file__).parent / "fixtures" / "rewards"
HUMAN = FIXTURES / "human_style.fixture.jsonl"
MODEL = FIXTURES / "model_style.fixture.jsonl"


@pytest.fixture(scope="module")
def classifier() -> NgramClassifier:
    return train_classifier(read_human_corpus(HUMAN), read_human_corpus(MODEL))


def test_the_fixture_styles_are_told_apart(classifier):
    assert classifier.info["human_utterances"] == classifier.info["model_utterances"] == 40
    assert classifier.info["held_out_accuracy"] >= 0.8
    casual = "hmm whats the cheapest one u got"
    formal = (
        "Thank you for the detailed recommendations! Could you please clarify whether this option "
        "meets my requirement for water resistance?"
    )
    p_casual, p_formal = classifier.p_human([casual, formal])
    assert p_casual > 0.5 > p_formal


def test_saved_as_json_and_loaded_back_the_same(classifier, tmp_path):
    path = tmp_path / "classifier.json"
    classifier.save(path)
    payload = json.loads(path.read_text())
    assert payload["format"] == "salessim-ngram-classifier/1" and "coef" in payload
    texts = ["ok ill take it", "I would like to proceed with the purchase of this product."]
    assert np.allclose(NgramClassifier.load(path).p_human(texts), classifier.p_human(texts))


def test_a_trajectory_earns_the_mean_human_probability_of_its_utterances(classifier, fixture_data):
    turns = [
        Turn(index=0, speaker="salesbot", text="Hello! What are you looking for today?"),
        Turn(index=1, speaker="shopper", text="need a backpack, cheap", reasoning="I must state my budget."),
        Turn(index=2, speaker="salesbot", text="The Summit Ultralight Daypack is $45."),
        Turn(index=3, speaker="shopper", text="Thank you! This product satisfies all of my requirements."),
    ]
    persona = fixture_data.personas[1]
    episode = Episode.from_metadata(
        Transcript(turns=turns),
        {
            "category": "fixture_bags",
            "acceptable_products": list(persona.acceptable_products),
            "persona": persona.model_dump(mode="json"),
            "catalog_products": [p.name for p in fixture_data.products],
        },
    )
    expected = float(np.mean(classifier.p_human([turns[1].text, turns[3].text])))
    assert classifier_reward(episode, classifier) == pytest.approx(expected)
    breakdown = trajectory_reward(
        episode, RewardOptions(linguistic="classifier", classifier_path="unused"), classifier=classifier
    )
    assert breakdown.components["linguistic"] == pytest.approx(expected)
    assert (
        classifier_reward(
            Episode.from_metadata(Transcript(turns=turns[:1]), episode_metadata(episode)), classifier
        )
        == 0
    )


def episode_metadata(episode: Episode) -> dict:
    return {
        "category": episode.category,
        "acceptable_products": episode.acceptable,
        "persona": dict(episode.persona),
        "catalog_products": list(episode.names.names),
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"text": "fine"}\nnot json\n', ":2: not valid JSON"),
        (
            '{"text": "fine"}\n{"words": "no text field"}\n',
            ":2: expected an object with a non-empty string 'text'",
        ),
        ("\n\n", "no utterances"),
    ],
)
def test_a_bad_corpus_is_refused_naming_the_line(tmp_path, content, message):
    path = tmp_path / "human.jsonl"
    path.write_text(content)
    with pytest.raises(CorpusError, match=message):
        read_human_corpus(path)


def test_training_needs_two_utterances_a_side():
    with pytest.raises(CorpusError, match="at least two"):
        train_classifier(["hi"], ["Hello there.", "Thank you."])


def test_a_file_that_is_not_a_classifier_is_refused(tmp_path):
    path = tmp_path / "other.json"
    path.write_text('{"format": "something else"}')
    with pytest.raises(CorpusError, match="not a saved n-gram classifier"):
        NgramClassifier.load(path)


def test_the_command_trains_on_a_corpus_and_logs(fixture_data, tmp_path, capsys):
    log_dir = tmp_path / "logs"
    assert run(fixture_task(fixture_data, images=False), log_dir=log_dir).status == "success"
    out = tmp_path / "classifier.json"
    assert main([str(log_dir), "--human", str(HUMAN), "--out", str(out)]) == 0
    trained = NgramClassifier.load(out)
    assert trained.info["human_utterances"] == 40 and trained.info["model_utterances"] > 2
    assert "wrote" in capsys.readouterr().out
    assert main([str(log_dir), "--human", str(tmp_path / "missing.jsonl"), "--out", str(out)]) == 2
