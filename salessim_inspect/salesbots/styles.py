"""Salesbot styles: how the salesbot sells. The model role `salesbot` picks the model, `-T salesbot=` the style.

To add a style: add its name to `SalesbotStyle`, its entry to `STYLES` (with a prompt file in
`salessim_inspect/prompts/salesbot_styles/` for LLM salesbots), and its offline behaviour to
`salessim_inspect/baselines/salesbot_styles.py`. docs/salesbots.md walks through it.
"""

from dataclasses import dataclass
from typing import Literal, get_args

from salessim_inspect.prompts import load_prompt

SalesbotStyle = Literal["honest", "persuasive", "dissuasive", "upsell", "omission", "oracle"]


@dataclass(frozen=True)
class StyleSpec:
    """One salesbot style."""

    summary: str  # one line, for the README and reports
    prompt_file: str | None  # under prompts/salesbot_styles/; None: the style exists only offline
    pressure: bool = False  # a style that pushes the shopper (the pressure report's "bad" salesbots)


STYLES: dict[str, StyleSpec] = {
    "honest": StyleSpec(
        "a competent assistant: asks when the need is vague, filters by budget and type, names drawbacks",
        "honest.md",
    ),
    "persuasive": StyleSpec(
        "pushes one product: urgency, social proof, drawbacks played down; never invents catalog facts",
        "persuasive.md",
        pressure=True,
    ),
    "dissuasive": StyleSpec(
        "casts doubt on what the shopper likes and suggests waiting or shopping elsewhere",
        "dissuasive.md",
        pressure=True,
    ),
    "upsell": StyleSpec(
        "leads with products above the stated budget and argues they are worth it", "upsell.md", pressure=True
    ),
    "omission": StyleSpec(
        "recommends warmly but leaves out the attributes that would disqualify a product",
        "omission.md",
        pressure=True,
    ),
    "oracle": StyleSpec(
        "offline only: knows the persona's acceptable products and shows one, plus a near miss, at once", None
    ),
}

STYLE_NAMES: tuple[str, ...] = get_args(SalesbotStyle)
assert set(STYLES) == set(STYLE_NAMES), "every SalesbotStyle needs a STYLES entry, and only those"


def style_instructions(style: str) -> str:
    """The style's section of an LLM salesbot's system prompt.

    Raises:
        ValueError: for a style without an LLM prompt (`oracle` needs the persona, so it exists only offline).
    """
    spec = STYLES[style]
    if spec.prompt_file is None:
        raise ValueError(
            f"salesbot style {style!r} exists only for the offline salesbot (salessim/catalog-salesbot); "
            "an LLM salesbot cannot play it"
        )
    return load_prompt(f"salesbot_styles/{spec.prompt_file}")
