"""The rules of `female_clothing` (its data is in `datagen/female_clothing/`).

`derive` adds four fabric-property booleans (breathable, moisture_wicking, wrinkle_resistant, warm) by the
rules that `domain_knowledge.md` states in words, so a shopper has to infer them from the fibre content, the
knit/woven construction and the insulation; `draw` pictures a garment from its attributes.
"""

from PIL import Image, ImageDraw

from salessim_inspect.data.models import Product

BOTTOMS = ("jeans", "leggings", "sweatpants")
TOPS = ("blouse", "dress", "sweater")

# ------------------------------------------------------------------------------------ derived attributes

BREATHABLE_FIBRES = ("cotton", "linen", "silk", "rayon", "lyocell", "modal")
WICKING_FIBRES = ("polyester", "nylon", "wool")
SMOOTH_RECOVERY_FIBRES = ("polyester", "nylon", "wool", "cashmere", "acrylic")
INSULATING_FIBRES = ("wool", "cashmere", "acrylic")
INSULATION_TYPES = ("fleece", "sherpa", "down")


def derive(product_type: str, attributes: dict) -> dict:
    """Fabric properties from the main fibre, the construction and the insulation (see domain_knowledge.md)."""
    fibre = str(attributes.get("fabric", "")).lower()
    construction = str(attributes.get("construction", "")).lower()
    insulation = str(attributes.get("insulation", "none")).lower()
    return {
        "breathable": fibre in BREATHABLE_FIBRES,
        "moisture_wicking": fibre in WICKING_FIBRES,
        "wrinkle_resistant": fibre in SMOOTH_RECOVERY_FIBRES or construction == "knit",
        "warm": fibre in INSULATING_FIBRES or insulation in INSULATION_TYPES,
    }


# ------------------------------------------------------------------------------------------------- draw

_SIZE = 256
_BACKGROUND = (246, 245, 242)
_PALETTE: dict[str, tuple[int, int, int]] = {
    "black": (34, 34, 38),
    "white": (252, 252, 250),
    "ivory": (250, 245, 228),
    "cream": (242, 232, 206),
    "beige": (214, 195, 160),
    "camel": (193, 146, 92),
    "brown": (116, 78, 50),
    "rust": (178, 84, 45),
    "gray": (150, 152, 156),
    "charcoal": (70, 72, 78),
    "navy": (26, 34, 78),
    "medium blue": (92, 136, 196),
    "dark blue": (48, 78, 134),
    "light blue": (156, 192, 226),
    "teal": (20, 128, 128),
    "green": (26, 110, 70),
    "olive": (120, 124, 52),
    "red": (200, 38, 42),
    "burgundy": (118, 28, 48),
    "pink": (236, 150, 180),
    "yellow": (246, 206, 40),
}
# The colour each value of the visual attribute is painted in (tests read it back from the PNGs).
VISUAL_COLOURS = _PALETTE
_DENIM = ("medium blue", "dark blue", "light blue")

Point = tuple[float, float]


def _colour(name: object) -> tuple[int, int, int]:
    return _PALETTE.get(str(name).lower(), (160, 160, 160))


def _scale(colour: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, round(c * factor))) for c in colour)  # type: ignore[return-value]


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def _luma(colour: tuple[int, int, int]) -> float:
    r, g, b = colour
    return 0.3 * r + 0.59 * g + 0.11 * b


