"""Catalog name matching: robust to how people write names, never matching by accident."""

import time

import pytest

from salessim_inspect.data.names import CatalogNames, normalize_name

SWEATPANTS = [
    "Standard Cloth Pintuck Sweatpant",
    "Standard Cloth Pregame Baggy Sweatpant",
    "Nike Club Bungee Sweatpant",
    "Nike Club Fleece Jogger Sweatpant",
]
WATCHES = [
    "Apple Watch Series 9 45mm",
    "Apple Watch Series 9 41mm",
    "Apple Watch Series 9 GPS + Cellular",
    "Garmin Forerunner 265",
    "Garmin Forerunner 265S",
    "Garmin Venu 3 (45mm)",
    "Casio G-Shock GBD-200",
]
RINGS = [
    "Tiffany Gold Ring",
    "The Classic Solitaire",
    "Aurora Rose Gold Halo Ring",
    "Levi’s 501 Original Jeans",
]


@pytest.fixture(scope="module")
def pants() -> CatalogNames:
    return CatalogNames(SWEATPANTS)


@pytest.fixture(scope="module")
def watches() -> CatalogNames:
    return CatalogNames(WATCHES)


@pytest.fixture(scope="module")
def rings() -> CatalogNames:
    return CatalogNames(RINGS)


def test_normalize_name():
    assert normalize_name("**The Levi’s 501 Jeans**") == "the levi 501 jean"
    assert normalize_name("Casio G-Shock") == normalize_name("casio g shock") == "casio g shock"
    assert normalize_name("Café & Co.") == "cafe and co"


# --- mentions -------------------------------------------------------------------------------------


def test_mentions_full_names_in_order_of_first_appearance(pants):
    text = (
        "Best match **Nike Club Bungee Sweatpant — $42**. Also the Standard Cloth Pintuck Sweatpant. "
        "Again: Nike Club Bungee Sweatpant."
    )
    assert pants.mentions(text) == ["Nike Club Bungee Sweatpant", "Standard Cloth Pintuck Sweatpant"]


@pytest.mark.parametrize(
    "text",
    [
        "**Standard Cloth Pintuck Sweatpant**",
        "__standard cloth pintuck sweatpant__",
        "STANDARD CLOTH PINTUCK SWEATPANT!",
        "the Standard Cloth Pintuck Sweatpants",
        "`Standard-Cloth Pintuck Sweatpant`",
        "1. *Standard Cloth* **Pintuck Sweatpant** — best overall",
        "I'd go with the Pintuck Sweatpant.",  # brand omitted, written as a name
        "I'd go with the Cloth Pintuck Sweatpant.",
    ],
)
def test_mentions_robust_forms(pants, text):
    assert pants.mentions(text) == ["Standard Cloth Pintuck Sweatpant"]


def test_mentions_case_and_punctuation_variants(watches, rings):
    assert watches.mentions("the casio gshock gbd200 is tough") == ["Casio G-Shock GBD-200"]
    assert watches.mentions("the casio g shock gbd 200 is tough") == ["Casio G-Shock GBD-200"]
    assert rings.mentions("Levis 501 original jeans") == ["Levi’s 501 Original Jeans"]
    assert rings.mentions("Levi's 501 Original Jeans") == ["Levi’s 501 Original Jeans"]
    assert rings.mentions("I love the Classic Solitaire.") == ["The Classic Solitaire"]


def test_short_forms_need_to_be_written_as_names(pants):
    # Prose that happens to contain a short form's words is not a mention.
    assert pants.mentions("a pintuck sweatpant would be nice") == []
    assert pants.mentions("I'd like a Pintuck Sweatpant") == ["Standard Cloth Pintuck Sweatpant"]


def test_generic_short_forms_never_match(rings):
    # "Gold Ring" is Tiffany Gold Ring without its brand, but it is also just words.
    assert rings.mentions("I want a Gold Ring under $500") == []
    assert rings.mentions("any gold ring") == []
    assert rings.mentions("The Tiffany Gold Ring is lovely") == ["Tiffany Gold Ring"]


def test_generic_full_names_need_capitals(rings):
    # A full name made only of generic words counts only when written as a name.
    assert rings.mentions("a classic solitaire setting") == []
    assert rings.mentions("the Classic Solitaire setting") == ["The Classic Solitaire"]


def test_longest_match_wins_on_near_identical_names(watches):
    assert watches.mentions("Apple Watch Series 9 GPS + Cellular") == ["Apple Watch Series 9 GPS + Cellular"]
    assert watches.mentions("Apple Watch Series 9 41mm") == ["Apple Watch Series 9 41mm"]
    assert watches.mentions("Garmin Forerunner 265S") == ["Garmin Forerunner 265S"]
    assert watches.mentions("Garmin Forerunner 265") == ["Garmin Forerunner 265"]
    assert watches.mentions("Forerunner 265S and Forerunner 265") == [
        "Garmin Forerunner 265S",
        "Garmin Forerunner 265",
    ]


