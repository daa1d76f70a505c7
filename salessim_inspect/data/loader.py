"""Loading a category's package data with errors that name the file and line at fault."""

import json
from collections.abc import Iterator
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError

from salessim_inspect.data.categories import validate_category
from salessim_inspect.data.models import GuideEntry, Persona, Product

PACKAGE_DATA = Path(str(files("salessim_inspect") / "data"))

Record = TypeVar("Record", bound=BaseModel)


class DataError(ValueError):
    """A malformed data file; the message names the file and, where there is one, the line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = Path(path)
        self.line = line
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")


def _describe(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        loc = ".".join(str(p) for p in item["loc"]) or "record"
        parts.append(f"{loc}: {item['msg']}")
    return "; ".join(parts)


def json_lines(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for every non-blank line of a JSONL file; a bad line raises `DataError`."""
    if not path.is_file():
        raise DataError(path, "file not found")
    # utf-8-sig: a byte-order mark, as some editors save one, is not part of the first record.
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(path, f"invalid JSON ({exc.msg} at column {exc.colno})", number) from exc
            if not isinstance(raw, dict):
                raise DataError(path, f"expected a JSON object, got {type(raw).__name__}", number)
            yield number, raw


def read_jsonl(path: Path, model: type[Record]) -> list[Record]:
    """Parse every non-blank line of `path` as `model`; the first bad line raises `DataError`."""
    records = []
    for number, raw in json_lines(path):
        try:
            records.append(model.model_validate(raw))
        except ValidationError as exc:
            raise DataError(path, f"invalid {model.__name__}: {_describe(exc)}", number) from exc
    return records


class CategoryData(BaseModel):
    """Everything the benchmark knows about one category."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    category: str
    root: Path
    products: list[Product]
    buying_guide: list[GuideEntry]
    personas: list[Persona]
    domain_knowledge: str

    def product(self, name: str) -> Product | None:
        return next((p for p in self.products if p.name == name), None)

    def image_path(self, product: Product) -> Path | None:
        return self.root / product.image if product.image else None


def _check_unique(path: Path, values: list[tuple[int, str]], field: str) -> None:
    seen: dict[str, int] = {}
    for number, value in values:
        if value in seen:
            raise DataError(path, f"duplicate {field} {value!r} (first on line {seen[value]})", number)
        seen[value] = number


def _line_numbers(path: Path) -> list[int]:
    with path.open(encoding="utf-8") as handle:
        return [n for n, line in enumerate(handle, start=1) if line.strip()]


def load_category_dir(root: Path, category: str) -> CategoryData:
    """Load and cross-check the §2 files of one category from `root`."""
    products_path = root / "products.jsonl"
    guide_path = root / "buying_guide.jsonl"
    personas_path = root / "personas.jsonl"
    knowledge_path = root / "domain_knowledge.md"

    products = read_jsonl(products_path, Product)
    lines = _line_numbers(products_path)
    _check_unique(products_path, [(n, p.id) for n, p in zip(lines, products)], "product id")
    _check_unique(products_path, [(n, p.name) for n, p in zip(lines, products)], "product name")

    guide = read_jsonl(guide_path, GuideEntry)
    _check_unique(guide_path, [(n, g.id) for n, g in zip(_line_numbers(guide_path), guide)], "guide id")

    personas = read_jsonl(personas_path, Persona)
    lines = _line_numbers(personas_path)
    _check_unique(personas_path, [(n, p.id) for n, p in zip(lines, personas)], "persona id")
    names = {p.name for p in products}
    for number, persona in zip(lines, personas):
        for listed in (*persona.acceptable_products, *persona.ideal_products):
            if listed not in names:
                raise DataError(
                    personas_path,
                    f"persona {persona.id!r} lists product {listed!r}, which is not in {products_path.name}",
                    number,
                )

    domain_knowledge = knowledge_path.read_text(encoding="utf-8") if knowledge_path.is_file() else ""
    return CategoryData(
        category=category,
        root=root,
        products=products,
        buying_guide=guide,
        personas=personas,
        domain_knowledge=domain_knowledge,
    )


@cache
def load_category(category: str) -> CategoryData:
    """Load a category's packaged data (cached per process)."""
    validate_category(category)
    return load_category_dir(PACKAGE_DATA / category, category)
