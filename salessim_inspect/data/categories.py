"""The benchmark's product categories."""

from typing import Literal, get_args

Category = Literal["female_clothing", "male_clothing", "rings", "smart_watch", "cars", "games"]

CATEGORIES: tuple[str, ...] = get_args(Category)


def validate_category(category: str, *, argument: str = "category") -> str:
    """Return `category` if it is a known category, else raise naming the valid ones."""
    if category not in CATEGORIES:
        raise ValueError(f"Unknown {argument} {category!r}; valid values are: {', '.join(CATEGORIES)}")
    return category
