"""What a category gives the generator: data files under `datagen/<category>/`, rules in Python.

Data (read by `datagen/source.py`, one authoring style for every category):

- `category.yaml`: `category`, `persona_count` (at least the paper's count), `age_range`, `gender`
  ("female", "male" or null), `type_nouns` (product type -> how a shopper names one: "pair of jeans"),
  `attributes` (every attribute a persona constraint may test, base or derived: the fields of
  `AttributeSpec` below) and `uses` (product type -> occasions, phrased to follow "for ...").
- `products.yaml`: the catalog, each record with `id`, `name`, `product_type`, `price`, `description`,
  `features` ("Key: Value" strings) and `attributes` holding only *base* attributes. Text is our own.
- `buying_guide.md`: at least 12 passages, each a `## Title {#id}` section.
- `domain_knowledge.md`: Markdown the shopper prompt includes; states every derivation rule in words.
- `wording.yaml`: the sentences a shopper states each kind of constraint with (`datagen/wording.py`).

Rules (`datagen/categories/<category>.py`):

- `derive(product_type: str, attributes: dict) -> dict`: the derived attributes of a product, computed
  from its base attributes by the explicit rules that `domain_knowledge.md` states in words.
- `draw(product: Product) -> PIL.Image.Image`: an illustration showing the product's visual attributes.
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
        derived_from: for a derived attribute, the testable attributes its rule reads; a persona never
            constrains an attribute together with one it derives from (or shares a source with), since
            "not multi-day" and "at least 14 days" would contradict each other.
        higher_is_better: for numbers, whether shoppers ask for a minimum (`gte`) or a maximum (`lte`).
        types: product types the attribute is meaningful for (None: all types of the category).
        visual: shown by the product image and never stated by the product text (name, description,
            features), so only a shopper who looks at the pictures can check it (e.g. a colour).
        allowed_in_text: for a visual attribute, phrases the text may hold although they contain a value's
            words, because they name something else ("yellow gold" is the metal, not the stone colour).
        mentions: for boolean attributes, words one of which a sentence stating the constraint contains
            (e.g. ("wick", "sweat")). Categorical/list values and numbers must appear themselves.
        unit: for numbers, how the value reads ("days", "mm"), for documentation only.
        thresholds: for numbers, the values a shopper states a limit with (round, in the unit people use:
            "at least 25 cubic feet", "no bigger than 42 mm"). A constraint uses one of them, exactly.
        description: one line for the category schema file.
    """

    name: str
    kind: AttributeKind
    ops: tuple[str, ...] = ()
    derived: bool = False
    derived_from: tuple[str, ...] = ()
    higher_is_better: bool | None = None
    types: tuple[str, ...] | None = None
    mentions: tuple[str, ...] = field(default_factory=tuple)
    visual: bool = False
    allowed_in_text: tuple[str, ...] = ()
    unit: str = ""
    thresholds: tuple[float, ...] = ()
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
