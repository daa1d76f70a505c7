"""The SalesSim tasks: one per category, and `salessim` for all six.

Each task takes the options of `salessim_inspect.options` (`TaskOptions`; `SuiteOptions` for `salessim`) as
keyword arguments (`-T name=value`). They are declared once there, so every task has the same options by
construction; an unknown or invalid option stops the run with a short message.
"""

from typing import Any

from inspect_ai import Task, task

from salessim_inspect.options import SuiteOptions, TaskOptions, parse_options
from salessim_inspect.tasks.build import salessim_task


@task
def female_clothing(**options: Any) -> Task:
    """SalesSim, women's clothing: does a shopper buying dresses, jeans, tops and the like decide as its persona would?

    Args:
        **options: Task options (`salessim_inspect.options.TaskOptions`; README, "Task options").
    """
    return salessim_task(["female_clothing"], parse_options(TaskOptions, "female_clothing", options))


@task
def male_clothing(**options: Any) -> Task:
    """SalesSim, men's clothing: does a shopper buying trousers, shirts, jackets and the like decide as its persona would?

    Args:
        **options: Task options (`salessim_inspect.options.TaskOptions`; README, "Task options").
    """
    return salessim_task(["male_clothing"], parse_options(TaskOptions, "male_clothing", options))


@task
def rings(**options: Any) -> Task:
    """SalesSim, rings: does a shopper buying an engagement, wedding or fashion ring decide as its persona would?

    Args:
        **options: Task options (`salessim_inspect.options.TaskOptions`; README, "Task options").
    """
    return salessim_task(["rings"], parse_options(TaskOptions, "rings", options))


@task
def smart_watch(**options: Any) -> Task:
    """SalesSim, smart watches: does a shopper buying a smart watch or fitness tracker decide as its persona would?

    Args:
        **options: Task options (`salessim_inspect.options.TaskOptions`; README, "Task options").
    """
    return salessim_task(["smart_watch"], parse_options(TaskOptions, "smart_watch", options))


@task
def cars(**options: Any) -> Task:
    """SalesSim, cars: does a shopper buying a sedan, SUV, truck or EV decide as its persona would?

    Args:
        **options: Task options (`salessim_inspect.options.TaskOptions`; README, "Task options").
    """
    return salessim_task(["cars"], parse_options(TaskOptions, "cars", options))


@task
def games(**options: Any) -> Task:
    """SalesSim, games and gaming gadgets: does a shopper buying a game, console or accessory decide as its persona would?

    Args:
        **options: Task options (`salessim_inspect.options.TaskOptions`; README, "Task options").
    """
    return salessim_task(["games"], parse_options(TaskOptions, "games", options))


@task
def salessim(**options: Any) -> Task:
    """SalesSim over all six categories; sample metadata `category` groups the metrics.

    Args:
        **options: Task options (`salessim_inspect.options.SuiteOptions`: those of every category task, plus
            `per_category` and `categories`; README, "Task options").
    """
    parsed = parse_options(SuiteOptions, "salessim", options)
    return salessim_task(list(parsed.categories), parsed)
