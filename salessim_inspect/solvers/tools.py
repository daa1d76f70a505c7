"""The four tools: the salesbot's catalog and buying-guide lookups, and the shopper's two decisions."""

from dataclasses import dataclass, field
from typing import Literal

from inspect_ai.model import ContentImage, ContentText
from inspect_ai.tool import Tool, ToolCall, ToolResult, tool

from salessim_inspect.catalog import Catalog
from salessim_inspect.data.models import GuideEntry, Product
from salessim_inspect.retrieval import CategoryIndexes
from salessim_inspect.retrieval.index import Hit, SearchIndex
from salessim_inspect.solvers.system_prompts import money

LOOKUP_PRODUCT_ITEMS = "lookup_product_items"
LOOKUP_BUYING_GUIDE = "lookup_buying_guide"
ADD_TO_CART = "add_to_cart"
END_CONVERSATION = "end_conversation"
SALESBOT_TOOLS = (LOOKUP_PRODUCT_ITEMS, LOOKUP_BUYING_GUIDE)
SHOPPER_TOOLS = (ADD_TO_CART, END_CONVERSATION)


def product_record(rank: int, product: Product) -> str:
    """A product as the salesbot reads it: name first, then price, type, description and features."""
    lines = [
        f"{rank}. {product.name}",
        f"   Price: {money(product.price)}",
        f"   Type: {product.product_type}",
        f"   Description: {product.description}",
    ]
    if product.features:
        lines.append(f"   Features: {'; '.join(product.features)}")
    return "\n".join(lines)


def guide_record(rank: int, entry: GuideEntry) -> str:
    return f"{rank}. {entry.title}\n   {entry.text}"


async def _search(index: SearchIndex, query: str, k: int) -> list[Hit]:
    """A lookup: the query is encoded off the event loop (see `SearchIndex.search_async`)."""
    return await index.search_async(query, k)


@dataclass
class ToolOutcome:
    """What a salesbot tool call returned: content for the model, text for the transcript."""

    content: ToolResult
    text: str
    error: str | None = None
    error_type: Literal["parsing", "unknown"] = "unknown"
    retrieved: list[str] = field(default_factory=list)


class SalesbotToolbox:
    """The salesbot's lookups for one category, with the options of the run."""

    def __init__(self, catalog: Catalog, indexes: CategoryIndexes, k: int, images: bool):
        self.catalog = catalog
        self.indexes = indexes
        self.k = k
        self.images = images

    async def lookup_products(self, query: str) -> ToolOutcome:
        hits = await _search(self.indexes.products, query, self.k)
        if not hits:
            text = f'No products found for "{query}".'
            return ToolOutcome(text, text)
        header = f'Top {len(hits)} products for "{query}":'
        records = [product_record(rank, hit.item) for rank, hit in enumerate(hits, start=1)]
        text = "\n\n".join([header, *records])
        if not self.images:
            return ToolOutcome(text, text, retrieved=[hit.item.name for hit in hits])
        content: list[ContentText | ContentImage] = [ContentText(text=header)]
        for record, hit in zip(records, hits):
            content.append(ContentText(text=record))
            image = self.catalog.image_data_uri(hit.item)
            if image is not None:
                content.append(ContentImage(image=image))
        return ToolOutcome(content, text, retrieved=[hit.item.name for hit in hits])

    async def lookup_guide(self, query: str) -> ToolOutcome:
        hits = await _search(self.indexes.guide, query, self.k)
        if not hits:
            text = f'No buying-guide entries found for "{query}".'
            return ToolOutcome(text, text)
        records = [guide_record(rank, hit.item) for rank, hit in enumerate(hits, start=1)]
        text = "\n\n".join([f'Buying guide entries for "{query}":', *records])
        return ToolOutcome(text, text)

    def tools(self) -> list[Tool]:
        """The lookups as Inspect tools (what the salesbot model is offered)."""
        return [lookup_product_items(self), lookup_buying_guide(self)]

    async def call(self, call: ToolCall) -> ToolOutcome:
        """Run one tool call of the salesbot; mistakes become error results the salesbot can read."""
        if call.function not in SALESBOT_TOOLS:
            message = f"Unknown tool {call.function!r}; the available tools are: {', '.join(SALESBOT_TOOLS)}."
            return ToolOutcome(message, message, error=message)
        if call.parse_error:
            message = f"Could not read the arguments of {call.function}: {call.parse_error}"
            return ToolOutcome(message, message, error=message, error_type="parsing")
        query = call.arguments.get("query") if isinstance(call.arguments, dict) else None
        if not isinstance(query, str) or not query.strip():
            message = f"{call.function} needs a 'query' argument: a search text."
            return ToolOutcome(message, message, error=message, error_type="parsing")
        if call.function == LOOKUP_PRODUCT_ITEMS:
            return await self.lookup_products(query)
        return await self.lookup_guide(query)


@tool
def lookup_product_items(toolbox: SalesbotToolbox) -> Tool:
    async def execute(query: str) -> ToolResult:
        """Search the store's catalog for products matching a description.

        Returns the best-matching products with their name, price, type, description and features.

        Args:
            query: What the customer is looking for, in words (product type, features, use, budget).
        """
        return (await toolbox.lookup_products(query)).content

    return execute


@tool
def lookup_buying_guide(toolbox: SalesbotToolbox) -> Tool:
    async def execute(query: str) -> ToolResult:
        """Search the store's buying guide for expert advice on features and buying criteria.

        Args:
            query: The topic or question to look up.
        """
        return (await toolbox.lookup_guide(query)).content

    return execute


@tool
def add_to_cart() -> Tool:
    async def execute(product: str) -> ToolResult:
        """Buy a product: put it in your cart. This ends the conversation.

        Args:
            product: The exact name of the product to buy.
        """
        return f"{product} was added to your cart."

    return execute


@tool
def end_conversation() -> Tool:
    async def execute() -> ToolResult:
        """Leave the store without buying anything. This ends the conversation."""
        return "You left the conversation."

    return execute


def shopper_tools() -> list[Tool]:
    return [add_to_cart(), end_conversation()]
