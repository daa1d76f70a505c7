"""Catalog name matching: robust to how people write names, never matching by accident."""

import pytest

from salessim_inspect.catalog import catalog_for
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


def test_mentions_on_a_large_catalog_find_the_one_named():
    # Speed is a printed figure (python -m benchmarks.name_matching); this checks the result at scale.
    names = CatalogNames(f"Brand{i % 20} Model{i} Sweatpant" for i in range(500))
    text = "Here are **Brand3 Model43 Sweatpant** and some words about fabric and fit. " * 40
    assert names.mentions(text) == ["Brand3 Model43 Sweatpant"]
    assert names.unresolved(text) == []


# --- references as real models write them (packaged catalogs) ----------------------------------------


@pytest.fixture(scope="module")
def cars() -> CatalogNames:
    return catalog_for("cars").names


@pytest.fixture(scope="module")
def smart_watches() -> CatalogNames:
    return catalog_for("smart_watch").names


@pytest.fixture(scope="module")
def games() -> CatalogNames:
    return catalog_for("games").names


@pytest.fixture(scope="module")
def men() -> CatalogNames:
    return catalog_for("male_clothing").names


ACCORD = "2025 Honda Accord Sport Hybrid"
IONIQ_6 = "2025 Hyundai Ioniq 6 SE Long Range RWD"
SERIES_10_42 = "Apple Watch Series 10 42mm Aluminum (GPS)"
PIXEL_41 = "Google Pixel Watch 3 41mm Wi-Fi"
PIXEL_45 = "Google Pixel Watch 3 45mm LTE"
MUSTANG_GT = "2025 Ford Mustang GT Fastback"
MACH_E = "2025 Ford Mustang Mach-E Premium AWD"


def test_words_of_a_name_left_out_or_reordered(cars, smart_watches, games, men):
    reply = (
        "**Best overall fit: Honda Accord Hybrid — $34,750**\n- very efficient\n\n"
        "**Strong alternative: Hyundai Ioniq 6 — $46,615**\n"
    )
    assert cars.mentions(reply) == [ACCORD, IONIQ_6]
    assert cars.mentions("the 2025 Honda Accord Hybrid is great") == [ACCORD]
    assert smart_watches.mentions("the Apple Watch Series 10 42mm in Black") == [SERIES_10_42]
    assert smart_watches.mentions("a 42mm Apple Watch Series 10") == [SERIES_10_42]
    assert games.mentions("Catan is a classic for good reason!") == ["Catan Base Game"]
    assert men.mentions("I'd go with the Levi's 501 jeans.") == ["Levi's 501 Original Fit Jeans"]
    assert men.mentions("Levi’s 501s run true to size.") == ["Levi's 501 Original Fit Jeans"]
    assert men.mentions("The 501s run true to size.") == []  # a number alone is no reference


def test_a_reference_that_fits_several_names_nothing_but_is_reported(cars, smart_watches):
    text = "The Ford Mustang is a great choice if you want something fun to drive!"
    assert cars.mentions(text) == []
    assert cars.unresolved(text) == ["Ford Mustang"]
    # Never read as "Gabb Watch 3", whose name ends the same way.
    text = "The Google Pixel Watch 3 is a lovely watch."
    assert smart_watches.mentions(text) == []
    assert smart_watches.unresolved(text) == ["Google Pixel Watch 3"]


def test_preferred_products_break_ties_but_never_override(cars, smart_watches):
    text = "The Ford Mustang is a great choice!"
    assert cars.mentions(text, prefer=[MACH_E]) == [MACH_E]
    assert cars.mentions(text, prefer=[MUSTANG_GT, MACH_E]) == []
    # A reference that fits one product names it, retrieved or not.
    assert cars.mentions("the Honda Accord Hybrid", prefer=[MACH_E]) == [ACCORD]
    assert smart_watches.resolve("Google Pixel Watch 3") is None
    assert smart_watches.resolve("Google Pixel Watch 3", prefer=[PIXEL_41]) == PIXEL_41
    assert smart_watches.resolve("Google Pixel Watch 3", prefer=[PIXEL_41, PIXEL_45]) is None
    assert smart_watches.resolve("Gabb Watch 3", prefer=[PIXEL_41]) == "Gabb Watch 3"


