"""Task options (-T), checked before any data or model is loaded, with errors that list the valid values."""

from typing import Literal

from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.solvers.conversation import ConversationOptions
from salessim_inspect.solvers.system_prompts import PROMPT_STYLES

Feasibility = Literal["all", "feasible", "infeasible"]
FEASIBILITY: tuple[str, ...] = ("all", "feasible", "infeasible")


def _choice(name: str, value: object, valid: tuple[str, ...]) -> str:
    if value not in valid:
        raise ValueError(f"Unknown {name} {value!r}; valid values are: {', '.join(valid)}")
    return value  # type: ignore[return-value]


def _whole_number(name: str, value: object, minimum: int, *, optional: bool = False) -> int | None:
    if optional and value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        expected = f"a whole number of at least {minimum}" + (" (or None)" if optional else "")
        raise ValueError(f"Invalid {name} {value!r}; expected {expected}")
    return value


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"Invalid {name} {value!r}; valid values are: true, false")
    return value


def conversation_options(
    *,
    max_turns: object,
    prompt: object,
    images: object,
    retrieval_model: object,
    retrieval_k: object,
    act_on_text_tool_calls: object,
    max_tool_rounds: object,
) -> ConversationOptions:
    """The validated conversation options of a task."""
    if not isinstance(retrieval_model, str) or not retrieval_model.strip():
        raise ValueError(
            f"Invalid retrieval_model {retrieval_model!r}; expected a sentence-transformers model name"
        )
    return ConversationOptions(
        max_turns=_whole_number("max_turns", max_turns, 1),
        prompt=_choice("prompt", prompt, PROMPT_STYLES),  # type: ignore[arg-type]
        images=_flag("images", images),
        retrieval_model=retrieval_model,
        retrieval_k=_whole_number("retrieval_k", retrieval_k, 1),
        act_on_text_tool_calls=_flag("act_on_text_tool_calls", act_on_text_tool_calls),
        max_tool_rounds=_whole_number("max_tool_rounds", max_tool_rounds, 0),
    )


def feasibility(value: object) -> Feasibility:
    return _choice("feasible", value, FEASIBILITY)  # type: ignore[return-value]


def per_category_limit(value: object) -> int | None:
    return _whole_number("per_category", value, 1, optional=True)


def categories_option(value: object) -> tuple[str, ...]:
    """The `categories` option of the all-category task: a list or comma-separated names (None: all six).

    Names are checked against the data source when the task is built (the published layout adds `laptops`).
    """
    if value is None:
        return CATEGORIES
    names = value.split(",") if isinstance(value, str) else value
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        raise ValueError(f"Invalid categories {value!r}; expected names separated by commas")
    cleaned = tuple(n.strip() for n in names if n.strip())
    if not cleaned:
        raise ValueError(f"Invalid categories {value!r}; name at least one of: {', '.join(CATEGORIES)}")
    return cleaned
