"""What a category module under `datagen/categories/` provides to the generator.

A category module (e.g. `datagen/categories/rings.py`) defines, at module level:

- `CATEGORY: str` and `PERSONA_COUNT: int` (at least the paper's count).
- `PRODUCTS: list[dict]`: each with `id`, `name`, `product_type`, `price`, `description`, `features`
  ("Key: Value" strings) and `attributes` holding only *base* attributes. Text is written here, in our words.
- `derive(product_type: str, attributes: dict) -> dict`: the derived attributes of a product, computed
  from its base attributes by the explicit rules that `DOMAIN_KNOWLEDGE` states in words.
- `ATTRIBUTES: list[AttributeSpec]`: every attribute a persona constraint may test (base and derived).
- `TYPE_NOUNS: dict[str, str]`: product type -> how a shopper names one ("pair of jeans", "solitaire ring").
- `USES: dict[str, list[str]]`: product type -> occasions/uses, phrased to follow "wants it for ..."
  (at least 6 per type, so that backgrounds differ).
- `phrase(constraint: Constraint, rng: random.Random) -> str`: one sentence in a shopper's everyday words
  stating `constraint` (firm for a dealbreaker, soft for a preference), chosen among several wordings.
  Every constraint except `price` comes through here, `product_type` included. The sentence must contain
  the constraint's value as the generator checks it (see `AttributeSpec.mentions`).
- `BUYING_GUIDE: list[dict]`: at least 12 entries with `id`, `title`, `text`.
- `DOMAIN_KNOWLEDGE: str`: Markdown the shopper prompt includes; states every derivation rule in words.
- `draw(product: Product) -> PIL.Image.Image`: an illustration showing the product's visual attributes.
- Optional `AGE_RANGE: tuple[int, int]` (default (18, 85)) and `GENDER: "female" | "male" | None`.
"""

from dataclasses import dataclass, field
from typing import Literal

AttributeKind = Literal["categorical", "boolean", "number", "list"]


@dataclass(frozen=True)
class AttributeSpec:
    """An attribute that persona constraints may test.

    Attributes:
        name: key in `Product.attributes` (or `product_type`).
        kind: categorical (str), boolean, number, or list (of str).
        ops: the operators personas may use on it. Defaults by kind: categorical `eq`/`in`/`ne`/`not_in`,
            boolean `eq`, number `gte` or `lte` (by `higher_is_better`), list `contains`/`not_contains`.
        derived: computed by `derive`, never stated verbatim in the product text.
        higher_is_better: for numbers, whether shoppers ask for a minimum (`gte`) or a maximum (`lte`).
        types: product types the attribute is meaningful for (None: all types of the category).
        mentions: for boolean attributes, words one of which a sentence stating the constraint contains
            (e.g. ("wick", "sweat")). Categorical/list values and numbers must appear themselves.
        unit: for numbers, how the value reads ("hours", "mm"), for documentation only.
        description: one line for the category schema file.
    """

    name: str
    kind: AttributeKind
    ops: tuple[str, ...] = ()
    derived: bool = False
    higher_is_better: bool | None = None
    types: tuple[str, ...] | None = None
    mentions: tuple[str, ...] = field(default_factory=tuple)
    unit: str = ""
    description: str = ""

    def default_ops(self) -> tuple[str, ...]:
        if self.ops:
            return self.ops
        if self.kind == "categorical":
            return ("eq", "in", "ne", "not_in")
        if self.kind == "boolean":
            return ("eq",)
        if self.kind == "number":
            return ("gte",) if self.higher_is_better is not False else ("lte",)
        return ("contains", "not_contains")
