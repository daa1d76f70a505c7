"""The four tools: the salesbot's catalog and buying-guide lookups, and the shopper's two decisions."""

from dataclasses import dataclass, field

from inspect_ai.model import ContentImage, ContentText
from inspect_ai.tool import Tool, ToolResult, tool

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
class Lookup:
    """One lookup the salesbot made: what it asked, what it read, and which products came back."""

    function: str
    query: str
    text: str
    retrieved: list[str] = field(default_factory=list)


class SalesbotToolbox:
    """The salesbot's lookups for one dialogue, with the options of the run.

    It remembers which product pictures the salesbot has already been sent, so each is attached once (a
    model keeps every earlier message, so a repeated picture only makes each request bigger). Where the
    provider cannot carry pictures inside a tool result, they wait in `pending_pictures` for the agent
    to send them in a message labelled as coming from the store, not from the customer.
    """

    def __init__(
        self, catalog: Catalog, indexes: CategoryIndexes, k: int, images: bool, images_in_results: bool = True
    ):
        self.catalog = catalog
        self.indexes = indexes
        self.k = k
        self.images = images
        self.images_in_results = images_in_results
        self.pictures_sent: set[str] = set()
        self.pending_pictures: list[tuple[str, str]] = []  # (product name, data URI)
        self.lookups: dict[tuple[str, str], Lookup] = {}  # (function, query) -> the latest such lookup

    def _picture(self, product: Product) -> str | None:
        """The product's picture if the salesbot has not been sent it yet."""
        if not self.images or product.name in self.pictures_sent:
            return None
        image = self.catalog.image_data_uri(product)
        if image is not None:
            self.pictures_sent.add(product.name)
        return image

    async def lookup_products(self, query: str) -> ToolResult:
        hits = await _search(self.indexes.products, query, self.k)
        if not hits:
            text = f'No products found for "{query}".'
            self.lookups[(LOOKUP_PRODUCT_ITEMS, query)] = Lookup(LOOKUP_PRODUCT_ITEMS, query, text)
            return text
        header = f'Top {len(hits)} products for "{query}":'
        records = [product_record(rank, hit.item) for rank, hit in enumerate(hits, start=1)]
        text = "\n\n".join([header, *records])
        retrieved = [hit.item.name for hit in hits]
        self.lookups[(LOOKUP_PRODUCT_ITEMS, query)] = Lookup(LOOKUP_PRODUCT_ITEMS, query, text, retrieved)
        content: list[ContentText | ContentImage] = [ContentText(text=header)]
        for record, hit in zip(records, hits):
            content.append(ContentText(text=record))
            image = self._picture(hit.item)
            if image is None:
                continue
            if self.images_in_results:
                content.append(ContentImage(image=image))
            else:
                self.pending_pictures.append((hit.item.name, image))
        return content if len(content) > len(records) + 1 else text

    async def lookup_guide(self, query: str) -> ToolResult:
        hits = await _search(self.indexes.guide, query, self.k)
        if not hits:
            text = f'No buying-guide entries found for "{query}".'
        else:
            records = [guide_record(rank, hit.item) for rank, hit in enumerate(hits, start=1)]
            text = "\n\n".join([f'Buying guide entries for "{query}":', *records])
        self.lookups[(LOOKUP_BUYING_GUIDE, query)] = Lookup(LOOKUP_BUYING_GUIDE, query, text)
        return text

    def tools(self) -> list[Tool]:
        """The lookups as Inspect tools (what the salesbot model is offered, run by Inspect)."""
        return [lookup_product_items(self), lookup_buying_guide(self)]

    def take_pending_pictures(self) -> list[tuple[str, str]]:
        pictures, self.pending_pictures = self.pending_pictures, []
        return pictures


@tool
def lookup_product_items(toolbox: SalesbotToolbox) -> Tool:
    async def execute(query: str) -> ToolResult:
        """Search the store's catalog for products matching a description.

        Returns the best-matching products with their name, price, type, description and features.

        Args:
            query: What the customer is looking for, in words (product type, features, use, budget).
        """
        return await toolbox.lookup_products(query)

    return execute


@tool
def lookup_buying_guide(toolbox: SalesbotToolbox) -> Tool:
    async def execute(query: str) -> ToolResult:
        """Search the store's buying guide for expert advice on features and buying criteria.

        Args:
            query: The topic or question to look up.
        """
        return await toolbox.lookup_guide(query)

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
