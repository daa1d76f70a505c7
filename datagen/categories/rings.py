"""The rules of `rings` (its data is in `datagen/rings/`): engagement rings, wedding bands, statement rings.

Products hold only base attributes (metal, purity, stones, setting, band width, style, details, sizes). Three
attributes are derived by `derive()` from those, by the rules that `domain_knowledge.md` states:
`hypoallergenic` (metal and purity), `everyday_durable` (metal, ring type, stone hardness and setting) and
`conflict_free` (recycled metal and lab-grown stones). The product text never states them. `draw` pictures the
ring.
"""

import math

from PIL import Image, ImageDraw

from salessim_inspect.data.models import Product

# ---------------------------------------------------------------- vocabulary

STONE_TYPES = ("solitaire", "halo", "three_stone", "toi_et_moi", "eternity", "cocktail")
HARD_STONES = frozenset({"diamond", "moissanite", "sapphire", "ruby"})  # Mohs hardness 9 or more
PROTECTIVE_SETTINGS = frozenset({"bezel", "channel"})
NO_STONE = "no stone"


# ---------------------------------------------------------------- derived attributes


def derive(product_type: str, attributes: dict) -> dict:
    """Derived attributes, by the rules `domain_knowledge.md` states in words."""
    metal, purity = attributes["metal"], attributes["purity"]
    stones = [attributes["stone_type"]]
    if "second_stone_type" in attributes:
        stones.append(attributes["second_stone_type"])
    if "accent_stones" in attributes:
        stones.append(attributes["accent_stones"])
    has_stones = stones[0] != NO_STONE

    hypoallergenic = metal == "platinum" or (metal in ("yellow gold", "rose gold") and purity == "18k")

    stones_protected = all(s in HARD_STONES for s in stones) and attributes["setting"] in PROTECTIVE_SETTINGS
    everyday_durable = (
        metal != "sterling silver" and product_type != "halo" and (not has_stones or stones_protected)
    )

    conflict_free = bool(attributes["recycled_metal"]) and (
        not has_stones or attributes["stone_origin"] == "lab"
    )
    return {
        "hypoallergenic": hypoallergenic,
        "everyday_durable": everyday_durable,
        "conflict_free": conflict_free,
    }


# ---------------------------------------------------------------- illustration

_SIZE = 256
_BACKGROUND = (255, 255, 255)
_METAL_RGB = {
    "yellow gold": (226, 182, 72),
    "rose gold": (228, 158, 132),
    "white gold": (216, 219, 224),
    "platinum": (188, 195, 204),
    "sterling silver": (200, 200, 200),
}
_STONE_RGB = {
    "colorless": (232, 244, 252),
    "blue": (34, 72, 170),
    "pink": (240, 150, 186),
    "green": (24, 138, 82),
    "red": (186, 22, 52),
    "peach": (246, 192, 160),
    "purple": (126, 62, 162),
    "yellow": (246, 200, 40),
    "black": (28, 28, 30),
}
# The colour each value of the visual attribute is painted in (tests read it back from the PNGs).
VISUAL_COLOURS = _STONE_RGB


