"""UserGRPO's trajectory reward (the SalesSim paper's §3.1): components in [0, 1] computed by the scorers'
own functions, and their weighted average. Formulas and defaults: docs/rewards.md.

- `decision`: decision alignment (the paper's DA, or the catalog DA);
- `reasoning`: the judge's score of the shopper's reasoning, or a deterministic proxy;
- `linguistic`: closeness to human shoppers' dialogue features, or an n-gram human-vs-model classifier;
- `format`, `response_length`, `interaction_length`: the auxiliary components.
"""

from salessim_inspect.rewards.episode import Episode
from salessim_inspect.rewards.options import COMPONENTS, DEFAULT_WEIGHTS, RewardOptions
from salessim_inspect.rewards.total import (
    RewardBreakdown,
    judged_trajectory_reward,
    trajectory_reward,
    weighted_total,
)

__all__ = [
    "COMPONENTS",
    "DEFAULT_WEIGHTS",
    "Episode",
    "RewardBreakdown",
    "RewardOptions",
    "judged_trajectory_reward",
    "trajectory_reward",
    "weighted_total",
]