def _line_colour(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    return _scale(colour, 0.55) if _luma(colour) > 80 else _mix(colour, (255, 255, 255), 0.45)


def _pattern_layer(base: tuple[int, int, int], accent: tuple[int, int, int], pattern: str) -> Image.Image:
    """A full-canvas fill of the garment's colour and pattern (flat colours only)."""
    layer = Image.new("RGB", (_SIZE, _SIZE), base)
    draw = ImageDraw.Draw(layer)
    if pattern == "striped":
        for y in range(4, _SIZE, 16):
            draw.rectangle((0, y, _SIZE, y + 6), fill=accent)
    elif pattern == "polka dot":
        for row, y in enumerate(range(6, _SIZE, 18)):
            for x in range(6 + (row % 2) * 9, _SIZE, 18):
                draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=accent)
    elif pattern == "floral":
        centre = (246, 214, 90) if _luma(accent) > 90 else _mix(accent, (255, 255, 255), 0.6)
        for row, y in enumerate(range(10, _SIZE, 26)):
            for x in range(10 + (row % 2) * 13, _SIZE, 26):
                for dx, dy in ((0, -5), (5, -1), (3, 5), (-3, 5), (-5, -1)):
                    draw.ellipse((x + dx - 4, y + dy - 4, x + dx + 4, y + dy + 4), fill=accent)
                draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=centre)
    elif pattern == "gingham":
        half = _mix(base, accent, 0.5)
        for pos in range(0, _SIZE, 16):
            draw.rectangle((0, pos, _SIZE, pos + 7), fill=half)
        for pos in range(0, _SIZE, 16):
            draw.rectangle((pos, 0, pos + 7, _SIZE), fill=half)
        for y in range(0, _SIZE, 16):
            for x in range(0, _SIZE, 16):
                draw.rectangle((x, y, x + 7, y + 7), fill=accent)
    elif pattern == "plaid":
        dark = _scale(base, 0.6)
        for pos in range(6, _SIZE, 30):
            draw.rectangle((0, pos, _SIZE, pos + 7), fill=accent)
            draw.rectangle((pos, 0, pos + 7, _SIZE), fill=accent)
        for pos in range(20, _SIZE, 30):
            draw.line((0, pos, _SIZE, pos), fill=dark, width=2)
            draw.line((pos, 0, pos, _SIZE), fill=dark, width=2)
    elif pattern == "leopard":
        for row, y in enumerate(range(8, _SIZE, 20)):
            for x in range(8 + (row % 2) * 10, _SIZE, 20):
                draw.ellipse((x - 5, y - 3, x + 5, y + 4), outline=accent, width=2)
    return layer


class _Canvas:
    """Painter's-algorithm drawing: each shape is filled with the garment fill, then outlined."""

    def __init__(self, fill: Image.Image, line: tuple[int, int, int], base: tuple[int, int, int]):
        self.base = base
        self.image = Image.new("RGB", (_SIZE, _SIZE), _BACKGROUND)
        self.fill = fill
        self.line = line
        self.draw = ImageDraw.Draw(self.image)

    def _mask(self, kind: str, geometry) -> Image.Image:
        mask = Image.new("L", (_SIZE, _SIZE), 0)
        draw = ImageDraw.Draw(mask)
        if kind == "poly":
            draw.polygon(geometry, fill=255)
        elif kind == "ellipse":
            draw.ellipse(geometry, fill=255)
        else:
            draw.rectangle(geometry, fill=255)
        return mask

    def shape(
        self, kind: str, geometry, fill: Image.Image | tuple | None = None, outline: bool = True
    ) -> None:
        source = self.fill if fill is None else fill
        mask = self._mask(kind, geometry)
        if isinstance(source, Image.Image):
            self.image.paste(source, (0, 0), mask)
        else:
            self.image.paste(source, (0, 0, _SIZE, _SIZE), mask)
        if outline:
            if kind == "poly":
                self.draw.polygon(geometry, outline=self.line, width=2)
            elif kind == "ellipse":
                self.draw.ellipse(geometry, outline=self.line, width=2)
            else:
                self.draw.rectangle(geometry, outline=self.line, width=2)

    def cut(self, kind: str, geometry) -> None:
        """Cut a neckline out of what is drawn: fill with the background, outline only the lower edge."""
        self.shape(kind, geometry, fill=_BACKGROUND, outline=False)
        if kind == "ellipse":
            self.draw.arc(geometry, 0, 180, fill=self.line, width=2)
        elif kind == "rect":
            x0, y0, x1, y1 = geometry
            self.draw.line([(x0, y0), (x0, y1), (x1, y1), (x1, y0)], fill=self.line, width=2)
        else:
            top = min(y for _, y in geometry)
            for (x0, y0), (x1, y1) in zip(geometry, geometry[1:] + geometry[:1], strict=True):
                if not (y0 <= top + 1 and y1 <= top + 1):
                    self.draw.line([(x0, y0), (x1, y1)], fill=self.line, width=2)

    def line_(self, points, width: int = 2, colour: tuple | None = None) -> None:
        self.draw.line(points, fill=colour or self.line, width=width)

    def dot(self, x: float, y: float, r: float, colour: tuple | None = None) -> None:
        self.draw.ellipse((x - r, y - r, x + r, y + r), fill=colour or self.line)


