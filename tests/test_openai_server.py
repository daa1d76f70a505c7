"""The scripted OpenAI-compatible server: its scripts, its HTTP API, and Inspect's providers against it."""

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from inspect_ai import eval
from inspect_ai.log import read_eval_log
from inspect_ai.model import get_model

from benchmarks.openai_server import (
    ChatRequest,
    SalesbotScript,
    ScriptedServer,
    ShopperScript,
    request_role,
)
from salessim_inspect.catalog import catalog_for
from salessim_inspect.data.loader import PACKAGE_DATA
from salessim_inspect.tasks import salessim
from salessim_inspect.transcript import Transcript

SHOPPER_SYSTEM = (
    "You are a customer in an online store, chatting with the store's digital sales assistant.\n\n"
    "## Who you are\nName: Dana\nAge: 41\nStore section: rings\nShopping for: engagement ring\n"
    "Budget: $1,800\n"
)
SALESBOT_SYSTEM = "You are the sales assistant of an online store, chatting with a customer."
LOOKUP_RESULT = (
    'Top 2 products for "engagement ring":\n\n'
    "1. Aurelle Round Diamond Solitaire in 14K Yellow Gold\n   Price: $1,650\n   Type: solitaire\n\n"
    "2. Marlow Emerald-Cut Diamond Solitaire in Platinum\n   Price: $2,400\n   Type: solitaire"
)
SHOPPER_TOOLS = [{"type": "function", "function": {"name": n}} for n in ("add_to_cart", "end_conversation")]
SALESBOT_TOOLS = [
    {"type": "function", "function": {"name": n}} for n in ("lookup_product_items", "lookup_buying_guide")
]


def _request(body: dict) -> ChatRequest:
    return ChatRequest(body=body, size=len(json.dumps(body)), role=request_role(body))


def test_a_request_is_dispatched_by_model_name_then_tools_then_system_prompt():
    system = [{"role": "system", "content": SALESBOT_SYSTEM}]
    assert request_role({"model": "my-shopper-7b", "messages": system, "tools": SALESBOT_TOOLS}) == "shopper"
    assert request_role({"model": "qwen", "messages": [], "tools": SALESBOT_TOOLS}) == "salesbot"
    assert request_role({"model": "qwen", "messages": [], "tools": SHOPPER_TOOLS}) == "shopper"
    assert request_role({"model": "qwen", "messages": system}) == "salesbot"
    assert request_role({"model": "qwen", "messages": [{"role": "system", "content": SHOPPER_SYSTEM}]}) == (
        "shopper"
    )
    assert request_role({"model": "qwen", "messages": []}) == "other"


def test_the_shopper_states_its_needs_then_buys_the_first_product_the_salesbot_names():
    opening = [
        {"role": "system", "content": SHOPPER_SYSTEM},
        {"role": "user", "content": "Hello! What are you looking for today?"},
    ]
    first = ShopperScript()(_request({"model": "shopper", "messages": opening, "tools": SHOPPER_TOOLS}))
    assert not first.tool_calls
    assert "engagement ring" in first.content and "$1,800" in first.content

    pitch = "Here are two:\n\n### 1. **Aurelle Round Diamond Solitaire** ($1,650)\n### 2. **Marlow** ($2,400)"
    history = [*opening, {"role": "assistant", "content": first.content}, {"role": "user", "content": pitch}]
    decided = ShopperScript()(_request({"model": "shopper", "messages": history, "tools": SHOPPER_TOOLS}))
    assert decided.tool_calls == [("add_to_cart", {"product": "Aurelle Round Diamond Solitaire"})]

    typed = ShopperScript(text_tool_calls=True)(_request({"model": "shopper", "messages": history}))
    assert not typed.tool_calls and '"name": "add_to_cart"' in typed.content

    nothing = [*history[:-1], {"role": "user", "content": "Sorry, nothing in stock fits."}]
    left = ShopperScript()(_request({"model": "shopper", "messages": nothing, "tools": SHOPPER_TOOLS}))
    assert left.tool_calls == [("end_conversation", {})]


