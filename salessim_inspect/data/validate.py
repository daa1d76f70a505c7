"""Checks every invariant of the packaged data and summarises each category.

Run as `python -m salessim_inspect.data validate`. The checks recompute the ground truth from the
constraints instead of trusting the stored lists.
"""

import json
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.data.coherence import persona_contradictions
from salessim_inspect.data.constraints import (
    acceptable_products,
    ideal_products,
    near_misses,
    visual_dealbreakers,
)
from salessim_inspect.data.loader import PACKAGE_DATA, CategoryData, DataError, load_category_dir
from salessim_inspect.data.mentions import names_value, number_forms, states_value

# Persona counts of the paper (SalesSim, Appendix A, Table 5).
PAPER_PERSONA_COUNTS = {
    "female_clothing": 73,
    "male_clothing": 77,
    "rings": 147,
    "cars": 147,
    "smart_watch": 83,
    "games": 147,
}
MIN_PRODUCTS_PER_CATEGORY = 40
MIN_PRODUCTS_TOTAL = 274
MIN_PRODUCT_TYPES = 4
MIN_GUIDE_ENTRIES = 12
MIN_DERIVED_ATTRIBUTES = 2
MAX_IMAGE_BYTES = 40 * 1024
INFEASIBLE_RANGE = (0.15, 0.35)
MEDIAN_ACCEPTABLE_RANGE = (2, 6)
MAX_ACCEPTABLE_SHARE = 0.30
MIN_NEAR_MISS_SHARE = 0.70
# Personas with a dealbreaker only the product images can check (a visual attribute).
MIN_VISUAL_DEALBREAKER_SHARE = 0.10


@dataclass
class CategorySummary:
    category: str
    products: int = 0
    product_types: int = 0
    guide_entries: int = 0
    personas: int = 0
    infeasible_share: float = 0.0
    median_acceptable: float = 0.0
    max_acceptable_share: float = 0.0
    near_miss_share: float = 0.0
    derived_attributes: list[str] = field(default_factory=list)
    derived_dealbreaker_share: float = 0.0
    visual_attributes: list[str] = field(default_factory=list)
    visual_dealbreaker_share: float = 0.0
    problems: list[str] = field(default_factory=list)


def load_schema(root: Path) -> dict:
    path = root / "schema.json"
    if not path.is_file():
        return {"attributes": []}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(path, f"invalid JSON ({exc.msg})", exc.lineno) from exc


