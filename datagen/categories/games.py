"""The rules of `games` (its data is in `datagen/games/`): board, card, party and video games, and puzzles.

Derived attributes (`family_friendly`, `party_sized`, `quick_to_play`, `solo_playable`) are computed from the
base attributes by the rules that `domain_knowledge.md` states in words; product texts give only the base
facts (ages, player counts, play time, complexity). `draw` pictures the box.
"""

from PIL import Image, ImageDraw

from salessim_inspect.data.models import Product

BOARD, CARD, PARTY, VIDEO, PUZZLE = "board_game", "card_game", "party_game", "video_game", "puzzle"
TABLETOP = (BOARD, CARD, PARTY)

# ------------------------------------------------------------------------------------------- derivation
FAMILY_MAX_AGE = 8
CROWD_MIN_PLAYERS = 6
QUICK_MAX_MINUTES = 30


def derive(product_type: str, attributes: dict) -> dict:
    """Derived attributes, by the rules domain_knowledge.md states."""
    derived: dict = {}
    if "min_age" in attributes and "complexity" in attributes:
        derived["family_friendly"] = (
            attributes["min_age"] <= FAMILY_MAX_AGE and attributes["complexity"] != "heavy"
        )
    if "max_players" in attributes:
        derived["party_sized"] = attributes["max_players"] >= CROWD_MIN_PLAYERS
    if "play_time" in attributes:
        derived["quick_to_play"] = attributes["play_time"] <= QUICK_MAX_MINUTES
    if "min_players" in attributes:
        derived["solo_playable"] = attributes["min_players"] == 1
    return derived


# ----------------------------------------------------------------------------------------------- images
_COLOURS = {
    "red": (204, 43, 43),
    "yellow": (242, 196, 36),
    "teal": (26, 150, 150),
    "black": (34, 34, 38),
    "blue": (38, 92, 196),
    "brown": (128, 82, 44),
    "orange": (240, 128, 30),
    "purple": (118, 58, 160),
    "green": (46, 150, 70),
    "white": (250, 250, 250),
    "pink": (236, 118, 170),
}
# The colour each value of the visual attribute is painted in (tests read it back from the PNGs).
VISUAL_COLOURS = _COLOURS
_PLATFORM_BANDS = {"switch": (228, 0, 18), "ps5": (0, 72, 186), "xbox": (16, 124, 16), "pc": (70, 70, 78)}
_INK = (40, 40, 44)
_OUTLINE = (70, 70, 76)
_BACKGROUND = (255, 255, 255)


def _shade(colour: tuple[int, int, int], factor: float) -> tuple[int, int, int]:
    return tuple(max(0, min(255, int(c * factor))) for c in colour)  # type: ignore[return-value]


