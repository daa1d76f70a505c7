"""The rules of `smart_watch` (its data is in `datagen/smart_watch/`): watches and other wearables.

Six product types: smartwatches, fitness trackers, hybrid watches, kids watches, rugged outdoor watches and
GPS running watches. Four attributes are derived from base attributes by the rules that `domain_knowledge.md`
states (`derive`); `draw` pictures the watch.
"""

import math
import re

from PIL import Image, ImageDraw, ImageFont

from salessim_inspect.data.models import Product

# ------------------------------------------------------------------------------------- derived attributes

MULTI_DAY_DAYS = 3
_SWIM_ATM = 5  # 5 ATM or more
_SWIM_METRES = 50  # WR50 or more


def _swim_proof(water_rating: str) -> bool:
    rating = water_rating.strip().lower()
    if match := re.fullmatch(r"(\d+)\s*atm", rating):
        return int(match.group(1)) >= _SWIM_ATM
    if match := re.fullmatch(r"wr\s*(\d+)", rating):
        return int(match.group(1)) >= _SWIM_METRES
    return False  # IP ratings (IP54, IP67, IP68) cover dust, splashes and brief dunks only


def derive(product_type: str, attributes: dict) -> dict:
    """The derived attributes, by the rules `domain_knowledge.md` states."""
    return {
        "swim_proof": _swim_proof(str(attributes.get("water_rating", ""))),
        "multi_day_battery": float(attributes.get("battery_days", 0)) >= MULTI_DAY_DAYS,
        "phone_free_running": attributes.get("gps") == "built-in" and bool(attributes.get("music_storage")),
        "works_with_iphone": "ios" in attributes.get("os_compatibility", []),
    }


_ALL = ("smartwatch", "fitness_tracker", "hybrid_watch", "kids_watch", "rugged_watch", "running_watch")


# ------------------------------------------------------------------------------------------------ images

SIZE = 256
BACKGROUND = (246, 246, 244)
OUTLINE = (70, 70, 74)
_COLOURS = {
    "black": (38, 38, 42),
    "silver": (196, 199, 204),
    "rose gold": (226, 170, 150),
    "gold": (214, 182, 112),
    "cream": (238, 227, 203),
    "white": (250, 250, 250),
    "green": (62, 128, 88),
    "blue": (48, 92, 168),
    "pink": (240, 168, 190),
    "purple": (158, 120, 200),
    "gray": (122, 126, 132),
    "orange": (238, 116, 36),
    "red": (204, 48, 48),
    "brown": (126, 78, 44),
}
# The colour each value of the visual attribute is painted in (tests read it back from the PNGs).
VISUAL_COLOURS = _COLOURS
_FONT_CACHE: dict[int, ImageFont.ImageFont] = {}


def _font(size: int):
    if size not in _FONT_CACHE:
        try:
            _FONT_CACHE[size] = ImageFont.load_default(size=size)
        except (TypeError, OSError):  # very old Pillow: bitmap font only
            _FONT_CACHE[size] = ImageFont.load_default()
    return _FONT_CACHE[size]


def _rgb(name: str) -> tuple[int, int, int]:
    return _COLOURS.get(str(name).lower(), (150, 150, 150))


