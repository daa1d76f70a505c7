"""Assembling a SalesSim task from validated options and category data."""

from collections.abc import Callable, Sequence

from inspect_ai import Task
from inspect_ai._util.error import PrerequisiteError

from salessim_inspect.catalog import register_catalog
from salessim_inspect.data.loader import CategoryData, DataError
from salessim_inspect.data.sources import data_source
from salessim_inspect.options import ConversationOptions, SuiteOptions, TaskOptions, parse_options
from salessim_inspect.retrieval import embedder_identity, preload
from salessim_inspect.scorers import salessim_scorers
from salessim_inspect.solvers.conversation import DEFAULT_SALESBOT, shopping_conversation
from salessim_inspect.tasks.dataset import salessim_dataset

# Bumped when a change can move the scores of the same dialogue (scoring rules, prompts, data).
TASK_VERSION = 2


def salessim_task(
    categories: Sequence[str],
    options: TaskOptions,
    *,
    load: Callable[[str], CategoryData] | None = None,
) -> Task:
    """A task over `categories`, from already-validated options; the data is loaded here.

    Data comes from `load` when given (tests use it for fixtures), else from the source that the options'
    `data_dir`, `source` and `strict` describe (the packaged data by default). A data problem (a missing
    directory, a malformed record, an unknown category) stops the run with its message alone.
    """
    try:
        origin = data_source(options.data_dir, options.source, options.strict)
        if load is None:
            categories = [origin.category(name) for name in categories]
            load = origin.load
        data = [load(category) for category in categories]
    except (DataError, ValueError) as exc:
        raise PrerequisiteError(f"salessim_inspect: {exc}") from None
    per_category = options.per_category if isinstance(options, SuiteOptions) else None
    return task_from_data(data, options, per_category=per_category, provenance=origin.describe())


def task_from_data(
    data: Sequence[CategoryData],
    options: TaskOptions,
    *,
    per_category: int | None = None,
    provenance: dict | None = None,
) -> Task:
    """A task over already-loaded categories (packaged, a fixture, or a user's data directory)."""
    for category in data:
        # The solver and the offline baselines look catalogs up by category name.
        register_catalog(category)
    conversation = ConversationOptions.model_validate(
        options.model_dump(include=set(ConversationOptions.model_fields))
    )
    categories = [category.category for category in data]
    preload(data, options.retrieval_model)  # the embedding model and indexes, before any sample starts
    return Task(
        dataset=salessim_dataset(data, options.feasible, per_category),
        solver=shopping_conversation(conversation),
        scorer=salessim_scorers(),
        version=TASK_VERSION,
        metadata={
            "categories": categories,
            "salesbot_default": DEFAULT_SALESBOT,
            **embedder_identity(options.retrieval_model),
            "options": options.model_dump(mode="json"),
            **(provenance or {"data": "supplied by the caller"}),
        },
    )


def build_task(
    categories: Sequence[str], *, load: Callable[[str], CategoryData] | None = None, **options: object
) -> Task:
    """A task over `categories` from options as `-T` gives them (for code and tests; validated as `SuiteOptions`)."""
    return salessim_task(categories, parse_options(SuiteOptions, "salessim", options), load=load)
