"""Reading the data the SalesSim authors published (docs/architecture.md §2.1) into our typed records.

Their layout differs from ours: JSON product files keyed by category, free-text features, prices as strings,
one guides file for all categories, and personas without structured constraints. We use their
`acceptable_products` as the ground truth, normalise what can be normalised safely (quotes, whitespace, a
stray bracket, a truncated name that fits exactly one product), and fail on anything else.
"""

import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from salessim_inspect.data.loader import CategoryData, DataError, json_lines
from salessim_inspect.data.models import GuideEntry, Persona, Product
from salessim_inspect.data.scraped import ListedPrice, parse_amount, read_listed_price, tidy_text

logger = logging.getLogger(__name__)

# Their category names -> ours. `laptops` has no counterpart in the paper's benchmark and stays as it is.
CATEGORY_MAP = {
    "female_clothing": "female_clothing",
    "male_clothing": "male_clothing",
    "smart_watch": "smart_watch",
    "game_gadgets": "games",
    "laptops": "laptops",
}
PUBLISHED_CATEGORIES = tuple(sorted(set(CATEGORY_MAP.values())))
# Guide names in their guides.json that belong to each of our categories, in order of preference.
GUIDE_NAMES = {
    "female_clothing": ("female_clothing", "womens_clothing", "women_clothing", "clothing", "apparel"),
    "male_clothing": ("male_clothing", "mens_clothing", "men_clothing", "clothing", "apparel"),
    "smart_watch": ("smart_watch", "smart_watches", "smartwatch", "smartwatches"),
    "games": ("games", "game_gadgets", "gaming"),
    "laptops": ("laptops", "laptop"),
}
PACKAGE_FOLDERS = ("salessim", "customersim")
PERSONA_FIELDS = ("uuid", "name", "age", "budget", "persona_background", "preferences", "dealbreakers")
PASSAGE_WORDS = 120


@dataclass
class MappingReport:
    """What the loader changed, merged or could not map, for the log (`notes`)."""

    normalised: list[tuple[str, str, str]] = field(default_factory=list)  # (persona, theirs, ours)
    unmapped: list[tuple[str, str]] = field(default_factory=list)  # (persona, theirs)
    missing_images: list[str] = field(default_factory=list)
    # (name, where the record first is, where it is again, what differs that we do not load)
    merged_duplicates: list[tuple[str, str, str, list[str]]] = field(default_factory=list)
    unpriced: list[tuple[str, object]] = field(default_factory=list)  # (name, the price field as written)
    price_ranges: list[tuple[str, str]] = field(default_factory=list)  # (name, the range as written)
    tidied_names: list[tuple[str, str]] = field(default_factory=list)  # (theirs, ours)
    dropped_features: list[str] = field(default_factory=list)  # products with null entries in features
    byte_order_marks: list[str] = field(default_factory=list)  # files that began with one

    def notes(self) -> list[str]:
        """One line per thing a user of the data should know, missing images last."""
        notes = [
            f"{theirs!r} (persona {persona}) normalised to {ours!r}"
            for persona, theirs, ours in self.normalised
        ]
        notes += [
            f"{theirs!r} (persona {persona}) matches no product: dropped" for persona, theirs in self.unmapped
        ]
        for name, first, again, unused in self.merged_duplicates:
            differs = f"; they differ only in fields not loaded ({', '.join(unused)})" if unused else ""
            notes.append(
                f"product {name!r} is listed twice ({first} and {again}) with the same record: merged{differs}"
            )
        if self.unpriced:
            notes.append(
                f"{len(self.unpriced)} product(s) list no price, shown as 'price not listed' and never within a "
                f"budget: {_some(f'{n!r} (price {raw!r})' for n, raw in self.unpriced)}"
            )
        if self.price_ranges:
            notes.append(
                f"{len(self.price_ranges)} product(s) list a price range, priced at its lowest with the range "
                f"added to their features: {_some(f'{n!r} ({raw})' for n, raw in self.price_ranges)}"
            )
        if self.tidied_names:
            notes.append(
                f"{len(self.tidied_names)} product name(s) tidied (HTML entities, odd or repeated spaces): "
                f"{_some(f'{theirs!r} -> {ours!r}' for theirs, ours in self.tidied_names)}"
            )
        if self.dropped_features:
            notes.append(
                f"null entries dropped from the features of: {_some(repr(n) for n in self.dropped_features)}"
            )
        notes += [f"{path}: byte-order mark ignored" for path in self.byte_order_marks]
        if self.missing_images:
            notes.append(f"{len(self.missing_images)} product image(s) missing; running without them")
        return notes


