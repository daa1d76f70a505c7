"""The decision and the three auxiliary reward components, each a pure function of an episode into [0, 1].

Each reuses the scorer code that measures the same thing in an eval, so a reward and a score cannot
disagree: `decision` is `judge_decision`, `format` reads the same format problems as `tool_use`'s Fmt.,
and word counts are taken of the same spoken text as the language metrics. Formulas: docs/rewards.md.
"""

from typing import Literal

from salessim_inspect.rewards.episode import Episode
from salessim_inspect.scorers._common import spoken_text
from salessim_inspect.scorers.decision import Judgement, judge_decision
from salessim_inspect.transcript import Transcript, Turn


def judgement(episode: Episode) -> Judgement:
    """The eval's decision-alignment verdict on the episode (the `decision_alignment` scorer's)."""
    return judge_decision(episode.transcript, episode.acceptable, episode.names)


def decision_reward(episode: Episode, variant: Literal["paper", "catalog"] = "paper") -> float:
    """r_decision = DA of the trajectory.

    "paper": 1 iff a ∈ R ∩ A, or a = ∅ and R ∩ A = ∅; 0 for a terminal action in the first shopper turn
    (`Judgement.value`, the `decision_alignment` score). "catalog": 1 iff a ∈ R ∩ A, or a = ∅ and A = ∅;
    0 for a first-turn terminal action (`Judgement.catalog_value`).
    """
    verdict = judgement(episode)
    return float(verdict.value if variant == "paper" else verdict.catalog_value)


def turn_is_malformed(turn: Turn) -> bool:
    """A shopper turn with a format problem or a tool call written as text: what Fmt. counts."""
    return bool(turn.format_problems) or any(c.source == "text" for c in turn.tool_calls)


def format_reward(transcript: Transcript) -> float:
    """r_format = 1 − m / n: n shopper turns, m of them malformed (`turn_is_malformed`).

    A decision written as text counts its turn as malformed even when the parser recorded no problem for
    it (as Fmt. does). 1 when the shopper had no turn. So r_format = 1 exactly when the `tool_use` scorer's
    `format_error` is 0.
    """
    turns = transcript.shopper_turns()
    if not turns:
        return 1.0
    malformed = {n for n, turn in enumerate(turns) if turn_is_malformed(turn)}
    decision = transcript.decision
    if decision is not None and decision.source == "text" and decision.turn < len(turns):
        malformed.add(decision.turn)
    return 1.0 - len(malformed) / len(turns)


def words(text: str) -> int:
    return len(text.split())


def turn_length_score(n_words: int, max_words: int) -> float:
    """1 up to `max_words` words, then linearly down to 0 at twice that."""
    if n_words <= max_words:
        return 1.0
    return max(0.0, 1.0 - (n_words - max_words) / max_words)


def response_length_reward(transcript: Transcript, max_words: int) -> float:
    """r_response_length = mean over shopper turns t of min(1, max(0, 1 − (w_t − L) / L)) for w_t > L, else 1.

    w_t: words the shopper said in turn t (private reasoning and text-written tool calls left out), L:
    `max_words`. 1 when the shopper had no turn.
    """
    turns = transcript.shopper_turns()
    if not turns:
        return 1.0
    return sum(turn_length_score(words(spoken_text(t)), max_words) for t in turns) / len(turns)


def interaction_length_reward(transcript: Transcript, target_turns: int) -> float:
    """r_interaction_length = min(1, n / T): n shopper turns, T `target_turns` (default: the human median)."""
    return min(1.0, len(transcript.shopper_turns()) / target_turns)
