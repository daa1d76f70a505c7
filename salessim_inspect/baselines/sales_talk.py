"""What the offline salesbot says about products: only what the catalog record says, chosen per style.

Every sentence about a product is built from its record (name, price, description, feature lines), so no
style can state a false catalog fact; styles differ in which products they name, which lines they pick
and what they add around them (advice, pressure, doubt), never in the facts.
"""

from collections.abc import Iterable, Sequence

from salessim_inspect.baselines.stated_needs import type_label
from salessim_inspect.data.models import Constraint, Product
from salessim_inspect.data.names import tokens
from salessim_inspect.solvers.system_prompts import money

KEY_FEATURES = 3
# Words of attribute names that say nothing about what a feature line is about.
_ATTRIBUTE_NOISE = frozenset(tokens("mm cm in ft cu kg lb oz hours hour is has can min max ready friendly"))


def price(product: Product) -> str:
    return money(product.price)


def _words(text: str) -> set[str]:
    return {w for w in tokens(text) if w.isalpha() and len(w) > 2}


def features_that_matter(
    product: Product, shopper_words: Sequence[str], leave_out: Iterable[str] = (), n: int = KEY_FEATURES
) -> list[str]:
    """Up to `n` feature lines: first those sharing a word with what the shopper said, then the first ones."""
    skipped = set(leave_out)
    lines = [line for line in product.features if line not in skipped]
    said = set().union(*(_words(text) for text in shopper_words)) if shopper_words else set()
    relevant = [line for line in lines if _words(line) & said]
    return (relevant + [line for line in lines if line not in relevant])[:n]


def pitch(product: Product, features: Sequence[str]) -> str:
    """One product in one line: exact name, price, the chosen feature lines."""
    head = (
        f"{product.name} at {price(product)}."
        if product.price is not None
        else f"{product.name} ({price(product)})."
    )
    return f"{head} Key features: {'; '.join(features)}." if features else head


def details(product: Product, leave_out: Iterable[str] = (), with_description: bool = True) -> str:
    """The catalog record of a product, for a shopper who asked about it."""
    skipped = set(leave_out)
    features = "; ".join(line for line in product.features if line not in skipped)
    description = f" {product.description}" if with_description else ""
    return (
        f"Here is what our catalog says about the {product.name} ({price(product)}):{description} "
        f"Features: {features}."
    )


def revealing_lines(product: Product, broken: Iterable[Constraint]) -> list[str]:
    """The feature lines that show a shopper the product breaks one of `broken`: lines about the same
    attribute (by the words of its name, e.g. "band_width_mm" and "Band Width: 2.5 mm") or stating the
    product's value of it."""
    lines: list[str] = []
    for constraint in broken:
        if constraint.attribute in ("price", "product_type"):
            continue
        subject = _words(constraint.attribute.replace("_", " ")) - _ATTRIBUTE_NOISE
        value = product.value_of(constraint.attribute)
        values = value if isinstance(value, list) else [value]
        stated = [str(v) for v in values if isinstance(v, str) and v.strip()]
        for line in product.features:
            label = line.split(":", 1)[0]
            folded = " ".join(tokens(line))
            about_it = _words(label) & subject or any(" ".join(tokens(v)) in folded for v in stated)
            if about_it and line not in lines:
                lines.append(line)
    return lines


def product_kind(product_types: Sequence[str]) -> str:
    """The product type(s) the shopper asked for, as words ("option" when it named none)."""
    return " or ".join(type_label(t) for t in product_types) if product_types else "option"


def listing(intro: str, lines: Sequence[str], outro: str) -> str:
    """A reply that lists products, one per line."""
    return "\n".join([intro, *(f"- {line}" for line in lines), outro]).strip()