def _shade(colour: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    if factor < 1:
        return tuple(int(c * factor) for c in colour)  # type: ignore[return-value]
    return tuple(int(c + (255 - c) * (factor - 1)) for c in colour)  # type: ignore[return-value]


def _edge(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    """A visible outline for a part of this colour."""
    return _shade(colour, 0.6) if sum(colour) > 200 else _shade(colour, 1.6)


def _text(d: ImageDraw.ImageDraw, centre: tuple[float, float], text: str, size: int, fill) -> None:
    d.text(centre, text, font=_font(size), fill=fill, anchor="mm")


def _strap(d, box, colour, material, holes: bool) -> None:
    """One strap piece in `box`, textured by material."""
    x0, y0, x1, y1 = box
    edge = _edge(colour)
    if material == "stainless steel":
        d.rectangle(box, fill=colour, outline=edge)
        for y in range(int(y0) + 3, int(y1), 4):
            d.line([(x0 + 2, y), (x1 - 2, y)], fill=_shade(colour, 0.82))
        return
    d.rounded_rectangle(box, radius=8, fill=colour, outline=edge, width=2)
    if material == "nylon":
        for y in range(int(y0) + 5, int(y1) - 3, 6):
            d.line([(x0 + 3, y), (x1 - 3, y)], fill=_shade(colour, 0.8 if sum(colour) > 200 else 1.35))
    elif material == "leather":
        stitch = _shade(colour, 1.5)
        for y in range(int(y0) + 6, int(y1) - 6, 8):
            d.line([(x0 + 5, y), (x0 + 5, y + 4)], fill=stitch)
            d.line([(x1 - 5, y), (x1 - 5, y + 4)], fill=stitch)
    elif material == "resin":
        for y in range(int(y0) + 8, int(y1) - 6, 10):
            d.line(
                [(x0 + 3, y), (x1 - 3, y)], fill=_shade(colour, 1.4 if sum(colour) < 200 else 0.8), width=2
            )
    if holes and material in ("silicone", "fluoroelastomer", "leather", "resin"):
        cx = (x0 + x1) / 2
        for y in range(int(y0) + 14, int(y1) - 10, 11):
            d.ellipse(
                [cx - 2.5, y - 2.5, cx + 2.5, y + 2.5],
                fill=_shade(colour, 0.55 if sum(colour) > 200 else 0.4),
            )


def _straps(d, width: int, top: int, bottom: int, a: dict) -> None:
    colour, material = _rgb(a.get("strap_colour", "black")), a.get("strap_material", "silicone")
    x0, x1 = SIZE / 2 - width / 2, SIZE / 2 + width / 2
    _strap(d, (x0, 4, x1, top), colour, material, holes=False)
    _strap(d, (x0, bottom, x1, SIZE - 4), colour, material, holes=True)
    if material == "leather":
        d.rectangle([x0 - 4, SIZE - 40, x1 + 4, SIZE - 30], outline=(190, 190, 195), width=3)


def _screen_colours(display: str) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """(background, ink) of a screen technology."""
    return {
        "amoled": ((8, 8, 10), (245, 245, 245)),
        "oled": ((8, 8, 10), (230, 230, 230)),
        "lcd": ((28, 40, 58), (235, 240, 250)),
        "e-ink": ((222, 222, 212), (30, 30, 30)),
        "transflective": ((196, 208, 186), (24, 32, 24)),
    }.get(display, ((8, 8, 10), (245, 245, 245)))


def _rings(d, cx: float, cy: float, r: float) -> None:
    for i, colour in enumerate([(250, 60, 90), (150, 230, 40), (60, 200, 240)]):
        rr = r - i * 7
        d.arc([cx - rr, cy - rr, cx + rr, cy + rr], start=-90, end=-90 + 250 - i * 60, fill=colour, width=5)


def _screen_content(d, box, display: str, style: str) -> None:
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w = x1 - x0
    bg, ink = _screen_colours(display)
    colourful = display in ("amoled", "lcd")
    if style == "rings":
        _text(d, (cx, cy - w * 0.22), "10:09", int(w * 0.2), ink)
        if colourful:
            _rings(d, cx, cy + w * 0.14, w * 0.2)
        else:
            d.arc([cx - w * 0.18, cy - w * 0.04, cx + w * 0.18, cy + w * 0.32], 200, 340, fill=ink, width=4)
    elif style == "pace":
        _text(d, (cx, cy - w * 0.2), "5:12", int(w * 0.24), ink)
        _text(d, (cx, cy + w * 0.04), "/km  8.42", int(w * 0.1), ink)
        zone = [(60, 160, 240), (80, 200, 90), (250, 200, 40), (245, 120, 40), (230, 50, 50)]
        seg = w * 0.6 / 5
        for i, colour in enumerate(zone):
            fill = colour if colourful or display == "transflective" else ink
            d.rectangle(
                [cx - w * 0.3 + i * seg, cy + w * 0.2, cx - w * 0.3 + (i + 1) * seg - 2, cy + w * 0.27],
                fill=fill,
            )
    elif style == "outdoor":
        _text(d, (cx, cy - w * 0.08), "10:09", int(w * 0.22), ink)
        _text(d, (cx, cy + w * 0.17), "N  1,240 m", int(w * 0.1), ink)
        accent = (250, 150, 30) if colourful or display == "transflective" else ink
        d.arc([x0 + 6, y0 + 6, x1 - 6, y1 - 6], 200, 340, fill=accent, width=4)
    elif style == "kids":
        face = (255, 210, 60)
        r = w * 0.26
        d.ellipse([cx - r, cy - r * 0.9, cx + r, cy + r * 1.1], fill=face if display != "oled" else ink)
        eye = (30, 30, 30)
        d.ellipse([cx - r * 0.45, cy - r * 0.3, cx - r * 0.2, cy - r * 0.02], fill=eye)
        d.ellipse([cx + r * 0.2, cy - r * 0.3, cx + r * 0.45, cy - r * 0.02], fill=eye)
        d.arc([cx - r * 0.5, cy - r * 0.2, cx + r * 0.5, cy + r * 0.65], 20, 160, fill=eye, width=3)
        _text(d, (cx, y0 + w * 0.13), "3:45", int(w * 0.12), ink)
    elif style == "band":
        _text(d, (cx, cy - (y1 - y0) * 0.22), "10", int(w * 0.42), ink)
        _text(d, (cx, cy + (y1 - y0) * 0.02), "09", int(w * 0.42), ink)
        heart = (240, 70, 90) if colourful else ink
        hx, hy = cx, cy + (y1 - y0) * 0.28
        d.ellipse([hx - 8, hy - 6, hx, hy + 2], fill=heart)
        d.ellipse([hx, hy - 6, hx + 8, hy + 2], fill=heart)
        d.polygon([(hx - 8, hy - 1), (hx + 8, hy - 1), (hx, hy + 9)], fill=heart)


def _crown(d, x: float, y: float, colour, height: int = 22) -> None:
    d.rounded_rectangle(
        [x, y - height / 2, x + 9, y + height / 2], radius=3, fill=colour, outline=_edge(colour)
    )


def _round_watch(d, a: dict, r: int, style: str, buttons: tuple[int, int]) -> None:
    cx = cy = SIZE / 2
    case = _rgb(a.get("colour", "black"))
    left, right = buttons
    for i in range(left):
        y = cy - (left - 1) * 17 + i * 34
        d.rounded_rectangle([cx - r - 9, y - 8, cx - r + 4, y + 8], radius=3, fill=_shade(case, 0.8))
    for i in range(right):
        y = cy - (right - 1) * 20 + i * 40
        _crown(d, cx + r - 4, y, _shade(case, 0.85), 18)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=case, outline=_edge(case), width=3)
    inner = r - (14 if style == "outdoor" else 9)
    if style == "outdoor":
        for k in range(12):
            ang = math.radians(k * 30)
            x0, y0 = cx + (r - 4) * math.cos(ang), cy + (r - 4) * math.sin(ang)
            x1, y1 = cx + (r - 11) * math.cos(ang), cy + (r - 11) * math.sin(ang)
            d.line([(x0, y0), (x1, y1)], fill=_edge(case), width=2)
    bg, _ = _screen_colours(a.get("display", "amoled"))
    d.ellipse([cx - inner, cy - inner, cx + inner, cy + inner], fill=bg)
    _screen_content(d, (cx - inner, cy - inner, cx + inner, cy + inner), a.get("display", "amoled"), style)


def _square_watch(d, a: dict, half_w: int, half_h: int, style: str, rugged: bool = False) -> None:
    cx = cy = SIZE / 2
    case = _rgb(a.get("colour", "black"))
    _crown(d, cx + half_w - 4, cy - half_h * 0.35, _shade(case, 0.85), 24)
    d.rounded_rectangle(
        [cx + half_w - 2, cy + half_h * 0.1, cx + half_w + 5, cy + half_h * 0.45],
        radius=2,
        fill=_shade(case, 0.8),
    )
    if rugged:
        d.rounded_rectangle(
            [cx - half_w - 7, cy - half_h * 0.3, cx - half_w + 2, cy + half_h * 0.05],
            radius=2,
            fill=(238, 116, 36),
        )
    d.rounded_rectangle(
        [cx - half_w, cy - half_h, cx + half_w, cy + half_h],
        radius=int(half_w * 0.42),
        fill=case,
        outline=_edge(case),
        width=3,
    )
    bezel = 12 if rugged else 9
    screen = [cx - half_w + bezel, cy - half_h + bezel, cx + half_w - bezel, cy + half_h - bezel]
    bg, _ = _screen_colours(a.get("display", "amoled"))
    d.rounded_rectangle(screen, radius=int(half_w * 0.32), fill=bg)
    _screen_content(d, screen, a.get("display", "amoled"), style)


def _cushion_watch(d, a: dict) -> None:
    cx = cy = SIZE / 2
    case = _rgb(a.get("colour", "gray"))
    _crown(d, cx + 68, cy - 26, _shade(case, 0.85), 16)
    _crown(d, cx + 68, cy + 26, _shade(case, 0.85), 16)
    d.rounded_rectangle(
        [cx - 74, cy - 74, cx + 74, cy + 74], radius=34, fill=case, outline=_edge(case), width=3
    )
    r = 58
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=_shade(case, 0.7))
    r -= 6
    bg, _ = _screen_colours(a.get("display", "amoled"))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=bg)
    _screen_content(d, (cx - r, cy - r, cx + r, cy + r), a.get("display", "amoled"), "outdoor")