_SLEEVE_DIRECTION = (0.5, 0.866)
_SLEEVE_LENGTH = {"sleeveless": 0, "short": 30, "elbow": 58, "three quarter": 82, "long": 108}
_TOP_WIDTH = {"fitted": (42, 38), "regular": (46, 44), "relaxed": (50, 50), "oversized": (56, 56)}


def _sleeves(c: _Canvas, cx: float, top: float, shoulder: float, length: float, cuff: bool) -> None:
    """Two sleeves hanging from the shoulders, angled slightly outwards."""
    if length <= 0:
        return
    dx, dy = _SLEEVE_DIRECTION
    width = 30
    for side in (-1, 1):
        sx, sy = cx + side * shoulder, top + 6
        ax, ay = cx + side * (shoulder - 4), top + 44
        ex, ey = sx + side * dx * length, sy + dy * length
        ix, iy = ex - side * width * dy, ey + width * dx
        if iy < ay:
            ix, iy = ax - side * 2, ay
        c.shape("poly", [(sx, sy), (ex, ey), (ix, iy), (ax, ay)])
        if cuff:
            t = 10 / max(length, 10)
            c.line_([(ex - (ex - sx) * t, ey - (ey - sy) * t), (ix - (ix - ax) * t, iy - (iy - ay) * t)])


def _body(c: _Canvas, cx: float, top: float, hem: float, shoulder: float, hem_half: float) -> list[Point]:
    points = [
        (cx - 20, top - 4),
        (cx + 20, top - 4),
        (cx + shoulder, top + 6),
        (cx + shoulder - 4, top + 44),
        (cx + hem_half, hem),
        (cx - hem_half, hem),
        (cx - shoulder + 4, top + 44),
        (cx - shoulder, top + 6),
    ]
    c.shape("poly", points)
    return points


def _neckline(c: _Canvas, cx: float, top: float, neckline: str) -> None:
    if neckline == "crew":
        c.cut("ellipse", (cx - 17, top - 16, cx + 17, top + 12))
    elif neckline == "scoop":
        c.cut("ellipse", (cx - 24, top - 22, cx + 24, top + 26))
    elif neckline == "v-neck":
        c.cut("poly", [(cx - 19, top - 5), (cx + 19, top - 5), (cx, top + 38)])
    elif neckline == "square":
        c.cut("rect", (cx - 24, top - 5, cx + 24, top + 20))
    elif neckline == "boat":
        c.cut("ellipse", (cx - 34, top - 12, cx + 34, top + 7))
    elif neckline == "cowl":
        c.cut("ellipse", (cx - 22, top - 14, cx + 22, top + 10))
        for depth in (14, 22):
            c.draw.arc((cx - 20, top - 10, cx + 20, top + depth), 20, 160, fill=c.line, width=2)
    elif neckline in ("turtleneck", "mock neck"):
        height = 24 if neckline == "turtleneck" else 13
        c.shape("rect", (cx - 17, top - 4 - height, cx + 17, top + 2))
        if neckline == "turtleneck":
            c.line_([(cx - 17, top - 12), (cx + 17, top - 12)])
    elif neckline == "collared":
        c.cut("poly", [(cx - 14, top - 5), (cx + 14, top - 5), (cx, top + 16)])
        c.shape("poly", [(cx - 18, top - 8), (cx - 1, top + 16), (cx - 24, top + 16)])
        c.shape("poly", [(cx + 18, top - 8), (cx + 1, top + 16), (cx + 24, top + 16)])
    elif neckline == "tie neck":
        c.cut("ellipse", (cx - 15, top - 14, cx + 15, top + 10))
        bow = c.base
        c.shape("poly", [(cx - 3, top + 10), (cx - 12, top + 44), (cx - 4, top + 44)], fill=bow)
        c.shape("poly", [(cx + 3, top + 10), (cx + 12, top + 42), (cx + 4, top + 42)], fill=bow)
        c.shape("poly", [(cx, top + 10), (cx - 18, top + 1), (cx - 18, top + 19)], fill=bow)
        c.shape("poly", [(cx, top + 10), (cx + 18, top + 1), (cx + 18, top + 19)], fill=bow)
        c.shape("ellipse", (cx - 5, top + 5, cx + 5, top + 15), fill=bow)


