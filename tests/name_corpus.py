"""The labelled corpus of product references in `tests/fixtures/name_corpus/`, and how a matcher scores on it.

Each split (`dev/`, `heldout/`, `heldout2/`) holds YAML files: salesbot `replies` labelled with the products
they name (exact catalog names) and `purchases` (add_to_cart arguments) labelled with the one product they
stand for, or null. `prefer` is what the salesbot's lookups had returned by then. `unresolved` lists
product-like references in a reply that name no product (ambiguous or off-catalog), for the detector.
"""

from __future__ import annotations

import importlib
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from salessim_inspect.data.loader import PACKAGE_DATA
from salessim_inspect.data.names import CatalogNames

CORPUS = Path(__file__).parent / "fixtures" / "name_corpus"
SPLITS = ("dev", "heldout", "heldout2")


@dataclass(frozen=True)
class Reply:
    id: str
    catalog: str
    text: str
    names: tuple[str, ...]
    prefer: tuple[str, ...] = ()
    unresolved: tuple[str, ...] = ()


@dataclass(frozen=True)
class Purchase:
    id: str
    catalog: str
    text: str
    name: str | None
    prefer: tuple[str, ...] = ()


@dataclass
class Split:
    replies: list[Reply] = field(default_factory=list)
    purchases: list[Purchase] = field(default_factory=list)


@cache
def catalog_products(catalog: str) -> tuple[str, ...]:
    """A packaged category's product names, or a catalog of `catalogs.yaml` (plus its published-layout names)."""
    packaged = PACKAGE_DATA / catalog / "products.jsonl"
    if packaged.is_file():
        lines = packaged.read_text(encoding="utf-8").splitlines()
        return tuple(json.loads(line)["name"] for line in lines if line.strip())
    spec = yaml.safe_load((CORPUS / "catalogs.yaml").read_text(encoding="utf-8"))[catalog]
    names = list(spec["products"])
    if spec.get("published_layout"):
        layout = importlib.import_module("tests.published_layout")
        names += [record["name"] for record in getattr(layout, spec["published_layout"])]
    return tuple(names)


@cache
def catalog_names(catalog: str) -> CatalogNames:
    return CatalogNames(catalog_products(catalog))


def _names(value: object, where: str, catalog: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}: expected a list of product names, got {value!r}")
    known = set(catalog_products(catalog))
    unknown = [v for v in value if v not in known]
    if unknown:
        raise ValueError(f"{where}: not products of catalog {catalog!r}: {unknown}")
    return tuple(value)


def load_split(split: str) -> Split:
    """Every reply and purchase of one split, checked against its catalog."""
    out = Split()
    seen: set[str] = set()
    for path in sorted((CORPUS / split).glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in ("replies", "purchases"):
            for entry in doc.get(kind) or []:
                where = f"{path.name}: {entry.get('id')}"
                if entry["id"] in seen:
                    raise ValueError(f"{where}: duplicate id")
                seen.add(entry["id"])
                catalog = entry.get("catalog") or doc["catalog"]
                prefer = _names(entry.get("prefer"), where, catalog)
                if kind == "replies":
                    unresolved = entry.get("unresolved") or []
                    out.replies.append(
                        Reply(
                            entry["id"],
                            catalog,
                            entry["text"],
                            _names(entry.get("names"), where, catalog),
                            prefer,
                            tuple(unresolved),
                        )
                    )
                else:
                    name = entry["name"]
                    if name is not None:
                        _names([name], where, catalog)
                    out.purchases.append(Purchase(entry["id"], catalog, str(entry["text"]), name, prefer))
    return out


@dataclass
class Figures:
    """How a matcher does on one split."""

    references: int = 0  # labelled (reply, product) pairs plus purchases labelled with a product
    found: int = 0
    false_matches: list[str] = field(default_factory=list)  # "id: product" found but not labelled
    misses: list[str] = field(default_factory=list)
    flagged_expected: int = 0  # labelled unresolved references the detector reported
    unresolved_labelled: int = 0
    flags: int = 0  # everything the detector reported
    flags_unexpected: list[str] = field(default_factory=list)
    replies: int = 0
    seconds: float = 0.0

    @property
    def recall(self) -> float:
        return self.found / self.references if self.references else 1.0

    def summary(self, split: str) -> str:
        detector = self.flagged_expected / self.unresolved_labelled if self.unresolved_labelled else 1.0
        return (
            f"{split}: recall {self.found}/{self.references} = {self.recall:.1%}, "
            f"false matches {len(self.false_matches)}; unresolved detector: "
            f"{self.flagged_expected}/{self.unresolved_labelled} labelled found ({detector:.0%}), "
            f"{self.flags} flags on {self.replies} replies, {len(self.flags_unexpected)} not labelled; "
            f"{1000 * self.seconds / max(self.replies, 1):.2f} ms per reply (mentions + unresolved, cold)"
        )


def _overlaps(a: str, b: str) -> bool:
    a, b = " ".join(a.casefold().split()), " ".join(b.casefold().split())
    return a in b or b in a


def evaluate(split: Split, *, detector: bool = True) -> Figures:
    """Score `CatalogNames.mentions`, `resolve` and `unresolved` against a split's labels."""
    figures = Figures()
    for reply in split.replies:
        names = catalog_names(reply.catalog)
        start = time.perf_counter()
        found = names.mentions(reply.text, prefer=reply.prefer)
        flags = names.unresolved(reply.text, prefer=reply.prefer) if detector else []
        figures.seconds += time.perf_counter() - start
        figures.replies += 1
        figures.references += len(reply.names)
        figures.found += sum(1 for n in reply.names if n in found)
        figures.misses += [f"{reply.id}: {n}" for n in reply.names if n not in found]
        figures.false_matches += [f"{reply.id}: {n}" for n in found if n not in reply.names]
        figures.unresolved_labelled += len(reply.unresolved)
        figures.flagged_expected += sum(1 for u in reply.unresolved if any(_overlaps(u, f) for f in flags))
        figures.flags += len(flags)
        figures.flags_unexpected += [
            f"{reply.id}: {f}" for f in flags if not any(_overlaps(u, f) for u in reply.unresolved)
        ]
    for purchase in split.purchases:
        resolved = catalog_names(purchase.catalog).resolve(purchase.text, prefer=purchase.prefer)
        if purchase.name is not None:
            figures.references += 1
            if resolved == purchase.name:
                figures.found += 1
            else:
                figures.misses.append(f"{purchase.id}: {purchase.text!r} -> {resolved!r}")
        if resolved is not None and resolved != purchase.name:
            figures.false_matches.append(f"{purchase.id}: {purchase.text!r} -> {resolved!r}")
    return figures


def counts(splits: Iterable[str] = SPLITS) -> dict[str, dict[str, int]]:
    """Replies and purchases per catalog, per split."""
    out: dict[str, dict[str, int]] = {}
    for split in splits:
        loaded = load_split(split)
        for item in [*loaded.replies, *loaded.purchases]:
            key = f"{split}/{item.catalog}/{'reply' if isinstance(item, Reply) else 'purchase'}"
            out.setdefault(split, {})[key] = out.get(split, {}).get(key, 0) + 1
    return out
