"""The optional judge model (`--model-role judge=...`) for the LLM-judged language metrics.

The judge is used only when the `judge` role is bound; it never falls back to the evaluated model
(Inspect's `get_model(role=...)` would). Unbound, the language scorer uses its deterministic methods.
"""

import math
import re
from functools import cache
from importlib.resources import files

from inspect_ai.model import GenerateConfig, Model, get_model, model_roles

JUDGE_ROLE = "judge"


class JudgeError(Exception):
    """The judge failed or its answer could not be read: the metric is unscored for that sample."""


def bound_judge() -> Model | None:
    """The model bound to the `judge` role, or None when the role is unbound."""
    if JUDGE_ROLE not in model_roles():
        return None
    return get_model(role=JUDGE_ROLE, config=GenerateConfig(temperature=0.0))


@cache
def judge_prompt(name: str) -> str:
    """A judge prompt template from the package's `scorers/prompts/` folder."""
    return (files("salessim_inspect.scorers") / "prompts" / f"{name}.txt").read_text(encoding="utf-8")


_COUNT = re.compile(r"COUNT\s*[:=]\s*\**\s*(\d+)", re.IGNORECASE)
_SCORE = re.compile(r"SCORE\s*[:=]\s*\**\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)", re.IGNORECASE)
_FRACTION = re.compile(r"SCORE\s*[:=]\s*\**\s*(\d+)\s*/\s*(\d+)", re.IGNORECASE)


def parse_count(answer: str) -> int:
    """The integer on the judge's last `COUNT: n` line."""
    found = _COUNT.findall(answer)
    if not found:
        raise JudgeError(f"no 'COUNT: <integer>' in the judge's answer: {answer[-200:]!r}")
    return int(found[-1])


def parse_share(answer: str) -> float:
    """The share on the judge's last `SCORE:` line: "0.75", "75%", "3/4" or, over 1, a percentage."""
    fractions = _FRACTION.findall(answer)
    if fractions:
        num, den = (int(x) for x in fractions[-1])
        if den == 0 or num > den:
            raise JudgeError(f"impossible fraction {num}/{den} in the judge's answer")
        return num / den
    found = _SCORE.findall(answer)
    if not found:
        raise JudgeError(f"no 'SCORE: <number>' in the judge's answer: {answer[-200:]!r}")
    number, percent = found[-1]
    value = float(number)
    if percent or 1.0 < value <= 100.0:
        value /= 100.0
    if not 0.0 <= value <= 1.0 or math.isnan(value):
        raise JudgeError(f"share {value} out of [0, 1] in the judge's answer")
    return value


async def ask_judge(judge: Model, prompt: str) -> str:
    """The judge's answer text; an API error or an empty answer raises `JudgeError`."""
    try:
        output = await judge.generate(prompt)
    except Exception as exc:  # any provider error: that sample's judged metric goes unscored
        raise JudgeError(f"judge call failed: {type(exc).__name__}: {exc}") from exc
    if output.error:
        raise JudgeError(f"judge returned an error: {output.error}")
    text = output.completion
    if not text.strip():
        raise JudgeError("judge returned an empty answer")
    return text


async def judge_criteria(judge: Model, first_message: str) -> int:
    """Crit. by the judge: distinct criteria in the shopper's first message."""
    prompt = judge_prompt("criteria_count").replace("{message}", first_message)
    return parse_count(await ask_judge(judge, prompt))


async def judge_completeness(judge: Model, utterances: list[str]) -> float:
    """%Cpl. by the judge: share of the shopper's sentences that are grammatically complete."""
    messages = "\n\n".join(f"[message {i + 1}]\n{u}" for i, u in enumerate(utterances))
    prompt = judge_prompt("sentence_completeness").replace("{messages}", messages)
    return parse_share(await ask_judge(judge, prompt))
