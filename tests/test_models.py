"""The README's "Models" paths against a local OpenAI-compatible server: both roles, and request sizes.

A self-hosted model (vLLM, llama.cpp) reaches Inspect through its OpenAI-compatible chat-completions API.
The scripted server in benchmarks/openai_server.py stands in for it on 127.0.0.1.
"""

import pytest
from inspect_ai import eval

from benchmarks.openai_server import ScriptedServer, ShopperScript
from salessim_inspect.tasks import rings
from salessim_inspect.transcript import Transcript


@pytest.fixture
def patient_server(monkeypatch):
    """A server whose shopper decides only on its fourth turn: three salesbot turns in between."""
    with ScriptedServer(scripts={"shopper": ShopperScript(decide_after=4)}) as server:
        # A service name of its own: Inspect caches a model by name and args, and the base URL of
        # `openai-api/<service>/...` comes from the environment, so a shared name would reach an older server.
        for name, value in server.env("patient").items():
            monkeypatch.setenv(name, value)
        yield server


@pytest.mark.slow
def test_requests_stop_growing_with_pictures_already_sent(patient_server, tmp_path):
    """Each product picture reaches each side once: later requests carry no second copy of it."""
    (log,) = eval(
        rings(feasible="feasible"),
        model="openai-api/patient/shopper",
        model_roles={"salesbot": "openai-api/patient/salesbot"},
        limit=1,
        display="none",
        log_dir=str(tmp_path),
    )
    assert log.status == "success", log.error
    transcript = Transcript.from_store(log.samples[0].store)
    salesbot_turns = [t for t in transcript.salesbot_turns() if t.tool_calls]
    assert len(salesbot_turns) >= 3
    retrieved = [name for turn in salesbot_turns for name in turn.products_retrieved]
    named = [name for turn in salesbot_turns for name in turn.products_named]
    assert len(retrieved) > len(set(retrieved)) and len(named) > len(set(named))  # products come back

    requests = {
        role: [r for r in patient_server.requests if r.role == role] for role in ("shopper", "salesbot")
    }
    # The shopper's last request holds one picture per product the salesbot named, however often it was named.
    assert requests["shopper"][-1].images == len(set(named))
    # The salesbot's last request holds one picture per product its lookups returned.
    assert requests["salesbot"][-1].images == len(set(retrieved))
    # Growth per turn: never more pictures than there are new products.
    shopper_images = [r.images for r in requests["shopper"]]
    assert shopper_images == sorted(shopper_images) and shopper_images[-1] - shopper_images[1] <= len(
        set(named)
    )
