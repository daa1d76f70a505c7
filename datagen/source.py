"""Reading a category's source files under `datagen/<category>/` (see `datagen/README.md`).

The files are written by people, so every problem is reported with the file (and, where YAML says so, the
line) at fault.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from datagen.spec import AttributeSpec
from salessim_inspect.data.models import AttributeValue, GuideEntry

if TYPE_CHECKING:
    from datagen.life import LifeEntry

DATAGEN = Path(__file__).resolve().parent
# libyaml's loader when PyYAML was built with it (ten times faster), else the pure-Python one; both are safe.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SourceError(ValueError):
    """A source file under `datagen/` is missing or malformed."""

    def __init__(self, path: Path, message: str, line: int | None = None):
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path, self.line = path, line


class ProductRecord(BaseModel):
    """One product as authored: the data-contract fields except `image`, with base attributes only."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    product_type: str = Field(min_length=1)
    price: float = Field(ge=0)
    description: str = Field(min_length=1)
    features: list[str]
    attributes: dict[str, AttributeValue]


class AttributeRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    kind: str
    ops: list[str] = Field(default_factory=list)
    derived: bool = False
    derived_from: list[str] = Field(default_factory=list)
    higher_is_better: bool | None = None
    types: list[str] | None = None
    mentions: list[str] = Field(default_factory=list)
    visual: bool = False
    allowed_in_text: list[str] = Field(default_factory=list)
    unit: str = ""
    thresholds: list[float] = Field(default_factory=list)
    description: str = ""


class CategoryRecord(BaseModel):
    """`category.yaml`: who the personas are and what they may ask for."""

    model_config = ConfigDict(extra="forbid")

    category: str
    persona_count: int = Field(gt=0)
    age_range: tuple[int, int] = (18, 85)
    gender: str | None = None
    type_nouns: dict[str, str]
    attributes: list[AttributeRecord]
    # A use is a string, or a mapping with `text`, `ages` and `life` (see datagen/life.py).
    uses: dict[str, list[str | dict[str, Any]]]


@dataclass(frozen=True)
class CategorySource:
    """Everything about a category that is data rather than rules."""

    category: str
    persona_count: int
    age_range: tuple[int, int]
    gender: str | None
    type_nouns: dict[str, str]
    attributes: list[AttributeSpec]
    uses: "dict[str, list[LifeEntry]]"
    products: list[dict[str, Any]]
    buying_guide: list[dict[str, str]]
    domain_knowledge: str
    wording: dict[str, Any]


def read_yaml(path: Path) -> Any:
    if not path.is_file():
        raise SourceError(path, "file not found")
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise SourceError(path, f"invalid YAML ({exc.problem})", line) from exc


def _validated(model: type[BaseModel], raw: Any, path: Path, where: str = "") -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"])
        raise SourceError(path, f"{where}{field}: {first['msg']}") from exc


_HEADING = re.compile(r"^## (?P<title>.+?) \{#(?P<id>[A-Za-z0-9_-]+)\}\s*$")


def read_guide(path: Path) -> list[dict[str, str]]:
    """Entries of a buying guide written as `## Title {#id}` sections; a paragraph's lines join with spaces."""
    if not path.is_file():
        raise SourceError(path, "file not found")
    entries: list[dict[str, str]] = []
    paragraphs: list[list[str]] = []

    def close() -> None:
        if entries:
            text = "\n\n".join(" ".join(p) for p in paragraphs if p)
            if not text:
                raise SourceError(path, f"section {entries[-1]['id']!r} has no text")
            entries[-1]["text"] = text

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("## "):
            match = _HEADING.match(line)
            if not match:
                raise SourceError(path, "a section heading must read '## Title {#id}'", number)
            close()
            entries.append({"id": match["id"], "title": match["title"], "text": ""})
            paragraphs = [[]]
        elif line.startswith("# ") and not entries:
            continue  # the file's title
        elif not entries:
            if line.strip():
                raise SourceError(path, "text before the first '## Title {#id}' heading", number)
        elif line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    close()
    for entry in entries:
        GuideEntry(**entry)
    return entries


@cache
def load_source(category: str) -> CategorySource:
    """The source files of `category` under `datagen/<category>/`, checked for shape."""
    from datagen.life import life_entry  # datagen.life reads its own sources through this module

    folder = DATAGEN / category
    path = folder / "category.yaml"
    meta: CategoryRecord = _validated(CategoryRecord, read_yaml(path), path)
    if meta.category != category:
        raise SourceError(path, f"declares category {meta.category!r}, expected {category!r}")
    attributes = [
        AttributeSpec(
            name=a.name,
            kind=a.kind,  # type: ignore[arg-type]
            ops=tuple(a.ops),
            derived=a.derived,
            derived_from=tuple(a.derived_from),
            higher_is_better=a.higher_is_better,
            types=tuple(a.types) if a.types is not None else None,
            mentions=tuple(a.mentions),
            visual=a.visual,
            allowed_in_text=tuple(a.allowed_in_text),
            unit=a.unit,
            thresholds=tuple(a.thresholds),
            description=a.description,
        )
        for a in meta.attributes
    ]
    path = folder / "products.yaml"
    raw_products = read_yaml(path)
    if not isinstance(raw_products, list):
        raise SourceError(path, "expected a list of product records")
    products = []
    for index, raw in enumerate(raw_products):
        where = f"product {raw.get('id', index) if isinstance(raw, dict) else index}: "
        _validated(ProductRecord, raw, path, where)
        products.append(raw)  # as authored: attribute order and number types are kept
    path = folder / "wording.yaml"
    wording = read_yaml(path) if path.is_file() else {}
    knowledge = folder / "domain_knowledge.md"
    if not knowledge.is_file():
        raise SourceError(knowledge, "file not found")
    return CategorySource(
        category=category,
        persona_count=meta.persona_count,
        age_range=meta.age_range,
        gender=meta.gender,
        type_nouns=meta.type_nouns,
        attributes=attributes,
        uses={
            product_type: [
                life_entry(use, folder / "category.yaml", f"use of {product_type}") for use in uses
            ]
            for product_type, uses in meta.uses.items()
        },
        products=products,
        buying_guide=read_guide(folder / "buying_guide.md"),
        domain_knowledge=knowledge.read_text(encoding="utf-8"),
        wording=wording or {},
    )
