"""The generator: from a category module to the package data files (docs/architecture.md §2).

Everything is seeded per category, so a rebuild reproduces the committed files byte for byte.
"""

import importlib
import json
import random
import statistics
from collections import Counter
from dataclasses import dataclass, field
from math import ceil, floor
from pathlib import Path
from types import ModuleType

from datagen import people, wording
from datagen.images import save_png
from datagen.life import Life, LifeEntry
from datagen.source import CategorySource, load_source
from datagen.spec import AttributeSpec
from datagen.text import article, capitalize, money, pick
from salessim_inspect.data.coherence import contradictions
from salessim_inspect.data.constraints import (
    acceptable_products,
    ideal_products,
    near_misses,
    satisfies,
    visual_dealbreakers,
)
from salessim_inspect.data.mentions import names_value, norm, states_value
from salessim_inspect.data.models import Constraint, GuideEntry, Persona, Product

DATA_ROOT = Path(__file__).resolve().parent.parent / "salessim_inspect" / "data"
SEED = 20260521

INFEASIBLE_SHARE = 0.25
# Personas whose dealbreakers must include a visual attribute (one only the image shows), on top of those
# that draw one by chance: enough that ignoring the pictures visibly costs decision alignment.
VISUAL_SHARE = 0.12
# Target acceptable-set sizes for feasible personas: median 3-4, a tail up to 8.
SIZE_WEIGHTS = {1: 10, 2: 16, 3: 20, 4: 17, 5: 13, 6: 10, 7: 7, 8: 7}
MAX_ACCEPTABLE = 10
ATTEMPTS = 4000


class GenerationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Category:
    """A category's data (`datagen/<category>/`) and its rules (`datagen/categories/<category>.py`)."""

    source: CategorySource
    rules: ModuleType

    @property
    def name(self) -> str:
        return self.source.category


def load_category(category: str) -> Category:
    return Category(load_source(category), importlib.import_module(f"datagen.categories.{category}"))


# ---------------------------------------------------------------- products


def build_products(category: Category) -> list[Product]:
    products = []
    for raw in category.source.products:
        attributes = dict(raw["attributes"])
        derived = category.rules.derive(raw["product_type"], attributes)
        clash = set(derived) & set(attributes)
        if clash:
            raise GenerationError(f"{raw['id']}: derive() overwrites base attributes {sorted(clash)}")
        attributes.update(derived)
        products.append(
            Product(
                id=raw["id"],
                name=raw["name"],
                product_type=raw["product_type"],
                price=float(raw["price"]),
                description=raw["description"],
                features=list(raw["features"]),
                attributes=attributes,
                image=f"images/{raw['id']}.png",
            )
        )
    return products


def check_products(category: Category, products: list[Product]) -> list[str]:
    source = category.source
    problems = []
    if len(products) < 40:
        problems.append(f"only {len(products)} products (need at least 40)")
    types = Counter(p.product_type for p in products)
    if len(types) < 4:
        problems.append(f"only {len(types)} product types (need at least 4)")
    for key in ("id", "name"):
        dupes = [v for v, n in Counter(getattr(p, key) for p in products).items() if n > 1]
        if dupes:
            problems.append(f"duplicate product {key}s: {dupes}")
    for product in products:
        bad = [f for f in product.features if ": " not in f]
        if bad:
            problems.append(f"{product.id}: features not in 'Key: Value' form: {bad}")
        text = norm(" ".join([product.name, product.description, *product.features]))
        for spec in source.attributes:
            if not spec.derived:
                continue
            for word in (*spec.mentions, spec.name):
                if norm(word) in text:
                    problems.append(
                        f"{product.id}: product text states derived attribute {spec.name!r} ({word!r})"
                    )
    for spec in source.attributes:
        values = [p.attributes[spec.name] for p in products if spec.name in p.attributes]
        if not values:
            problems.append(f"attribute {spec.name!r} is on no product")
        elif spec.derived and spec.kind == "boolean" and len(set(values)) < 2:
            problems.append(f"derived attribute {spec.name!r} has one value on every product")
    for spec in (s for s in source.attributes if s.visual):
        # A visual attribute is what the picture shows and the text leaves out.
        for product in products:
            value = product.attributes.get(spec.name)
            values = value if isinstance(value, list) else [] if value is None else [value]
            text = " ".join([product.name, product.description, *product.features])
            stated = [v for v in values if names_value(text, str(v), spec.allowed_in_text)]
            if stated:
                problems.append(f"{product.id}: product text states visual attribute {spec.name!r} {stated}")
    if not any(s.visual for s in source.attributes):
        problems.append("no visual attribute (one the image shows and the text does not state)")
    for spec in source.attributes:
        if spec.kind == "number" and not spec.thresholds:
            problems.append(f"number attribute {spec.name!r} has no thresholds (the limits shoppers state)")
        unknown = [name for name in spec.derived_from if name not in {s.name for s in source.attributes}]
        if unknown:
            problems.append(f"attribute {spec.name!r} derives from unknown attributes {unknown}")
    if len([s for s in source.attributes if s.derived]) < 2:
        problems.append("fewer than two derived attributes")
    if len(source.buying_guide) < 12:
        problems.append(f"only {len(source.buying_guide)} buying guide entries (need at least 12)")
    return problems