def test_the_salesbot_looks_up_then_recommends_from_the_results():
    customer = [
        {"role": "system", "content": SALESBOT_SYSTEM},
        {"role": "user", "content": "Hi! I'm looking for an **engagement ring** under $1,800."},
    ]
    body = {"model": "salesbot", "messages": customer, "tools": SALESBOT_TOOLS, "tool_choice": "auto"}
    lookup = SalesbotScript()(_request(body))
    assert lookup.tool_calls == [
        ("lookup_product_items", {"query": "Hi! I'm looking for an engagement ring under $1,800."})
    ]
    # On the last lookup round the solver forbids tools: the salesbot must answer in words.
    assert not SalesbotScript()(_request({**body, "tool_choice": "none"})).tool_calls

    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "lookup_product_items", "arguments": "{}"},
    }
    after = [
        *customer,
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "call_1", "content": LOOKUP_RESULT},
        {
            "role": "user",
            "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AA"}}],
        },
    ]
    reply = SalesbotScript()(_request({**body, "messages": after}))
    assert not reply.tool_calls
    assert "**Aurelle Round Diamond Solitaire in 14K Yellow Gold** ($1,650)" in reply.content
    assert "**Marlow Emerald-Cut Diamond Solitaire in Platinum** ($2,400)" in reply.content
    short = SalesbotScript(products_per_reply=1, short_names=True)(_request({**body, "messages": after}))
    assert "**Round Diamond Solitaire in 14K Yellow Gold**" in short.content and "Marlow" not in short.content