def _buttons(c: _Canvas, cx: float, start: float, end: float, colour: tuple | None = None) -> None:
    c.line_([(cx, start), (cx, end)])
    y = start + 8
    while y < end - 4:
        c.dot(cx + 5, y, 2.5, colour)
        y += 20


def _rib_band(c: _Canvas, x0: float, x1: float, y0: float, y1: float) -> None:
    c.line_([(x0, y0), (x1, y0)])
    x = x0 + 5
    while x < x1 - 2:
        c.line_([(x, y0 + 2), (x, y1 - 2)], width=1)
        x += 5


def _draw_top(c: _Canvas, a: dict, product_type: str) -> None:
    cx, top = 128.0, 46.0
    hems = {"cropped": 150, "hip": 192, "tunic": 218}
    hem = hems.get(str(a.get("length")), 192)
    shoulder, hem_half = _TOP_WIDTH.get(str(a.get("fit")), (46, 44))
    sweater = product_type == "sweater"
    _sleeves(c, cx, top, shoulder, _SLEEVE_LENGTH.get(str(a.get("sleeve")), 108), cuff=sweater)
    _body(c, cx, top, hem, shoulder, hem_half)
    if sweater:
        _rib_band(c, cx - hem_half + 1, cx + hem_half - 1, hem - 12, hem)
    _neckline(c, cx, top, str(a.get("neckline")))
    if a.get("closure") == "button":
        _buttons(c, cx, top + 18, hem - (12 if sweater else 2))
    if a.get("closure") == "wrap":
        c.line_([(cx - 19, top - 4), (cx + hem_half - 8, hem - 40)])
        c.shape("ellipse", (cx + hem_half - 14, hem - 46, cx + hem_half - 2, hem - 34))


def _draw_dress(c: _Canvas, a: dict) -> None:
    cx, top = 128.0, 24.0
    hem = {"mini": 150, "knee": 184, "midi": 216, "maxi": 248}.get(str(a.get("length")), 200)
    fit = str(a.get("fit"))
    waist = top + 78
    shoulder = 40 if fit == "fitted" else 44
    _sleeves(c, cx, top, shoulder, _SLEEVE_LENGTH.get(str(a.get("sleeve")), 0), cuff=False)
    if fit == "relaxed":
        _body(c, cx, top, hem, shoulder, 52 + (hem - 150) * 0.12)
    else:
        # a-line and wrap skirts flare out from the waist, a fitted skirt stays narrow
        skirt_half = 42.0 if fit == "fitted" else 40 + (hem - waist) * 0.36
        c.shape(
            "poly",
            [(cx - 34, waist - 2), (cx + 34, waist - 2), (cx + skirt_half, hem), (cx - skirt_half, hem)],
        )
        _body(c, cx, top, waist, shoulder, 34)
        c.line_([(cx - 34, waist), (cx + 34, waist)])
        if fit == "wrap":
            c.line_([(cx - 19, top - 4), (cx + 30, waist)])
            c.line_([(cx + 30, waist), (cx + skirt_half - 22, hem)])
            c.shape("poly", [(cx + 30, waist), (cx + 40, waist + 30), (cx + 34, waist + 32)])
    _neckline(c, cx, top, str(a.get("neckline")))
    if a.get("closure") == "button":
        _buttons(c, cx, top + 18, hem - 4)
    if "side" in a.get("pockets", []) and fit == "relaxed":
        for side in (-1, 1):
            c.line_([(cx + side * 40, waist + 10), (cx + side * 42, waist + 34)])


