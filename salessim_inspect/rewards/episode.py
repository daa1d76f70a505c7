"""What a reward reads about one dialogue: the transcript and the persona it was played for.

The same sample metadata the scorers read (ARCHITECTURE.md §2), so an episode can be built from a running
sample, a logged sample or a training rollout alike.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from salessim_inspect.catalog import catalog_for
from salessim_inspect.data.models import Product
from salessim_inspect.data.names import CatalogNames
from salessim_inspect.scorers._common import catalog_names
from salessim_inspect.transcript import Transcript


@dataclass(frozen=True)
class Episode:
    """One dialogue of a shopper with its persona.

    Attributes:
        transcript: The neutral transcript of the dialogue.
        persona: The persona record (`Persona.model_dump()`), with `budget`, `product_type`, `constraints`.
        acceptable: The acceptable products A.
        names: The category's catalog names (resolves what the shopper and salesbot wrote).
        category: The persona's category.
        products: Catalog products by name, when the category's catalog is available (the reasoning proxy
            reads their attributes); empty otherwise.
    """

    transcript: Transcript
    persona: Mapping[str, Any]
    acceptable: list[str]
    names: CatalogNames
    category: str
    products: Mapping[str, Product]

    @classmethod
    def from_metadata(cls, transcript: Transcript, metadata: Mapping[str, Any]) -> "Episode":
        """An episode from a sample's metadata (as the task builds it) and its transcript.

        Raises:
            ValueError: the metadata lacks `category` or `acceptable_products`.
        """
        missing = [key for key in ("category", "acceptable_products") if key not in metadata]
        if missing:
            raise ValueError(f"sample metadata lacks {', '.join(missing)}; is it a SalesSim sample?")
        persona = dict(metadata.get("persona") or {})
        persona.setdefault("budget", metadata.get("budget"))
        persona.setdefault("product_type", metadata.get("product_type"))
        category = str(metadata["category"])
        return cls(
            transcript=transcript,
            persona=persona,
            acceptable=list(metadata["acceptable_products"]),
            names=catalog_names(metadata),
            category=category,
            products=_products(category),
        )


def _products(category: str) -> dict[str, Product]:
    try:
        catalog = catalog_for(category)
    except (ValueError, FileNotFoundError):  # DataError is a ValueError
        # A log of a category this process does not know: the proxy then assumes any dealbreaker may fail.
        return {}
    return dict(catalog.by_name)