def _shade(rgb: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    """Darker (factor < 1) or lighter (factor > 1, towards white) version of a colour."""
    if factor <= 1:
        return tuple(int(c * factor) for c in rgb)  # type: ignore[return-value]
    return tuple(int(c + (255 - c) * (factor - 1)) for c in rgb)  # type: ignore[return-value]


def _outline(rgb: tuple[int, int, int]) -> tuple[int, int, int]:
    return _shade(rgb, 0.55) if sum(rgb) > 200 else _shade(rgb, 4.0 / 3.0)


def _shape_points(shape: str, cx: float, cy: float, s: float) -> list[tuple[float, float]]:
    """Outline of a stone of half-height `s` seen from above, pointing up (pears) or standing tall."""
    points: list[tuple[float, float]] = []
    if shape == "oval":
        points = [(cx + 0.72 * s * math.cos(t), cy + s * math.sin(t)) for t in _angles(40)]
    elif shape == "pear":
        r, oy = 0.66 * s, cy + 0.34 * s
        points = [(cx, cy - s)]
        for i in range(25):
            t = math.radians(-35 + i * 250 / 24)
            points.append((cx + r * math.cos(t), oy + r * math.sin(t)))
    elif shape in ("emerald", "radiant", "princess"):
        w, cut = {"emerald": (0.7, 0.22), "radiant": (0.76, 0.14), "princess": (0.86, 0.0)}[shape]
        hw, hh, c = w * s, (0.86 if shape == "princess" else 1.0) * s, cut * s
        points = [
            (cx - hw + c, cy - hh),
            (cx + hw - c, cy - hh),
            (cx + hw, cy - hh + c),
            (cx + hw, cy + hh - c),
            (cx + hw - c, cy + hh),
            (cx - hw + c, cy + hh),
            (cx - hw, cy + hh - c),
            (cx - hw, cy - hh + c),
        ]
    elif shape == "cushion":
        for t in _angles(40):
            c, n = math.cos(t), math.sin(t)
            x = math.copysign(abs(c) ** 0.5, c) * 0.88 * s
            y = math.copysign(abs(n) ** 0.5, n) * 0.88 * s
            points.append((cx + x, cy + y))
    elif shape == "marquise":
        for i in range(21):
            u = -1 + i / 10
            points.append((cx + 0.46 * s * (1 - u * u), cy + u * s))
        for i in range(1, 20):
            u = 1 - i / 10
            points.append((cx - 0.46 * s * (1 - u * u), cy + u * s))
    elif shape == "square":
        points = [(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s), (cx - s, cy + s)]
    else:  # round
        points = [(cx + s * math.cos(t), cy + s * math.sin(t)) for t in _angles(40)]
    return points


def _angles(count: int) -> list[float]:
    return [2 * math.pi * i / count for i in range(count)]


def _scaled(points: list[tuple[float, float]], cx: float, cy: float, k: float) -> list[tuple[float, float]]:
    return [(cx + (x - cx) * k, cy + (y - cy) * k) for x, y in points]


def _stone(
    d: ImageDraw.ImageDraw,
    shape: str,
    color: str,
    cx: float,
    cy: float,
    s: float,
    setting: str,
    metal: tuple[int, int, int],
) -> None:
    """A stone with its setting: a metal rim for bezels, claws for prongs."""
    rgb = _STONE_RGB.get(color, _STONE_RGB["colorless"])
    points = _shape_points(shape, cx, cy, s)
    if setting in ("bezel", "inlay"):
        rim = _scaled(points, cx, cy, 1.0 + max(3.0, 0.16 * s) / s)
        d.polygon(rim, fill=metal, outline=_shade(metal, 0.55))
    d.polygon(points, fill=rgb, outline=_outline(rgb))
    if s >= 7:
        d.polygon(
            _scaled(points, cx, cy, 0.55), outline=_shade(rgb, 0.8) if sum(rgb) > 600 else _outline(rgb)
        )
        if s >= 12 and shape != "square":
            d.line(
                [(cx - 0.25 * s, cy - 0.3 * s), (cx - 0.05 * s, cy - 0.5 * s)], fill=(255, 255, 255), width=2
            )
    if setting == "prong" and s >= 6:
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        w, h = (max(xs) - min(xs)) / 2, (max(ys) - min(ys)) / 2
        r = max(2.0, s * 0.12)
        if shape in ("pear", "marquise"):
            claws = [(cx, cy - h), (cx - 0.62 * w, cy + 0.45 * h), (cx + 0.62 * w, cy + 0.45 * h)]
            if shape == "marquise":
                claws = [(cx, cy - h), (cx, cy + h), (cx - w, cy), (cx + w, cy)]
        else:
            claws = [(cx + sx * 0.72 * w, cy + sy * 0.72 * h) for sx in (-1, 1) for sy in (-1, 1)]
        for px, py in claws:
            d.ellipse([px - r, py - r, px + r, py + r], fill=metal, outline=_shade(metal, 0.55))


def _band(
    d: ImageDraw.ImageDraw, cx: float, cy: float, radius: float, thickness: float, metal: tuple
) -> None:
    dark = _shade(metal, 0.55)
    d.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=metal, outline=dark, width=2)
    inner = radius - thickness
    d.ellipse([cx - inner, cy - inner, cx + inner, cy + inner], fill=_BACKGROUND, outline=dark, width=2)
    # A highlight on the lower left of the band.
    mid = radius - thickness / 2
    box = [cx - mid, cy - mid, cx + mid, cy + mid]
    d.arc(box, 120, 160, fill=_shade(metal, 1.45), width=max(1, int(thickness / 4)))


def _on_band(cx: float, cy: float, r: float, degrees: float) -> tuple[float, float]:
    t = math.radians(degrees)
    return cx + r * math.cos(t), cy + r * math.sin(t)


