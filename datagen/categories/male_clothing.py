"""The rules of `male_clothing` (its data is in `datagen/male_clothing/`).

`derive` adds the fabric properties that a shopper has to infer from the fabric blend (and, for jackets, a
coating), by the rules that `domain_knowledge.md` states in words; `draw` pictures a garment from its
attributes.
"""

import re

from PIL import Image, ImageDraw

from salessim_inspect.data.models import Product

BOTTOMS = ("jeans", "chinos", "shorts")
TOPS = ("dress_shirt", "t_shirt", "hoodie", "jacket")

# ------------------------------------------------------------------------------------------ sizes

_LETTERS = ["xs", "s", "m", "l", "xl", "xxl", "3xl", "4xl"]


def _letters(low: str, high: str) -> list[str]:
    return _LETTERS[_LETTERS.index(low) : _LETTERS.index(high) + 1]


# ------------------------------------------------------------------------------------------ derived attributes

WICKING_FIBRES = ("polyester", "nylon", "spandex", "bamboo")
BREATHABLE_FIBRES = ("cotton", "linen", "bamboo")
SYNTHETIC_FIBRES = ("polyester", "nylon", "spandex")
WATER_RESISTANT_TYPES = ("jacket", "shorts")
WRINKLE_TYPES = ("dress_shirt", "chinos")

_BLEND_PART = re.compile(r"(\d+(?:\.\d+)?)%\s*([a-z ()]+)")
_FIBRE_NAMES = ("bamboo", "cotton", "polyester", "nylon", "spandex", "linen", "wool", "polyurethane")


def composition(blend: str) -> dict[str, float]:
    """Percent by fibre from a blend text such as "62% cotton, 34% polyester, 4% spandex".

    "recycled"/"organic" cotton is cotton, "bamboo viscose" is bamboo, "elastane" is spandex.
    """
    shares: dict[str, float] = {}
    for percent, name in _BLEND_PART.findall(blend.lower().replace("elastane", "spandex")):
        fibre = next((f for f in _FIBRE_NAMES if f in name), name.strip())
        shares[fibre] = shares.get(fibre, 0.0) + float(percent)
    return shares


def derive(product_type: str, attributes: dict) -> dict:
    """Fabric properties from the fibre blend (and a jacket's coating), as domain_knowledge.md states them."""
    shares = composition(str(attributes.get("fabric_blend", "")))

    def share(fibres: tuple[str, ...]) -> float:
        return sum(shares.get(f, 0.0) for f in fibres)

    derived: dict = {
        "moisture_wicking": share(WICKING_FIBRES) >= 50,
        "breathable": share(BREATHABLE_FIBRES) >= 50,
    }
    if product_type in WATER_RESISTANT_TYPES:
        derived["water_resistant"] = (
            shares.get("nylon", 0.0) >= 50
            or shares.get("polyurethane", 0.0) >= 50
            or attributes.get("coating") == "polyurethane"
        )
    if product_type in WRINKLE_TYPES:
        derived["wrinkle_resistant"] = share(SYNTHETIC_FIBRES) >= 30
    return derived


# ------------------------------------------------------------------------------------------ drawing

SIZE = 256
_BACKGROUND = (255, 255, 255)
_COLORS = {
    "white": (246, 246, 243),
    "black": (36, 36, 40),
    "gray": (138, 140, 146),
    "light gray": (196, 198, 202),
    "navy": (28, 40, 92),
    "light blue": (166, 198, 230),
    "medium blue": (90, 132, 190),
    "dark blue": (48, 76, 130),
    "khaki": (196, 176, 128),
    "stone": (208, 198, 172),
    "olive": (112, 118, 48),
    "green": (64, 118, 80),
    "red": (184, 40, 46),
    "brown": (132, 80, 44),
    "yellow": (238, 198, 44),
    "pink": (238, 180, 192),
    "orange": (236, 122, 40),
}
# The colour each value of the visual attribute is painted in (tests read it back from the PNGs).
VISUAL_COLOURS = _COLORS
_STITCH = (214, 160, 72)


def _rgb(name: str | None, default: tuple[int, int, int] = (150, 150, 150)) -> tuple[int, int, int]:
    return _COLORS.get(str(name or "").lower(), default)


def _shade(color: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, round(c * factor))) for c in color)  # type: ignore[return-value]


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float = 0.5) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _outline(color: tuple[int, int, int]) -> tuple[int, int, int]:
    light = sum(color) / 3
    return _shade(color, 0.55) if light > 90 else (100, 100, 104)