def _some(items, limit: int = 8) -> str:
    items = list(items)
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def published_category(name: str) -> str:
    """Their category name -> ours; unknown names raise, listing the known ones."""
    if name in CATEGORY_MAP:
        return CATEGORY_MAP[name]
    if name in CATEGORY_MAP.values():
        return name
    raise ValueError(
        f"Unknown category {name!r} for source=salessim; valid values are: {', '.join(sorted(CATEGORY_MAP))}"
    )


def _their_names(category: str) -> list[str]:
    return [theirs for theirs, ours in CATEGORY_MAP.items() if ours == category]


def _version_key(path: Path) -> tuple[int, ...]:
    match = re.search(r"_v(\d+(?:\.\d+)*)", path.stem)
    return tuple(int(x) for x in match.group(1).split(".")) if match else (-1,)


def _newest(paths: list[Path]) -> Path | None:
    return max(paths, key=_version_key) if paths else None


def find_files(root: Path, category: str) -> tuple[Path, Path, Path]:
    """(personas, products, guides) paths of `category` in a copy of their repository."""
    names = _their_names(category)
    persona_files: list[Path] = []
    for package in PACKAGE_FOLDERS:
        folder = root / package / "agents" / "ai_customer" / "personas"
        for name in names:
            persona_files += sorted(folder.glob(f"{name}_personas_v*.jsonl"))
    product_files: list[Path] = []
    for name in names:
        folder = root / "data" / "products"
        product_files += [p for p in (folder / f"{name}.json",) if p.is_file()]
        product_files += sorted(folder.glob(f"{name}_v*.json"))
    personas, products = _newest(persona_files), _newest(product_files)
    if personas is None:
        where = " or ".join(f"{p}/agents/ai_customer/personas/" for p in PACKAGE_FOLDERS)
        raise DataError(root, f"no personas file {names[0]}_personas_v<version>.jsonl under {where}")
    if products is None:
        raise DataError(
            root / "data" / "products", f"no products file {names[0]}.json or {names[0]}_v<version>.json"
        )
    guides = root / "data" / "guides.json"
    if not guides.is_file():
        raise DataError(guides, "file not found")
    return personas, products, guides


def parse_price(raw: object) -> float:
    """ "$1,800.00", "29.99" or a number -> float; raises ValueError for anything else or a negative price."""
    return parse_amount(raw)


def _item_lines(text: str, count: int) -> list[int | None]:
    """1-based line of each product of the (valid) products file: its "name" key, else its opening brace."""
    decoder = json.JSONDecoder()
    lines: list[int | None] = []
    try:
        position = text.index("[", text.index(":"))
        position += 1
        while len(lines) < count:
            while text[position] in " \t\r\n,":
                position += 1
            _, end = decoder.raw_decode(text, position)
            name = text.find('"name"', position, end)
            lines.append(text.count("\n", 0, name if name >= 0 else position) + 1)
            position = end
    except (ValueError, IndexError):
        lines += [None] * (count - len(lines))
    return lines


def _attributes_from_features(features: list[str]) -> dict[str, str]:
    attributes = {}
    for feature in features:
        key, sep, value = feature.partition(":")
        if sep and key.strip() and value.strip() and len(key) <= 40:
            attributes[re.sub(r"\W+", "_", key.strip().casefold()).strip("_")] = value.strip()
    return attributes


# Fields of a product record that we load; a duplicate that differs in any of them is a different product.
LOADED_FIELDS = ("description", "features", "price", "image", "category")
# The record keys those fields are read from (and the name).
_READ_KEYS = frozenset({"name", "description", "features", "price", "image_url", "image", "category"})


def _read_text(path: Path, report: MappingReport) -> str:
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        report.byte_order_marks.append(path.name)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise DataError(path, f"not UTF-8 text (byte {exc.start})", line) from exc


def _loaded_view(item: dict) -> tuple[dict, bool]:
    """What we load from a product record, tidied (the basis for comparing duplicates), and whether null
    entries were dropped from its features. Raises ValueError."""
    features = item.get("features") or []
    if not isinstance(features, list):
        raise ValueError("'features' must be a list of strings")
    kept = [f for f in features if f is not None]
    if not all(isinstance(f, str) for f in kept):
        raise ValueError("'features' must be a list of strings")
    image = item.get("image_url") or item.get("image")
    view = {
        "description": tidy_text(str(item.get("description") or "")),
        "features": [t for t in (tidy_text(f) for f in kept) if t],
        "price": read_listed_price(item.get("price")),
        "image": str(image).strip().removeprefix("./").lstrip("/") if image else None,
        "category": tidy_text(str(item.get("category") or "")).casefold(),
    }
    return view, len(kept) < len(features)


