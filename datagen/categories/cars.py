"""The rules of `cars` (its data is in `datagen/cars/`): derived attributes and illustration.

`derive` computes what a shopper has to infer from the spec sheet by the rules `domain_knowledge.md` states;
`draw` pictures a vehicle from its attributes.
"""

import math

from PIL import Image, ImageDraw

from salessim_inspect.data.models import Product

# ---------------------------------------------------------------------------------------------------------
# Derived attributes
# ---------------------------------------------------------------------------------------------------------
FAMILY_MIN_SEATS = 7
SNOW_MIN_CLEARANCE_IN = 6.5
EFFICIENT_MIN_MPG = 35
CAMPER_MIN_TOWING_LBS = 5000
CITY_MAX_LENGTH_IN = 185


def derive(product_type: str, attributes: dict) -> dict:
    """Derived attributes, by the rules `domain_knowledge.md` states in words."""
    seats = attributes.get("seats", 0)
    drivetrain = str(attributes.get("drivetrain", "")).lower()
    clearance = attributes.get("ground_clearance_in", 0)
    powertrain = str(attributes.get("powertrain", "")).lower()
    mpg = attributes.get("mpg_combined")
    towing = attributes.get("towing_lbs", 0)
    length = attributes.get("length_in")
    return {
        "family_sized": seats >= FAMILY_MIN_SEATS,
        "snow_ready": drivetrain in ("awd", "4wd") and clearance >= SNOW_MIN_CLEARANCE_IN,
        "fuel_efficient": powertrain in ("electric", "plug-in hybrid")
        or (mpg is not None and mpg >= EFFICIENT_MIN_MPG),
        "can_tow_camper": towing >= CAMPER_MIN_TOWING_LBS,
        "city_friendly": length is not None and length <= CITY_MAX_LENGTH_IN,
    }


# ---------------------------------------------------------------------------------------------------------
# Phrasing constraints as a shopper would
# ---------------------------------------------------------------------------------------------------------


# ---------------------------------------------------------------------------------------------------------
# Illustrations
# ---------------------------------------------------------------------------------------------------------
_SIZE = 256
_SCALE = 2  # draw at twice the size, then downsample for smooth edges
_BACKGROUND = (255, 255, 255)
_GROUND = (214, 216, 220)
_GROUND_Y = 206
_WINDOW = (168, 196, 218)
_TIRE = (34, 34, 36)
_WELL = (58, 58, 62)
_OUTLINE = (45, 45, 50)
_COLORS = {
    "white": (246, 246, 244),
    "black": (32, 33, 36),
    "silver": (196, 200, 206),
    "gray": (112, 117, 124),
    "red": (190, 30, 38),
    "blue": (34, 78, 168),
    "green": (38, 104, 62),
    "orange": (232, 112, 30),
    "yellow": (242, 200, 36),
    "beige": (206, 186, 150),
    "brown": (120, 80, 50),
}
# The colour each value of the visual attribute is painted in (tests read it back from the PNGs).
VISUAL_COLOURS = _COLORS

# Side views facing right: body outline, window outlines, pillar x positions, wheel x centres, wheel radius.
# fmt: off
_SHAPES: dict[str, dict] = {
    "sedan": {
        "body": [(14, 184), (12, 154), (20, 142), (66, 134), (96, 106), (156, 103), (190, 132), (232, 139),
                 (244, 154), (244, 184)],
        "windows": [[(72, 134), (100, 110), (154, 108), (180, 133)]],
        "pillars": [128],
        "wheels": [58, 196], "r": 21, "doors": [128, 186], "belt": 142,
    },
    "coupe": {
        "body": [(14, 186), (12, 164), (22, 154), (50, 148), (110, 118), (142, 116), (186, 142), (234, 148),
                 (246, 162), (246, 186)],
        "windows": [[(66, 148), (112, 123), (140, 121), (172, 144)]],
        "pillars": [],
        "wheels": [60, 198], "r": 22, "doors": [168], "belt": 152,
    },
    "hatchback": {
        "body": [(32, 184), (30, 150), (36, 124), (52, 110), (136, 108), (170, 134), (214, 141), (226, 154),
                 (226, 184)],
        "windows": [[(42, 136), (46, 124), (58, 114), (134, 113), (160, 136)]],
        "pillars": [80, 114],
        "wheels": [68, 190], "r": 20, "doors": [114, 166], "belt": 142,
    },
    "suv": {
        "body": [(14, 180), (14, 100), (22, 82), (168, 80), (198, 114), (234, 122), (244, 138), (244, 180)],
        "windows": [[(24, 118), (28, 88), (164, 86), (188, 118)]],
        "pillars": [70, 122],
        "wheels": [60, 196], "r": 25, "doors": [122, 190], "belt": 126, "rails": True,
    },
    "ev_crossover": {
        "body": [(14, 180), (14, 122), (20, 104), (40, 92), (80, 84), (140, 82), (160, 90), (184, 112),
                 (226, 122), (240, 132), (246, 146), (246, 180)],
        "windows": [[(26, 120), (34, 104), (56, 94), (138, 88), (156, 96), (176, 118)]],
        "pillars": [76, 124],
        "wheels": [62, 198], "r": 24, "doors": [124, 186], "belt": 128, "aero": True,
    },
    "minivan": {
        "body": [(10, 182), (10, 96), (18, 76), (178, 72), (212, 110), (236, 118), (246, 134), (246, 182)],
        "windows": [[(20, 114), (22, 84), (176, 80), (202, 112)]],
        "pillars": [62, 112, 160],
        "wheels": [56, 202], "r": 22, "doors": [112, 160], "belt": 122, "track": True,
    },
    "truck": {
        "body": [(8, 180), (8, 118), (110, 118), (112, 76), (168, 74), (190, 110), (236, 116), (248, 132),
                 (248, 180)],
        "windows": [[(120, 112), (122, 82), (164, 80), (182, 112)]],
        "pillars": [150],
        "wheels": [52, 206], "r": 26, "doors": [150, 194], "belt": 122, "bed": True,
    },
}
# fmt: on


