"""Visual attributes: what only the product image shows, rendered faithfully and checked from the PNGs."""

import colorsys
import importlib
import itertools

import numpy as np
import pytest
from PIL import Image

from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.data.loader import PACKAGE_DATA, load_category, load_category_dir
from salessim_inspect.data.validate import MIN_VISUAL_DEALBREAKER_SHARE, check_category, load_schema


def _visual_attribute(category: str) -> str:
    visual = [a["name"] for a in load_schema(PACKAGE_DATA / category)["attributes"] if a.get("visual")]
    assert len(visual) == 1, visual
    return visual[0]


# --------------------------------------------------------------------------------------- colour names
# An independent reading of a colour: the basic colour term a person would use, from hue, saturation and
# value. The drawing code never sees this; it checks that each palette colour looks like its name.
def basic_term(rgb: tuple[int, int, int]) -> str:
    r, g, b = (x / 255 for x in rgb)
    h, s, v = colorsys.rgb_to_hsv(r, g, b)
    h *= 360
    if v < 0.22 or (v < 0.35 and s < 0.35):
        return "black"
    if s < 0.14 or (s < 0.22 and v > 0.75):
        return "white" if v > 0.88 else "gray"
    if h < 15 or h >= 340:
        return "pink" if v > 0.8 and s < 0.55 else ("brown" if v < 0.55 and s < 0.7 else "red")
    if h < 45:
        if v < 0.62:
            return "brown"
        if s < 0.45:
            return "pink" if h < 30 else "yellow"
        return "orange"
    if h < 70:
        return "brown" if v < 0.55 else "yellow"
    if h < 165:
        return "green"
    if h < 255:
        return "blue"
    if h < 290:
        return "purple"
    return "pink" if v > 0.7 else "purple"


# Which basic terms a colour name may read as (tans and metals span a few).
READS_AS = {
    "white": {"white"},
    "colorless": {"white"},
    "cream": {"white", "yellow"},
    "ivory": {"white", "yellow"},
    "silver": {"gray", "white"},
    "gray": {"gray"},
    "light gray": {"gray", "white"},
    "charcoal": {"gray", "black"},
    "black": {"black"},
    "navy": {"blue", "black"},
    "blue": {"blue"},
    "dark blue": {"blue"},
    "medium blue": {"blue"},
    "light blue": {"blue", "white", "gray"},
    "teal": {"green", "blue"},
    "green": {"green"},
    "olive": {"green", "yellow", "brown"},
    "khaki": {"brown", "orange", "yellow", "white", "gray"},
    "stone": {"brown", "orange", "yellow", "white", "gray"},
    "beige": {"brown", "orange", "yellow", "white", "gray", "pink"},
    "camel": {"brown", "orange"},
    "rust": {"orange", "brown", "red"},
    "burgundy": {"red", "purple", "brown"},
    "red": {"red"},
    "pink": {"pink"},
    "peach": {"pink", "orange"},
    "rose gold": {"pink", "orange", "brown"},
    "gold": {"yellow", "orange", "brown"},
    "purple": {"purple"},
    "yellow": {"yellow"},
    "orange": {"orange"},
    "brown": {"brown", "orange"},
}


def _palette(category: str) -> dict[str, tuple[int, int, int]]:
    return importlib.import_module(f"datagen.categories.{category}").VISUAL_COLOURS


def test_basic_terms_read_plain_colours():
    assert [basic_term(c) for c in [(250, 250, 250), (20, 20, 22), (128, 128, 130), (200, 30, 30)]] == [
        "white",
        "black",
        "gray",
        "red",
    ]
    assert [basic_term(c) for c in [(30, 60, 200), (40, 150, 60), (245, 210, 40), (130, 60, 170)]] == [
        "blue",
        "green",
        "yellow",
        "purple",
    ]


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_colour_a_persona_can_ask_for_is_painted_as_its_name_and_apart_from_the_others(category):
    attribute = _visual_attribute(category)
    palette = _palette(category)
    used = sorted(
        {p.attributes[attribute] for p in load_category(category).products if attribute in p.attributes}
    )
    for name in used:
        assert basic_term(palette[name]) in READS_AS[name], (name, palette[name], basic_term(palette[name]))
    # Two names a persona may set apart ("navy, not dark blue") must look apart.
    close = [
        (a, b)
        for a, b in itertools.combinations(used, 2)
        if np.linalg.norm(np.subtract(palette[a], palette[b])) < 35
    ]
    assert close == []