def _contrast(color: tuple[int, int, int]) -> tuple[int, int, int]:
    return (70, 70, 74) if sum(color) / 3 > 150 else (232, 232, 228)


def _fabric(base, accent, pattern: str, vertical: bool) -> Image.Image:
    """A full-canvas swatch of the garment's fabric: flat colors, regular repeats only."""
    image = Image.new("RGB", (SIZE, SIZE), base)
    d = ImageDraw.Draw(image)
    if pattern == "striped":
        if vertical:
            for x in range(0, SIZE, 10):
                d.rectangle([x, 0, x + 3, SIZE], fill=accent)
        else:
            for y in range(0, SIZE, 16):
                d.rectangle([0, y, SIZE, y + 6], fill=accent)
    elif pattern == "checked":
        for step in range(0, SIZE, 9):
            d.line([(step, 0), (step, SIZE)], fill=accent, width=1)
            d.line([(0, step), (SIZE, step)], fill=accent, width=1)
    elif pattern == "gingham":
        d.rectangle([0, 0, SIZE, SIZE], fill=accent)
        middle = _mix(base, accent)
        for step in range(0, SIZE, 14):
            d.rectangle([step, 0, step + 6, SIZE], fill=middle)
            d.rectangle([0, step, SIZE, step + 6], fill=middle)
        for x in range(0, SIZE, 14):
            for y in range(0, SIZE, 14):
                d.rectangle([x, y, x + 6, y + 6], fill=base)
    elif pattern == "plaid":
        dark = _shade(base, 0.7)
        for step in range(0, SIZE, 28):
            d.rectangle([step, 0, step + 10, SIZE], fill=dark)
            d.rectangle([0, step, SIZE, step + 10], fill=dark)
            d.line([(step + 18, 0), (step + 18, SIZE)], fill=accent, width=2)
            d.line([(0, step + 18), (SIZE, step + 18)], fill=accent, width=2)
    elif pattern == "heathered":
        for y in range(0, SIZE, 4):
            for x in range((y // 4) % 2 * 2, SIZE, 4):
                d.point((x, y), fill=accent)
    return image


def _paint(image: Image.Image, swatch: Image.Image, shapes: list, outline) -> None:
    """Fill `shapes` ("poly"/"ellipse"/"rect", geometry) with `swatch`, then outline them."""
    mask = Image.new("L", image.size, 0)
    m = ImageDraw.Draw(mask)
    for kind, geometry in shapes:
        {"poly": m.polygon, "ellipse": m.ellipse, "rect": m.rectangle}[kind](geometry, fill=255)
    image.paste(swatch, (0, 0), mask)
    d = ImageDraw.Draw(image)
    for kind, geometry in shapes:
        if kind == "poly":
            d.polygon(geometry, outline=outline, width=2)
        elif kind == "ellipse":
            d.ellipse(geometry, outline=outline, width=2)
        else:
            d.rectangle(geometry, outline=outline, width=2)


def _mirror(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    return [(SIZE - x, y) for x, y in points]


_HALF_WIDTH = {"slim": 40, "athletic": 44, "regular": 46, "relaxed": 52}


def _top(image: Image.Image, a: dict, kind: str) -> None:
    """Shirts, tees, hoodies and jackets: sleeves, body, then neckline/collar and details."""
    d = ImageDraw.Draw(image)
    cx = SIZE // 2
    base = _rgb(a.get("color"))
    accent = _rgb(a.get("pattern_color"), _contrast(base))
    line = _outline(base)
    pattern = str(a.get("pattern", "solid"))
    swatch = _fabric(base, accent, pattern, vertical=kind == "dress_shirt")
    w = _HALF_WIDTH.get(str(a.get("fit")), 46)
    shoulder = 12 if a.get("fit") == "athletic" else 8
    hem = {"dress_shirt": 224, "t_shirt": 214, "hoodie": 212, "jacket": 220}[kind]
    left, right = cx - w, cx + w
    collar = str(a.get("collar", ""))
    hooded = kind == "hoodie" or collar == "hood"

    if hooded:
        _paint(image, swatch, [("ellipse", (cx - 34, 8, cx + 34, 74))], line)

    body = [
        (cx - 16, 40),
        (left - shoulder, 50),
        (left, 98),
        (left, hem),
        (right, hem),
        (right, 98),
        (right + shoulder, 50),
        (cx + 16, 40),
    ]
    if kind == "dress_shirt":  # curved shirt tail
        body[3:5] = [
            (left, hem - 10),
            (left + 16, hem - 2),
            (cx, hem + 4),
            (right - 16, hem - 2),
            (right, hem - 10),
        ]
    if a.get("sleeve") == "short":
        sleeve = [(left - shoulder, 50), (left - shoulder - 30, 94), (left - 16, 108), (left - 1, 90)]
    else:
        sleeve = [(left - shoulder, 50), (left - shoulder - 26, 200), (left - shoulder - 6, 205), (left, 98)]
    _paint(image, swatch, [("poly", sleeve), ("poly", _mirror(sleeve)), ("poly", body)], line)
    cuff_y = 94 if a.get("sleeve") == "short" else 200

    inside = _shade(base, 0.72) if sum(base) / 3 > 60 else (70, 70, 76)
    if kind == "t_shirt":
        if collar == "v-neck":
            d.polygon([(cx - 16, 38), (cx + 16, 38), (cx, 72)], fill=inside, outline=line, width=2)
        elif collar == "boat neck":
            d.ellipse((cx - 30, 34, cx + 30, 50), fill=inside, outline=line, width=2)
        else:
            d.ellipse((cx - 17, 30, cx + 17, 52), fill=inside, outline=line, width=3)
        if collar == "henley":
            d.rectangle((cx - 5, 51, cx + 5, 94), outline=line, width=2)
            for y in (60, 72, 84):
                d.ellipse((cx - 2, y - 2, cx + 2, y + 2), fill=_contrast(base))
        if pattern == "graphic":
            _logo(d, cx, 84, accent)
        if "chest" in a.get("pockets", []):
            d.rectangle((cx + 12, 78, cx + 34, 104), outline=line, width=2)
    elif kind == "dress_shirt":
        d.polygon([(cx - 16, 38), (cx + 16, 38), (cx, 60)], fill=inside)
        _paint(image, swatch, _shirt_collar(collar, cx), line)
        button = _contrast(base) if sum(base) / 3 < 200 else (180, 180, 176)
        d.line([(cx, 60), (cx, hem + 2)], fill=line, width=1)
        for y in range(76, hem - 6, 24):
            d.ellipse((cx - 3, y - 3, cx + 3, y + 3), fill=button, outline=line)
        if collar == "button-down":
            for sign in (-1, 1):
                d.ellipse((cx + sign * 12 - 2, 66, cx + sign * 12 + 2, 70), fill=button)
        if "chest" in a.get("pockets", []):
            d.rectangle((cx + 12, 86, cx + 34, 112), outline=line, width=2)
        for sign in (-1, 1):  # cuffs
            x = cx + sign * (w + shoulder + 16)
            d.line([(x - 12, cuff_y - 14), (x + 12, cuff_y - 10)], fill=line, width=2)
    elif kind == "hoodie":
        d.ellipse((cx - 20, 28, cx + 20, 58), fill=inside, outline=line, width=2)
        band = _shade(base, 0.88)
        d.rectangle((left, hem - 14, right, hem), fill=band, outline=line, width=2)
        if a.get("closure") == "full zip":
            d.line([(cx, 56), (cx, hem)], fill=(170, 170, 174), width=3)
            for sign in (-1, 1):
                d.line([(cx + sign * 20, 150), (cx + sign * 32, 190)], fill=line, width=2)
        else:
            d.polygon([(cx - 32, 146), (cx + 32, 146), (cx + 42, 196), (cx - 42, 196)], outline=line, width=2)
            for sign in (-1, 1):
                d.line([(cx + sign * 8, 56), (cx + sign * 11, 100)], fill=_contrast(base), width=2)
        if pattern == "graphic":
            _logo(d, cx, 118, accent)
    else:
        _jacket_details(image, a, cx, w, hem, base, line, inside, swatch)


def _shirt_collar(collar: str, cx: int) -> list:
    tips = {
        "point": (cx - 11, 76),
        "button-down": (cx - 13, 74),
        "spread": (cx - 26, 66),
        "cutaway": (cx - 32, 56),
    }
    shapes: list = [("rect", (cx - 18, 30, cx + 18, 40))]
    if collar in tips:
        wing = [(cx - 18, 34), (cx - 1, 60), tips[collar], (cx - 22, 46)]
        shapes += [("poly", wing), ("poly", _mirror(wing))]
    return shapes


def _logo(d: ImageDraw.ImageDraw, cx: int, cy: int, accent) -> None:
    d.rectangle((cx - 24, cy - 13, cx + 24, cy + 13), fill=accent, outline=(40, 40, 60), width=2)
    d.polygon(
        [(cx - 23, cy + 12), (cx - 8, cy - 8), (cx + 2, cy + 4), (cx + 12, cy - 10), (cx + 23, cy + 12)],
        fill=(40, 44, 80),
    )


def _jacket_details(image, a, cx, w, hem, base, line, inside, swatch) -> None:
    d = ImageDraw.Draw(image)
    collar = str(a.get("collar", ""))
    closure = str(a.get("closure", ""))
    pockets = a.get("pockets", [])
    left, right = cx - w, cx + w
    if collar == "hood":
        d.ellipse((cx - 20, 26, cx + 20, 56), fill=inside, outline=line, width=2)
    elif collar == "stand":
        _paint(image, swatch, [("rect", (cx - 19, 24, cx + 19, 44))], line)
    elif collar == "rib knit":
        band = _shade(base, 0.85)
        d.rectangle((cx - 20, 28, cx + 20, 44), fill=band, outline=line, width=2)
        for x in range(cx - 16, cx + 18, 5):
            d.line([(x, 30), (x, 42)], fill=line)
        d.rectangle((left, hem - 14, right, hem), fill=band, outline=line, width=2)
        for x in range(left + 4, right, 6):
            d.line([(x, hem - 12), (x, hem - 2)], fill=line)
        shoulder = 12 if a.get("fit") == "athletic" else 8
        cuff = [(left - shoulder - 24, 186), (left - shoulder - 4, 191)]
        for points in (cuff, _mirror(cuff)):
            d.line(points, fill=line, width=3)
    elif collar == "point":
        wing = [(cx - 20, 36), (cx - 1, 58), (cx - 30, 74), (cx - 30, 46)]
        _paint(image, swatch, [("poly", wing), ("poly", _mirror(wing))], line)
    elif collar == "lapel":
        d.polygon([(cx - 14, 40), (cx + 14, 40), (cx, 96)], fill=(236, 236, 232))
        lapel = [(cx - 16, 36), (cx - 42, 52), (cx - 30, 66), (cx - 36, 74), (cx - 2, 122), (cx - 4, 60)]
        _paint(image, swatch, [("poly", lapel), ("poly", _mirror(lapel))], line)

    if closure == "buttons" and collar == "lapel":
        for y in (132, 162, 192):
            for x in (cx - 14, cx + 14):
                d.ellipse((x - 4, y - 4, x + 4, y + 4), fill=_shade(base, 0.6), outline=line)
    elif closure == "buttons":
        d.line([(cx, 58), (cx, hem)], fill=_STITCH, width=2)
        for y in range(74, hem - 4, 30):
            d.ellipse((cx - 4, y - 4, cx + 4, y + 4), fill=(190, 150, 90), outline=line)
        for sign in (-1, 1):
            d.line([(cx + sign * 6, 96), (cx + sign * (w - 2), 90)], fill=_STITCH, width=2)
            x0, x1 = sorted((cx + sign * 14, cx + sign * 36))
            d.rectangle((x0, 100, x1, 124), outline=_STITCH, width=2)
            d.polygon([(x0, 100), (x1, 100), ((x0 + x1) // 2, 110)], outline=_STITCH)
            for y in (134, 176):
                d.line([(cx + sign * 8, y), (cx + sign * 8, y + 34)], fill=_STITCH, width=1)
    else:
        d.line([(cx, 44 if collar != "stand" else 24), (cx, hem)], fill=(160, 160, 166), width=3)
        if closure == "snaps":
            for y in range(64, hem - 4, 28):
                d.ellipse((cx + 6, y - 3, cx + 12, y + 3), fill=(200, 200, 204), outline=line)
            d.line([(cx + 14, 48), (cx + 14, hem)], fill=line, width=1)
    if "hand" in pockets and closure != "buttons":
        for sign in (-1, 1):
            d.line([(cx + sign * 18, 150), (cx + sign * 30, 192)], fill=line, width=3)
    if "chest" in pockets and closure != "buttons":
        d.line([(cx + 14, 86), (cx + 34, 86)], fill=line, width=3)
    if "sleeve" in pockets:
        x = cx - w - 10  # middle of the left sleeve at the upper arm
        d.rectangle((x - 7, 100, x + 5, 122), outline=(196, 196, 202), width=2)
        d.line([(x - 5, 104), (x + 3, 104)], fill=(196, 196, 202), width=1)


def _bottom(image: Image.Image, a: dict, kind: str) -> None:
    d = ImageDraw.Draw(image)
    cx = SIZE // 2
    base = _rgb(a.get("color"))
    line = _outline(base)
    swatch = _fabric(base, _contrast(base), "solid", vertical=False)
    waist, y0, band = 46, 22, 12
    top = y0 + band
    crotch = top + {"low": 34, "mid": 44, "high": 54}.get(str(a.get("rise")), 44)
    fit = str(a.get("fit", "regular"))
    hip = waist + (4 if fit in ("athletic", "relaxed") else 2)
    if kind == "shorts":
        hem = crotch + int(float(a.get("inseam", 7)) * 7)
        leg = {"slim": 24, "athletic": 24, "regular": 25, "relaxed": 28}.get(fit, 25)
    else:
        hem = 240
        leg = {"slim": 17, "athletic": 18, "regular": 21, "relaxed": 25}.get(fit, 21)
    left_leg = [
        (cx - waist, top),
        (cx, top),
        (cx, crotch),
        (cx - 5, hem),
        (cx - 5 - 2 * leg, hem),
        (cx - hip, crotch),
    ]
    waistband = ("rect", (cx - waist, y0, cx + waist, top))
    _paint(image, swatch, [("poly", left_leg), ("poly", _mirror(left_leg)), waistband], line)

    pockets = a.get("pockets", [])
    closure = str(a.get("closure", ""))
    if closure == "drawstring":
        cord = _contrast(base)
        for sign in (-1, 1):
            d.line([(cx + sign * 3, y0 + 8), (cx + sign * 9, top + 26)], fill=cord, width=2)
        for x in range(cx - waist + 4, cx + waist, 6):
            d.line([(x, y0 + 2), (x, top - 2)], fill=_shade(base, 0.8))
    else:
        d.ellipse((cx - 4, y0 + 2, cx + 4, y0 + 10), fill=(190, 180, 160), outline=line)
        for x in (cx - waist + 10, cx - 22, cx + 22, cx + waist - 10):
            d.rectangle((x - 2, y0 - 2, x + 2, top + 2), fill=_shade(base, 0.85), outline=line)
    stitch = _STITCH if kind == "jeans" else _shade(base, 0.7)
    if closure in ("zip fly", "button fly"):
        d.line([(cx + 12, top), (cx + 12, top + 24), (cx, crotch - 8)], fill=stitch, width=2)
    if "front" in pockets or kind == "jeans":
        for sign in (-1, 1):
            if kind == "jeans":
                d.arc(
                    (cx + sign * waist - 22, top - 22, cx + sign * waist + 22, top + 22),
                    0 if sign < 0 else 90,
                    90 if sign < 0 else 180,
                    fill=stitch,
                    width=2,
                )
            else:
                d.line(
                    [(cx + sign * (waist - 18), top), (cx + sign * (waist - 2), top + 30)], fill=line, width=2
                )
    if "coin" in pockets:
        d.rectangle((cx + waist - 26, top + 4, cx + waist - 14, top + 16), outline=stitch, width=1)
    if kind == "jeans":
        d.line([(cx - hip + 2, crotch), (cx - 3 - 2 * leg, hem - 2)], fill=stitch, width=1)
        d.line([(SIZE - (cx - hip + 2), crotch), (SIZE - (cx - 3 - 2 * leg), hem - 2)], fill=stitch, width=1)
    elif kind == "chinos":
        for sign in (-1, 1):
            x_top = cx + sign * (waist // 2)
            x_bottom = cx + sign * (5 + leg)
            d.line([(x_top, top + 6), (x_bottom, hem - 4)], fill=_shade(base, 0.82), width=1)
    if "cargo" in pockets:
        for sign in (-1, 1):
            x0, x1 = sorted((cx + sign * (waist - 6), cx + sign * (waist + 14)))
            d.rectangle((x0, crotch + 6, x1, crotch + 40), fill=base, outline=line, width=2)
            d.rectangle((x0, crotch + 6, x1, crotch + 16), outline=line, width=2)
    if "utility" in pockets:
        x = cx + waist - 2
        d.rectangle((x - 16, crotch + 10, x + 4, crotch + 60), outline=stitch, width=2)
    if kind == "jeans" or kind == "chinos":
        d.line([(cx - 5 - 2 * leg, hem - 6), (cx - 5, hem - 6)], fill=_shade(base, 0.8))
        d.line([(cx + 5, hem - 6), (cx + 5 + 2 * leg, hem - 6)], fill=_shade(base, 0.8))


def draw(product: Product) -> Image.Image:
    """A flat illustration: silhouette by product type, main color, pattern, sleeve length and collar."""
    image = Image.new("RGB", (SIZE, SIZE), _BACKGROUND)
    if product.product_type in BOTTOMS:
        _bottom(image, product.attributes, product.product_type)
    else:
        _top(image, product.attributes, product.product_type)
    return image