def check_category(data: CategoryData, benchmark: bool = True) -> CategorySummary:
    """Check one category. `benchmark` adds the packaged benchmark's size and balance targets; without it
    (a user's data directory) only the data contract and the ground truth are checked."""
    summary = CategorySummary(data.category)
    problems = summary.problems
    products, personas = data.products, data.personas
    schema = {a["name"]: a for a in load_schema(data.root)["attributes"]}
    derived = sorted(name for name, a in schema.items() if a.get("derived"))
    visual = sorted(name for name, a in schema.items() if a.get("visual"))
    summary.visual_attributes = visual

    summary.products = len(products)
    summary.product_types = len({p.product_type for p in products})
    summary.guide_entries = len(data.buying_guide)
    summary.personas = len(personas)
    summary.derived_attributes = derived

    contract_problems = len(problems)
    if summary.products < MIN_PRODUCTS_PER_CATEGORY:
        problems.append(f"{summary.products} products, fewer than {MIN_PRODUCTS_PER_CATEGORY}")
    if summary.product_types < MIN_PRODUCT_TYPES:
        problems.append(f"{summary.product_types} product types, fewer than {MIN_PRODUCT_TYPES}")
    if summary.guide_entries < MIN_GUIDE_ENTRIES:
        problems.append(f"{summary.guide_entries} buying guide entries, fewer than {MIN_GUIDE_ENTRIES}")
    if len(derived) < MIN_DERIVED_ATTRIBUTES:
        problems.append(f"{len(derived)} derived attributes, fewer than {MIN_DERIVED_ATTRIBUTES}")
    wanted = PAPER_PERSONA_COUNTS.get(data.category, 0)
    if summary.personas < wanted:
        problems.append(f"{summary.personas} personas, fewer than the paper's {wanted}")
    if not data.domain_knowledge.strip():
        problems.append("domain_knowledge.md is missing or empty")
    if not benchmark:
        del problems[contract_problems:]

    for product in products:
        path = data.image_path(product)
        # A user's data may lack images (the run notes it); the packaged data has one per product.
        if benchmark and (path is None or not path.is_file()):
            problems.append(f"product {product.id}: image {product.image!r} not found")
        elif benchmark and path.stat().st_size > MAX_IMAGE_BYTES:
            problems.append(
                f"product {product.id}: image is {path.stat().st_size} bytes (> {MAX_IMAGE_BYTES})"
            )
        # A visual attribute is for the picture alone: the text must not name the product's value.
        full_text = " ".join([product.name, product.description, *product.features])
        for name in visual:
            value = product.attributes.get(name)
            allowed = tuple(schema[name].get("allowed_in_text", []))
            for item in value if isinstance(value, list) else [] if value is None else [value]:
                if names_value(full_text, str(item), allowed):
                    problems.append(f"product {product.id}: text states visual attribute {name!r} ({item!r})")
        text = " ".join([product.description, *product.features]).casefold()
        for name in derived:
            for word in (name.replace("_", " "), *schema[name].get("mentions", [])):
                if word.casefold() in text.replace("-", " "):
                    problems.append(
                        f"product {product.id}: text states derived attribute {name!r} ({word!r})"
                    )

    known = {"price", "product_type"} | {k for p in products for k in p.attributes}
    for persona in personas:
        where = f"persona {persona.id}"
        dealbreakers = persona.constraints_of("dealbreaker")
        if not any(
            c.attribute == "product_type" and c.op == "eq" and c.value == persona.product_type
            for c in dealbreakers
        ):
            problems.append(f"{where}: no dealbreaker 'product_type eq {persona.product_type}'")
        if not any(
            c.attribute == "price" and c.op == "lte" and c.value == persona.budget for c in dealbreakers
        ):
            problems.append(f"{where}: no dealbreaker 'price lte {persona.budget:g}'")
        if not any(form in persona.dealbreakers for form in number_forms(persona.budget)):
            problems.append(f"{where}: dealbreakers text does not state the budget {persona.budget:g}")
        for constraint in persona.constraints:
            if constraint.attribute not in known:
                problems.append(f"{where}: constraint on unknown attribute {constraint.attribute!r}")
            if constraint.attribute == "price":
                continue
            text = persona.dealbreakers if constraint.kind == "dealbreaker" else persona.preferences
            thresholds = schema.get(constraint.attribute, {}).get("thresholds")
            if thresholds and constraint.value not in thresholds:
                # A limit a shopper would not say ("26.4 cubic feet"): the schema lists the ones they do.
                problems.append(
                    f"{where}: {constraint.attribute} limit {constraint.value!r} is not one a shopper states "
                    f"(schema.json thresholds: {thresholds})"
                )
            words = tuple(schema.get(constraint.attribute, {}).get("mentions", []))
            if isinstance(constraint.value, bool) and not words:
                continue  # without the attribute's vocabulary (schema.json) a yes/no cannot be checked
            if not states_value(text, constraint, words):
                problems.append(
                    f"{where}: {constraint.kind}s text does not state "
                    f"{constraint.attribute} {constraint.op} {constraint.value!r}"
                )
        if benchmark:
            # A story that contradicts itself (grandchildren at 29, a retiree's work party) is a flaw of our
            # generated data; a user's own personas are theirs to write.
            for contradiction in persona_contradictions(persona):
                problems.append(f"{where}: background contradicts itself: {contradiction}")
        if persona.acceptable_products != acceptable_products(persona, products):
            problems.append(f"{where}: stored acceptable_products differ from the recomputed set")
        if persona.ideal_products != ideal_products(persona, products):
            problems.append(f"{where}: stored ideal_products differ from the recomputed set")
        if persona.visual_dealbreakers != visual_dealbreakers(persona, visual):
            problems.append(
                f"{where}: stored visual_dealbreakers {persona.visual_dealbreakers} differ from the recomputed "
                f"{visual_dealbreakers(persona, visual)}"
            )

    names = Counter(p.persona_background for p in personas)
    for background, count in names.items():
        if count > 1:
            problems.append(f"{count} personas share the background {background[:60]!r}...")

    if personas:
        feasible = [p for p in personas if p.feasible]
        sizes = [len(p.acceptable_products) for p in feasible]
        summary.infeasible_share = 1 - len(feasible) / len(personas)
        summary.median_acceptable = statistics.median(sizes) if sizes else 0
        summary.max_acceptable_share = max(sizes) / len(products) if sizes and products else 0
        summary.near_miss_share = (
            sum(1 for p in feasible if near_misses(p, products)) / len(feasible) if feasible else 0
        )
        summary.derived_dealbreaker_share = sum(
            1 for p in personas if any(c.attribute in derived for c in p.constraints_of("dealbreaker"))
        ) / len(personas)
        summary.visual_dealbreaker_share = sum(1 for p in personas if p.visual_dealbreakers) / len(personas)
        if not benchmark:
            return summary
        if summary.visual_dealbreaker_share < MIN_VISUAL_DEALBREAKER_SHARE:
            problems.append(
                f"visual dealbreakers in {summary.visual_dealbreaker_share:.0%} of personas, "
                f"below {MIN_VISUAL_DEALBREAKER_SHARE:.0%}"
            )
        low, high = INFEASIBLE_RANGE
        if not low <= summary.infeasible_share <= high:
            problems.append(f"infeasible share {summary.infeasible_share:.0%} outside {low:.0%}-{high:.0%}")
        low, high = MEDIAN_ACCEPTABLE_RANGE
        if not low <= summary.median_acceptable <= high:
            problems.append(f"median acceptable-set size {summary.median_acceptable} outside {low}-{high}")
        if summary.max_acceptable_share > MAX_ACCEPTABLE_SHARE:
            problems.append(f"an acceptable set holds {summary.max_acceptable_share:.0%} of the products")
        if summary.near_miss_share < MIN_NEAR_MISS_SHARE:
            problems.append(
                f"near-miss coverage {summary.near_miss_share:.0%} below {MIN_NEAR_MISS_SHARE:.0%}"
            )
        if summary.derived_dealbreaker_share == 0:
            problems.append("no persona has a dealbreaker on a derived attribute")
    return summary


