"""Typed records of the data contract (docs/architecture.md §2)."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

AttributeValue = str | int | float | bool | list[str]

ConstraintOp = Literal["eq", "ne", "lt", "lte", "gt", "gte", "in", "not_in", "contains", "not_contains"]
ConstraintKind = Literal["dealbreaker", "preference"]


class Constraint(BaseModel):
    """One machine-checkable requirement of a persona."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    attribute: str
    op: ConstraintOp
    value: AttributeValue
    kind: ConstraintKind

    @model_validator(mode="after")
    def _value_fits_op(self) -> "Constraint":
        if self.op in ("in", "not_in") and not isinstance(self.value, list):
            raise ValueError(f"op {self.op!r} needs a list value, got {self.value!r}")
        if self.op in ("lt", "lte", "gt", "gte") and (
            isinstance(self.value, bool) or not isinstance(self.value, int | float)
        ):
            raise ValueError(f"op {self.op!r} needs a numeric value, got {self.value!r}")
        if self.op in ("contains", "not_contains") and isinstance(self.value, list):
            raise ValueError(f"op {self.op!r} needs a single value, got a list")
        return self


class Product(BaseModel):
    """One catalog item."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    product_type: str = Field(min_length=1)
    # Required, but may be null: a source that lists no price (shown as "price not listed"; a price
    # constraint on such a product is not satisfied, like any constraint on a missing attribute).
    price: float | None = Field(ge=0)
    description: str
    features: list[str]
    attributes: dict[str, AttributeValue]
    image: str | None = None

    def value_of(self, attribute: str) -> AttributeValue | None:
        """The value a constraint on `attribute` tests: top-level price/product_type, else an attribute."""
        if attribute == "price":
            return self.price
        if attribute == "product_type":
            return self.product_type
        return self.attributes.get(attribute)


class GuideEntry(BaseModel):
    """One passage of a category's buying guide."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)


class Persona(BaseModel):
    """A simulated shopper with machine-checkable constraints and computed ground truth."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    age: int = Field(ge=0, le=120)
    product_type: str = Field(min_length=1)
    budget: float = Field(ge=0)
    persona_background: str = Field(min_length=1)
    preferences: str
    dealbreakers: str
    constraints: list[Constraint] = Field(default_factory=list)
    acceptable_products: list[str]
    ideal_products: list[str] = Field(default_factory=list)
    # Attributes of this persona's dealbreakers that only the product images show (schema.json "visual"),
    # e.g. ["body_color"]: a shopper who ignores the pictures cannot check them. Empty when none, or when
    # the data has no visual attributes.
    visual_dealbreakers: list[str] = Field(default_factory=list)

    @field_validator("acceptable_products", "ideal_products")
    @classmethod
    def _no_duplicates(cls, names: list[str]) -> list[str]:
        seen = set()
        for name in names:
            if name in seen:
                raise ValueError(f"product {name!r} is listed twice")
            seen.add(name)
        return names

    @property
    def feasible(self) -> bool:
        return bool(self.acceptable_products)

    def constraints_of(self, kind: ConstraintKind) -> list[Constraint]:
        return [c for c in self.constraints if c.kind == kind]
