"""The constraint evaluator: which products satisfy a persona's constraints (docs/architecture.md §2)."""

from collections.abc import Iterable

from salessim_inspect.data.models import AttributeValue, Constraint, Persona, Product

_MISSING = object()


def _norm(value: object) -> object:
    # String comparison is case-insensitive so that "Rose Gold" in a persona matches "rose gold" in a product.
    return value.casefold() if isinstance(value, str) else value


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def satisfies(product: Product, constraint: Constraint) -> bool:
    """Whether `product` satisfies `constraint`.

    A constraint on an attribute the product lacks is not satisfied, whatever the operator.
    Type mismatches (a list where a scalar is expected, a string against a number) are not satisfied either.
    """
    actual: AttributeValue | None | object = product.value_of(constraint.attribute)
    if actual is None:
        return False
    op, expected = constraint.op, constraint.value

    if op in ("eq", "ne"):
        if isinstance(actual, list):
            return False
        equal = _norm(actual) == _norm(expected)
        return equal if op == "eq" else not equal
    if op in ("lt", "lte", "gt", "gte"):
        if not (_is_number(actual) and _is_number(expected)):
            return False
        return {
            "lt": actual < expected,
            "lte": actual <= expected,
            "gt": actual > expected,
            "gte": actual >= expected,
        }[op]
    if op in ("in", "not_in"):
        if isinstance(actual, list):
            return False
        member = _norm(actual) in {_norm(v) for v in expected}  # type: ignore[union-attr]
        return member if op == "in" else not member
    if op in ("contains", "not_contains"):
        if not isinstance(actual, list):
            return False
        member = _norm(expected) in {_norm(v) for v in actual}
        return member if op == "contains" else not member
    raise ValueError(f"unknown constraint op {op!r}")


def satisfies_all(product: Product, constraints: Iterable[Constraint]) -> bool:
    return all(satisfies(product, c) for c in constraints)


def failed(product: Product, constraints: Iterable[Constraint]) -> list[Constraint]:
    """The constraints `product` does not satisfy."""
    return [c for c in constraints if not satisfies(product, c)]


def acceptable_products(persona: Persona, products: Iterable[Product]) -> list[str]:
    """Names of products satisfying every dealbreaker, sorted by name."""
    dealbreakers = persona.constraints_of("dealbreaker")
    return sorted(p.name for p in products if satisfies_all(p, dealbreakers))


def ideal_products(persona: Persona, products: Iterable[Product]) -> list[str]:
    """Names of acceptable products that also satisfy every preference, sorted by name."""
    return sorted(p.name for p in products if satisfies_all(p, persona.constraints))


def visual_dealbreakers(persona: Persona, visual_attributes: Iterable[str]) -> list[str]:
    """The attributes of `persona`'s dealbreakers among `visual_attributes` (those only product images show),
    in constraint order, each once."""
    visual = set(visual_attributes)
    found = [c.attribute for c in persona.constraints_of("dealbreaker") if c.attribute in visual]
    return list(dict.fromkeys(found))


def near_misses(persona: Persona, products: Iterable[Product]) -> list[str]:
    """Products of the persona's type failing exactly one dealbreaker: where a lenient shopper goes wrong."""
    dealbreakers = persona.constraints_of("dealbreaker")
    return sorted(
        p.name
        for p in products
        if p.product_type == persona.product_type and len(failed(p, dealbreakers)) == 1
    )
