"""Assembling a SalesSim task from validated options and category data."""

from collections.abc import Callable, Sequence

from inspect_ai import Task

from salessim_inspect.catalog import register_catalog
from salessim_inspect.data.loader import CategoryData
from salessim_inspect.data.sources import data_source
from salessim_inspect.retrieval import embedder_identity, preload
from salessim_inspect.scorers import salessim_scorers
from salessim_inspect.solvers.conversation import DEFAULT_SALESBOT, shopping_conversation
from salessim_inspect.tasks.dataset import salessim_dataset
from salessim_inspect.tasks.options import conversation_options, feasibility, per_category_limit


def build_task(
    categories: Sequence[str],
    *,
    load: Callable[[str], CategoryData] | None = None,
    data_dir: object = None,
    source: object = "native",
    strict: object = True,
    max_turns: object = 16,
    prompt: object = "reasoning",
    images: object = True,
    retrieval_model: object = "sentence-transformers/all-MiniLM-L6-v2",
    retrieval_k: object = 4,
    feasible: object = "all",
    act_on_text_tool_calls: object = True,
    max_tool_rounds: object = 4,
    per_category: object = None,
) -> Task:
    """A task over `categories`: options are validated first, then data is loaded.

    Data comes from `load` when given (tests use it for fixtures), else from the source that `data_dir`,
    `source` and `strict` describe (the packaged data by default).
    """
    options = conversation_options(
        max_turns=max_turns,
        prompt=prompt,
        images=images,
        retrieval_model=retrieval_model,
        retrieval_k=retrieval_k,
        act_on_text_tool_calls=act_on_text_tool_calls,
        max_tool_rounds=max_tool_rounds,
    )
    which = feasibility(feasible)
    limit = per_category_limit(per_category)
    origin = data_source(data_dir, source, strict)
    if load is None:
        categories = [origin.category(name) for name in categories]
        load = origin.load
    data = [load(category) for category in categories]
    return task_from_data(
        data, options=options.model_dump(), feasible=which, per_category=limit, provenance=origin.describe()
    )


def task_from_data(
    data: Sequence[CategoryData],
    *,
    options: dict,
    feasible: str = "all",
    per_category: int | None = None,
    provenance: dict | None = None,
) -> Task:
    """A task over already-loaded categories (packaged, a fixture, or a user's data directory)."""
    for category in data:
        # The solver and the offline agents look catalogs up by category name.
        register_catalog(category)
    preload(data, options["retrieval_model"])  # the embedding model and indexes, before any sample starts
    return Task(
        dataset=salessim_dataset(data, feasible, per_category),  # type: ignore[arg-type]
        solver=shopping_conversation(**options),
        scorer=salessim_scorers() or None,
        metadata={
            "categories": [category.category for category in data],
            "salesbot_default": DEFAULT_SALESBOT,
            **embedder_identity(options["retrieval_model"]),
            "options": {**options, "feasible": feasible, "per_category": per_category},
            **(provenance or {"data": "supplied by the caller"}),
        },
    )