def validate(root: Path = PACKAGE_DATA, categories: tuple[str, ...] = CATEGORIES) -> list[CategorySummary]:
    """Validate each category under `root`; the benchmark targets apply to the packaged data only."""
    benchmark = root.resolve() == PACKAGE_DATA.resolve()
    summaries = []
    for category in categories:
        try:
            data = load_category_dir(root / category, category)
        except DataError as exc:
            summaries.append(CategorySummary(category, problems=[str(exc)]))
            continue
        summaries.append(check_category(data, benchmark))
    return summaries


def render(summaries: list[CategorySummary]) -> str:
    header = (
        f"{'category':<16}{'products':>9}{'types':>6}{'guide':>6}{'personas':>9}{'infeas.':>8}"
        f"{'med|A|':>7}{'max|A|':>7}{'near':>6}{'derived DB':>11}{'visual DB':>10}  derived attributes"
    )
    lines = [header, "-" * len(header)]
    for s in summaries:
        lines.append(
            f"{s.category:<16}{s.products:>9}{s.product_types:>6}{s.guide_entries:>6}{s.personas:>9}"
            f"{s.infeasible_share:>8.0%}{s.median_acceptable:>7g}{s.max_acceptable_share:>7.0%}"
            f"{s.near_miss_share:>6.0%}{s.derived_dealbreaker_share:>11.0%}{s.visual_dealbreaker_share:>10.0%}"
            f"  {', '.join(s.derived_attributes)}"
        )
    total_products = sum(s.products for s in summaries)
    total_personas = sum(s.personas for s in summaries)
    lines.append("-" * len(header))
    lines.append(f"{'total':<16}{total_products:>9}{'':>6}{'':>6}{total_personas:>9}")
    return "\n".join(lines)


def total_problems(summaries: list[CategorySummary]) -> list[str]:
    problems = [f"{s.category}: {p}" for s in summaries for p in s.problems]
    if len(summaries) == len(CATEGORIES) and all(s.category in CATEGORIES for s in summaries):
        total = sum(s.products for s in summaries)
        if total < MIN_PRODUCTS_TOTAL:
            problems.append(f"{total} products in all, fewer than {MIN_PRODUCTS_TOTAL}")
    return problems