def test_the_openai_client_gets_tool_calls_streamed_or_not_and_the_server_counts_them(scripted_server):
    from openai import NotFoundError, OpenAI

    client = OpenAI(base_url=scripted_server.base_url, api_key="anything")
    messages = [
        {"role": "system", "content": SALESBOT_SYSTEM},
        {"role": "user", "content": "Something for a hike in the rain?"},
    ]
    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup_product_items",
                "parameters": {"type": "object", "properties": {"query": {"type": "string"}}},
            },
        }
    ]
    completion = client.chat.completions.create(model="salesbot", messages=messages, tools=tools)
    [call] = completion.choices[0].message.tool_calls
    assert completion.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "lookup_product_items"
    assert json.loads(call.function.arguments) == {"query": "Something for a hike in the rain?"}

    chunks = list(
        client.chat.completions.create(
            model="salesbot",
            messages=messages,
            tools=tools,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    assert deltas[0].tool_calls[0].function.name == "lookup_product_items"
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens > 0

    with pytest.raises(NotFoundError, match="responses_api=false"):
        client.responses.create(model="salesbot", input="hello")

    stats = scripted_server.stats()
    assert stats["calls_by_role"] == {"salesbot": 2}
    assert stats["request_bytes"] == sum(r.bytes for r in scripted_server.requests) > 0
    assert [r.stream for r in scripted_server.requests] == [False, True]


def test_the_server_counts_the_requests_it_answers_at_once():
    from openai import AsyncOpenAI

    async def five_at_once(url: str) -> None:
        client = AsyncOpenAI(base_url=url, api_key="anything")
        messages = [{"role": "system", "content": SALESBOT_SYSTEM}, {"role": "user", "content": "Hi"}]
        await asyncio.gather(
            *(client.chat.completions.create(model="salesbot", messages=messages) for _ in range(5))
        )
        await client.close()

    # The latency keeps each request open long enough for all five to overlap.
    with ScriptedServer(latency=1.0) as server:
        asyncio.run(five_at_once(server.base_url))
        stats = server.stats()
    assert stats["calls"] == 5
    assert stats["most_in_flight"] == 5 and stats["most_in_flight_by_role"] == {"salesbot": 5}


def test_a_bad_request_gets_a_clear_400(scripted_server):
    import httpx

    response = httpx.post(f"{scripted_server.base_url}/chat/completions", content=b"{not json")
    assert response.status_code == 400
    assert "bad chat-completions request" in response.json()["error"]["message"]
    assert scripted_server.stats()["calls"] == 0


def test_latency_must_not_be_negative():
    with pytest.raises(ValueError, match="latency"):
        ScriptedServer(latency=-1)


def _check_dialogues(log, shopper: str, salesbot: str) -> None:
    assert log.status == "success", log.error
    assert len(log.samples) == 2
    for sample in log.samples:
        assert sample.error is None
        transcript = Transcript.from_store(sample.store)
        assert (transcript.shopper_model, transcript.salesbot_model) == (shopper, salesbot)
        salesbot_turns = [t for t in transcript.turns if t.speaker == "salesbot" and t.tool_calls]
        assert [c.function for c in salesbot_turns[0].tool_calls] == ["lookup_product_items"]
        assert salesbot_turns[0].products_retrieved and salesbot_turns[0].products_named
        decision = transcript.decision
        assert decision is not None and decision.action == "add_to_cart" and decision.source == "native"
        assert catalog_for(sample.metadata["category"]).product(decision.product) is not None
        assert sample.scores["decision_alignment"].value in (0, 1)


needs_packaged_data = pytest.mark.skipif(
    not all((PACKAGE_DATA / c / "personas.jsonl").is_file() for c in ("rings", "cars")),
    reason="packaged data missing",
)


@pytest.mark.slow
@needs_packaged_data
@pytest.mark.parametrize("provider", ["openai-api", "openai"])
def test_both_roles_run_end_to_end_through_inspects_openai_providers(scripted_server, provider, tmp_path):
    task = salessim(categories="rings,cars", per_category=1)
    if provider == "openai-api":
        # Base URL and key from SCRIPTED_BASE_URL / SCRIPTED_API_KEY (set by the fixture).
        shopper, salesbot = "openai-api/scripted/shopper", "openai-api/scripted/salesbot"
        (log,) = eval(
            task, model=shopper, model_roles={"salesbot": salesbot}, display="none", log_dir=str(tmp_path)
        )
    else:
        shopper, salesbot = "openai/shopper", "openai/salesbot"
        (log,) = eval(
            task,
            model=shopper,
            model_base_url=scripted_server.base_url,
            model_args=scripted_server.model_args(base_url=False),
            model_roles={"salesbot": get_model(salesbot, **scripted_server.model_args())},
            display="none",
            log_dir=str(tmp_path),
        )
    _check_dialogues(log, shopper, salesbot)
    # Two dialogues of two shopper turns; the salesbot looks up once, then replies.
    assert scripted_server.stats()["calls_by_role"] == {"shopper": 4, "salesbot": 4}
    assert {r.model for r in scripted_server.requests} == {"shopper", "salesbot"}


@pytest.mark.slow
@needs_packaged_data
def test_the_inspect_command_line_reaches_the_server_for_both_roles(scripted_server, tmp_path):
    inspect_cli = Path(sys.executable).with_name("inspect")
    role = json.dumps({"model": "openai/salesbot", "model_args": scripted_server.model_args()})
    result = subprocess.run(
        [
            str(inspect_cli),
            "eval",
            "salessim_inspect/salessim",
            "-T",
            "categories=rings,cars",
            "-T",
            "per_category=1",
            "--model",
            "openai-api/scripted/shopper",
            "--model-role",
            f"salesbot={role}",
            "--log-dir",
            str(tmp_path),
            "--display",
            "none",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    [log_file] = list(tmp_path.glob("*.eval"))
    _check_dialogues(read_eval_log(str(log_file)), "openai-api/scripted/shopper", "openai/salesbot")
    assert scripted_server.stats()["calls_by_role"] == {"shopper": 4, "salesbot": 4}