def test_size_dropped_forms_only_when_unambiguous(watches):
    # Both Series 9 sizes drop to "Apple Watch Series 9": ambiguous, so no mention.
    assert watches.mentions("The Apple Watch Series 9 is great") == []
    # The Venu has one size: "Garmin Venu 3" and "Venu 3" are safe.
    assert watches.mentions("Garmin Venu 3") == ["Garmin Venu 3 (45mm)"]
    assert watches.mentions("the Venu 3, in 45 mm") == ["Garmin Venu 3 (45mm)"]
    assert watches.mentions("Apple Watch Series 9 (45 mm)") == ["Apple Watch Series 9 45mm"]


def test_matches_do_not_overlap():
    names = CatalogNames(["Acme Trail Runner", "Acme Trail Runner Pro", "Runner Pro Socks"])
    assert names.mentions("Acme Trail Runner Pro Socks") == ["Acme Trail Runner Pro"]
    assert names.mentions("Trail Runner Pro") == ["Acme Trail Runner Pro"]
    assert names.mentions("Trail Runner") == ["Acme Trail Runner"]


def test_a_short_form_never_shadows_a_full_name():
    names = CatalogNames(["Nike Pegasus Trail", "Pegasus Trail"])
    assert names.mentions("Pegasus Trail") == ["Pegasus Trail"]
    assert names.mentions("Nike Pegasus Trail") == ["Nike Pegasus Trail"]
    assert names.resolve("pegasus trail") == "Pegasus Trail"


def test_clashing_full_names_need_the_exact_spelling():
    names = CatalogNames(["Levi's 501", "Levis 501"])
    assert names.mentions("Levis 501") == ["Levis 501"]
    assert names.mentions("Levi's 501") == ["Levi's 501"]
    assert names.mentions("LEVIS 501") == ["Levis 501"]  # the exact spelling, in any case
    assert names.mentions("Levi’s 501") == []  # fits both, exactly neither
    assert names.resolve("Levi’s 501") is None


def test_word_boundaries(watches):
    assert watches.mentions("Garmin Forerunner 2650") == []
    assert watches.mentions("") == []


# --- resolve --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reference, expected",
    [
        ("Standard Cloth Pintuck Sweatpant", "Standard Cloth Pintuck Sweatpant"),
        ("the pintuck sweatpant", "Standard Cloth Pintuck Sweatpant"),
        ("**Pintuck Sweatpant**", "Standard Cloth Pintuck Sweatpant"),
        ("Pintuck Sweatpant - $59", "Standard Cloth Pintuck Sweatpant"),
        ("Pintuck", "Standard Cloth Pintuck Sweatpant"),
        ("Nike Club Bungee Sweatpant (size M)", "Nike Club Bungee Sweatpant"),
        ("nike club fleece jogger sweatpants", "Nike Club Fleece Jogger Sweatpant"),
        ("Fleece Jogger", "Nike Club Fleece Jogger Sweatpant"),
        ("Sweatpant", None),  # fits every product
        ("Nike Club", None),  # fits two
        ("Nike Club Bungee Sweatpant and Standard Cloth Pintuck Sweatpant", None),
        ("Adidas Tiro Pant", None),
        ("", None),
        (None, None),
    ],
)
def test_resolve_sweatpants(pants, reference, expected):
    assert pants.resolve(reference) == expected


@pytest.mark.parametrize(
    "reference, expected",
    [
        ("Apple Watch Series 9", None),  # two sizes
        ("Apple Watch Series 9 45 mm", "Apple Watch Series 9 45mm"),
        ("apple watch series 9 41MM", "Apple Watch Series 9 41mm"),
        ("Apple Watch Series 9 (GPS + Cellular)", "Apple Watch Series 9 GPS + Cellular"),
        ("Forerunner 265", "Garmin Forerunner 265"),
        ("forerunner 265s", "Garmin Forerunner 265S"),
        ("Garmin Venu 3", "Garmin Venu 3 (45mm)"),
        ("Garmin Venu 3 41mm", None),  # a size the catalog does not have
        ("G-Shock", "Casio G-Shock GBD-200"),
    ],
)
def test_resolve_near_identical_watches(watches, reference, expected):
    assert watches.resolve(reference) == expected


def test_resolve_generic_short_form_as_a_single_reference(rings):
    # Too generic for running text, but as the whole add_to_cart argument it can mean only one product.
    assert rings.resolve("Gold Ring") == "Tiffany Gold Ring"
    assert rings.resolve("the Tiffany gold ring, size 7") == "Tiffany Gold Ring"
    assert rings.resolve("Classic Solitaire") == "The Classic Solitaire"
    assert rings.resolve("ring") is None


def test_membership_and_len(pants):
    assert len(pants) == 4
    assert "Nike Club Bungee Sweatpant" in pants
    assert "nike club bungee sweatpant" not in pants


def test_mentions_is_fast_on_a_large_catalog():
    names = CatalogNames(f"Brand{i % 20} Model{i} Sweatpant" for i in range(500))
    text = "Here are **Brand3 Model43 Sweatpant** and some words about fabric and fit. " * 40
    start = time.perf_counter()
    for _ in range(20):
        assert names.mentions(text) == ["Brand3 Model43 Sweatpant"]
    assert (time.perf_counter() - start) / 20 < 0.02
