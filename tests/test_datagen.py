"""The data generator's sources (`datagen/<category>/`): read as authored, with errors that say where."""

import shutil

import pytest

from datagen import source
from datagen.source import SourceError, load_source, read_guide
from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.data.loader import load_category


@pytest.mark.parametrize("category", CATEGORIES)
def test_sources_hold_the_packaged_catalog_and_guide(category):
    packaged = load_category(category)
    authored = load_source(category)
    assert [p["id"] for p in authored.products] == [p.id for p in packaged.products]
    assert [p["name"] for p in authored.products] == [p.name for p in packaged.products]
    # Derived attributes are not authored: the rules compute them.
    derived = {a.name for a in authored.attributes if a.derived}
    assert all(not derived & set(p["attributes"]) for p in authored.products)
    assert authored.buying_guide == [e.model_dump() for e in packaged.buying_guide]


def _copy(tmp_path, monkeypatch, category="games"):
    shutil.copytree(source.DATAGEN / category, tmp_path / category)
    monkeypatch.setattr(source, "DATAGEN", tmp_path)
    load_source.cache_clear()
    return tmp_path / category


@pytest.fixture(autouse=True)
def _fresh_cache():
    yield
    load_source.cache_clear()


def test_invalid_yaml_is_reported_with_file_and_line(tmp_path, monkeypatch):
    folder = _copy(tmp_path, monkeypatch)
    lines = (folder / "products.yaml").read_text().splitlines()
    lines[12] = "  price: [unclosed"
    (folder / "products.yaml").write_text("\n".join(lines))
    with pytest.raises(SourceError, match=r"products\.yaml:1[34]: invalid YAML"):
        load_source("games")


def test_a_malformed_product_names_the_product_and_field(tmp_path, monkeypatch):
    folder = _copy(tmp_path, monkeypatch)
    text = (folder / "products.yaml").read_text()
    (folder / "products.yaml").write_text(text.replace("price: 54.99", "price: fifty", 1))
    with pytest.raises(SourceError, match=r"products\.yaml: product gm-001: price: "):
        load_source("games")


def test_category_file_must_name_its_own_category(tmp_path, monkeypatch):
    folder = _copy(tmp_path, monkeypatch)
    text = (folder / "category.yaml").read_text()
    (folder / "category.yaml").write_text(text.replace("category: games", "category: cars", 1))
    with pytest.raises(SourceError, match=r"category\.yaml: declares category 'cars', expected 'games'"):
        load_source("games")


def test_guide_sections_need_an_id_heading(tmp_path):
    path = tmp_path / "buying_guide.md"
    path.write_text(
        "# Guide\n\n## Choosing a box {#boxes}\n\nFirst line\nsecond line.\n\n## No id here\n\nText.\n"
    )
    with pytest.raises(SourceError, match=r"buying_guide\.md:8: a section heading must read"):
        read_guide(path)
    path.write_text("# Guide\n\n## Choosing a box {#boxes}\n\nFirst line\nsecond line.\n")
    assert read_guide(path) == [{"id": "boxes", "title": "Choosing a box", "text": "First line second line."}]


def _example_values(spec, products):
    """Values a constraint on `spec` may take, drawn from the catalog as the sampler draws them."""
    values = [p["attributes"][spec.name] for p in products if spec.name in p["attributes"]]
    if spec.kind == "list":
        return sorted({item for v in values for item in v})
    if spec.kind == "number":
        return list(spec.thresholds)
    if spec.kind == "boolean":
        return [True, False]
    return sorted(set(values))


@pytest.mark.parametrize("category", CATEGORIES)
def test_wording_states_every_constraint_the_sampler_can_draw(category):
    """Every attribute, operator, kind and catalog value has sentences, and each sentence states the value."""
    import random

    from datagen.wording import phrase
    from salessim_inspect.data.mentions import states_value
    from salessim_inspect.data.models import Constraint

    authored = load_source(category)
    rng = random.Random(0)
    product_type = next(iter(authored.type_nouns))
    checked = 0
    for spec in authored.attributes:
        for op in spec.default_ops():
            for value in _example_values(spec, authored.products):
                if op in ("in", "not_in"):
                    value = [value]
                for kind in ("dealbreaker", "preference"):
                    constraint = Constraint(attribute=spec.name, op=op, value=value, kind=kind)
                    for _ in range(4):
                        sentence = phrase(
                            authored.wording, authored.type_nouns, product_type, constraint, rng
                        )
                        assert "{" not in sentence, sentence
                        assert states_value(sentence, constraint, spec.mentions), (constraint, sentence)
                        checked += 1
    assert checked > 200


@pytest.mark.parametrize("category", CATEGORIES)
def test_domain_knowledge_defines_every_derived_label_as_the_stores_own(category):
    """A well-informed model is never wrong by knowing more: each derived attribute is stated as the store's
    own label (its definition is what counts), under the word shoppers ask for it by."""
    from salessim_inspect.data.mentions import norm

    authored = load_source(category)
    knowledge = norm(authored.domain_knowledge)
    assert "definition is what counts" in knowledge or "rule is what counts" in knowledge
    for spec in (a for a in authored.attributes if a.derived):
        assert any(norm(word) in knowledge for word in spec.mentions), spec.name
