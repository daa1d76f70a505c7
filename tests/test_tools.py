"""The salesbot's lookups and the shopper's decision tools."""

import pytest
from inspect_ai.model import ContentImage
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
    outcome = await toolbox(images=True, k=3).call(
        ToolCall(
            id="1", function="lookup_product_items", arguments={"query": "laptop backpack for commuting"}
        )
    )
    assert outcome.error is None and len(outcome.retrieved) == 3
    assert outcome.retrieved[0] == "Metro Commuter Laptop Backpack"
    assert any(
        isinstance(c, ContentImage) and c.image.startswith("data:image/png;base64,") for c in outcome.content
    )
    assert all(name in outcome.text for name in outcome.retrieved)


async def test_product_lookup_without_images_is_plain_text(toolbox):
    outcome = await toolbox(images=False).call(
        ToolCall(id="1", function="lookup_product_items", arguments={"query": "tote"})
    )
    assert isinstance(outcome.content, str) and outcome.content == outcome.text


async def test_guide_lookup(toolbox):
    outcome = await toolbox().call(
        ToolCall(id="1", function="lookup_buying_guide", arguments={"query": "does canvas keep rain out"})
    )
    assert "Fabrics and weather" in outcome.text and outcome.retrieved == []


@pytest.mark.parametrize(
    ("call", "fragment"),
    [
        (ToolCall(id="1", function="search_web", arguments={"query": "x"}), "Unknown tool 'search_web'"),
        (ToolCall(id="1", function="lookup_product_items", arguments={}), "needs a 'query'"),
        (
            ToolCall(id="1", function="lookup_product_items", arguments={}, parse_error="bad"),
            "Could not read",
        ),
    ],
)
async def test_mistaken_calls_become_error_results(toolbox, call, fragment):
    outcome = await toolbox().call(call)
    assert outcome.error is not None and fragment in outcome.error and outcome.retrieved == []


async def test_tools_run_as_inspect_tools(toolbox):
    lookup = toolbox(images=False).tools()[0]
    assert "Metro Commuter Laptop Backpack" in await lookup(query="laptop backpack")
