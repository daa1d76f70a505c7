"""`salessim data convert SRC DEST`: the authors' published layout -> our §2 layout, written atomically."""

import json
import re
import shutil
import tempfile
from pathlib import Path

from salessim_inspect.data.loader import DataError
from salessim_inspect.data.published import CATEGORY_MAP, PACKAGE_FOLDERS, MappingReport, load_published


def published_categories(root: Path) -> list[str]:
    """Our names of the categories that have a personas file in a copy of the authors' repository."""
    found = set()
    for package in PACKAGE_FOLDERS:
        for path in (root / package / "agents" / "ai_customer" / "personas").glob("*_personas_v*.jsonl"):
            theirs = re.sub(r"_personas_v.*$", "", path.name)
            if theirs in CATEGORY_MAP:
                found.add(CATEGORY_MAP[theirs])
    return sorted(found)


def _write_jsonl(path: Path, records: list) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record.model_dump(), ensure_ascii=False) + "\n")


def convert(
    src: Path, dest: Path, categories: list[str] | None = None, strict: bool = True
) -> dict[str, MappingReport]:
    """Write each category of `src` to `dest/<category>/` in the §2 format.

    Everything is written into a temporary sibling of `dest` and moved into place at the end, so an error
    leaves no partial output. `dest` must not exist yet (or be an empty directory).
    """
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise DataError(dest, "destination exists and is not empty; choose a new directory")
    categories = categories or published_categories(src)
    if not categories:
        raise DataError(src, "no personas files (<category>_personas_v<version>.jsonl) found")
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.partial-", dir=dest.parent))
    reports = {}
    try:
        for category in categories:
            data, report = load_published(src, category, strict=strict)
            out = staging / data.category
            (out / "images").mkdir(parents=True)
            products = []
            for product in data.products:
                if product.image:
                    source = Path(product.image)
                    target = f"images/{product.id}{source.suffix.lower()}"
                    shutil.copyfile(source, out / target)
                    product = product.model_copy(update={"image": target})
                products.append(product)
            _write_jsonl(out / "products.jsonl", products)
            _write_jsonl(out / "buying_guide.jsonl", data.buying_guide)
            _write_jsonl(out / "personas.jsonl", data.personas)
            (out / "domain_knowledge.md").write_text(data.domain_knowledge, encoding="utf-8")
            reports[data.category] = report
        if dest.exists():
            dest.rmdir()
        staging.rename(dest)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return reports
