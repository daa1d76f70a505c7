"""Finding catalog product names in free text, robustly but never by accident (see `catalog_names`)."""

from salessim_inspect.data.names.catalog_names import CatalogNames
from salessim_inspect.data.names.text import normalize_name, tokens

__all__ = ["CatalogNames", "normalize_name", "tokens"]
