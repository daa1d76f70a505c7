"""The SalesSim tasks: one per category, and `salessim` for all six.

The six category tasks share one signature and docstring; `_category_task` stamps out each, so the options
stay identical by construction (Inspect registers each under its category name).
"""

from collections.abc import Callable

from inspect_ai import Task, task

from salessim_inspect.retrieval.embedder import DEFAULT_RETRIEVAL_MODEL
from salessim_inspect.tasks.build import build_task
from salessim_inspect.tasks.options import categories_option

_OPTIONS_DOC = """        max_turns: Most shopper turns before the dialogue ends undecided (default 16).
        prompt: Shopper prompt: "reasoning" (worked example of checking each product against dealbreakers,
            then preferences, plus domain knowledge), "basic" (no worked example) or "human_steering"
            (reasoning plus guidance to talk like a real shopper).
        images: Show product images: to the salesbot in lookup results, to the shopper for products the
            salesbot names.
        retrieval_model: sentence-transformers model of the lookups; the default is used from its
            packaged copy, without downloading.
        retrieval_k: Products or buying-guide entries returned per lookup (default 4).
        feasible: Which personas: "all", "feasible" (some product is acceptable) or "infeasible".
        act_on_text_tool_calls: Act on decisions the shopper writes as text instead of calling the tool
            (they are counted as format errors either way).
        max_tool_rounds: Most rounds of lookups the salesbot may make before each reply (default 4).
        data_dir: Load the data from this directory instead of the packaged data: `<category>/` folders (or
            one category's files) in the package's layout, or with `source="salessim"` a local copy of the
            SalesSim authors' repository.
        source: Layout of `data_dir`: "native" (this package's) or "salessim" (the authors' published one;
            their `acceptable_products` are the ground truth).
        strict: With `source="salessim"`, fail on an acceptable product that matches no catalog product
            (default) instead of dropping it with a warning in the log.
"""


def _category_task(category: str, title: str) -> Callable[..., Task]:
    def category_task(
        max_turns: int = 16,
        prompt: str = "reasoning",
        images: bool = True,
        retrieval_model: str = DEFAULT_RETRIEVAL_MODEL,
        retrieval_k: int = 4,
        feasible: str = "all",
        act_on_text_tool_calls: bool = True,
        max_tool_rounds: int = 4,
        data_dir: str | None = None,
        source: str = "native",
        strict: bool = True,
    ) -> Task:
        return build_task(
            [category],
            max_turns=max_turns,
            prompt=prompt,
            images=images,
            retrieval_model=retrieval_model,
            retrieval_k=retrieval_k,
            feasible=feasible,
            act_on_text_tool_calls=act_on_text_tool_calls,
            max_tool_rounds=max_tool_rounds,
            data_dir=data_dir,
            source=source,
            strict=strict,
        )

    category_task.__name__ = category_task.__qualname__ = category
    category_task.__doc__ = f"SalesSim, {title}: does the shopper's decision agree with its persona?\n\n    Args:\n{_OPTIONS_DOC}    "
    return task(name=category)(category_task)


female_clothing = _category_task("female_clothing", "women's clothing")
male_clothing = _category_task("male_clothing", "men's clothing")
rings = _category_task("rings", "rings")
smart_watch = _category_task("smart_watch", "smart watches")
cars = _category_task("cars", "cars")
games = _category_task("games", "games and gaming gadgets")


def _all_categories(
    max_turns: int = 16,
    prompt: str = "reasoning",
    images: bool = True,
    retrieval_model: str = DEFAULT_RETRIEVAL_MODEL,
    retrieval_k: int = 4,
    feasible: str = "all",
    act_on_text_tool_calls: bool = True,
    max_tool_rounds: int = 4,
    data_dir: str | None = None,
    source: str = "native",
    strict: bool = True,
    per_category: int | None = None,
    categories: str | list[str] | None = None,
) -> Task:
    return build_task(
        categories_option(categories),
        max_turns=max_turns,
        prompt=prompt,
        images=images,
        retrieval_model=retrieval_model,
        retrieval_k=retrieval_k,
        feasible=feasible,
        act_on_text_tool_calls=act_on_text_tool_calls,
        max_tool_rounds=max_tool_rounds,
        data_dir=data_dir,
        source=source,
        strict=strict,
        per_category=per_category,
    )


_all_categories.__name__ = _all_categories.__qualname__ = "salessim"
_all_categories.__doc__ = (
    "SalesSim over all six categories (sample metadata `category` groups the results).\n\n    Args:\n"
    f"{_OPTIONS_DOC}"
    "        per_category: Run only the first N personas of each category, in file order.\n"
    "        categories: Only these categories (a list, or names separated by commas); with\n"
    '            `source="salessim"` the published `laptops` category may be named too. Default: all six.\n    '
)
salessim = task(name="salessim")(_all_categories)