# ---------------------------------------------------------------- constraints


def mentions_ok(sentence: str, constraint: Constraint, spec: AttributeSpec | None) -> bool:
    """Whether `sentence` states the value of `constraint` in a form a reader (and our check) can see."""
    return states_value(sentence, constraint, spec.mentions if spec else ())


def _discriminating(values: list) -> bool:
    # Keyed by type as well, as JSON would tell them apart: 1, 1.0 and True are three values here.
    return len({(type(v), tuple(v) if isinstance(v, list) else v) for v in values}) > 1


def sample_constraint(spec: AttributeSpec, values: list, kind: str, rng: random.Random) -> Constraint | None:
    """A constraint on `spec` whose value is drawn from `values`, what the type's products actually have."""
    if not values:
        return None
    op = rng.choice(spec.default_ops())
    if spec.kind == "categorical":
        distinct = sorted({v for v in values if isinstance(v, str)})
        if len(distinct) < 2:
            return None
        if op == "eq":
            value: object = rng.choice(values)
        elif op == "ne":
            value = rng.choice(distinct)
        else:
            size = rng.choice([2, 2, 3]) if len(distinct) > 3 else 2
            # Listing every value the type has would make `in` vacuous and `not_in` rule out the whole type.
            size = min(size, len(distinct) - 1)
            if size < 2:
                op, value = ("eq" if op == "in" else "ne"), rng.choice(distinct)
            else:
                value = sorted(rng.sample(distinct, size))
    elif spec.kind == "boolean":
        if not _discriminating(values):
            return None
        # Shoppers mostly ask for a property; now and then they rule one out.
        value = rng.random() < 0.8 if len(set(values)) > 1 else values[0]
        op = "eq"
    elif spec.kind == "number":
        numeric = sorted(v for v in values if isinstance(v, int | float) and not isinstance(v, bool))
        if len(set(numeric)) < 2:
            return None
        low, high = int(0.15 * (len(numeric) - 1)), int(0.85 * (len(numeric) - 1))
        drawn = numeric[rng.randint(low, high)]
        op = "gte" if spec.higher_is_better is not False else "lte"
        # A shopper states a round limit ("at least 25 cubic feet"), not a product's own figure: the
        # nearest stated value that the drawn product still meets, used exactly as the constraint.
        if op == "gte":
            value = max((t for t in spec.thresholds if t <= drawn), default=None)
        else:
            value = min((t for t in spec.thresholds if t >= drawn), default=None)
        if value is None:
            return None
        meets = sum(1 for v in numeric if (v >= value if op == "gte" else v <= value))
        if meets in (0, len(numeric)):
            return None  # a limit every product (or none) meets tells the products apart no better
    else:
        lists = [v for v in values if isinstance(v, list)]
        counts = Counter(item for v in lists for item in set(v))
        if op == "contains":
            options = [item for item, n in counts.items() if n < len(lists)] or list(counts)
        else:
            options = [item for item, n in counts.items() if 0 < n < len(lists)]
        if not options:
            return None
        value = rng.choice(sorted(options))
    return Constraint(attribute=spec.name, op=op, value=value, kind=kind)


# ---------------------------------------------------------------- budgets


