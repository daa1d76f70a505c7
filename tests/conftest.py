"""Test-wide setup: no downloads, a private embedding cache, and the fixture category."""

import os
from pathlib import Path

import pytest

# Nothing in the suite may reach the network: the default embedding model is packaged.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

FIXTURE_ROOT = Path(__file__).parent / "fixtures" / "data"
FIXTURE_CATEGORY = "fixture_bags"


def _estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4)


def _no_tiktoken() -> None:
    """mockllm counts tokens with tiktoken, whose encoding is a download; estimate instead."""
    import inspect_ai.model._model as model_module
    import inspect_ai.model._tokens as tokens_module

    model_module.count_text_tokens = _estimate_tokens  # type: ignore[assignment]
    tokens_module.count_text_tokens = _estimate_tokens  # type: ignore[assignment]


_no_tiktoken()


@pytest.fixture(scope="session", autouse=True)
def isolated_environment(tmp_path_factory: pytest.TempPathFactory):
    """Embedding caches and eval logs of this session only: no stale caches read, no logs left behind."""
    settings = {
        "SALESSIM_CACHE_DIR": str(tmp_path_factory.mktemp("salessim-cache")),
        "INSPECT_LOG_DIR": str(tmp_path_factory.mktemp("logs")),
    }
    previous = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    yield settings
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def fixture_data():
    """The tiny `fixture_bags` category (tests/fixtures/make_fixture_bags.py), registered as a catalog."""
    from salessim_inspect.catalog import register_catalog
    from salessim_inspect.data.loader import load_category_dir

    data = load_category_dir(FIXTURE_ROOT / FIXTURE_CATEGORY, FIXTURE_CATEGORY)
    register_catalog(data)
    return data


@pytest.fixture
def scripted_server(monkeypatch: pytest.MonkeyPatch):
    """The scripted OpenAI-compatible server (benchmarks/openai_server.py) on 127.0.0.1, no latency.

    `openai-api/scripted/<model>` reaches it through SCRIPTED_BASE_URL / SCRIPTED_API_KEY, set here for
    the test; `openai/<model>` through `server.model_args()` (base URL, key, `responses_api=False`).
    """
    from benchmarks.openai_server import ScriptedServer

    with ScriptedServer() as server:
        for name, value in server.env("scripted").items():
            monkeypatch.setenv(name, value)
        yield server