# --------------------------------------------------------------------------------------- the PNGs
# (category -> how prominent the attribute's colour must be: its rank among the palette colours in the
# picture, and its share of the picture). A car, a game box or a garment is one colour; a watch case is a
# ring around a screen beside a strap, and a stone is small on a ring.
PROMINENCE = {
    "cars": (0, 0.05),
    "games": (0, 0.05),
    "female_clothing": (0, 0.03),
    "male_clothing": (2, 0.03),  # gingham and heathered fabrics mix in white and grey
    "rings": (1, 0.004),
    "smart_watch": (2, 0.02),
}


def colour_shares(path, palette: dict[str, tuple[int, int, int]]) -> dict[str, float]:
    """Share of the picture's pixels nearest each palette colour (within 25), the background left out."""
    pixels = np.asarray(Image.open(path).convert("RGB"), dtype=float).reshape(-1, 3)
    background = pixels[0]
    pixels = pixels[np.linalg.norm(pixels - background, axis=1) > 6]
    names = list(palette)
    reference = np.array([palette[n] for n in names], dtype=float)
    distances = np.linalg.norm(pixels[:, None, :] - reference[None, :, :], axis=2)
    nearest = distances.argmin(axis=1)[distances.min(axis=1) < 25]
    counts = np.bincount(nearest, minlength=len(names)) / (256 * 256)
    return dict(zip(names, counts.tolist(), strict=True))


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_image_shows_its_products_visual_attribute(category):
    data = load_category(category)
    attribute = _visual_attribute(category)
    palette = _palette(category)
    max_rank, min_share = PROMINENCE[category]
    checked = 0
    for product in data.products:
        value = product.attributes.get(attribute)
        if value is None:
            continue
        shares = colour_shares(data.image_path(product), palette)
        ranking = sorted(shares, key=shares.get, reverse=True)
        assert ranking.index(value) <= max_rank and shares[value] >= min_share, (
            product.id,
            value,
            [(n, round(shares[n], 3)) for n in ranking[:3]],
        )
        checked += 1
    assert checked >= 30


def test_a_recoloured_image_is_caught():
    """The reading is not vacuous: painting a red car's pixels blue makes it read as blue."""
    data = load_category("cars")
    palette = _palette("cars")
    red_car = next(p for p in data.products if p.attributes["body_color"] == "red")
    pixels = np.asarray(Image.open(data.image_path(red_car)).convert("RGB")).copy()
    is_red = np.linalg.norm(pixels.astype(float) - palette["red"], axis=2) < 25
    pixels[is_red] = palette["blue"]
    shares = colour_shares(_png(pixels), palette)
    assert max(shares, key=shares.get) == "blue" and shares["red"] < 0.01


def _png(pixels):
    import io

    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    buffer.seek(0)
    return buffer


# --------------------------------------------------------------------------------------- data and samples
@pytest.mark.parametrize("category", CATEGORIES)
def test_enough_personas_have_a_dealbreaker_only_the_image_can_check(category):
    data = load_category(category)
    attribute = _visual_attribute(category)
    with_visual = [p for p in data.personas if p.visual_dealbreakers]
    assert len(with_visual) / len(data.personas) >= MIN_VISUAL_DEALBREAKER_SHARE
    for persona in data.personas:
        expected = (
            [attribute]
            if any(c.attribute == attribute for c in persona.constraints_of("dealbreaker"))
            else []
        )
        assert persona.visual_dealbreakers == expected, persona.id


def test_sample_metadata_flags_visual_dealbreakers():
    from salessim_inspect.tasks.dataset import category_samples

    data = load_category("cars")
    samples = category_samples(data)
    flagged = {s.metadata["persona_id"]: s.metadata["visual_dealbreakers"] for s in samples}
    assert flagged == {p.id: p.visual_dealbreakers for p in data.personas}
    assert any(flagged.values()) and not all(flagged.values())


def test_validation_rejects_a_product_text_that_states_its_colour():
    data = load_category_dir(PACKAGE_DATA / "cars", "cars")
    car = data.products[0]
    colour = car.attributes["body_color"]
    data.products[0] = car.model_copy(update={"description": car.description + f" Shown here in {colour}."})
    problems = [p for p in check_category(data).problems if "visual attribute" in p]
    assert problems == [f"product {car.id}: text states visual attribute 'body_color' ({colour!r})"]