def _step(price: float) -> int:
    for limit, step in ((60, 5), (300, 10), (1500, 25), (5000, 50), (20000, 250), (60000, 500)):
        if price < limit:
            return step
    return 1000


def budget_covering(price: float, next_price: float | None) -> float:
    """A round budget that affords `price` but not `next_price`."""
    step = _step(price)
    budget = ceil(price / step) * step
    if next_price is not None and budget >= next_price:
        budget = ceil(price)
        if budget >= next_price:
            budget = price
    return float(budget)


def budget_below(price: float, rng: random.Random) -> float:
    """A round budget short of `price`: close enough that the product feels within reach."""
    target = price * rng.uniform(0.72, 0.97)
    step = _step(target)
    budget = floor(target / step) * step
    if budget <= 0 or budget >= price:
        budget = floor(price * 0.9)
    return float(budget)


# ---------------------------------------------------------------- personas


@dataclass
class Plan:
    product_type: str
    dealbreakers: list[Constraint]
    preferences: list[Constraint]
    budget: float = 0.0
    acceptable: list[str] = field(default_factory=list)


def _signature(plan: Plan) -> str:
    parts = [plan.product_type, str(plan.budget)]
    parts += sorted(json.dumps(c.model_dump(), sort_keys=True) for c in plan.dealbreakers + plan.preferences)
    return "|".join(parts)


