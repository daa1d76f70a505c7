"""Where a task's data comes from: the packaged data, a directory in our layout, or the authors' published layout."""

import logging
from dataclasses import dataclass, field
from pathlib import Path

from salessim_inspect.data.categories import validate_category
from salessim_inspect.data.loader import CategoryData, DataError, load_category, load_category_dir
from salessim_inspect.data.published import load_published, published_category

logger = logging.getLogger(__name__)

SOURCES: tuple[str, ...] = ("native", "salessim")


@dataclass
class DataSource:
    """A validated `data_dir`/`source`/`strict` choice, and what loading from it noted."""

    data_dir: Path | None = None
    source: str = "native"
    strict: bool = True
    notes: dict[str, list[str]] = field(default_factory=dict)

    def describe(self) -> dict:
        """What the eval log records about the data."""
        if self.data_dir is None:
            origin = "packaged"
        elif self.source == "salessim":
            origin = f"published SalesSim layout at {self.data_dir}"
        else:
            origin = f"data directory {self.data_dir}"
        record: dict = {"data": origin, "data_notes": self.notes}
        if self.source == "salessim":
            record["ground_truth"] = (
                "the published acceptable_products lists (the published personas have no structured "
                "constraints, so acceptable sets are not recomputed)"
            )
        return record

    def category(self, name: str) -> str:
        """`name` as this source knows it; raises listing the valid names."""
        if self.source == "salessim":
            return published_category(name)
        if self.data_dir is None:
            return validate_category(name)
        return name

    def load(self, category: str) -> CategoryData:
        if self.data_dir is None:
            return load_category(category)
        if self.source == "salessim":
            data, report = load_published(self.data_dir, category, strict=self.strict)
            notes = report.notes()
            logger.warning(
                "%s: ground truth is the published acceptable_products lists (no structured constraints)",
                data.category,
            )
        else:
            root = self.data_dir / category
            if not (root / "products.jsonl").is_file() and (self.data_dir / "products.jsonl").is_file():
                root = self.data_dir
            data = load_category_dir(root, category)
            missing = [p.name for p in data.products if p.image and not (root / p.image).is_file()]
            unpriced = [p.name for p in data.products if p.price is None]
            notes = (
                [f"{len(unpriced)} product(s) list no price, shown as 'price not listed'"] if unpriced else []
            )
            if missing:
                notes.append(f"{len(missing)} product image(s) not found under {root}; running without them")
        for note in notes:
            logger.warning("%s: %s", data.category, note)
        if notes:
            self.notes[data.category] = notes
        return data


def data_source(data_dir: Path | None = None, source: str = "native", strict: bool = True) -> DataSource:
    """The data source of a task's (already type-checked) `data_dir`/`source`/`strict` options."""
    if source not in SOURCES:
        raise ValueError(f"Unknown source {source!r}; valid values are: {', '.join(SOURCES)}")
    if data_dir is None:
        if source == "salessim":
            raise ValueError(
                "source=salessim needs data_dir=PATH: a local copy of the SalesSim authors' repository"
            )
        return DataSource()
    path = Path(data_dir).expanduser().resolve()
    if not path.is_dir():
        raise DataError(path, "data_dir is not a directory")
    return DataSource(path, source, strict)