def _people(draw: ImageDraw.ImageDraw, left: int, top: int, width: int, low: int, high: int) -> None:
    """Player-count icons: filled figures for the minimum count, outlined ones up to the maximum."""
    shown = min(high, 8)
    step = min(18, width // max(shown, 1))
    for i in range(shown):
        x = left + i * step + step // 2
        fill = _INK if i < low else None
        draw.ellipse((x - 4, top, x + 4, top + 8), fill=fill, outline=_INK, width=2)
        draw.rounded_rectangle((x - 6, top + 10, x + 6, top + 22), radius=4, fill=fill, outline=_INK, width=2)
    if high > shown:
        x = left + shown * step + 4
        draw.line((x, top + 11, x + 10, top + 11), fill=_INK, width=3)
        draw.line((x + 5, top + 6, x + 5, top + 16), fill=_INK, width=3)


def _box(draw: ImageDraw.ImageDraw, rect: tuple[int, int, int, int], colour, depth: int) -> None:
    """A box seen slightly from above: front face plus a darker right side and top edge."""
    x0, y0, x1, y1 = rect
    draw.polygon(
        [(x1, y0), (x1 + depth, y0 - depth), (x1 + depth, y1 - depth), (x1, y1)],
        fill=_shade(colour, 0.72),
        outline=_OUTLINE,
    )
    draw.polygon(
        [(x0, y0), (x0 + depth, y0 - depth), (x1 + depth, y0 - depth), (x1, y0)],
        fill=_shade(colour, 0.86) if colour != _COLOURS["white"] else (232, 232, 232),
        outline=_OUTLINE,
    )
    draw.rectangle(rect, fill=colour, outline=_OUTLINE, width=2)


def _jigsaw_piece(draw: ImageDraw.ImageDraw, x: int, y: int, size: int, colour) -> None:
    knob = size // 3
    draw.rectangle((x, y, x + size, y + size), fill=colour, outline=_OUTLINE, width=2)
    draw.ellipse(
        (x + size // 2 - knob // 2, y - knob + 2, x + size // 2 + knob // 2, y + 2),
        fill=colour,
        outline=_OUTLINE,
        width=2,
    )
    draw.ellipse(
        (x + size - 2, y + size // 2 - knob // 2, x + size + knob - 2, y + size // 2 + knob // 2),
        fill=colour,
        outline=_OUTLINE,
        width=2,
    )
    draw.rectangle((x + 2, y + 2, x + size - 2, y + size - 2), fill=colour)


def draw(product: Product) -> Image.Image:
    """A flat illustration: the box or case silhouette of the type, in the box colour, with player icons."""
    attrs = product.attributes
    colour = _COLOURS.get(str(attrs.get("box_colour", "")), (160, 160, 160))
    light = (255, 255, 255)
    img = Image.new("RGB", (256, 256), _BACKGROUND)
    d = ImageDraw.Draw(img)
    low = int(attrs.get("min_players", 1))  # type: ignore[arg-type]
    high = int(attrs.get("max_players", 1))  # type: ignore[arg-type]
    kind = product.product_type

    if kind == BOARD:
        # Large square box with a lid title band, a board-square motif and a player panel.
        _box(d, (36, 52, 204, 220), colour, 16)
        d.rectangle((36, 72, 204, 100), fill=light, outline=_OUTLINE)
        d.rectangle((48, 80, 150, 92), fill=_shade(colour, 0.8) if colour != light else _INK)
        for i in range(4):
            for j in range(2):
                if (i + j) % 2 == 0:
                    d.rectangle(
                        (60 + i * 30, 112 + j * 30, 90 + i * 30, 142 + j * 30), fill=light, outline=_OUTLINE
                    )
        d.rectangle((44, 180, 196, 212), fill=light, outline=_OUTLINE)
        _people(d, 48, 184, 148, low, high)
    elif kind == CARD:
        # Fanned cards behind a small tall tuck box with a top flap.
        for angle_shift, x in ((-30, 50), (-14, 62)):
            d.polygon(
                [(x, 90 + angle_shift // 3), (x + 60, 80 + angle_shift // 3), (x + 74, 170), (x + 14, 180)],
                fill=light,
                outline=_OUTLINE,
            )
            d.rectangle((x + 24, 115, x + 44, 140), fill=colour, outline=_OUTLINE)
        d.polygon([(112, 70), (176, 70), (168, 48), (120, 48)], fill=_shade(colour, 0.8), outline=_OUTLINE)
        d.rectangle((112, 70, 176, 176), fill=colour, outline=_OUTLINE, width=2)
        d.ellipse((126, 92, 162, 128), fill=light, outline=_OUTLINE)
        d.rectangle((70, 196, 216, 226), fill=light, outline=_OUTLINE)
        _people(d, 74, 199, 140, low, high)
    elif kind == PARTY:
        # Wide, shallow box with speech bubbles above it.
        for cx, cy, w in ((70, 44, 64), (160, 36, 80)):
            d.ellipse((cx - w // 2, cy - 20, cx + w // 2, cy + 20), fill=light, outline=_INK, width=3)
            d.polygon([(cx - 6, cy + 18), (cx + 8, cy + 18), (cx - 10, cy + 34)], fill=light)
            d.line((cx - 6, cy + 19, cx - 10, cy + 34, cx + 8, cy + 19), fill=_INK, width=3)
        _box(d, (20, 100, 222, 204), colour, 12)
        d.rectangle((20, 118, 222, 140), fill=light, outline=_OUTLINE)
        d.rectangle((26, 156, 216, 196), fill=light, outline=_OUTLINE)
        _people(d, 30, 165, 180, low, high)
    elif kind == VIDEO:
        # Tall game case: platform colour band on top, cover art in the box colour, controller icon.
        band = _PLATFORM_BANDS.get(str(attrs.get("platform", "")), (90, 90, 90))
        d.rounded_rectangle((66, 16, 190, 236), radius=8, fill=colour, outline=_OUTLINE, width=3)
        d.rounded_rectangle((66, 16, 190, 46), radius=8, fill=band, outline=_OUTLINE, width=3)
        d.rectangle((69, 36, 187, 46), fill=band)
        d.line((69, 48, 187, 48), fill=light, width=3)
        d.rounded_rectangle((92, 86, 164, 126), radius=16, fill=light, outline=_OUTLINE, width=2)
        d.line((106, 106, 122, 106), fill=_INK, width=4)
        d.line((114, 98, 114, 114), fill=_INK, width=4)
        d.ellipse((138, 96, 146, 104), fill=_INK)
        d.ellipse((148, 106, 156, 114), fill=_INK)
        d.rectangle((74, 190, 182, 226), fill=light, outline=_OUTLINE)
        _people(d, 78, 197, 104, low, high)
    else:
        # Puzzle: box with a jigsaw motif and loose pieces; 3D and logic puzzles get their own lid motif.
        _box(d, (24, 48, 164, 178), colour, 12)
        d.rectangle((36, 62, 152, 164), fill=light, outline=_OUTLINE)
        genre = attrs.get("genre")
        if genre == "3d":
            d.polygon([(94, 72), (128, 156), (60, 156)], fill=colour, outline=_OUTLINE)
            d.line((77, 126, 111, 126), fill=light, width=3)
        elif genre == "logic":
            for i in range(4):
                for j in range(4):
                    fill = colour if (i * 3 + j) % 4 == 0 else (236, 236, 236)
                    d.rectangle(
                        (52 + i * 22, 72 + j * 22, 72 + i * 22, 92 + j * 22), fill=fill, outline=_OUTLINE
                    )
        else:
            _jigsaw_piece(d, 62, 88, 54, colour)
        _jigsaw_piece(d, 150, 190, 34, colour)
        _jigsaw_piece(d, 196, 150, 30, _shade(colour, 0.8) if colour != light else (220, 220, 220))
        _jigsaw_piece(d, 96, 204, 28, colour)
    return img