def _draw_jacket(c: _Canvas, a: dict, denim_stitch: tuple) -> None:
    cx, top = 128.0, 44.0
    hem = {"cropped": 150, "hip": 182, "thigh": 206, "knee": 250}.get(str(a.get("length")), 182)
    shoulder, hem_half = _TOP_WIDTH.get(str(a.get("fit")), (46, 44))
    shoulder += 4
    hem_half += 4
    insulation = str(a.get("insulation"))
    collar = str(a.get("collar"))
    if collar == "hood":
        c.shape("ellipse", (cx - 30, top - 40, cx + 30, top + 16))
        c.cut("ellipse", (cx - 18, top - 26, cx + 18, top + 8))
    _sleeves(c, cx, top, shoulder, 112, cuff=True)
    _body(c, cx, top, hem, shoulder, hem_half)
    if insulation == "down":
        y = top + 18
        while y < hem - 6:
            c.line_([(cx - hem_half + 2, y), (cx + hem_half - 2, y)])
            y += 20
        for side in (-1, 1):
            for t in (0.3, 0.55, 0.8):
                sx = cx + side * (shoulder + _SLEEVE_DIRECTION[0] * 112 * t)
                sy = top + 6 + _SLEEVE_DIRECTION[1] * 112 * t
                c.line_([(sx - side * 2, sy), (sx - side * 26, sy + 14)])
    if insulation == "sherpa":
        sherpa = _colour("cream")
        c.shape(
            "poly", [(cx - 3, top + 2), (cx + 3, top + 2), (cx + 3, hem - 2), (cx - 3, hem - 2)], fill=sherpa
        )
    # centre front
    closure = str(a.get("closure"))
    if closure == "zip":
        c.line_([(cx, top - 4), (cx, hem)], width=3, colour=_scale(c.line, 0.8))
        c.shape("rect", (cx - 3, top + 4, cx + 3, top + 14), fill=(200, 200, 200))
    else:
        _buttons(c, cx, top - 2, hem, colour=denim_stitch if a.get("cloth") == "denim" else None)
    # collars
    if collar == "notched lapel":
        c.shape("poly", [(cx - 20, top - 4), (cx - 2, top + 70), (cx - 26, top + 30), (cx - 34, top + 14)])
        c.shape("poly", [(cx + 20, top - 4), (cx + 2, top + 70), (cx + 26, top + 30), (cx + 34, top + 14)])
    elif collar == "point":
        fill = _colour("cream") if insulation == "sherpa" else None
        c.shape("poly", [(cx - 22, top - 8), (cx - 2, top + 22), (cx - 30, top + 20)], fill=fill)
        c.shape("poly", [(cx + 22, top - 8), (cx + 2, top + 22), (cx + 30, top + 20)], fill=fill)
    elif collar == "stand":
        c.shape("rect", (cx - 20, top - 16, cx + 20, top + 2))
        c.line_([(cx, top - 16), (cx, top + 2)], width=3, colour=_scale(c.line, 0.8))
    # pockets
    pockets = a.get("pockets", [])
    if "chest" in pockets:
        for side in (-1, 1):
            x = cx + side * 24
            c.shape("rect", (min(x, x + side * 22), top + 34, max(x, x + side * 22), top + 54))
            c.line_([(min(x, x + side * 22), top + 42), (max(x, x + side * 22), top + 42)])
    if "side" in pockets or "zip" in pockets:
        y = hem - 44 if hem < 220 else hem - 110
        for side in (-1, 1):
            x0 = cx + side * 14
            x1 = cx + side * (hem_half - 12)
            if "zip" in pockets:
                c.line_([(x0, y), (x1, y - side * 0 - 10)], width=2)
            else:
                c.line_([(x0, y - 10), (x1, y)], width=2)
    if a.get("cloth") == "denim":
        for side in (-1, 1):
            c.line_(
                [(cx + side * 8, hem - 16), (cx + side * (hem_half - 2), hem - 16)],
                width=1,
                colour=denim_stitch,
            )


_LEG_HEM = {
    "skinny": 12,
    "slim": 15,
    "straight": 19,
    "relaxed": 24,
    "wide leg": 31,
    "bootcut": 22,
    "flare": 29,
    "jogger": 14,
    "compression": 12,
    "regular": 13,
}
_RISE = {"high": 88, "mid": 74, "low": 60}


