"""The linguistic component by classifier, as the paper does it: an n-gram logistic regression trained to
tell human shopper utterances from model ones; a trajectory earns the mean probability that its shopper
utterances are human.

The human text is the user's (a JSONL corpus of shopper utterances: one object per line with a `text`
field); the model text is the shopper's spoken text in eval logs. A trained classifier is saved as JSON
(vocabulary, idf weights, coefficients): data, not a pickle, so loading one runs no code.

Train one with:
    python -m salessim_inspect.rewards.classifier --human human.jsonl --out classifier.json LOG_OR_DIR...
"""

import argparse
import json
import math
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from salessim_inspect.rewards.episode import Episode
from salessim_inspect.scorers._common import shopper_utterances
from salessim_inspect.transcript import Transcript

FORMAT = "salessim-ngram-classifier/1"


class CorpusError(ValueError):
    """A corpus or classifier file that cannot be used; the message names the file and line."""


def read_human_corpus(path: str | Path) -> list[str]:
    """The utterances of a human shopper corpus: JSONL, one object per line with a non-empty `text`.

    Raises:
        CorpusError: the file is missing, a line is not a JSON object with a `text` string, or it is empty.
    """
    path = Path(path)
    if not path.is_file():
        raise CorpusError(f"{path}: no such human corpus file")
    texts: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        text = record.get("text") if isinstance(record, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise CorpusError(f"{path}:{number}: expected an object with a non-empty string 'text'")
        texts.append(text.strip())
    if not texts:
        raise CorpusError(f"{path}: no utterances")
    return texts


def model_utterances(paths: Iterable[str | Path]) -> list[str]:
    """Every shopper utterance (spoken text) in the eval logs at `paths` (files or directories)."""
    from inspect_ai.log import read_eval_log

    from salessim_inspect.report.logs import expand_paths

    texts: list[str] = []
    for path in expand_paths(paths):
        for sample in read_eval_log(str(path)).samples or []:
            texts.extend(shopper_utterances(Transcript.from_store(sample.store)))
    return texts


@dataclass
class NgramClassifier:
    """A trained human-vs-model classifier over word n-grams (TF-IDF features, logistic regression).

    Attributes:
        vocabulary: n-gram -> feature index.
        idf: Inverse document frequency of each feature.
        coef: Logistic-regression weight of each feature (positive: human).
        intercept: Logistic-regression intercept.
        ngram_range: Smallest and largest n of the word n-grams.
        info: How it was trained (corpus sizes, held-out accuracy).
    """

    vocabulary: dict[str, int]
    idf: list[float]
    coef: list[float]
    intercept: float
    ngram_range: tuple[int, int] = (1, 2)
    info: dict[str, Any] = field(default_factory=dict)

    def _vectorizer(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(
            vocabulary=self.vocabulary, ngram_range=self.ngram_range, sublinear_tf=True
        )
        vectorizer.idf_ = np.asarray(self.idf, dtype=float)
        return vectorizer

    def p_human(self, texts: Sequence[str]) -> np.ndarray:
        """The probability that each text was written by a human shopper."""
        if not texts:
            return np.zeros(0)
        features = self._vectorizer().transform(list(texts))
        logits = features @ np.asarray(self.coef, dtype=float) + self.intercept
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: str | Path) -> None:
        payload = {"format": FORMAT, **asdict(self)}
        Path(path).write_text(json.dumps(payload), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "NgramClassifier":
        """A classifier saved by `save`.

        Raises:
            CorpusError: the file is missing or is not a saved classifier.
        """
        path = Path(path)
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise CorpusError(f"{path}: cannot read a classifier ({exc})") from exc
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise CorpusError(f"{path}: not a saved n-gram classifier (expected format {FORMAT!r})")
        payload.pop("format")
        payload["ngram_range"] = tuple(payload["ngram_range"])
        return cls(**payload)


def train_classifier(
    human: Sequence[str],
    model: Sequence[str],
    *,
    ngram_range: tuple[int, int] = (1, 2),
    held_out: float = 0.2,
    seed: int = 0,
) -> NgramClassifier:
    """Fit the classifier on human (label 1) and model (label 0) utterances, classes balanced.

    A `held_out` share of each class is kept aside to measure accuracy (`info["held_out_accuracy"]`), then
    the classifier is refitted on everything.

    Raises:
        CorpusError: either side has fewer than two utterances.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(human) < 2 or len(model) < 2:
        raise CorpusError(f"need at least two utterances per side (human {len(human)}, model {len(model)})")

    def fit(texts: list[str], labels: list[int]) -> tuple[Any, Any]:
        vectorizer = TfidfVectorizer(ngram_range=ngram_range, sublinear_tf=True)
        features = vectorizer.fit_transform(texts)
        regression = LogisticRegression(class_weight="balanced", max_iter=2000, random_state=seed)
        regression.fit(features, labels)
        return vectorizer, regression

    rng = random.Random(seed)
    train_texts: list[str] = []
    train_labels: list[int] = []
    test_texts: list[str] = []
    test_labels: list[int] = []
    for label, texts in ((1, list(human)), (0, list(model))):
        order = list(range(len(texts)))
        rng.shuffle(order)
        cut = max(1, math.floor(len(texts) * held_out)) if held_out > 0 else 0
        for rank, index in enumerate(order):
            (test_texts if rank < cut else train_texts).append(texts[index])
            (test_labels if rank < cut else train_labels).append(label)
    info: dict[str, Any] = {"human_utterances": len(human), "model_utterances": len(model)}
    if test_texts:
        vectorizer, regression = fit(train_texts, train_labels)
        predicted = regression.predict(vectorizer.transform(test_texts))
        info["held_out_accuracy"] = float(np.mean(predicted == np.asarray(test_labels)))
        info["held_out_utterances"] = len(test_texts)
    vectorizer, regression = fit(list(human) + list(model), [1] * len(human) + [0] * len(model))
    return NgramClassifier(
        vocabulary={term: int(index) for term, index in vectorizer.vocabulary_.items()},
        idf=[float(v) for v in vectorizer.idf_],
        coef=[float(v) for v in regression.coef_[0]],
        intercept=float(regression.intercept_[0]),
        ngram_range=ngram_range,
        info=info,
    )


def classifier_reward(episode: Episode, classifier: NgramClassifier) -> float:
    """r_linguistic by classifier = mean over the shopper's spoken utterances of P(human); 0 without any."""
    utterances = shopper_utterances(episode.transcript)
    return float(np.mean(classifier.p_human(utterances))) if utterances else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m salessim_inspect.rewards.classifier",
        description="Train the n-gram human-vs-model classifier of the linguistic reward.",
    )
    parser.add_argument("logs", nargs="+", metavar="LOG", help="eval logs (or folders) of the model shoppers")
    parser.add_argument(
        "--human", required=True, type=Path, help="JSONL of human shopper utterances ('text')"
    )
    parser.add_argument("--out", required=True, type=Path, help="where to write the classifier (JSON)")
    parser.add_argument("--max-n", type=int, default=2, help="largest n of the word n-grams (default: 2)")
    args = parser.parse_args(argv)
    try:
        human = read_human_corpus(args.human)
        model = model_utterances(args.logs)
        classifier = train_classifier(human, model, ngram_range=(1, args.max_n))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    classifier.save(args.out)
    print(f"wrote {args.out}: {json.dumps(classifier.info)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