def _darker(color: tuple[int, int, int], factor: float = 0.7) -> tuple[int, int, int]:
    return tuple(int(c * factor) for c in color)  # type: ignore[return-value]


def draw(product: Product) -> Image.Image:
    """A flat side-view illustration: body style silhouette, paint colour and wheels."""
    shape = _SHAPES.get(product.product_type, _SHAPES["sedan"])
    color_name = str(product.attributes.get("body_color", "silver")).lower()
    paint = _COLORS.get(color_name, _COLORS["silver"])
    trim = (70, 70, 74) if color_name == "black" else _OUTLINE
    s = _SCALE

    def pts(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(x * s, y * s) for x, y in points]

    img = Image.new("RGB", (_SIZE * s, _SIZE * s), _BACKGROUND)
    d = ImageDraw.Draw(img)
    # A thin ground shadow rather than a wide grey strip, so the paint is the picture's dominant colour.
    d.rectangle([8 * s, _GROUND_Y * s, (_SIZE - 8) * s, (_GROUND_Y + 3) * s], fill=_GROUND)

    r = shape["r"]
    cy = _GROUND_Y - r
    # body, with wheel arches cut out
    d.polygon(pts(shape["body"]), fill=paint, outline=trim, width=2 * s)
    for wx in shape["wheels"]:
        ar = r + 5
        d.pieslice([(wx - ar) * s, (cy - ar) * s, (wx + ar) * s, (cy + ar) * s], 180, 360, fill=_WELL)
        d.arc([(wx - ar) * s, (cy - ar) * s, (wx + ar) * s, (cy + ar) * s], 180, 360, fill=trim, width=2 * s)

    # pickup bed rail and cab gap
    if shape.get("bed"):
        d.rectangle([10 * s, 118 * s, 108 * s, 124 * s], fill=_darker(paint, 0.8))
        d.line([(110 * s, 118 * s), (110 * s, (cy - 6) * s)], fill=trim, width=2 * s)
    # roof rails
    if shape.get("rails"):
        d.rectangle([30 * s, 75 * s, 158 * s, 79 * s], fill=(60, 60, 64))
        for x in (40, 150):
            d.rectangle([x * s, 77 * s, (x + 4) * s, 81 * s], fill=(60, 60, 64))

    # windows and pillars
    for window in shape["windows"]:
        d.polygon(pts(window), fill=_WINDOW, outline=trim, width=s)
    top = min(y for _, y in shape["windows"][0])
    for px in shape["pillars"]:
        d.rectangle([(px - 3) * s, (top - 2) * s, (px + 3) * s, (shape["belt"] - 4) * s], fill=paint)
    # door seams and handles
    belt = shape["belt"]
    for dx in shape["doors"]:
        d.line([(dx * s, (belt - 6) * s), (dx * s, (cy - 8) * s)], fill=_darker(paint, 0.6), width=s)
        d.rectangle([(dx - 16) * s, (belt + 4) * s, (dx - 8) * s, (belt + 7) * s], fill=_darker(paint, 0.55))
    if shape.get("track"):
        d.line([(112 * s, (belt + 14) * s), (200 * s, (belt + 14) * s)], fill=_darker(paint, 0.6), width=s)

    # lights: headlight at the front (right), tail light at the back (left)
    front_x = max(x for x, _ in shape["body"])
    back_x = min(x for x, _ in shape["body"])
    head_y = [y for x, y in shape["body"] if x >= front_x - 14]
    tail_top = min(y for x, y in shape["body"] if x <= back_x + 8)
    hy = min(head_y) + 4
    d.polygon(
        pts([(front_x - 14, hy), (front_x - 1, hy + 2), (front_x - 1, hy + 9), (front_x - 12, hy + 7)]),
        fill=(255, 236, 160),
        outline=trim,
        width=s,
    )
    d.rectangle(
        [(back_x + 1) * s, (tail_top + 6) * s, (back_x + 6) * s, (tail_top + 18) * s], fill=(200, 24, 30)
    )
    if shape.get("aero"):
        # a charge-port flap on the rear fender
        d.rectangle([30 * s, (belt + 2) * s, 40 * s, (belt + 10) * s], outline=_darker(paint, 0.6), width=s)

    # wheels
    for wx in shape["wheels"]:
        d.ellipse([(wx - r) * s, (cy - r) * s, (wx + r) * s, (cy + r) * s], fill=_TIRE)
        rim = int(r * 0.62)
        d.ellipse([(wx - rim) * s, (cy - rim) * s, (wx + rim) * s, (cy + rim) * s], fill=(196, 198, 204))
        if shape.get("aero"):
            inner = int(rim * 0.7)
            d.ellipse(
                [(wx - inner) * s, (cy - inner) * s, (wx + inner) * s, (cy + inner) * s],
                outline=(140, 142, 150),
                width=s,
            )
        else:
            for k in range(5):
                angle = math.radians(90 + 72 * k)
                d.line(
                    [(wx * s, cy * s), ((wx + rim * math.cos(angle)) * s, (cy - rim * math.sin(angle)) * s)],
                    fill=(120, 122, 130),
                    width=2 * s,
                )
        hub = max(3, int(r * 0.18))
        d.ellipse([(wx - hub) * s, (cy - hub) * s, (wx + hub) * s, (cy + hub) * s], fill=(90, 92, 98))

    return img.resize((_SIZE, _SIZE), Image.LANCZOS)