def test_weak_references_count_only_where_a_capital_means_a_name(smart_watches, cars):
    charge = "Fitbit Charge 6"
    assert smart_watches.mentions("Charge time is about two hours.", prefer=[charge]) == []
    assert smart_watches.mentions("I'd pick the Charge for you.", prefer=[charge]) == [charge]
    assert smart_watches.mentions("**Charge** — $159.95", prefer=[charge]) == [charge]
    balance = "Amazfit Balance 46mm"
    assert smart_watches.mentions("### Best Balance of Price and Features", prefer=[balance]) == []
    # A single word names only a product the salesbot's lookups returned (when they are known).
    telluride = "2025 Kia Telluride SX X-Line AWD"
    assert cars.mentions("I'd look at the Telluride.", prefer=[telluride]) == [telluride]
    assert cars.mentions("I'd look at the Telluride.", prefer=[ACCORD]) == []


def test_list_numbers_and_sentence_ends_are_not_part_of_a_name(cars):
    text = "**My ranking:** 1. Honda Accord Hybrid 2. Hyundai Ioniq 6 3. Toyota Prius"
    assert cars.mentions(text) == [ACCORD, IONIQ_6, "2025 Toyota Prius LE"]
    assert cars.unresolved(text) == []


def test_prose_is_not_a_name(games, smart_watches):
    assert games.mentions("Since the pandemic, families rediscovered game night.") == []
    assert games.mentions("I have no clue what budget you had in mind.") == []
    assert games.mentions("It takes two to play that one; just one thing to note.") == []
    assert smart_watches.unresolved("Charge it weekly. Balance battery and size. IP68 Waterproof.") == []


def test_engine_specifications_quoted_from_the_catalog_are_not_references(cars):
    text = (
        "- 2025 Chevrolet Tahoe LT 4WD at $67,090. Key features: Powertrain: 5.3L V8, 355 hp, "
        "10-speed automatic. Also 2.0L flat-four (boxer), a 3.5L V6 or a W12."
    )
    assert cars.unresolved(text) == []


def test_phrases_quoted_from_the_catalog_records_are_not_references(games):
    # "Platform: Xbox Series X|S and Xbox One" is a feature line of the Forza Horizon 5 record.
    text = "Forza Horizon 5 (Xbox) runs on Xbox One. Pandemic Legacy is a campaign game."
    assert games.unresolved(text) == ["Pandemic Legacy"]
    assert CatalogNames(games.names).unresolved(text) == ["Xbox One", "Pandemic Legacy"]


def test_a_different_product_written_next_to_a_name(games, cars, smart_watches):
    assert games.mentions("Pandemic Legacy is a campaign game.") == []
    assert games.unresolved("Pandemic Legacy is a campaign game.") == ["Pandemic Legacy"]
    assert cars.mentions("The Rivian R1T is a pickup.") == []
    assert cars.unresolved("The Rivian R1T is a pickup.") == ["Rivian R1T"]
    assert smart_watches.unresolved("The Apple Watch Series 9 was replaced.") == ["Apple Watch Series 9"]
    assert cars.unresolved("For laptops, the Getac B360 is tough.") == ["Getac B360"]


@pytest.mark.parametrize(
    "argument, prefer, expected",
    [
        ("Honda Accord Hybrid", [], ACCORD),
        ("Chevy Equinox EV", [], "2025 Chevrolet Equinox EV 1LT"),
        ("Teluride SX", [], "2025 Kia Telluride SX X-Line AWD"),  # misspelled
        ("I'll take the Mustang Mach-E, please", [], MACH_E),
        ("Ford Mustang", [MUSTANG_GT, MACH_E], None),
        ("Ford Mustang GT Convertible", [MUSTANG_GT], None),  # another body than the catalog's
        ("Honda Accord Touring", [ACCORD], None),  # a trim the catalog does not list
        ("Nissan Z", [], None),
        ("2025 Toyota Sienna XLE AWD Hybrid", [], "2025 Toyota Sienna XLE AWD"),
    ],
)
def test_resolve_car_arguments(cars, argument, prefer, expected):
    assert cars.resolve(argument, prefer=prefer) == expected