def _band_details(
    d: ImageDraw.ImageDraw, details: list, cx: float, cy: float, radius: float, thickness: float, metal: tuple
) -> None:
    dark = _shade(metal, 0.55)
    mid = radius - thickness / 2
    if "milgrain" in details:
        for deg in range(0, 360, 6):
            x, y = _on_band(cx, cy, radius - 3, deg)
            d.ellipse([x - 1, y - 1, x + 1, y + 1], fill=_shade(metal, 0.7))
    if "knife edge" in details:
        d.ellipse([cx - mid, cy - mid, cx + mid, cy + mid], outline=dark, width=1)
    if "hammered" in details:
        for deg in range(0, 360, 18):
            x, y = _on_band(cx, cy, mid + ((deg // 18) % 3 - 1) * thickness * 0.22, deg)
            k = thickness * 0.2
            d.polygon([(x - k, y), (x, y - k), (x + k, y), (x, y + k)], fill=_shade(metal, 0.82))
    if "matte finish" in details:
        for deg in range(0, 360, 6):
            x, y = _on_band(cx, cy, mid, deg)
            d.point((x, y), fill=_shade(metal, 0.8))
    if "filigree" in details:
        for deg in (200, 220, 320, 340):
            x, y = _on_band(cx, cy, mid, deg)
            k = max(1.5, thickness * 0.22)
            d.ellipse([x - k, y - k, x + k, y + k], fill=_BACKGROUND, outline=dark)
    if "split shank" in details:
        d.arc([cx - mid, cy - mid, cx + mid, cy + mid], 215, 325, fill=_BACKGROUND, width=3)
    if "pave band" in details:
        for deg in range(195, 346, 10):
            if 250 <= deg <= 290:
                continue
            x, y = _on_band(cx, cy, mid, deg)
            k = max(1.6, thickness * 0.28)
            d.ellipse([x - k, y - k, x + k, y + k], fill=_STONE_RGB["colorless"], outline=(120, 150, 175))


def draw(product: Product) -> Image.Image:
    """A flat front view of the ring: band in the metal's colour, stones by shape, colour and count."""
    a = product.attributes
    ptype = product.product_type
    metal = _METAL_RGB.get(str(a.get("metal")), _METAL_RGB["white gold"])
    dark = _shade(metal, 0.55)
    width_mm = float(a.get("band_width_mm", 2.0))  # type: ignore[arg-type]
    thickness = max(6.0, min(28.0, 2.0 + width_mm * 4.0))
    details = list(a.get("details") or [])  # type: ignore[arg-type]
    stone = str(a.get("stone_type", NO_STONE))
    shape = str(a.get("stone_shape", "round"))
    color = str(a.get("stone_color", "colorless"))
    setting = str(a.get("setting", "plain"))
    carat = float(a.get("carat_weight", 1.0))  # type: ignore[arg-type]

    image = Image.new("RGB", (_SIZE, _SIZE), _BACKGROUND)
    d = ImageDraw.Draw(image)
    cx, cy, radius = 128.0, 160.0, 74.0
    if ptype in ("eternity", "wedding_band"):
        cy = 128.0
    top = cy - radius

    if ptype == "signet":
        # Raised shoulders, then a flat face.
        d.polygon(
            [(cx - 58, top + 26), (cx + 58, top + 26), (cx + 40, top - 6), (cx - 40, top - 6)], fill=metal
        )
    _band(d, cx, cy, radius, thickness, metal)
    _band_details(d, details, cx, cy, radius, thickness, metal)
    if "cathedral" in details:
        for side in (-1, 1):
            x, y = _on_band(cx, cy, radius - 2, 270 + side * 28)
            d.line([(x, y), (cx + side * 8, top - 18)], fill=metal, width=5)
            d.line([(x, y), (cx + side * 8, top - 18)], fill=dark, width=1)

    main = max(16.0, min(40.0, 14.0 + 11.0 * math.sqrt(carat)))
    if ptype == "solitaire":
        head_y = top - main * 0.75
        d.polygon(
            [(cx - 9, top + 4), (cx + 9, top + 4), (cx + 5, head_y), (cx - 5, head_y)],
            fill=metal,
            outline=dark,
        )
        if "hidden halo" in details:
            for dx in range(-12, 13, 6):
                d.ellipse(
                    [cx + dx - 2.5, top - 8, cx + dx + 2.5, top - 3],
                    fill=_STONE_RGB["colorless"],
                    outline=dark,
                )
        _stone(d, shape, color, cx, head_y, main, setting, metal)
    elif ptype == "halo":
        sy = top - main * 0.85
        size = main * 0.85
        halo = _scaled(_shape_points(shape, cx, sy, size), cx, sy, 1.42)
        d.polygon(halo, fill=metal, outline=dark)
        ring = _scaled(_shape_points(shape, cx, sy, size), cx, sy, 1.22)
        for x, y in ring[:: max(1, len(ring) // 16)]:
            d.ellipse(
                [x - 3.2, y - 3.2, x + 3.2, y + 3.2], fill=_STONE_RGB["colorless"], outline=(120, 150, 175)
            )
        _stone(d, shape, color, cx, sy, size, setting, metal)
    elif ptype == "three_stone":
        side_shape = str(a.get("side_stone_shape", shape))
        side_color = "colorless" if a.get("accent_stones") == "diamond" else color
        size = main * 0.8
        for side in (-1, 1):
            x, y = _on_band(cx, cy, radius + 2, 270 + side * 24)
            _stone(d, side_shape, side_color, x, y - size * 0.35, size * 0.62, setting, metal)
        _stone(d, shape, color, cx, top - size * 0.55, size, setting, metal)
    elif ptype == "toi_et_moi":
        size = main * 0.85
        second_shape = str(a.get("second_stone_shape", shape))
        second_color = str(a.get("second_stone_color", color))
        _stone(d, second_shape, second_color, cx + size * 0.8, top - size * 0.4, size * 0.85, setting, metal)
        _stone(d, shape, color, cx - size * 0.8, top - size * 0.6, size, setting, metal)
    elif ptype == "eternity":
        mid = radius - thickness / 2
        size = thickness * 0.5
        for deg in range(0, 360, 360 // 20):
            x, y = _on_band(cx, cy, mid, deg)
            _stone(d, shape, color, x, y, size, setting if setting != "channel" else "plain", metal)
        if setting == "channel":
            for r in (radius - 1, radius - thickness + 1):
                d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=dark, width=2)
    elif ptype == "wedding_band" and stone != NO_STONE:
        mid = radius - thickness / 2
        size = max(3.5, thickness * 0.42)
        for deg in range(230, 311, 10):
            x, y = _on_band(cx, cy, mid if setting != "prong" else radius, deg)
            _stone(d, shape, color, x, y, size, "plain", metal)
        if setting == "channel":
            d.arc(
                [cx - radius + 1, cy - radius + 1, cx + radius - 1, cy + radius - 1],
                225,
                315,
                fill=dark,
                width=2,
            )
    elif ptype == "signet":
        face = str(a.get("face_shape", "oval"))
        fs = {"round": 24.0, "square": 25.0}.get(face, 28.0)
        fy = top + 2
        points = _shape_points("square" if face == "square" else face, cx, fy, fs)
        if face == "oval":
            points = [
                (cx + 1.3 * (x - cx), fy + 0.78 * (y - fy)) for x, y in _shape_points("round", cx, fy, fs)
            ]
        d.polygon(points, fill=_shade(metal, 1.15), outline=dark)
        inner = _scaled(points, cx, fy, 0.82)
        if stone != NO_STONE:
            d.polygon(inner, fill=_STONE_RGB.get(color, _STONE_RGB["black"]), outline=dark)
        else:
            d.polygon(inner, outline=_shade(metal, 0.75))
    elif ptype == "cocktail":
        size = max(main, 26.0)
        sy = top - size * 0.6
        d.polygon(
            [
                (cx - size * 1.1, top + 6),
                (cx + size * 1.1, top + 6),
                (cx + size * 0.6, sy),
                (cx - size * 0.6, sy),
            ],
            fill=metal,
            outline=dark,
        )
        if a.get("accent_stones") == "diamond":
            halo = _scaled(_shape_points(shape, cx, sy, size), cx, sy, 1.3)
            d.polygon(halo, fill=metal, outline=dark)
            for x, y in _scaled(_shape_points(shape, cx, sy, size), cx, sy, 1.16)[::2]:
                d.ellipse(
                    [x - 3.2, y - 3.2, x + 3.2, y + 3.2],
                    fill=_STONE_RGB["colorless"],
                    outline=(120, 150, 175),
                )
        _stone(d, shape, color, cx, sy, size, setting, metal)
    return image
