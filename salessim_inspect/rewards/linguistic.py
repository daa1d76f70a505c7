"""The linguistic component by default: how human the shopper's dialogue looks, feature by feature.

Human shopper *text* is not available here; the 517 human RecQuest dialogues are, as per-dialogue features
(`salessim_inspect.reference.human_dialogue_rows`). A trajectory's features are placed in each feature's
human distribution: at the human median a feature scores 1, beyond every human dialogue it scores 0.

`dialogue_features` reads the trajectory with the same functions as the eval: the per-dialogue features of
`scorers/features.py` (turns, words per turn, as the human-likeness report reads them) and the language
scorers' deterministic Crit. and %Cpl.; the reward itself (`linguistic_reward`) takes any features dict.
"""

from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np

from salessim_inspect.rewards.episode import Episode
from salessim_inspect.scorers._common import shopper_utterances, spoken_text
from salessim_inspect.scorers.completeness import completeness
from salessim_inspect.scorers.criteria import count_stated_criteria
from salessim_inspect.scorers.features import dialogue_features as shared_features

# Our feature name -> the column of the human per-dialogue rows that holds the same feature.
HUMAN_COLUMNS: dict[str, str] = {
    "turns": "num_turns",
    "cpl": "complete_sentences",
    "crit": "criterias_mentioned_first_turn",
    # Not in the published human rows: scored only when rows that carry it are supplied.
    "words_per_turn": "words_per_turn",
}


def dialogue_features(episode: Episode) -> dict[str, float | None]:
    """The shopper's dialogue features (None where a dialogue has none, e.g. %Cpl. without sentences).

    - `turns`: shopper turns that say something (the human rows' `num_turns`; `scorers/features.py`);
    - `cpl`: share of complete sentences in the shopper's spoken text (spaCy, as the `cpl` scorer without
      a judge);
    - `crit`: the persona's criteria stated in the first shopper message (as the `crit` scorer without a
      judge);
    - `words_per_turn`: mean words per spoken shopper turn (`scorers/features.py`).
    """
    turns = episode.transcript.shopper_turns()
    if not turns:
        return {"turns": 0.0, "cpl": None, "crit": None, "words_per_turn": None}
    shared = shared_features(episode.transcript, episode.persona)
    share, _, _ = completeness(shopper_utterances(episode.transcript))
    crit, _ = count_stated_criteria(episode.persona, spoken_text(turns[0]))
    return {
        "turns": float(shared.shopper_turns),
        "cpl": share,
        "crit": float(crit),
        "words_per_turn": shared.words_per_turn,
    }


def human_distributions(rows: Iterable[Mapping[str, Any]]) -> dict[str, np.ndarray]:
    """Each feature's sorted human values, for the features whose column the rows carry."""
    rows = list(rows)
    found: dict[str, np.ndarray] = {}
    for feature, column in HUMAN_COLUMNS.items():
        values = [float(r[column]) for r in rows if r.get(column) is not None]
        if values:
            found[feature] = np.sort(np.asarray(values, dtype=float))
    return found


@cache
def default_human_distributions() -> dict[str, np.ndarray]:
    """The distributions of the packaged human RecQuest rows."""
    from salessim_inspect.reference import human_dialogue_rows

    return human_distributions(human_dialogue_rows())


def midrank_cdf(human: Sequence[float] | np.ndarray, x: float) -> float:
    """F(x) = (#{h < x} + ½·#{h = x}) / n over sorted human values h."""
    values = np.asarray(human, dtype=float)
    below = np.searchsorted(values, x, side="left")
    at_or_below = np.searchsorted(values, x, side="right")
    return float((below + 0.5 * (at_or_below - below)) / len(values))


def feature_closeness(human: Sequence[float] | np.ndarray, x: float) -> float:
    """1 − |2·F(x) − 1|: 1 at the human median, falling to 0 beyond the most extreme human dialogue."""
    return 1.0 - abs(2.0 * midrank_cdf(human, x) - 1.0)


def linguistic_reward(
    features: Mapping[str, float | None], human: Mapping[str, np.ndarray] | None = None
) -> tuple[float, dict[str, float]]:
    """r_linguistic = mean over features f of 1 − |2·F_f(x_f) − 1|, F_f the human mid-rank CDF of f.

    Only features that both the trajectory and the human rows have count (with the packaged rows: turns,
    %Cpl., Crit.). Returns the reward and each feature's closeness; 0 when no feature can be compared.
    """
    human = default_human_distributions() if human is None else human
    parts = {
        name: feature_closeness(human[name], float(value))
        for name, value in features.items()
        if value is not None and name in human and len(human[name])
    }
    return (sum(parts.values()) / len(parts) if parts else 0.0), parts