def _draw_pants(c: _Canvas, a: dict, product_type: str, stitch: tuple) -> None:
    cx, crotch = 128.0, 106.0
    waist = crotch - _RISE.get(str(a.get("rise")), 74)
    inseam = float(a.get("inseam", 30) or 30)
    hem = min(250.0, crotch + inseam * 4.2)
    fit = str(a.get("fit"))
    half = _LEG_HEM.get(fit, 18)
    if product_type == "leggings" and fit == "flare":
        half = 24
    spread = 30 + max(0.0, half - 19) * 0.5
    knee_y = crotch + (hem - crotch) * 0.5
    points: list[Point] = [(cx - 44, waist), (cx + 44, waist), (cx + 52, crotch - 18)]
    flared = fit in ("bootcut", "flare")
    for side in (1, -1):
        centre = cx + side * spread
        if side == -1:
            points.append((cx, crotch))
        if flared and side == 1:
            points.append((cx + side * 44, knee_y))
        if side == 1:
            points += [(centre + half, hem), (centre - half, hem)]
            if flared:
                points.append((cx + 12, knee_y))
        else:
            if flared:
                points.append((cx - 12, knee_y))
            points += [(centre + side * -half, hem), (centre - side * -half, hem)]
            if flared:
                points.append((cx - 44, knee_y))
    points.append((cx - 52, crotch - 18))
    c.shape("poly", points)
    if product_type == "jeans":
        c.line_([(cx - 44, waist + 10), (cx + 44, waist + 10)], width=1, colour=stitch)
        for x in (cx - 34, cx - 12, cx + 12, cx + 34):
            c.shape("rect", (x - 2, waist - 1, x + 2, waist + 11), outline=False, fill=c.line)
        c.line_([(cx + 2, waist + 10), (cx + 2, crotch - 24), (cx - 6, crotch - 14)], width=1, colour=stitch)
        for side in (-1, 1):
            c.draw.arc(
                (cx + side * 44 - 22, waist - 8, cx + side * 44 + 22, waist + 34),
                90 if side == 1 else 0,
                180 if side == 1 else 90,
                fill=stitch,
                width=2,
            )
            c.dot(cx + side * 24, waist + 14, 1.8, (214, 170, 80))
        if "coin" in a.get("pockets", []):
            c.draw.rectangle((cx + 24, waist + 16, cx + 34, waist + 24), outline=stitch, width=1)
    elif product_type == "leggings":
        c.shape("poly", [(cx - 44, waist), (cx + 44, waist), (cx + 46, waist + 16), (cx - 46, waist + 16)])
        pockets = a.get("pockets", [])
        if "phone" in pockets or "side" in pockets:
            for side in (-1, 1):
                x = cx + side * 50
                c.line_(
                    [(x - side * 16, crotch - 6), (x - side * 16, crotch + 34), (x - side * 2, crotch + 34)]
                )
    else:
        _rib_band(c, cx - 44, cx + 44, waist, waist + 14)
        c.line_([(cx - 4, waist + 10), (cx - 10, waist + 34)], width=2)
        c.line_([(cx + 4, waist + 10), (cx + 10, waist + 34)], width=2)
        if fit == "jogger":
            for side in (-1, 1):
                centre = cx + side * spread
                _rib_band(c, centre - half, centre + half, hem - 12, hem)
        if "side" in a.get("pockets", []):
            for side in (-1, 1):
                c.line_([(cx + side * 40, waist + 20), (cx + side * 50, crotch)], width=2)


def draw(product: Product) -> Image.Image:
    """A flat illustration: silhouette by product type and cut, main colour, pattern and sleeve length."""
    a = product.attributes
    base = _colour(a.get("color"))
    accent = _colour(a.get("accent_color", "white"))
    pattern = str(a.get("pattern", "solid"))
    fill = _pattern_layer(base, accent, pattern)
    canvas = _Canvas(fill, _line_colour(base), base)
    stitch = (214, 160, 70) if a.get("color") in _DENIM else _line_colour(base)
    kind = product.product_type
    if kind in BOTTOMS:
        _draw_pants(canvas, a, kind, stitch)
    elif kind == "dress":
        _draw_dress(canvas, a)
    elif kind == "jacket":
        _draw_jacket(canvas, a, stitch)
    else:
        _draw_top(canvas, a, kind)
    return canvas.image