def read_products(path: Path, category: str, root: Path, report: MappingReport) -> list[Product]:
    """The products of one published products file.

    Safe to load and noted: a record listed twice (the same name, ignoring case and spacing, and the same
    loaded fields) is merged; an empty, missing or "Currently unavailable" price loads as not listed; a
    price range loads at its lowest; names are tidied. Refused with file:line: two records of one name
    that differ in a loaded field, and anything that is not a price.
    """
    text = _read_text(path, report)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(path, f"invalid JSON ({exc.msg} at column {exc.colno})", exc.lineno) from exc
    if not isinstance(raw, dict) or len(raw) != 1:
        raise DataError(
            path, "expected an object with a single key (the category) holding the product list", 1
        )
    (items,) = raw.values()
    if not isinstance(items, list):
        raise DataError(path, "the category key must hold a list of products", 1)
    lines = _item_lines(text, len(items))
    products: list[Product] = []
    seen: dict[str, tuple[int, int | None, dict, dict]] = {}  # folded name -> (index, line, view, record)
    for index, (item, line) in enumerate(zip(items, lines)):
        written = item.get("name") if isinstance(item, dict) else None
        label = f"product #{index + 1}" + (f" {written!r}" if isinstance(written, str) else "")
        if not isinstance(item, dict):
            raise DataError(path, f"{label}: expected an object", line)
        if "name" not in item:
            raise DataError(path, f"{label}: missing required field 'name'", line)
        if not isinstance(written, str) or not tidy_text(written):
            raise DataError(path, f"{label}: 'name' must be a non-empty string", line)
        name = tidy_text(written)
        try:
            view, dropped_nulls = _loaded_view(item)
        except ValueError as exc:
            raise DataError(path, f"{label}: {exc}", line) from exc
        key = name.casefold()
        if key in seen:
            first_index, first_line, first_view, first_item = seen[key]
            differ = [f for f in LOADED_FIELDS if view[f] != first_view[f]]
            first = f"product #{first_index + 1}" + (f" on line {first_line}" if first_line else "")
            if differ:
                raise DataError(
                    path,
                    f"{label}: same name as {first} but a different {', '.join(differ)}; "
                    "remove one of them or rename it",
                    line,
                )
            unloaded = sorted(
                k
                for k in set(item) | set(first_item)
                if k not in _READ_KEYS and item.get(k) != first_item.get(k)
            )
            again = f"product #{index + 1}" + (f" on line {line}" if line else "")
            kept = tidy_text(first_item["name"])
            report.merged_duplicates.append((kept, f"{path.name}: {first}", again, unloaded))
            continue
        seen[key] = (index, line, view, item)
        if name != written:
            report.tidied_names.append((written, name))
        if dropped_nulls:
            report.dropped_features.append(name)
        price: ListedPrice = view["price"]
        features = list(view["features"])
        if not price.listed:
            report.unpriced.append((name, item.get("price")))
        elif price.range is not None:
            written_range = tidy_text(str(item["price"]))
            report.price_ranges.append((name, written_range))
            features.append(f"Price range: {written_range}")
        image = view["image"]
        if image and not (root / image).is_file():
            report.missing_images.append(name)
            image = None
        try:
            products.append(
                Product(
                    id=f"{category}-{index + 1:03d}",
                    name=name,
                    product_type=view["category"] or category,
                    price=price.value,
                    description=view["description"],
                    features=features,
                    attributes=_attributes_from_features(features),
                    image=str((root / image).resolve()) if image else None,
                )
            )
        except ValidationError as exc:
            raise DataError(path, f"{label}: {exc.errors()[0]['msg']}", line) from exc
    return products


def split_passages(title: str, text: str, prefix: str) -> list[GuideEntry]:
    """Cut one long guide into passages of about PASSAGE_WORDS words, on paragraph then sentence bounds."""
    pieces = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    sentences = [s for piece in pieces for s in re.split(r"(?<=[.!?])\s+", piece) if s]
    passages, current = [], []
    for sentence in sentences:
        current.append(sentence)
        if sum(len(s.split()) for s in current) >= PASSAGE_WORDS:
            passages.append(" ".join(current))
            current = []
    if current:
        passages.append(" ".join(current))
    return [
        GuideEntry(
            id=f"{prefix}-{i + 1:02d}", title=f"{title} (part {i + 1} of {len(passages)})", text=passage
        )
        for i, passage in enumerate(passages)
    ]