class PersonaGenerator:
    def __init__(self, category: Category, products: list[Product]):
        self.category = category
        self.source = category.source
        self.products = products
        self.rng = random.Random(f"salessim:{category.name}:{SEED}")
        self.specs = {s.name: s for s in self.source.attributes}
        self.visual = {s.name for s in self.source.attributes if s.visual}
        self.types = [t for t, n in Counter(p.product_type for p in products).items() if n >= 3]
        self.cap = min(MAX_ACCEPTABLE, int(0.3 * len(products)))
        self.seen: set[str] = set()
        self.problems: list[str] = []
        self._pools: dict[str, list[Product]] = {}
        for product in products:
            self._pools.setdefault(product.product_type, []).append(product)
        self._values: dict[tuple[str, str], list] = {}
        self._applicable: dict[str, list[AttributeSpec]] = {}

    def pool(self, product_type: str) -> list[Product]:
        return self._pools[product_type]

    def values(self, product_type: str, spec: AttributeSpec) -> list:
        """The values of `spec` the products of `product_type` have (computed once; drafts ask often)."""
        key = (product_type, spec.name)
        if key not in self._values:
            self._values[key] = [
                p.attributes[spec.name] for p in self.pool(product_type) if spec.name in p.attributes
            ]
        return self._values[key]

    def applicable(self, product_type: str) -> list[AttributeSpec]:
        """The attributes a persona buying `product_type` may constrain (a fresh list: drafts shuffle it)."""
        if product_type not in self._applicable:
            self._applicable[product_type] = [
                s for s in self.source.attributes if s.types is None or product_type in s.types
            ]
        return list(self._applicable[product_type])

    def linked(self, spec: AttributeSpec, used: set[str]) -> bool:
        """Whether `spec` reads (or is read by, or shares a source with) an attribute already constrained."""
        sources = {spec.name, *spec.derived_from}
        return any(sources & {name, *self.specs[name].derived_from} for name in used)

    def visual_specs(self, product_type: str) -> list[AttributeSpec]:
        return [s for s in self.applicable(product_type) if s.visual]

    def draft(self, product_type: str, visual: bool = False) -> Plan | None:
        """Constraints for a persona buying a `product_type`; `visual`: a dealbreaker on a visual attribute."""
        rng = self.rng
        specs = self.applicable(product_type)
        rng.shuffle(specs)
        derived = [s for s in specs if s.derived]
        n_deal = rng.choices([1, 2, 3], weights=[35, 45, 20])[0]
        n_pref = rng.choices([1, 2, 3], weights=[30, 45, 25])[0]
        ordered = specs
        if visual:
            first = rng.choice(self.visual_specs(product_type))
            ordered = [first] + [s for s in specs if s is not first]
        elif derived and rng.random() < 0.55:
            first = rng.choice(derived)
            ordered = [first] + [s for s in specs if s is not first]
        dealbreakers: list[Constraint] = []
        used: set[str] = set()
        for spec in ordered:
            if len(dealbreakers) == n_deal:
                break
            if self.linked(spec, used):
                continue
            constraint = sample_constraint(spec, self.values(product_type, spec), "dealbreaker", rng)
            if constraint:
                dealbreakers.append(constraint)
                used.add(spec.name)
        preferences: list[Constraint] = []
        for spec in rng.sample(specs, len(specs)):
            if len(preferences) == n_pref:
                break
            if spec.name in used or self.linked(spec, used):
                continue
            constraint = sample_constraint(spec, self.values(product_type, spec), "preference", rng)
            if constraint:
                preferences.append(constraint)
                used.add(spec.name)
        if not dealbreakers or not preferences:
            return None
        if visual and not any(self.specs[c.attribute].visual for c in dealbreakers):
            return None
        return Plan(product_type, dealbreakers, preferences)

    def _all_dealbreakers(self, plan: Plan) -> list[Constraint]:
        return [
            Constraint(attribute="product_type", op="eq", value=plan.product_type, kind="dealbreaker"),
            Constraint(attribute="price", op="lte", value=plan.budget, kind="dealbreaker"),
            *plan.dealbreakers,
        ]

    def settle(self, plan: Plan, infeasible: bool, size: int = 1) -> Plan | None:
        """Choose the budget for the wanted feasibility and check the balance rules; None to redraw."""
        rng = self.rng
        pool = self.pool(plan.product_type)
        passing = sorted(
            (p for p in pool if all(satisfies(p, c) for c in plan.dealbreakers)),
            key=lambda p: (p.price, p.name),
        )
        if infeasible:
            if passing:
                plan.budget = budget_below(passing[0].price, rng)
                if plan.budget < 0.5 * passing[0].price:
                    return None
            else:
                prices = sorted(p.price for p in pool)
                plan.budget = budget_covering(prices[int(0.7 * (len(prices) - 1))], None)
        else:
            if not passing:
                return None
            if len(passing) < size:
                return None
            nxt = passing[size].price if size < len(passing) else None
            plan.budget = budget_covering(passing[size - 1].price, nxt)
        persona = self._persona_stub(plan)
        plan.acceptable = acceptable_products(persona, self.products)
        if infeasible != (not plan.acceptable):
            return None
        if len(plan.acceptable) > self.cap:
            return None
        # A near miss (right type, exactly one dealbreaker failed) is what a lenient shopper buys by mistake.
        if not near_misses(persona, self.products) and rng.random() < 0.95:
            return None
        signature = _signature(plan)
        if signature in self.seen:
            return None
        self.seen.add(signature)
        return plan

    def _persona_stub(self, plan: Plan) -> Persona:
        return Persona(
            id="stub",
            name="stub",
            age=30,
            product_type=plan.product_type,
            budget=plan.budget,
            persona_background="stub",
            preferences="",
            dealbreakers="",
            constraints=[*self._all_dealbreakers(plan), *plan.preferences],
            acceptable_products=[],
        )

    def plans(self) -> list[Plan]:
        count = self.source.persona_count
        infeasible_slots = set(self.rng.sample(range(count), round(INFEASIBLE_SHARE * count)))
        visual_slots = set(self.rng.sample(range(count), round(VISUAL_SHARE * count)))
        plans = []
        for index in range(count):
            want_infeasible = index in infeasible_slots
            want_visual = index in visual_slots
            # The acceptable-set size is drawn per slot up front: drawing it per attempt would favour the
            # small sizes that succeed most often and skew the distribution.
            # Likewise the product type, weighted by how many products the type has.
            size = self.rng.choices(list(SIZE_WEIGHTS), weights=list(SIZE_WEIGHTS.values()))[0]
            # A visual slot draws among the types a visual attribute applies to (rings without stones
            # have no stone colour).
            types = [t for t in self.types if not want_visual or self.visual_specs(t)]
            weights = [len(self.pool(t)) for t in types]
            product_type = self.rng.choices(types, weights=weights)[0]
            for attempt in range(ATTEMPTS):
                if attempt and attempt % 500 == 0:
                    size = max(1, size - 1)
                    product_type = self.rng.choices(types, weights=weights)[0]
                plan = self.draft(product_type, want_visual)
                if plan and (plan := self.settle(plan, want_infeasible, size)):
                    plans.append(plan)
                    break
            else:
                raise GenerationError(
                    f"{self.category.name}: no {'in' if want_infeasible else ''}feasible persona found in "
                    f"{ATTEMPTS} attempts for slot {index}: the catalog needs more variety"
                )
        return plans

    # ------------------------------------------------------------ wording

    def phrase(self, constraint: Constraint, product_type: str) -> str:
        sentence = capitalize(
            wording.phrase(self.source.wording, self.source.type_nouns, product_type, constraint, self.rng)
        )
        if not sentence.endswith((".", "!", "?")):
            sentence += "."
        spec = self.specs.get(constraint.attribute)
        if not mentions_ok(sentence, constraint, spec):
            self.problems.append(
                f"phrase() for {constraint.model_dump()} does not state its value: {sentence!r}"
            )
        return sentence

    def texts(self, plan: Plan) -> tuple[str, str]:
        rng = self.rng
        type_sentence = self.phrase(
            Constraint(attribute="product_type", op="eq", value=plan.product_type, kind="dealbreaker"),
            plan.product_type,
        )
        budget_sentence = pick(rng, people.BUDGET_SENTENCES, b=money(plan.budget))
        others = [self.phrase(c, plan.product_type) for c in plan.dealbreakers]
        rng.shuffle(others)
        head = [type_sentence, budget_sentence] if rng.random() < 0.6 else [type_sentence]
        rest = others + ([] if len(head) == 2 else [budget_sentence])
        rng.shuffle(rest)
        dealbreakers = " ".join(head + rest)
        preferences = [self.phrase(c, plan.product_type) for c in plan.preferences]
        rng.shuffle(preferences)
        return dealbreakers, " ".join(preferences)

    def _pick(self, life: Life, pool: list[LifeEntry]) -> tuple[LifeEntry, Life] | None:
        """One entry of `pool` that fits `life`, and the life once it is said; None when none fits."""
        fitting = [(entry, after) for entry in pool if (after := life.add(entry))]
        return self.rng.choice(fitting) if fitting else None

    def background(self, plan: Plan) -> tuple[str, int, str]:
        """A name, an age and a background whose parts fit one another (datagen/life.py).

        The use comes first, as the reason for buying; the job, situation, place and template are then
        drawn among those that still fit, and the age among those every part allows.
        """
        rng = self.rng
        gender = self.source.gender or rng.choice(["female", "male"])
        first = rng.choice(people.FEMALE_NAMES if gender == "female" else people.MALE_NAMES)
        last = rng.choice(people.SURNAMES)
        for _ in range(ATTEMPTS):
            life = Life.start(self.source.age_range)
            parts = []
            for pool in (self.source.uses[plan.product_type], people.OCCUPATIONS, people.SITUATIONS):
                picked = self._pick(life, pool)
                if picked is None:
                    break
                parts.append(picked[0])
                life = picked[1]
            else:
                break
        else:
            raise GenerationError(f"{self.category.name}: no background fits a {plan.product_type} use")
        use, job, situation = parts
        age = life.age(rng)
        life = Life((age, age), life.facts)
        place, life = self._pick(life, people.PLACES) or (None, life)
        template = self._pick(life, people.BACKGROUNDS)
        if place is None or template is None:
            raise GenerationError(f"{self.category.name}: no place or template fits {job.text!r}, {age}")
        noun = self.source.type_nouns[plan.product_type]
        he, his = ("she", "her") if gender == "female" else ("he", "his")
        fields = dict(
            first=first,
            age=age,
            a_age=f"{'an' if str(age).startswith('8') or age in (11, 18) else 'a'} {age}",
            job=job.text,
            a_job=f"{article(job.text)} {job.text}",
            place=place.text,
            situation=situation.text,
            use=use.text,
            noun=noun,
            a_noun=f"{article(noun)} {noun}",
            he=he,
            his=his,
            He=he.capitalize(),
            His=his.capitalize(),
        )
        return f"{first} {last}", age, template[0].text.format(**fields)

    def personas(self) -> list[Persona]:
        personas = []
        backgrounds: set[str] = set()
        for index, plan in enumerate(self.plans()):
            while True:
                name, age, background = self.background(plan)
                if background not in backgrounds and name not in {p.name for p in personas}:
                    backgrounds.add(background)
                    break
            # The generator combines only parts whose life facts agree; the validator's rules, written
            # independently, check that it did.
            for contradiction in contradictions(background, age):
                self.problems.append(f"{name}, {age}: background contradicts itself: {contradiction}")
            dealbreaker_text, preference_text = self.texts(plan)
            stub = self._persona_stub(plan)
            personas.append(
                Persona(
                    id=f"{self.category.name}-{index + 1:03d}",
                    name=name,
                    age=age,
                    product_type=plan.product_type,
                    budget=plan.budget,
                    persona_background=background,
                    preferences=preference_text,
                    dealbreakers=dealbreaker_text,
                    constraints=stub.constraints,
                    acceptable_products=acceptable_products(stub, self.products),
                    ideal_products=ideal_products(stub, self.products),
                    visual_dealbreakers=visual_dealbreakers(stub, self.visual),
                )
            )
        return personas