def _hybrid(d, a: dict) -> None:
    cx = cy = SIZE / 2
    size = float(a.get("case_size_mm", 40))
    r = int(58 + (size - 38) * 1.6)
    case = _rgb(a.get("colour", "silver"))
    dial = _rgb(a.get("dial_colour", "white"))
    _crown(d, cx + r - 3, cy, _shade(case, 0.85), 16)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=case, outline=_edge(case), width=3)
    rd = r - 9
    d.ellipse([cx - rd, cy - rd, cx + rd, cy + rd], fill=dial, outline=_shade(case, 0.8))
    mark = (40, 40, 40) if sum(dial) > 400 else (235, 235, 235)
    for k in range(12):
        ang = math.radians(k * 30)
        length = 10 if k % 3 == 0 else 5
        x0, y0 = cx + (rd - 4) * math.sin(ang), cy - (rd - 4) * math.cos(ang)
        x1, y1 = cx + (rd - 4 - length) * math.sin(ang), cy - (rd - 4 - length) * math.cos(ang)
        d.line([(x0, y0), (x1, y1)], fill=mark, width=3 if k % 3 == 0 else 2)
    display = a.get("display", "none")
    if display == "none":
        sr = rd * 0.28
        sy = cy + rd * 0.45
        d.ellipse([cx - sr, sy - sr, cx + sr, sy + sr], outline=mark, width=2)
        d.line([(cx, sy), (cx + sr * 0.6, sy - sr * 0.5)], fill=(220, 60, 60), width=2)
    else:
        bg, ink = _screen_colours(display)
        wy = cy + rd * 0.42
        d.rounded_rectangle([cx - rd * 0.38, wy - 11, cx + rd * 0.38, wy + 11], radius=5, fill=bg)
        _text(d, (cx, wy), "8,412", 14, ink if display != "amoled" else (120, 220, 120))
    hand = mark
    for ang_deg, length, width in ((300, rd * 0.5, 5), (60, rd * 0.78, 3)):
        ang = math.radians(ang_deg)
        d.line([(cx, cy), (cx + length * math.sin(ang), cy - length * math.cos(ang))], fill=hand, width=width)
    d.ellipse([cx - 5, cy - 5, cx + 5, cy + 5], fill=_rgb(a.get("colour", "silver")), outline=hand)