@pytest.mark.parametrize(
    "argument, expected",
    [
        ("Catan", "Catan Base Game"),
        ("Wingspan board game", "Wingspan"),
        ("Spider-Man 2 for PS5", "Marvel's Spider-Man 2 (PS5)"),
        ("Minecraft for Nintendo Switch", None),  # the catalog has the Xbox edition only
        ("Pandemic Legacy", None),
        ("Codenames Duet", None),
        ("Ravensburger puzzle", None),
    ],
)
def test_resolve_game_arguments(games, argument, expected):
    assert games.resolve(argument) == expected


def test_resolve_rejects_another_metal_or_size():
    rings = catalog_for("rings").names
    halden = "Halden 2mm Comfort-Fit Band in 14K Yellow Gold"
    assert rings.resolve("Halden Comfort-Fit Band") == halden
    assert rings.resolve("Halden band in 18K Yellow Gold") is None
    assert rings.resolve("Halden band in Platinum") is None
    assert rings.resolve("Halden band, size 7") == halden


ULTRA_2 = "Apple Watch Ultra 2 49mm with Alpine Loop"
SERIES_10_46_ALUMINUM = "Apple Watch Series 10 46mm Aluminum (GPS + Cellular)"


@pytest.mark.parametrize(
    "argument, prefer, expected",
    [
        # A name split by a word it lacks (the colour the picture shows) is still one product's name.
        ("Apple Watch Ultra 2 with the orange Alpine Loop", [], ULTRA_2),
        ("Apple Watch Ultra 2 (orange Alpine Loop)", [], ULTRA_2),
        (
            "Fossil Gen 6 Hybrid with brown Leather Strap",
            [],
            "Fossil Gen 6 Hybrid Wellness Edition 45mm with Leather Strap",
        ),
        # Parts of two products' names: no one product.
        ("Apple Watch Ultra 2 with Milanese Loop", [], None),
        # Without colours, the two 46mm cellular Series 10 watches differ only by case and band.
        ("Apple Watch Series 10 46mm (GPS + Cellular)", [], None),
        ("Apple Watch Series 10 46mm (GPS + Cellular)", [SERIES_10_46_ALUMINUM], SERIES_10_46_ALUMINUM),
        ("Amazfit Bip 6 Black", [], "Amazfit Bip 6"),  # a colour is an option, not another product
    ],
)
def test_resolve_watch_arguments(smart_watches, argument, prefer, expected):
    assert smart_watches.resolve(argument, prefer=prefer) == expected


def test_resolve_a_name_split_by_a_colour(men):
    assert (
        men.resolve("Ledbury White Fine Twill Cutaway Shirt")
        == "Ledbury Classic Fit Fine Twill Cutaway Shirt"
    )


def test_a_decimal_size_is_part_of_the_name_not_a_sentence_end():
    """ "1.5mm" is one word: its point must not split the name it stands in (a regenerated ring's name)."""
    from salessim_inspect.data.names import CatalogNames

    names = CatalogNames(
        ["Juniper 1.5mm Knife-Edge Band in Recycled 14K Rose Gold", "Calder 4mm Milgrain Band"]
    )
    text = (
        "- Juniper 1.5mm Knife-Edge Band in Recycled 14K Rose Gold at $310. Key features: Band Width: 1.5 mm"
    )
    assert names.mentions(text) == ["Juniper 1.5mm Knife-Edge Band in Recycled 14K Rose Gold"]
    assert (
        names.resolve("the Juniper 1.5 mm band") == "Juniper 1.5mm Knife-Edge Band in Recycled 14K Rose Gold"
    )
