"""Retrieval off the event loop: lookups encode on the encoder thread, bit-identical to a direct encode;
and retrieval made ready when the task is built (`preload`)."""

import asyncio
import threading

import anyio
import numpy as np
import pytest

from salessim_inspect.retrieval import DEFAULT_RETRIEVAL_MODEL, category_indexes, embedder, preload
from salessim_inspect.retrieval import index as index_module


def _forget(*queries: str) -> None:
    """Drop remembered vectors, so the next lookup of these queries encodes them afresh."""
    with index_module._QUERY_CACHE_LOCK:
        for query in queries:
            index_module._QUERY_CACHE.pop((DEFAULT_RETRIEVAL_MODEL, (query,)), None)


QUERIES = [
    "I need a **waterproof** backpack for my daily bike commute, ideally under $80!",
    "Do you have anything in navy?",
    "what about a tote with a laptop sleeve that fits a 15-inch MacBook Pro",
]


def test_a_lookup_encodes_on_the_encoder_thread_bit_identical_to_a_direct_encode(fixture_data, monkeypatch):
    indexes = category_indexes(fixture_data)
    _forget(*QUERIES)
    threads: list[str] = []
    original = embedder.encode

    def spy(name, texts):
        threads.append(threading.current_thread().name)
        return original(name, texts)

    monkeypatch.setattr(embedder, "encode", spy)

    async def lookups():
        return [await indexes.products.search_async(query, 3) for query in QUERIES]

    found = anyio.run(lookups)
    assert len(threads) == len(QUERIES)
    assert all(name.startswith("salessim-encoder") for name in threads), threads

    for query, hits in zip(QUERIES, found):
        remembered = index_module._remembered_query_vectors(DEFAULT_RETRIEVAL_MODEL, (query,))
        direct = original(DEFAULT_RETRIEVAL_MODEL, [query])  # on this thread, one query, as before
        assert remembered.dtype == direct.dtype and remembered.shape == direct.shape
        assert np.array_equal(remembered, direct), query  # every bit, not approximately
        # ...so the hits are those of the synchronous search, scores included.
        assert hits == indexes.products.search(query, 3)


def test_concurrent_lookups_of_one_new_query_share_one_encode(fixture_data, monkeypatch):
    indexes = category_indexes(fixture_data)
    query = "a sturdy weekender bag for two nights away"
    _forget(query)
    encodes: list[list[str]] = []
    original = embedder.encode
    release = threading.Event()

    def slow(name, texts):
        encodes.append(texts)
        release.wait(10)  # hold the encode until every lookup is waiting for it
        return original(name, texts)

    monkeypatch.setattr(embedder, "encode", slow)

    async def lookups():
        tasks = [asyncio.create_task(indexes.products.search_async(query, 2)) for _ in range(8)]
        await asyncio.sleep(0.05)
        release.set()
        return await asyncio.gather(*tasks)

    results = asyncio.run(lookups())
    assert encodes == [[query]]
    assert all(hits == results[0] for hits in results)
    assert index_module._IN_FLIGHT == {}


def test_the_event_loop_runs_while_a_lookup_encodes(fixture_data, monkeypatch):
    indexes = category_indexes(fixture_data)
    query = "something small for evenings out"
    _forget(query)
    original = embedder.encode
    encoding, release = threading.Event(), threading.Event()

    def held(name, texts):
        encoding.set()
        release.wait(10)
        return original(name, texts)

    monkeypatch.setattr(embedder, "encode", held)

    async def main():
        lookup = asyncio.create_task(indexes.products.search_async(query, 2))
        # The encode is under way on the encoder thread, and this coroutine still gets the loop.
        await asyncio.to_thread(encoding.wait, 10)
        ticks = 0
        for _ in range(5):
            await asyncio.sleep(0)
            ticks += 1
        assert not lookup.done()
        release.set()
        return ticks, await lookup

    ticks, hits = asyncio.run(main())
    assert ticks == 5 and len(hits) == 2


def test_a_cancelled_lookup_leaves_the_shared_encode_to_the_others(fixture_data, monkeypatch):
    indexes = category_indexes(fixture_data)
    query = "a crossbody bag with an RFID pocket"
    _forget(query)
    original = embedder.encode
    release = threading.Event()
    monkeypatch.setattr(embedder, "encode", lambda name, texts: (release.wait(10), original(name, texts))[1])

    async def main():
        cancelled = asyncio.create_task(indexes.products.search_async(query, 2))
        kept = asyncio.create_task(indexes.products.search_async(query, 2))
        await asyncio.sleep(0.05)
        cancelled.cancel()
        release.set()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        return await kept

    assert asyncio.run(main()) == indexes.products.search(query, 2)


def test_an_encoder_error_reaches_the_lookup(fixture_data, monkeypatch):
    indexes = category_indexes(fixture_data)
    query = "this one fails"
    _forget(query)

    def broken(name, texts):
        raise RuntimeError("encoder exploded")

    monkeypatch.setattr(embedder, "encode", broken)
    with pytest.raises(RuntimeError, match="encoder exploded"):
        asyncio.run(indexes.products.search_async(query, 2))
    assert index_module._IN_FLIGHT == {}


def test_blank_queries_find_nothing_without_encoding(fixture_data):
    indexes = category_indexes(fixture_data)
    assert anyio.run(indexes.products.search_async, "   ", 3) == []
    assert anyio.run(indexes.products.search_async, "bag", 0) == []


def test_the_indexes_of_a_data_object_seen_before_are_found_without_fingerprinting(fixture_data, monkeypatch):
    first = category_indexes(fixture_data)
    monkeypatch.setattr(index_module, "_fingerprint", lambda *args: pytest.fail("fingerprinted again"))
    assert category_indexes(fixture_data) is first


def test_an_equal_copy_of_the_data_gets_the_same_indexes_and_changed_data_new_ones(fixture_data):
    first = category_indexes(fixture_data)
    assert category_indexes(fixture_data.model_copy()) is first
    renamed = [p.model_copy(update={"name": p.name + " II"}) for p in fixture_data.products]
    changed = fixture_data.model_copy(update={"products": renamed})
    assert category_indexes(changed) is not first
    assert category_indexes(changed).products.items[0].name.endswith(" II")


def test_preload_loads_the_model_and_every_index_in_the_background(fixture_data):
    loading = preload([fixture_data], background=True)
    assert loading.wait(120)
    assert loading.error is None and loading.seconds is not None
    assert embedder.is_loaded(DEFAULT_RETRIEVAL_MODEL)
    assert loading.categories == (fixture_data.category,)
    assert "retrieval ready in" in loading.describe() and "1 category" in loading.describe()
    # Built once per process: the solver's own call finds them.
    assert category_indexes(fixture_data) is category_indexes(fixture_data.model_copy())


def test_preload_in_the_foreground_is_done_on_return(fixture_data):
    loading = preload([fixture_data], background=False)
    assert loading.done and loading.error is None


def test_a_failed_preload_keeps_the_error_for_the_log(fixture_data, caplog):
    loading = preload([fixture_data], "no-such-org/no-such-embedding-model", background=True)
    assert loading.wait(120)
    assert loading.error is not None and loading.seconds is None
    assert "failed to load" in loading.describe()
    assert any("failed to load" in record.getMessage() for record in caplog.records)
