"""The salesbot's lookups and the shopper's decision tools."""

import pytest
from inspect_ai.model import ChatMessageAssistant, ContentImage, execute_tools
from inspect_ai.tool import ToolCall, ToolDef

from salessim_inspect.catalog import register_catalog
from salessim_inspect.retrieval import category_indexes
from salessim_inspect.solvers.tools import SalesbotToolbox, product_record, shopper_tools


@pytest.fixture
def toolbox(fixture_data):
    def make(images: bool = True, k: int = 4) -> SalesbotToolbox:
        return SalesbotToolbox(register_catalog(fixture_data), category_indexes(fixture_data), k, images)

    return make


def test_tool_names_and_parameters(toolbox):
    defs = [ToolDef(t) for t in toolbox().tools()]
    assert [(d.name, list(d.parameters.properties)) for d in defs] == [
        ("lookup_product_items", ["query"]),
        ("lookup_buying_guide", ["query"]),
    ]
    assert [(ToolDef(t).name, list(ToolDef(t).parameters.properties)) for t in shopper_tools()] == [
        ("add_to_cart", ["product"]),
        ("end_conversation", []),
    ]


def test_product_record_reads_name_price_and_features(fixture_data):
    product = fixture_data.product("Metro Commuter Laptop Backpack")
    record = product_record(1, product)
    assert record.splitlines()[0] == "1. Metro Commuter Laptop Backpack"
    assert "Price: $64.50" in record and "Laptop sleeve: Yes" in record


async def test_product_lookup_returns_top_k_with_images(toolbox):
    box = toolbox(images=True, k=3)
    query = "laptop backpack for commuting"
    content = await box.lookup_products(query)
    lookup = box.lookups[("lookup_product_items", query)]
    assert len(lookup.retrieved) == 3 and lookup.retrieved[0] == "Metro Commuter Laptop Backpack"
    assert any(isinstance(c, ContentImage) and c.image.startswith("data:image/png;base64,") for c in content)
    assert all(name in lookup.text for name in lookup.retrieved)
    # The same products again: their pictures were sent already, so the result is text alone.
    assert isinstance(await box.lookup_products(query), str)


async def test_pictures_wait_for_the_agent_where_tool_results_cannot_carry_them(fixture_data):
    box = SalesbotToolbox(
        register_catalog(fixture_data), category_indexes(fixture_data), 2, True, images_in_results=False
    )
    content = await box.lookup_products("laptop backpack")
    assert isinstance(content, str)
    pictures = box.take_pending_pictures()
    retrieved = box.lookups[("lookup_product_items", "laptop backpack")].retrieved
    named = [name for name, _ in pictures]
    assert named and set(named) <= set(retrieved)  # each retrieved product that has a picture
    assert box.take_pending_pictures() == []


async def test_product_lookup_without_images_is_plain_text(toolbox):
    box = toolbox(images=False)
    content = await box.lookup_products("tote")
    assert isinstance(content, str) and content == box.lookups[("lookup_product_items", "tote")].text


async def test_guide_lookup(toolbox):
    box = toolbox()
    text = await box.lookup_guide("does canvas keep rain out")
    assert "Fabrics and weather" in text
    assert box.lookups[("lookup_buying_guide", "does canvas keep rain out")].retrieved == []


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (ToolCall(id="1", function="search_web", arguments={"query": "x"}), "search_web not found"),
        (ToolCall(id="1", function="lookup_product_items", arguments={}), "query"),
    ],
)
async def test_mistaken_calls_become_error_results(toolbox, call, fragment):
    """Inspect runs the lookups: a mistaken call is answered with an error the salesbot can read."""
    messages = [ChatMessageAssistant(content="", tool_calls=[call])]
    result = await execute_tools(messages, toolbox().tools())
    (answer,) = result.messages
    assert answer.error is not None and fragment in answer.error.message


async def test_tools_run_as_inspect_tools(toolbox):
    lookup = toolbox(images=False).tools()[0]
    assert "Metro Commuter Laptop Backpack" in await lookup(query="laptop backpack")