def read_guides(path: Path, category: str, report: MappingReport | None = None) -> list[GuideEntry]:
    try:
        raw = json.loads(_read_text(path, report or MappingReport()))
    except json.JSONDecodeError as exc:
        raise DataError(path, f"invalid JSON ({exc.msg} at column {exc.colno})", exc.lineno) from exc
    if not isinstance(raw, dict):
        raise DataError(path, "expected an object mapping guide names to texts", 1)
    for name in GUIDE_NAMES.get(category, (category,)):
        if isinstance(raw.get(name), str) and raw[name].strip():
            return split_passages(name.replace("_", " ").title(), raw[name], f"{category}-guide")
    raise DataError(
        path,
        f"no guide for {category!r}: looked for {', '.join(GUIDE_NAMES.get(category, (category,)))}; "
        f"the file has {', '.join(sorted(raw))}",
    )


def _fold(name: str) -> str:
    name = unicodedata.normalize("NFKC", tidy_text(name))
    name = name.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}))
    name = re.sub(r"[\[\]{}]", "", name)
    return re.sub(r"\s+", " ", name).strip().casefold()


def map_product_name(name: str, catalog: list[str]) -> str | None:
    """Their acceptable-product entry -> a catalog name, when that is safe; None otherwise."""
    if name in catalog:
        return name
    folded = {_fold(c): c for c in catalog}
    key = _fold(name)
    if key in folded:
        return folded[key]
    if len(key) >= 12:
        # A truncated entry: accept only when it is a prefix of exactly one catalog name.
        matches = [c for f, c in folded.items() if f.startswith(key)]
        if len(matches) == 1:
            return matches[0]
    return None


def read_personas(
    path: Path, category: str, catalog: list[str], report: MappingReport, strict: bool
) -> list[Persona]:
    personas: list[Persona] = []
    seen: dict[str, int] = {}
    if path.is_file() and path.read_bytes()[:3] == b"\xef\xbb\xbf":
        report.byte_order_marks.append(path.name)
    for number, raw in json_lines(path):
        product_type = raw.get("category", raw.get("category_y"))
        missing = [f for f in PERSONA_FIELDS if f not in raw]
        if product_type is None:
            missing.append("category (or category_y)")
        if "acceptable_products" not in raw:
            missing.append("acceptable_products")
        if missing:
            raise DataError(path, f"persona is missing required field(s): {', '.join(missing)}", number)
        uuid = str(raw["uuid"])
        if uuid in seen:
            raise DataError(path, f"duplicate persona uuid {uuid!r} (first on line {seen[uuid]})", number)
        seen[uuid] = number
        lists = {}
        for key in ("acceptable_products", "ideal_products"):
            mapped = []
            for theirs in raw.get(key) or []:
                ours = map_product_name(str(theirs), catalog)
                if ours is None:
                    if strict:
                        raise DataError(
                            path,
                            f"persona {uuid!r}: {key} entry {theirs!r} matches no product in the catalog",
                            number,
                        )
                    if (uuid, str(theirs)) not in report.unmapped:
                        report.unmapped.append((uuid, str(theirs)))
                    continue
                # Only what our tidying of names (already noted) does not explain is worth a note.
                if ours != tidy_text(str(theirs)) and (uuid, str(theirs), ours) not in report.normalised:
                    report.normalised.append((uuid, str(theirs), ours))
                if ours not in mapped:
                    mapped.append(ours)
            lists[key] = sorted(mapped)
        try:
            budget = parse_price(raw["budget"])
            personas.append(
                Persona(
                    id=uuid,
                    name=str(raw["name"]),
                    age=int(raw["age"]),
                    product_type=str(product_type).strip().casefold(),
                    budget=budget,
                    persona_background=str(raw["persona_background"]),
                    preferences=str(raw["preferences"] or ""),
                    dealbreakers=str(raw["dealbreakers"] or ""),
                    constraints=[],
                    acceptable_products=lists["acceptable_products"],
                    ideal_products=lists["ideal_products"],
                )
            )
        except (ValueError, ValidationError) as exc:
            message = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            raise DataError(path, f"persona {uuid!r}: {message}", number) from exc
    return personas


def load_published(root: Path, category: str, strict: bool = True) -> tuple[CategoryData, MappingReport]:
    """Load one category from a local copy of the authors' repository."""
    category = published_category(category)
    if not root.is_dir():
        raise DataError(root, "data directory not found")
    personas_path, products_path, guides_path = find_files(root, category)
    report = MappingReport()
    products = read_products(products_path, category, root, report)
    guide = read_guides(guides_path, category, report)
    personas = read_personas(personas_path, category, [p.name for p in products], report, strict)
    for persona, name in report.unmapped:
        logger.warning(
            "%s: persona %s lists %r, which matches no catalog product; dropped", personas_path, persona, name
        )
    if report.missing_images:
        logger.warning(
            "%s: %d product image(s) not found; running without them",
            products_path,
            len(report.missing_images),
        )
    data = CategoryData(
        category=category,
        root=root,
        products=products,
        buying_guide=guide,
        personas=personas,
        domain_knowledge="",
    )
    return data, report
