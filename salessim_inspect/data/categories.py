"""The benchmark's product categories."""

from typing import Literal, get_args

Category = Literal["female_clothing", "male_clothing", "rings", "smart_watch", "cars", "games"]

CATEGORIES: tuple[str, ...] = get_args(Category)


def validate_category(category: str, *, argument: str = "category") -> str:
    """Return `category` if it is a known category, else raise naming the valid ones."""
    if category not in CATEGORIES:
        raise ValueError(f"Unknown {argument} {category!r}; valid values are: {', '.join(CATEGORIES)}")
    return category


# Short names of the categories: report column headers and metric names (the paper's: Female, Male, Rings,
# Smart Watch, Cars, Games). Inspect's terminal display cuts metric names after about ten characters.
SHORT_NAMES = {
    "female_clothing": "female",
    "male_clothing": "male",
    "rings": "rings",
    "smart_watch": "watch",
    "cars": "cars",
    "games": "games",
}


def short_name(category: str) -> str:
    """A category's short name (its own name when it is not one of the six)."""
    return SHORT_NAMES.get(category, category)
