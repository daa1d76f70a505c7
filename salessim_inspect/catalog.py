"""The catalogs a run uses, shared by the solver, the tools and the offline agents of one process.

A task registers the `CategoryData` it was built from, so that an offline agent that only sees the
category named in its prompt finds the same products (packaged data, a test fixture, or a user's
data directory); unregistered categories fall back to the packaged data.
"""

import base64
import mimetypes
import threading
from collections.abc import Iterable
from functools import cached_property

from salessim_inspect.data.loader import CategoryData, load_category
from salessim_inspect.data.models import Product
from salessim_inspect.data.names import CatalogNames


class Catalog:
    """One category's products with name lookup and product images ready to attach."""

    def __init__(self, data: CategoryData):
        self.data = data
        self.by_name: dict[str, Product] = {p.name: p for p in data.products}
        self._images: dict[str, str | None] = {}
        self._lock = threading.Lock()

    @property
    def category(self) -> str:
        return self.data.category

    @cached_property
    def names(self) -> CatalogNames:
        return CatalogNames(
            (p.name for p in self.data.products),
            facts=(text for p in self.data.products for text in (p.description, *p.features)),
        )

    def product(self, name: str | None) -> Product | None:
        """The product `name` stands for, exactly or as a shopper might write it."""
        if not name:
            return None
        exact = self.by_name.get(name)
        if exact is not None:
            return exact
        resolved = self.names.resolve(name)
        return self.by_name.get(resolved) if resolved else None

    def mentions(self, text: str, prefer: Iterable[str] = ()) -> list[str]:
        """Catalog names mentioned in `text`, in order of first appearance; ties go to `prefer` (see CatalogNames)."""
        return self.names.mentions(text, prefer=prefer)

    def image_data_uri(self, product: Product) -> str | None:
        """The product's image as a data URI (providers accept inline images only), or None if it has none."""
        with self._lock:
            if product.name not in self._images:
                self._images[product.name] = self._read_image(product)
            return self._images[product.name]

    def _read_image(self, product: Product) -> str | None:
        path = self.data.image_path(product)
        if path is None or not path.is_file():
            return None
        mime = mimetypes.guess_type(path.name)[0] or "image/png"
        return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


_LOCK = threading.Lock()
_CATALOGS: dict[str, Catalog] = {}


def register_catalog(data: CategoryData) -> Catalog:
    """Make `data` the catalog of its category for this process, and return it."""
    with _LOCK:
        current = _CATALOGS.get(data.category)
        if current is None or current.data is not data:
            current = _CATALOGS[data.category] = Catalog(data)
        return current


def registered_catalog(category: str) -> Catalog | None:
    """The catalog a task registered for `category` in this process, without loading anything."""
    with _LOCK:
        return _CATALOGS.get(category)


def catalog_for(category: str) -> Catalog:
    """The registered catalog of `category`, else its packaged data."""
    current = registered_catalog(category)
    return current if current is not None else register_catalog(load_category(category))