def _tracker(d, a: dict, style: str = "band") -> None:
    cx = SIZE / 2
    strap = _rgb(a.get("strap_colour", "black"))
    case = _rgb(a.get("colour", "black"))
    material = a.get("strap_material", "silicone")
    _strap(d, (cx - 30, 6, cx + 30, SIZE - 6), strap, material, holes=False)
    if material in ("silicone", "fluoroelastomer"):
        for y in range(200, 244, 11):
            d.ellipse(
                [cx - 2.5, y - 2.5, cx + 2.5, y + 2.5], fill=_shade(strap, 0.55 if sum(strap) > 200 else 0.4)
            )
    display = a.get("display", "amoled")
    if display == "screenless":
        d.rounded_rectangle([cx - 36, 78, cx + 36, 178], radius=22, fill=case, outline=_edge(case), width=3)
        d.ellipse([cx - 5, 123, cx + 5, 133], fill=_edge(case))
        return
    d.rounded_rectangle([cx - 38, 48, cx + 38, 208], radius=30, fill=case, outline=_edge(case), width=3)
    screen = (cx - 28, 60, cx + 28, 196)
    bg, _ = _screen_colours(display)
    d.rounded_rectangle(screen, radius=22, fill=bg)
    if style == "kids":
        _screen_content(d, (cx - 28, 70, cx + 28, 186), display, "kids")
    else:
        _screen_content(d, screen, display, "band")


def draw(product: Product) -> Image.Image:
    """A flat illustration of `product`: silhouette by product type, colours from its attributes."""
    a = product.attributes
    image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
    d = ImageDraw.Draw(image)
    kind = product.product_type
    shape = a.get("case_shape", "round")
    if kind == "fitness_tracker" or (kind == "kids_watch" and shape == "rectangular"):
        _tracker(d, a, "kids" if kind == "kids_watch" else "band")
    elif kind == "hybrid_watch":
        _straps(d, 62, 72, 184, a)
        _hybrid(d, a)
    elif kind == "kids_watch":
        _straps(d, 74, 70, 186, a)
        if shape == "round":
            _round_watch(d, a, 66, "kids", (0, 1))
        else:
            _square_watch(d, a, 66, 72, "kids")
    elif kind == "rugged_watch":
        _straps(d, 84, 60, 196, a)
        if shape == "square":
            _square_watch(d, a, 72, 84, "outdoor", rugged=True)
        elif shape == "cushion":
            _cushion_watch(d, a)
        else:
            _round_watch(d, a, 78, "outdoor", (2, 2))
    elif kind == "running_watch":
        _straps(d, 64, 70, 186, a)
        _round_watch(d, a, 68, "pace", (3, 2))
    else:
        _straps(d, 68, 66, 190, a)
        if shape == "square":
            _square_watch(d, a, 60, 72, "rings")
        else:
            _round_watch(d, a, 68, "rings", (0, 2))
    return image