# ---------------------------------------------------------------- writing


def _write_jsonl(path: Path, records: list) -> None:
    lines = [json.dumps(r.model_dump(exclude_none=False), ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def balance_report(personas: list[Persona], products: list[Product]) -> dict:
    feasible = [p for p in personas if p.feasible]
    sizes = [len(p.acceptable_products) for p in feasible]
    near = [p for p in feasible if near_misses(p, products)]
    return {
        "personas": len(personas),
        "infeasible_share": round(1 - len(feasible) / len(personas), 3),
        "median_acceptable": statistics.median(sizes) if sizes else 0,
        "max_acceptable_share": round(max(sizes) / len(products), 3) if sizes else 0,
        "near_miss_share": round(len(near) / len(feasible), 3) if feasible else 0,
    }


def build_category(name: str, out_root: Path = DATA_ROOT, images: bool = True) -> dict:
    """Generate and write one category; returns a summary with any problems found."""
    category = load_category(name)
    source = category.source
    products = build_products(category)
    problems = check_products(category, products)
    generator = PersonaGenerator(category, products)
    personas = generator.personas()
    problems += sorted(set(generator.problems))
    guide = [GuideEntry(**entry) for entry in source.buying_guide]

    out = out_root / name
    out.mkdir(parents=True, exist_ok=True)
    _write_jsonl(out / "products.jsonl", products)
    _write_jsonl(out / "buying_guide.jsonl", guide)
    _write_jsonl(out / "personas.jsonl", personas)
    (out / "domain_knowledge.md").write_text(source.domain_knowledge.strip() + "\n", encoding="utf-8")
    schema = {
        "category": name,
        "attributes": [
            {
                "name": s.name,
                "kind": s.kind,
                "derived": s.derived,
                "types": list(s.types) if s.types else None,
                "unit": s.unit,
                **({"thresholds": list(s.thresholds)} if s.thresholds else {}),
                **({"visual": True} if s.visual else {}),
                **({"allowed_in_text": list(s.allowed_in_text)} if s.allowed_in_text else {}),
                "mentions": list(s.mentions),
                "description": s.description,
            }
            for s in source.attributes
        ],
    }
    (out / "schema.json").write_text(json.dumps(schema, indent=2) + "\n", encoding="utf-8")
    if images:
        for product in products:
            size = save_png(category.rules.draw(product), out / product.image)
            if size > 40 * 1024:
                problems.append(f"{product.id}: image is {size} bytes")
    report = balance_report(personas, products)
    if not 0.15 <= report["infeasible_share"] <= 0.35:
        problems.append(f"infeasible share {report['infeasible_share']} outside 15-35%")
    if not 2 <= report["median_acceptable"] <= 6:
        problems.append(f"median acceptable-set size {report['median_acceptable']} outside 2-6")
    if report["max_acceptable_share"] > 0.3:
        problems.append(f"an acceptable set covers {report['max_acceptable_share']:.0%} of products")
    if report["near_miss_share"] < 0.7:
        problems.append(f"near-miss coverage {report['near_miss_share']:.0%} below 70%")
    report["products"] = len(products)
    report["problems"] = problems
    return report
