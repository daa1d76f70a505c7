"""SalesSim as Inspect tasks."""

from salessim_inspect.tasks.salessim_tasks import (
    cars,
    female_clothing,
    games,
    male_clothing,
    rings,
    salessim,
    smart_watch,
)

__all__ = ["cars", "female_clothing", "games", "male_clothing", "rings", "salessim", "smart_watch"]
