"""The `rings` category: engagement rings, wedding bands and statement rings (see `datagen/spec.py`).

Products hold only base attributes (metal, purity, stones, setting, band width, style, details, sizes).
Three attributes are derived by `derive()` from those, by the rules that `DOMAIN_KNOWLEDGE` states:
`hypoallergenic` (metal and purity), `everyday_durable` (metal, ring type, stone hardness and setting) and
`conflict_free` (recycled metal and lab-grown stones). The product text never states them.
"""

import math
import random

from PIL import Image, ImageDraw

from datagen.spec import AttributeSpec
from datagen.text import article, number
from salessim_inspect.data.models import Constraint, Product

CATEGORY = "rings"
PERSONA_COUNT = 147
AGE_RANGE = (20, 80)
GENDER = None

# ---------------------------------------------------------------- vocabulary

STONE_TYPES = ("solitaire", "halo", "three_stone", "toi_et_moi", "eternity", "cocktail")
HARD_STONES = frozenset({"diamond", "moissanite", "sapphire", "ruby"})  # Mohs hardness 9 or more
PROTECTIVE_SETTINGS = frozenset({"bezel", "channel"})
NO_STONE = "no stone"

_METAL_NAMES = {
    "yellow gold": "Yellow Gold",
    "white gold": "White Gold",
    "rose gold": "Rose Gold",
    "platinum": "Platinum",
    "sterling silver": "Sterling Silver",
}
_SHAPE_NAMES = {
    "round": "round cut",
    "oval": "oval cut",
    "pear": "pear cut",
    "emerald": "emerald cut",
    "cushion": "cushion cut",
    "princess": "princess cut",
    "marquise": "marquise cut",
    "radiant": "radiant cut",
}


def _sizes(low: float, high: float, step: float = 0.5) -> list[str]:
    """Ring sizes from `low` to `high` as shoppers write them ("6", "6.5")."""
    count = round((high - low) / step)
    return [number(low + i * step) for i in range(count + 1)]


# ---------------------------------------------------------------- products

_RECORDS: list[dict] = [
    # ------------------------------------------------------------ solitaire
    {
        "id": "rg-001",
        "name": "Aurelle Round Diamond Solitaire in 14K Yellow Gold",
        "product_type": "solitaire",
        "price": 5890,
        "description": (
            "A one-carat natural round brilliant diamond rises from a six-prong head on gracefully arched "
            "shoulders, the silhouette most people picture when they think of a proposal. The slim yellow "
            "gold band has a rounded interior that slides easily over the knuckle."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 1.0,
            "setting": "prong",
            "band_width_mm": 1.8,
            "style": "classic",
            "details": ["cathedral", "comfort fit"],
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: G color, VS2 clarity, GIA report"],
    },
    {
        "id": "rg-002",
        "name": "Elowen Oval Lab Diamond Solitaire in Platinum",
        "product_type": "solitaire",
        "price": 2450,
        "description": (
            "An elongated 1.5-carat lab-grown oval diamond sits in four claw prongs above a thin band of "
            "recycled platinum. A ring of tiny lab-grown diamonds tucked under the stone adds a flash of "
            "sparkle when the ring is seen from the side."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "oval",
            "stone_color": "colorless",
            "carat_weight": 1.5,
            "setting": "prong",
            "band_width_mm": 2.0,
            "style": "classic",
            "details": ["hidden halo"],
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: F color, VS1 clarity, IGI report"],
    },
    {
        "id": "rg-003",
        "name": "Sable Bezel Round Lab Diamond Solitaire in 14K Rose Gold",
        "product_type": "solitaire",
        "price": 1390,
        "description": (
            "A full rim of recycled rose gold wraps a one-carat lab-grown round diamond, giving the ring a "
            "smooth, low outline with no claws sticking out. The mirror-finished band tapers gently toward "
            "the back of the finger."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 1.0,
            "setting": "bezel",
            "band_width_mm": 2.2,
            "style": "modern",
            "details": ["high polish"],
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: G color, VS2 clarity, IGI report"],
    },
    {
        "id": "rg-004",
        "name": "Marlow Emerald-Cut Diamond Solitaire in Platinum",
        "product_type": "solitaire",
        "price": 17800,
        "description": (
            "A two-carat natural emerald-cut diamond shows off long step facets and a glassy, "
            "hall-of-mirrors look. Four double claws hold it above a platinum band that rises to a fine "
            "ridge, for a crisp and tailored profile."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "emerald",
            "stone_color": "colorless",
            "carat_weight": 2.0,
            "setting": "prong",
            "band_width_mm": 2.0,
            "style": "classic",
            "details": ["knife edge"],
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: F color, VVS2 clarity, GIA report"],
    },
    {
        "id": "rg-005",
        "name": "Linnea Pear Moissanite Solitaire in 14K White Gold",
        "product_type": "solitaire",
        "price": 890,
        "description": (
            "A 1.5-carat pear-shaped moissanite points toward the fingertip from a slender band of recycled "
            "white gold, with a small hidden halo of moissanite beneath the head. Moissanite throws more "
            "rainbow fire than diamond at a fraction of the price."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "moissanite",
            "stone_origin": "lab",
            "stone_shape": "pear",
            "stone_color": "colorless",
            "carat_weight": 1.5,
            "setting": "prong",
            "band_width_mm": 1.6,
            "style": "modern",
            "details": ["hidden halo"],
            "sizes_available": _sizes(3, 10),
            "resizable": True,
        },
        "extra": ["Stone Grade: D-E color equivalent, VVS clarity"],
    },
    {
        "id": "rg-006",
        "name": "Corin Cushion Sapphire Solitaire in 18K Yellow Gold",
        "product_type": "solitaire",
        "price": 3250,
        "description": (
            "A velvety blue 1.2-carat natural sapphire in a soft cushion shape is held by four rounded "
            "prongs in rich 18K yellow gold. Fine beaded milgrain traces the head and band, and the inside "
            "of the shank has room for a short engraving."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "18k",
            "recycled_metal": False,
            "stone_type": "sapphire",
            "stone_origin": "natural",
            "stone_shape": "cushion",
            "stone_color": "blue",
            "carat_weight": 1.2,
            "setting": "prong",
            "band_width_mm": 2.5,
            "style": "vintage",
            "details": ["milgrain", "engravable"],
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": ["Sapphire Origin: Sri Lanka, heat treated"],
    },
    {
        "id": "rg-007",
        "name": "Tamsin Princess Lab Diamond Solitaire in 14K White Gold",
        "product_type": "solitaire",
        "price": 2150,
        "description": (
            "A two-carat lab-grown princess-cut diamond is guarded at each corner by a V-shaped prong and "
            "lifted on sleek arches that sweep up from the band. The square outline and white gold give it "
            "a clean, architectural feel."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "princess",
            "stone_color": "colorless",
            "carat_weight": 2.0,
            "setting": "prong",
            "band_width_mm": 1.8,
            "style": "modern",
            "details": ["cathedral"],
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: G color, VS1 clarity, IGI report"],
    },
    {
        "id": "rg-008",
        "name": "Isolde Marquise Diamond Bezel Solitaire in 18K Rose Gold",
        "product_type": "solitaire",
        "price": 3600,
        "description": (
            "A 0.75-carat natural marquise diamond lies lengthwise along the finger in a hand-finished rim "
            "of recycled 18K rose gold. A row of milgrain beads frames the rim for an heirloom look."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "18k",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "marquise",
            "stone_color": "colorless",
            "carat_weight": 0.75,
            "setting": "bezel",
            "band_width_mm": 1.5,
            "style": "vintage",
            "details": ["milgrain"],
            "sizes_available": _sizes(3, 8),
            "resizable": True,
        },
        "extra": ["Diamond Grade: H color, VS2 clarity, GIA report"],
    },
    {
        "id": "rg-009",
        "name": "Wren Oval Pink Lab Sapphire Bezel Solitaire in 14K Yellow Gold",
        "product_type": "solitaire",
        "price": 1150,
        "description": (
            "A 1.5-carat lab-grown pink sapphire in an oval cut sits in a smooth rim on a plain band of "
            "recycled yellow gold. It is a pared-back alternative engagement ring with a soft, rosy color."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "sapphire",
            "stone_origin": "lab",
            "stone_shape": "oval",
            "stone_color": "pink",
            "carat_weight": 1.5,
            "setting": "bezel",
            "band_width_mm": 2.0,
            "style": "minimalist",
            "details": ["comfort fit"],
            "sizes_available": _sizes(4, 10),
            "resizable": True,
        },
        "extra": ["Stone Clarity: Eye-clean"],
    },
    # ------------------------------------------------------------ wedding band
    {
        "id": "rg-010",
        "name": "Halden 2mm Comfort-Fit Band in 14K Yellow Gold",
        "product_type": "wedding_band",
        "price": 395,
        "description": (
            "A timeless 2 mm half-round band in 14K yellow gold with a domed inner surface that feels "
            "smooth against the finger. It pairs with nearly any engagement ring and leaves room inside "
            "for initials or a date."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 2.0,
            "style": "classic",
            "details": ["comfort fit", "engravable"],
            "sizes_available": _sizes(3, 13),
            "resizable": True,
        },
        "extra": ["Profile: Half-round", "Weight: About 2.1 grams in size 6"],
    },
    {
        "id": "rg-011",
        "name": "Harlan 6mm Brushed Band in Platinum",
        "product_type": "wedding_band",
        "price": 2190,
        "description": (
            "A substantial 6 mm band of recycled platinum with a satin-brushed surface and softly beveled "
            "edges. Its heft and rounded interior suit anyone who likes a ring they can feel."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": True,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 6.0,
            "style": "modern",
            "details": ["comfort fit", "matte finish"],
            "sizes_available": _sizes(7, 14),
            "resizable": True,
        },
        "extra": ["Profile: Flat with beveled edges", "Weight: About 14 grams in size 10"],
    },
    {
        "id": "rg-012",
        "name": "Juniper 1.5mm Knife-Edge Band in Recycled 14K Rose Gold",
        "product_type": "wedding_band",
        "price": 310,
        "description": (
            "A whisper-thin 1.5 mm rose gold band whose top rises to a fine ridge, catching the light along "
            "a single line. It is cast from recycled gold and sits neatly beside other rings."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 1.5,
            "style": "minimalist",
            "details": ["knife edge"],
            "sizes_available": _sizes(3, 10),
            "resizable": True,
        },
        "extra": ["Weight: About 1.2 grams in size 6"],
    },
    {
        "id": "rg-013",
        "name": "Everett 5mm Hammered Band in 18K Yellow Gold",
        "product_type": "wedding_band",
        "price": 1480,
        "description": (
            "A 5 mm band of 18K yellow gold with a hand-hammered surface that scatters light in small "
            "facets. The deep color of high-karat gold gives it a warm, artisanal character."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "18k",
            "recycled_metal": False,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 5.0,
            "style": "modern",
            "details": ["hammered", "comfort fit"],
            "sizes_available": _sizes(5, 13),
            "resizable": True,
        },
        "extra": ["Weight: About 9 grams in size 9"],
    },
    {
        "id": "rg-014",
        "name": "Calder 4mm Milgrain Band in Sterling Silver",
        "product_type": "wedding_band",
        "price": 95,
        "description": (
            "A 4 mm sterling silver band with beaded milgrain along both edges and a flat center strip. "
            "An affordable choice for a promise ring or a stand-in band while a gold one is being made."
        ),
        "attributes": {
            "metal": "sterling silver",
            "purity": "925",
            "recycled_metal": False,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 4.0,
            "style": "vintage",
            "details": ["milgrain", "engravable"],
            "sizes_available": _sizes(4, 13, 1.0),
            "resizable": True,
        },
        "extra": ["Weight: About 3.5 grams in size 8"],
    },
    {
        "id": "rg-015",
        "name": "Seraphine Channel-Set Diamond Band in 14K White Gold",
        "product_type": "wedding_band",
        "price": 1650,
        "description": (
            "Ten natural round diamonds totaling half a carat sit in a smooth channel across the top of "
            "this 2.5 mm white gold band. Metal walls on either side keep the stones level with the band."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 0.5,
            "setting": "channel",
            "band_width_mm": 2.5,
            "style": "classic",
            "details": ["comfort fit"],
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: G-H color, SI1 clarity"],
    },
    {
        "id": "rg-016",
        "name": "Odette Pave Lab Diamond Band in Platinum",
        "product_type": "wedding_band",
        "price": 1290,
        "description": (
            "Tiny lab-grown diamonds are beaded along the top half of a slender 1.8 mm band of recycled "
            "platinum, edged with milgrain. It adds sparkle beside an engagement ring without competing "
            "with it."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 0.35,
            "setting": "pave",
            "band_width_mm": 1.8,
            "style": "vintage",
            "details": ["milgrain"],
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: F-G color, VS clarity"],
    },
    {
        "id": "rg-017",
        "name": "Ines Curved Diamond Contour Band in 14K White Gold",
        "product_type": "wedding_band",
        "price": 980,
        "description": (
            "A gently curved 1.6 mm band set with seven natural round diamonds in shared prongs. The dip at "
            "the center is shaped to nest around a raised engagement ring head."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 0.25,
            "setting": "prong",
            "band_width_mm": 1.6,
            "style": "modern",
            "details": ["curved"],
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: H color, SI1 clarity"],
    },
    # ------------------------------------------------------------ halo
    {
        "id": "rg-018",
        "name": "Celeste Round Halo Diamond Engagement Ring in 14K White Gold",
        "product_type": "halo",
        "price": 6450,
        "description": (
            "A one-carat natural round diamond is ringed by a halo of small diamonds that makes the center "
            "look noticeably larger. More natural diamonds run halfway down the band."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 1.3,
            "setting": "prong",
            "band_width_mm": 2.0,
            "style": "classic",
            "details": ["pave band"],
            "accent_stones": "diamond",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Center Diamond: 1.0 ct, G color, VS2 clarity, GIA report"],
    },
    {
        "id": "rg-019",
        "name": "Ottoline Oval Lab Diamond Halo Ring in 14K Yellow Gold",
        "product_type": "halo",
        "price": 2790,
        "description": (
            "A 2-carat lab-grown oval diamond sits inside a thin halo of lab-grown accents, on a band of "
            "recycled yellow gold lined with tiny stones. White stones against yellow metal make the center "
            "stand out."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "oval",
            "stone_color": "colorless",
            "carat_weight": 2.3,
            "setting": "prong",
            "band_width_mm": 1.8,
            "style": "modern",
            "details": ["pave band"],
            "accent_stones": "diamond",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Center Diamond: 2.0 ct, F color, VS1 clarity, IGI report"],
    },
    {
        "id": "rg-020",
        "name": "Regent Oval Sapphire and Diamond Halo Ring in 18K White Gold",
        "product_type": "halo",
        "price": 4200,
        "description": (
            "A royal-blue 2-carat natural sapphire is framed by a halo of fourteen natural diamonds, a look "
            "that has signaled romance for generations. Milgrain edges on the halo and band give it a "
            "vintage finish."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "18k",
            "recycled_metal": False,
            "stone_type": "sapphire",
            "stone_origin": "natural",
            "stone_shape": "oval",
            "stone_color": "blue",
            "carat_weight": 2.5,
            "setting": "prong",
            "band_width_mm": 2.0,
            "style": "vintage",
            "details": ["milgrain"],
            "accent_stones": "diamond",
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": ["Sapphire Origin: Sri Lanka, heat treated"],
    },
    {
        "id": "rg-021",
        "name": "Blush Cushion Morganite Halo Ring in 14K Rose Gold",
        "product_type": "halo",
        "price": 990,
        "description": (
            "A soft peach 2-carat morganite in a cushion cut is surrounded by a halo of small natural "
            "diamonds in 14K rose gold. The pink-toned metal deepens the stone's blush, and milgrain beads "
            "edge the diamond-lined band."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "morganite",
            "stone_origin": "natural",
            "stone_shape": "cushion",
            "stone_color": "peach",
            "carat_weight": 2.2,
            "setting": "prong",
            "band_width_mm": 1.8,
            "style": "vintage",
            "details": ["milgrain", "pave band"],
            "accent_stones": "diamond",
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": [],
    },
    {
        "id": "rg-022",
        "name": "Aveline Emerald-Cut Emerald Halo Ring in 18K Yellow Gold",
        "product_type": "halo",
        "price": 3850,
        "description": (
            "A 1.2-carat Colombian emerald in its namesake step cut is wrapped in a geometric halo of "
            "natural diamonds. Stepped shoulders and milgrain detailing give the rich yellow gold ring a "
            "1920s character."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "18k",
            "recycled_metal": False,
            "stone_type": "emerald",
            "stone_origin": "natural",
            "stone_shape": "emerald",
            "stone_color": "green",
            "carat_weight": 1.6,
            "setting": "prong",
            "band_width_mm": 2.2,
            "style": "art deco",
            "details": ["milgrain"],
            "accent_stones": "diamond",
            "sizes_available": _sizes(4, 8),
            "resizable": True,
        },
        "extra": ["Emerald Treatment: Minor oil, standard for the stone"],
    },
    {
        "id": "rg-023",
        "name": "Nova Pear Lab Diamond Halo Ring in Platinum",
        "product_type": "halo",
        "price": 3150,
        "description": (
            "A 1.5-carat lab-grown pear diamond sits in a slim rim inside a halo of lab-grown accents, on a "
            "split shank of recycled platinum. The divided band widens the look of the ring without adding "
            "bulk."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "pear",
            "stone_color": "colorless",
            "carat_weight": 1.8,
            "setting": "bezel",
            "band_width_mm": 2.0,
            "style": "modern",
            "details": ["split shank"],
            "accent_stones": "diamond",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Center Diamond: 1.5 ct, E color, VS1 clarity, IGI report"],
    },
    # ------------------------------------------------------------ three-stone
    {
        "id": "rg-024",
        "name": "Trinity Round Diamond Three-Stone Ring in Platinum",
        "product_type": "three_stone",
        "price": 7450,
        "description": (
            "A 0.9-carat natural round diamond is flanked by two 0.3-carat side diamonds, the trio often "
            "read as past, present and future. Graceful arches lift the stones above a platinum band."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 1.5,
            "setting": "prong",
            "band_width_mm": 2.2,
            "style": "classic",
            "details": ["cathedral"],
            "side_stone_shape": "round",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Center Diamond: 0.9 ct, G color, VS2 clarity, GIA report"],
    },
    {
        "id": "rg-025",
        "name": "Lumen Oval and Pear Lab Diamond Three-Stone Ring in 14K Yellow Gold",
        "product_type": "three_stone",
        "price": 2890,
        "description": (
            "A 1.7-carat lab-grown oval diamond is flanked by two pear-shaped lab diamonds that point "
            "outward, on a slim band of recycled yellow gold. A hidden halo sits just below the center "
            "stone."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "oval",
            "stone_color": "colorless",
            "carat_weight": 2.5,
            "setting": "prong",
            "band_width_mm": 1.8,
            "style": "modern",
            "details": ["hidden halo"],
            "side_stone_shape": "pear",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Center Diamond: 1.7 ct, F color, VS1 clarity, IGI report"],
    },
    {
        "id": "rg-026",
        "name": "Heirloom Sapphire and Diamond Three-Stone Ring in 18K Yellow Gold",
        "product_type": "three_stone",
        "price": 3450,
        "description": (
            "A 1.2-carat cushion-cut blue sapphire is flanked by two natural round diamonds on an 18K "
            "yellow gold band. Openwork filigree under the stones and milgrain edges recall an estate "
            "piece."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "18k",
            "recycled_metal": False,
            "stone_type": "sapphire",
            "stone_origin": "natural",
            "stone_shape": "cushion",
            "stone_color": "blue",
            "carat_weight": 1.8,
            "setting": "prong",
            "band_width_mm": 2.5,
            "style": "vintage",
            "details": ["milgrain", "filigree"],
            "accent_stones": "diamond",
            "side_stone_shape": "round",
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": ["Sapphire Origin: Madagascar, heat treated"],
    },
    {
        "id": "rg-027",
        "name": "Cadence Bezel-Set Lab Ruby Three-Stone Ring in 14K Rose Gold",
        "product_type": "three_stone",
        "price": 1190,
        "description": (
            "Three round lab-grown rubies, each wrapped in its own smooth rim of metal, sit in a row on a "
            "band of recycled rose gold. The vivid red and low, rounded outline make it a modern take on "
            "the three-stone tradition."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "ruby",
            "stone_origin": "lab",
            "stone_shape": "round",
            "stone_color": "red",
            "carat_weight": 1.2,
            "setting": "bezel",
            "band_width_mm": 2.0,
            "style": "minimalist",
            "details": ["comfort fit"],
            "side_stone_shape": "round",
            "sizes_available": _sizes(4, 10),
            "resizable": True,
        },
        "extra": ["Stone Clarity: Eye-clean"],
    },
    {
        "id": "rg-028",
        "name": "Aster Emerald-Cut Moissanite Three-Stone Ring in 14K White Gold",
        "product_type": "three_stone",
        "price": 1350,
        "description": (
            "Three emerald-cut moissanites, a 2-carat center and two 0.3-carat sides, line up in "
            "double-claw prongs on a 14K white gold band. Step cuts and straight lines give it a crisp, "
            "Gatsby-era feel."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "moissanite",
            "stone_origin": "lab",
            "stone_shape": "emerald",
            "stone_color": "colorless",
            "carat_weight": 2.6,
            "setting": "prong",
            "band_width_mm": 2.0,
            "style": "art deco",
            "details": ["cathedral"],
            "side_stone_shape": "emerald",
            "sizes_available": _sizes(3, 10),
            "resizable": True,
        },
        "extra": ["Stone Grade: D-E color equivalent, VVS clarity"],
    },
    # ------------------------------------------------------------ eternity
    {
        "id": "rg-029",
        "name": "Infinity Round Lab Diamond Eternity Band in 14K White Gold",
        "product_type": "eternity",
        "price": 2250,
        "description": (
            "Twenty round lab-grown diamonds of about a tenth of a carat each circle the whole finger in "
            "shared prongs of recycled 14K white gold. Because the stones go all the way around, the band "
            "is made to order in a set size."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 2.0,
            "setting": "prong",
            "band_width_mm": 2.5,
            "style": "classic",
            "details": [],
            "sizes_available": _sizes(5, 8),
            "resizable": False,
        },
        "extra": ["Diamond Grade: F-G color, VS clarity"],
    },
    {
        "id": "rg-030",
        "name": "Perpetua Channel-Set Princess Diamond Eternity Band in Platinum",
        "product_type": "eternity",
        "price": 4650,
        "description": (
            "Square natural princess-cut diamonds sit edge to edge in a continuous platinum channel that "
            "runs around the entire ring. The flat, smooth rails give it a sleek, contemporary outline."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "princess",
            "stone_color": "colorless",
            "carat_weight": 1.5,
            "setting": "channel",
            "band_width_mm": 3.0,
            "style": "modern",
            "details": ["comfort fit"],
            "sizes_available": _sizes(4.5, 8),
            "resizable": False,
        },
        "extra": ["Diamond Grade: G color, VS2 clarity"],
    },
    {
        "id": "rg-031",
        "name": "Marina Oval Sapphire Eternity Band in 18K Yellow Gold",
        "product_type": "eternity",
        "price": 3300,
        "description": (
            "A continuous loop of natural blue sapphire ovals, set sideways in 18K yellow gold prongs, "
            "wraps the finger in deep color. It works as a wedding band or as an anniversary gift."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "18k",
            "recycled_metal": False,
            "stone_type": "sapphire",
            "stone_origin": "natural",
            "stone_shape": "oval",
            "stone_color": "blue",
            "carat_weight": 2.2,
            "setting": "prong",
            "band_width_mm": 3.0,
            "style": "classic",
            "details": [],
            "sizes_available": _sizes(5, 8),
            "resizable": False,
        },
        "extra": ["Sapphire Origin: Sri Lanka, heat treated"],
    },
    {
        "id": "rg-032",
        "name": "Halcyon Bezel Lab Diamond Eternity Band in 14K Yellow Gold",
        "product_type": "eternity",
        "price": 1790,
        "description": (
            "Eighteen round lab-grown diamonds, each in its own little cup of metal, link together around "
            "this recycled yellow gold band. The rounded cups feel smooth to the touch and polish up to a "
            "bright shine."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "round",
            "stone_color": "colorless",
            "carat_weight": 1.0,
            "setting": "bezel",
            "band_width_mm": 2.2,
            "style": "modern",
            "details": ["high polish"],
            "sizes_available": _sizes(4, 9),
            "resizable": False,
        },
        "extra": ["Diamond Grade: G color, VS2 clarity"],
    },
    {
        "id": "rg-033",
        "name": "Solene Emerald-Cut Moissanite Eternity Band in 14K Rose Gold",
        "product_type": "eternity",
        "price": 1450,
        "description": (
            "Emerald-cut moissanites laid crosswise form an unbroken line of step-cut sparkle on a 14K rose "
            "gold band. The geometric shapes give it a bold, deco-inspired look."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "moissanite",
            "stone_origin": "lab",
            "stone_shape": "emerald",
            "stone_color": "colorless",
            "carat_weight": 3.5,
            "setting": "prong",
            "band_width_mm": 3.0,
            "style": "art deco",
            "details": [],
            "sizes_available": _sizes(5, 8),
            "resizable": False,
        },
        "extra": ["Stone Grade: D-E color equivalent, VVS clarity"],
    },
    # ------------------------------------------------------------ toi et moi
    {
        "id": "rg-034",
        "name": "Duet Lab Emerald and Diamond Toi et Moi Ring in 18K Yellow Gold",
        "product_type": "toi_et_moi",
        "price": 1950,
        "description": (
            "A 1-carat lab-grown emerald pear and a 0.8-carat lab-grown oval diamond sit side by side on a "
            "slim band of recycled 18K yellow gold. The pairing of green and white makes a playful "
            "two-stone statement."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "18k",
            "recycled_metal": True,
            "stone_type": "emerald",
            "stone_origin": "lab",
            "stone_shape": "pear",
            "stone_color": "green",
            "carat_weight": 1.8,
            "setting": "prong",
            "band_width_mm": 1.8,
            "style": "modern",
            "details": [],
            "second_stone_type": "diamond",
            "second_stone_shape": "oval",
            "second_stone_color": "colorless",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Stone Clarity: Eye-clean emerald, VS1 diamond"],
    },
    {
        "id": "rg-035",
        "name": "Rendezvous Bezel Pear and Oval Lab Diamond Toi et Moi Ring in 14K White Gold",
        "product_type": "toi_et_moi",
        "price": 2350,
        "description": (
            "A lab-grown pear diamond and a lab-grown oval diamond, one carat each, nestle together in "
            "smooth rims of metal on a polished white gold band. The two shapes lean toward each other as a "
            "symbol of two people meeting."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "pear",
            "stone_color": "colorless",
            "carat_weight": 2.0,
            "setting": "bezel",
            "band_width_mm": 2.0,
            "style": "modern",
            "details": ["high polish"],
            "second_stone_type": "diamond",
            "second_stone_shape": "oval",
            "second_stone_color": "colorless",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": [],
    },
    {
        "id": "rg-036",
        "name": "Amour Emerald-Cut and Pear Diamond Toi et Moi Ring in Platinum",
        "product_type": "toi_et_moi",
        "price": 8900,
        "description": (
            "A 0.85-carat natural emerald-cut diamond and a 0.75-carat natural pear diamond share a platinum "
            "band, each held in slim claw prongs. The crisp step cut beside the soft teardrop makes an "
            "understated way to wear two substantial diamonds."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": False,
            "stone_type": "diamond",
            "stone_origin": "natural",
            "stone_shape": "emerald",
            "stone_color": "colorless",
            "carat_weight": 1.6,
            "setting": "prong",
            "band_width_mm": 1.8,
            "style": "classic",
            "details": ["cathedral"],
            "second_stone_type": "diamond",
            "second_stone_shape": "pear",
            "second_stone_color": "colorless",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: F-G color, VS1 clarity, GIA reports"],
    },
    {
        "id": "rg-037",
        "name": "Rosalind Morganite and Diamond Toi et Moi Ring in 14K Rose Gold",
        "product_type": "toi_et_moi",
        "price": 1250,
        "description": (
            "A 1.4-carat peach morganite oval and a 0.3-carat natural round diamond sit in milgrain-edged "
            "rims on a fine rose gold band. It has the romantic, slightly antique feel of a keepsake."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "morganite",
            "stone_origin": "natural",
            "stone_shape": "oval",
            "stone_color": "peach",
            "carat_weight": 1.7,
            "setting": "bezel",
            "band_width_mm": 1.6,
            "style": "vintage",
            "details": ["milgrain"],
            "second_stone_type": "diamond",
            "second_stone_shape": "round",
            "second_stone_color": "colorless",
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": [],
    },
    # ------------------------------------------------------------ signet
    {
        "id": "rg-038",
        "name": "Heritage Oval Signet Ring in 14K Yellow Gold",
        "product_type": "signet",
        "price": 1150,
        "description": (
            "A solid 14K yellow gold signet with a smooth oval face ready for a monogram or family crest. "
            "The shank tapers from the face to a 3 mm band at the back."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 3.0,
            "style": "classic",
            "details": ["engravable"],
            "face_shape": "oval",
            "sizes_available": _sizes(4, 12),
            "resizable": True,
        },
        "extra": ["Face: Oval, 12 x 10 mm", "Weight: About 8 grams in size 8"],
    },
    {
        "id": "rg-039",
        "name": "Blackwell Onyx Signet Ring in 14K Yellow Gold",
        "product_type": "signet",
        "price": 1390,
        "description": (
            "A polished slab of black onyx is inlaid in the cushion-shaped face of this 14K yellow gold "
            "signet with stepped shoulders. Dark stone against warm gold gives it a classic, old-school "
            "look."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": False,
            "stone_type": "onyx",
            "stone_origin": "natural",
            "stone_shape": "cushion",
            "stone_color": "black",
            "setting": "inlay",
            "band_width_mm": 4.0,
            "style": "vintage",
            "details": [],
            "face_shape": "cushion",
            "sizes_available": _sizes(6, 13),
            "resizable": True,
        },
        "extra": ["Face: Cushion, 14 x 12 mm"],
    },
    {
        "id": "rg-040",
        "name": "Arlo Square Signet Ring in Sterling Silver",
        "product_type": "signet",
        "price": 165,
        "description": (
            "A chunky recycled sterling silver signet with a flat square face and a brushed matte surface. "
            "The face can be engraved with initials or worn blank for a clean, modern look."
        ),
        "attributes": {
            "metal": "sterling silver",
            "purity": "925",
            "recycled_metal": True,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 5.0,
            "style": "modern",
            "details": ["matte finish", "engravable"],
            "face_shape": "square",
            "sizes_available": _sizes(6, 14, 1.0),
            "resizable": True,
        },
        "extra": ["Face: Square, 13 x 13 mm"],
    },
    {
        "id": "rg-041",
        "name": "Margaux Round Signet Ring in 18K Rose Gold",
        "product_type": "signet",
        "price": 1680,
        "description": (
            "A petite round-faced signet in recycled 18K rose gold, scaled for a pinky or a slim finger. "
            "The mirror-bright 9 mm face takes a single initial beautifully."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "18k",
            "recycled_metal": True,
            "stone_type": NO_STONE,
            "setting": "plain",
            "band_width_mm": 2.5,
            "style": "minimalist",
            "details": ["engravable", "high polish"],
            "face_shape": "round",
            "sizes_available": _sizes(3, 9),
            "resizable": True,
        },
        "extra": ["Face: Round, 9 mm"],
    },
    # ------------------------------------------------------------ cocktail
    {
        "id": "rg-042",
        "name": "Duchess Cushion Sapphire and Diamond Cocktail Ring in 18K White Gold",
        "product_type": "cocktail",
        "price": 8750,
        "description": (
            "A 3.8-carat cornflower-blue natural sapphire is surrounded by a halo of natural diamonds in "
            "18K white gold. It is a true statement piece made for galas, weddings and evenings out."
        ),
        "attributes": {
            "metal": "white gold",
            "purity": "18k",
            "recycled_metal": False,
            "stone_type": "sapphire",
            "stone_origin": "natural",
            "stone_shape": "cushion",
            "stone_color": "blue",
            "carat_weight": 4.5,
            "setting": "prong",
            "band_width_mm": 3.0,
            "style": "vintage",
            "details": ["milgrain"],
            "accent_stones": "diamond",
            "sizes_available": _sizes(5, 8),
            "resizable": True,
        },
        "extra": ["Sapphire Origin: Sri Lanka, heat treated"],
    },
    {
        "id": "rg-043",
        "name": "Violetta Oval Amethyst Cocktail Ring in Sterling Silver",
        "product_type": "cocktail",
        "price": 240,
        "description": (
            "A 6-carat oval amethyst in deep grape purple rises from a lacy openwork basket of sterling "
            "silver. Big color for a small price, with a vintage flourish on each shoulder."
        ),
        "attributes": {
            "metal": "sterling silver",
            "purity": "925",
            "recycled_metal": False,
            "stone_type": "amethyst",
            "stone_origin": "natural",
            "stone_shape": "oval",
            "stone_color": "purple",
            "carat_weight": 6.0,
            "setting": "prong",
            "band_width_mm": 3.5,
            "style": "vintage",
            "details": ["filigree"],
            "sizes_available": ["6", "7", "8", "9"],
            "resizable": True,
        },
        "extra": ["Stone Origin: Brazil"],
    },
    {
        "id": "rg-044",
        "name": "Soleil Emerald-Cut Citrine Cocktail Ring in 14K Yellow Gold",
        "product_type": "cocktail",
        "price": 1150,
        "description": (
            "A 5-carat honey-yellow citrine in a long emerald cut is framed by a sleek rim of metal on a "
            "split shank of recycled 14K yellow gold. The clean geometry keeps a large stone looking modern "
            "rather than ornate."
        ),
        "attributes": {
            "metal": "yellow gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "citrine",
            "stone_origin": "natural",
            "stone_shape": "emerald",
            "stone_color": "yellow",
            "carat_weight": 5.0,
            "setting": "bezel",
            "band_width_mm": 2.8,
            "style": "modern",
            "details": ["split shank"],
            "sizes_available": _sizes(5, 9),
            "resizable": True,
        },
        "extra": ["Stone Origin: Brazil"],
    },
    {
        "id": "rg-045",
        "name": "Scarlet Oval Lab Ruby Cocktail Ring in 14K Rose Gold",
        "product_type": "cocktail",
        "price": 1450,
        "description": (
            "A 3-carat lab-grown ruby in a rich blood red sits in a thick milgrain-edged rim, flanked by "
            "stepped geometric shoulders of recycled rose gold. Its deco lines make a confident statement "
            "on any hand."
        ),
        "attributes": {
            "metal": "rose gold",
            "purity": "14k",
            "recycled_metal": True,
            "stone_type": "ruby",
            "stone_origin": "lab",
            "stone_shape": "oval",
            "stone_color": "red",
            "carat_weight": 3.0,
            "setting": "bezel",
            "band_width_mm": 3.0,
            "style": "art deco",
            "details": ["milgrain"],
            "sizes_available": _sizes(5, 9),
            "resizable": True,
        },
        "extra": ["Stone Clarity: Eye-clean"],
    },
    {
        "id": "rg-046",
        "name": "Lumiere Radiant Lab Yellow Diamond Cocktail Ring in Platinum",
        "product_type": "cocktail",
        "price": 4900,
        "description": (
            "A 3-carat lab-grown fancy yellow diamond in a radiant cut glows inside a heavy rim of recycled "
            "platinum. The sunny color and crisp trimmed corners make it impossible to miss."
        ),
        "attributes": {
            "metal": "platinum",
            "purity": "950",
            "recycled_metal": True,
            "stone_type": "diamond",
            "stone_origin": "lab",
            "stone_shape": "radiant",
            "stone_color": "yellow",
            "carat_weight": 3.0,
            "setting": "bezel",
            "band_width_mm": 2.5,
            "style": "modern",
            "details": [],
            "sizes_available": _sizes(4, 9),
            "resizable": True,
        },
        "extra": ["Diamond Grade: Fancy intense yellow, VS1 clarity, IGI report"],
    },
]


def _metal_text(attributes: dict) -> str:
    metal, purity = attributes["metal"], attributes["purity"]
    if metal == "platinum":
        text = "950 Platinum"
    elif metal == "sterling silver":
        text = "925 Sterling Silver"
    else:
        text = f"{purity.upper()} {_METAL_NAMES[metal]}"
    return f"Recycled {text}" if attributes.get("recycled_metal") else text


def _stone_text(stone_type: str, origin: str, color: str, shape: str) -> str:
    source = "Lab-grown" if origin == "lab" else "Natural"
    if stone_type == "moissanite":
        source = "Lab-created"
    return f"{source} {color} {stone_type}, {_SHAPE_NAMES[shape]}"


def _size_text(sizes: list[str]) -> str:
    values = [float(s) for s in sizes]
    steps = {round(b - a, 2) for a, b in zip(values, values[1:])}
    if steps == {0.5}:
        return f"{sizes[0]} to {sizes[-1]}, half sizes included"
    if steps == {1.0}:
        return f"{sizes[0]} to {sizes[-1]}, whole sizes only"
    return ", ".join(sizes)


def _features(record: dict) -> list[str]:
    """The "Key: Value" lines of a product: its base attributes in shop wording, then extra facts."""
    a = record["attributes"]
    lines = [f"Metal: {_metal_text(a)}"]
    if a["stone_type"] != NO_STONE:
        label = "Stones" if record["product_type"] in ("eternity", "wedding_band") else "Main Stone"
        lines.append(
            f"{label}: " + _stone_text(a["stone_type"], a["stone_origin"], a["stone_color"], a["stone_shape"])
        )
    if "second_stone_type" in a:
        lines.append(
            "Second Stone: "
            + _stone_text(
                a["second_stone_type"], a["stone_origin"], a["second_stone_color"], a["second_stone_shape"]
            )
        )
    if "accent_stones" in a:
        source = "Lab-grown" if a["stone_origin"] == "lab" else "Natural"
        lines.append(f"Accent Stones: {source} round diamonds")
    if "carat_weight" in a:
        lines.append(f"Total Carat Weight: {number(a['carat_weight'])} ct")
    setting = {"plain": "Plain metal, no stones", "inlay": "Inlay"}.get(
        a["setting"], a["setting"].capitalize()
    )
    lines.append(f"Setting: {setting}")
    lines.append(f"Band Width: {number(a['band_width_mm'])} mm")
    lines.append(f"Style: {a['style'].title()}")
    if a["details"]:
        lines.append("Details: " + ", ".join(d.capitalize() for d in a["details"]))
    resize = "resizable" if a["resizable"] else "not resizable"
    lines.append(f"Sizes: {_size_text(a['sizes_available'])}; {resize}")
    return lines + record["extra"]


PRODUCTS: list[dict] = [
    {
        "id": r["id"],
        "name": r["name"],
        "product_type": r["product_type"],
        "price": r["price"],
        "description": r["description"],
        "features": _features(r),
        "attributes": r["attributes"],
    }
    for r in _RECORDS
]


# ---------------------------------------------------------------- derived attributes


def derive(product_type: str, attributes: dict) -> dict:
    """Derived attributes, by the rules `DOMAIN_KNOWLEDGE` states in words."""
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


# ---------------------------------------------------------------- attributes personas may test

ATTRIBUTES: list[AttributeSpec] = [
    AttributeSpec(
        "metal",
        "categorical",
        description="Metal of the ring: yellow gold, white gold, rose gold, platinum or sterling silver.",
    ),
    AttributeSpec(
        "stone_type",
        "categorical",
        description="Main gemstone (diamond, moissanite, sapphire, ruby, emerald, ...), or 'no stone'.",
    ),
    AttributeSpec(
        "stone_origin",
        "categorical",
        ops=("eq", "ne"),
        types=STONE_TYPES,
        description="Whether the stones are natural (mined) or lab (grown or created); moissanite is lab.",
    ),
    AttributeSpec(
        "stone_shape",
        "categorical",
        types=STONE_TYPES,
        description="Cut shape of the main stone: round, oval, pear, emerald, cushion, princess, ...",
    ),
    AttributeSpec(
        "stone_color",
        "categorical",
        types=STONE_TYPES,
        description="Colour of the main stone: colorless, blue, pink, green, red, peach, ...",
    ),
    AttributeSpec(
        "carat_weight",
        "number",
        higher_is_better=True,
        types=STONE_TYPES,
        unit="carats",
        description="Total carat weight of all stones in the ring.",
    ),
    AttributeSpec(
        "setting",
        "categorical",
        # Most types offer only prong or bezel: "not prong or bezel" would rule out the whole type.
        ops=("eq", "in", "ne"),
        types=STONE_TYPES + ("wedding_band",),
        description="How the main stones are held: prong, bezel, pave, channel, inlay, or plain (no stones).",
    ),
    AttributeSpec(
        "band_width_mm",
        "number",
        higher_is_better=False,
        unit="mm",
        description="Width of the band at the back of the finger, in millimetres.",
    ),
    AttributeSpec(
        "style",
        "categorical",
        description="Overall look: classic, vintage, modern, minimalist or art deco.",
    ),
    AttributeSpec(
        "details",
        "list",
        description="Design details such as milgrain, hidden halo, cathedral, comfort fit, engravable, ...",
    ),
    AttributeSpec(
        "sizes_available",
        "list",
        ops=("contains",),
        description="US ring sizes the ring is offered in ('6', '6.5', ...).",
    ),
    AttributeSpec(
        "hypoallergenic",
        "boolean",
        derived=True,
        mentions=("hypoallergenic", "allergic", "allergy", "allergies", "nickel"),
        description="Platinum, or 18k yellow or rose gold (no white gold, 14k or sterling silver).",
    ),
    AttributeSpec(
        "everyday_durable",
        "boolean",
        derived=True,
        mentions=("everyday", "durable", "daily wear", "daily"),
        description=(
            "Not sterling silver, not a halo ring, and no stones or only diamond/moissanite/sapphire/ruby "
            "in a bezel or channel setting."
        ),
    ),
    AttributeSpec(
        "conflict_free",
        "boolean",
        derived=True,
        mentions=("conflict",),
        description="Recycled metal and only lab-grown stones (or no stones).",
    ),
]

TYPE_NOUNS: dict[str, str] = {
    "solitaire": "solitaire ring",
    "wedding_band": "wedding band",
    "halo": "halo ring",
    "three_stone": "three-stone ring",
    "eternity": "eternity band",
    "toi_et_moi": "toi-et-moi ring",
    "signet": "signet ring",
    "cocktail": "cocktail ring",
}

USES: dict[str, list[str]] = {
    "solitaire": [
        "a proposal at the overlook where the couple first said I love you",
        "proposing on a long-planned trip to Lisbon",
        "a quiet proposal at home over a homemade dinner",
        "popping the question at a family reunion in the summer",
        "an engagement after seven years together",
        "a surprise proposal on a snowy cabin weekend",
        "replacing an engagement ring lost on a beach years ago",
        "a tenth-anniversary upgrade of a very modest first ring",
        "a proposal at the end of a charity 10K the couple runs together",
    ],
    "wedding_band": [
        "a courthouse wedding next month",
        "exchanging vows at a small backyard ceremony",
        "a destination wedding on the Oregon coast",
        "matching a partner's band chosen last week",
        "an elopement in the mountains",
        "a vow renewal after twenty-five years of marriage",
        "a wedding in a barn venue this fall",
        "replacing a band that no longer fits after years of wear",
        "a simple band to wear next to a grandmother's engagement ring",
    ],
    "halo": [
        "a proposal during a fireworks show on the Fourth of July",
        "an engagement that has been hinted at for months",
        "popping the question at a favorite jazz club",
        "a proposal in front of close friends at a surprise party",
        "an engagement ring with maximum sparkle on a modest budget",
        "proposing on a hot-air balloon ride",
        "a Valentine's Day proposal at a rooftop restaurant",
        "making a smaller center stone look bigger",
        "an upgrade for a fifteenth wedding anniversary",
    ],
    "three_stone": [
        "a proposal that honors the couple's past, present and future",
        "a tenth wedding anniversary gift",
        "marking the birth of a first child",
        "an engagement ring that echoes a late grandmother's ring",
        "a twentieth-anniversary surprise dinner",
        "celebrating three years together with a proposal",
        "a push present after a long pregnancy",
        "a ring that feels substantial without one big stone",
        "a second engagement later in life",
    ],
    "eternity": [
        "a fifth wedding anniversary gift",
        "a wedding band that sparkles from every angle",
        "celebrating a twenty-fifth anniversary",
        "a push present after the birth of twins",
        "a gift marking a partner's recovery from a long illness",
        "pairing with a solitaire engagement ring",
        "a vow renewal in Hawaii",
        "an anniversary band to be worn on the right hand",
        "a milestone birthday surprise",
    ],
    "toi_et_moi": [
        "a non-traditional proposal for a partner who loves fashion",
        "an engagement ring that represents two people coming together",
        "a proposal at a Paris café during a long-awaited trip",
        "an engagement for a couple that met at art school",
        "a second marriage that deserves something fresh",
        "a gift on the first anniversary of dating",
        "a ring that mixes a birthstone with a diamond",
        "an engagement ring that stands out from the usual solitaires",
        "a commitment ceremony with close friends",
    ],
    "signet": [
        "a graduation gift after finishing law school",
        "wearing a family crest passed down the generations",
        "a groomsman's thank-you gift",
        "a ring engraved with a monogram",
        "a retirement gift after thirty years on the job",
        "a pinky ring to wear with suits at the office",
        "marking a fortieth birthday",
        "a wedding band alternative with a monogram",
        "a keepsake honoring a late father's initials",
    ],
    "cocktail": [
        "a black-tie gala at the art museum",
        "a sixtieth birthday celebration",
        "New Year's Eve parties and holiday dinners",
        "a statement piece to wear at a daughter's wedding",
        "an opera season subscription",
        "a treat after a big promotion at work",
        "a fortieth wedding anniversary party",
        "cruise-ship formal nights",
        "a retirement present after a long teaching career",
    ],
}


# ---------------------------------------------------------------- phrasing constraints


def _join(items: list[str], conjunction: str = "or") -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def _with_article(text: str) -> str:
    return f"{article(text)} {text}"


_STONE_WORDS = {NO_STONE: "no stone at all"}
_ORIGIN_WORDS = {"lab": "lab-grown", "natural": "natural"}
_SHAPE_WORDS = {
    "round": "round",
    "oval": "oval",
    "pear": "pear-shaped",
    "emerald": "emerald-cut",
    "cushion": "cushion-cut",
    "princess": "princess-cut",
    "marquise": "marquise",
    "radiant": "radiant-cut",
}
_DETAIL_WORDS = {
    "milgrain": "milgrain detailing",
    "hidden halo": "a hidden halo",
    "comfort fit": "a comfort-fit band",
    "cathedral": "cathedral shoulders",
    "split shank": "a split shank",
    "knife edge": "a knife-edge band",
    "engravable": "an engravable band",
    "filigree": "filigree work",
    "hammered": "a hammered finish",
    "matte finish": "a matte finish",
    "pave band": "a pave band",
    "high polish": "a high-polish finish",
    "curved": "a curved shape",
}


def _words(attribute: str, value: str) -> str:
    """How a shopper says one value of `attribute`; always contains the value itself."""
    value = str(value).lower()
    if attribute == "stone_type":
        return _STONE_WORDS.get(value, _with_article(value))
    if attribute == "stone_origin":
        return _ORIGIN_WORDS.get(value, value)
    if attribute == "stone_shape":
        return _SHAPE_WORDS.get(value, value)
    if attribute == "details":
        return _DETAIL_WORDS.get(value, value)
    return value.replace("_", " ")


# Templates by attribute, then "pos" (eq/in/contains) or "neg" (ne/not_in/not_contains), then kind.
# `{x}` is the value (or values joined with "or"), `{ax}` the same with a leading article.
_TEMPLATES: dict[str, dict[str, dict[str, list[str]]]] = {
    "metal": {
        "pos": {
            "dealbreaker": [
                "It has to be {x}; I won't consider any other metal.",
                "The metal must be {x}, no exceptions.",
                "I'm only looking at rings made in {x}.",
                "Anything that isn't {x} is out for me.",
            ],
            "preference": [
                "Ideally the metal would be {x}.",
                "I'd lean toward {x} if I can find it.",
                "Bonus points if it's made in {x}.",
                "I have a soft spot for {x}, so that would be nice.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "I won't buy anything in {x}.",
                "The metal can't be {x}; that's a dealbreaker.",
                "No {x}, please; it just isn't us.",
                "Anything made in {x} is off the list.",
            ],
            "preference": [
                "I'd rather avoid {x} if possible.",
                "Ideally it wouldn't be {x}.",
                "I'm not a big fan of {x}, so I'd lean toward something else.",
            ],
        },
    },
    "stone_type": {
        "pos": {
            "dealbreaker": [
                "It has to have {x}.",
                "I'm only interested in a ring with {x}.",
                "I won't consider anything unless it has {x}.",
            ],
            "preference": [
                "Ideally it would have {x}.",
                "I'd lean toward a ring with {x}.",
                "Bonus points if it comes with {x}.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "I won't buy a ring with {x}.",
                "A ring with {x} is a dealbreaker for me.",
                "It can't be a ring with {x}.",
            ],
            "preference": [
                "I'd rather not get a ring with {x}.",
                "Ideally it wouldn't be a ring with {x}.",
                "I'd lean away from a ring with {x}.",
            ],
        },
    },
    "stone_origin": {
        "pos": {
            "dealbreaker": [
                "It has to have {x} stones; that's non-negotiable.",
                "I'll only buy a ring with {x} stones.",
                "It must have {x} stones and nothing else.",
            ],
            "preference": [
                "Ideally it would have {x} stones.",
                "I'd lean toward {x} stones.",
                "I'd be happiest with {x} stones.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "I won't accept {x} stones.",
                "A ring with {x} stones is ruled out for me.",
                "Anything with {x} stones is off the table.",
            ],
            "preference": [
                "I'd rather not have {x} stones.",
                "Ideally it wouldn't have {x} stones.",
                "I'd lean away from {x} stones.",
            ],
        },
    },
    "stone_shape": {
        "pos": {
            "dealbreaker": [
                "The main stone has to be {x}.",
                "I'm only considering {ax} main stone.",
                "It must have {ax} center stone; other shapes won't do.",
            ],
            "preference": [
                "Ideally the main stone would be {x}.",
                "I'd lean toward {ax} center stone.",
                "Bonus points for {ax} main stone.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "The main stone can't be {x}.",
                "I won't take a ring with {ax} center stone.",
                "{ax} main stone is a dealbreaker for me.",
            ],
            "preference": [
                "I'd rather the main stone not be {x}.",
                "Ideally the center stone wouldn't be {x}.",
                "I'd lean away from {ax} main stone.",
            ],
        },
    },
    "stone_color": {
        "pos": {
            "dealbreaker": [
                "The color of the main stone has to be {x}.",
                "I'll only consider a ring whose main stone is {x}.",
                "The center stone must be {x}; nothing else will do.",
            ],
            "preference": [
                "Ideally the main stone would be {x}.",
                "I'd lean toward {ax} center stone.",
                "Bonus points if the main stone is {x}.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "The main stone can't be {x}.",
                "I won't buy a ring with {ax} center stone.",
                "A main stone that's {x} is a dealbreaker.",
            ],
            "preference": [
                "I'd rather the main stone not be {x}.",
                "Ideally the center stone wouldn't be {x}.",
                "I'd lean away from {ax} main stone.",
            ],
        },
    },
    "setting": {
        "pos": {
            "dealbreaker": [
                "It has to have {ax} setting.",
                "I'm only considering rings with {ax} setting.",
                "The setting must be {x}; I've made up my mind on that.",
            ],
            "preference": [
                "Ideally it would have {ax} setting.",
                "I'd lean toward {ax} setting.",
                "Bonus points for {ax} setting.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "I won't buy anything with {ax} setting.",
                "The setting can't be {x}.",
                "{ax} setting is a dealbreaker for me.",
            ],
            "preference": [
                "I'd rather avoid {ax} setting.",
                "Ideally the setting wouldn't be {x}.",
                "I'd lean away from {ax} setting.",
            ],
        },
    },
    "style": {
        "pos": {
            "dealbreaker": [
                "It has to have {ax} look.",
                "I'm only interested in something {x} in style.",
                "The style must be {x}; anything else won't suit.",
            ],
            "preference": [
                "Ideally it would have {ax} feel.",
                "I'd lean toward something {x}.",
                "Bonus points if the style is {x}.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "I won't consider anything with {ax} look.",
                "The style can't be {x}.",
                "Nothing {x}, please; that's a dealbreaker.",
            ],
            "preference": [
                "I'd rather it not look {x}.",
                "Ideally the style wouldn't be {x}.",
                "I'd lean away from anything too {x}.",
            ],
        },
    },
    "details": {
        "pos": {
            "dealbreaker": [
                "It has to have {x}.",
                "I won't consider a ring without {x}.",
                "Having {x} is a must for me.",
            ],
            "preference": [
                "Bonus points if it has {x}.",
                "Ideally it would have {x}.",
                "I'd lean toward one with {x}.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "I don't want {x} at all.",
                "It can't have {x}; that's a dealbreaker.",
                "Anything with {x} is out.",
            ],
            "preference": [
                "I'd prefer it without {x}.",
                "I'd lean away from {x}.",
                "Ideally it wouldn't have {x}.",
            ],
        },
    },
    "sizes_available": {
        "pos": {
            "dealbreaker": [
                "It has to come in size {x}.",
                "I need it in size {x}; otherwise it's no use.",
                "It must be available in size {x}.",
            ],
            "preference": [
                "Ideally it comes in size {x}.",
                "I'd lean toward one that's offered in size {x}.",
                "It would be great if it's available in size {x}.",
            ],
        },
        "neg": {
            "dealbreaker": [
                "It can't be one that's offered in size {x}.",
                "I won't take a ring sold in size {x}.",
                "A ring available in size {x} is out.",
            ],
            "preference": [
                "I'd rather it not come in size {x}.",
                "Ideally it isn't offered in size {x}.",
                "I'd lean away from one sold in size {x}.",
            ],
        },
    },
}

_NUMBER_TEMPLATES: dict[str, dict[str, dict[str, list[str]]]] = {
    "carat_weight": {
        "gte": {
            "dealbreaker": [
                "It has to be at least {x} carats in total.",
                "I won't go below {x} carats total weight.",
                "Anything under {x} carats in total is a no.",
            ],
            "preference": [
                "Ideally it's {x} carats or more in total.",
                "I'd love at least {x} carats total.",
                "Bonus points if the total weight reaches {x} carats.",
            ],
        },
        "lte": {
            "dealbreaker": [
                "It can't be more than {x} carats in total.",
                "I won't go above {x} carats total weight.",
                "Anything over {x} carats in total is too much for me.",
            ],
            "preference": [
                "Ideally it's {x} carats or less in total.",
                "I'd lean toward no more than {x} carats total.",
                "Bonus points if the total stays at {x} carats or under.",
            ],
        },
    },
    "band_width_mm": {
        "lte": {
            "dealbreaker": [
                "The band can't be wider than {x} mm.",
                "I won't consider a band wider than {x} mm.",
                "It has to be {x} mm wide or slimmer.",
            ],
            "preference": [
                "Ideally the band is {x} mm or narrower.",
                "I'd lean toward a band no wider than {x} mm.",
                "Bonus points if the band stays at {x} mm or under.",
            ],
        },
        "gte": {
            "dealbreaker": [
                "The band has to be at least {x} mm wide.",
                "I won't consider a band narrower than {x} mm.",
                "It must be {x} mm wide or wider.",
            ],
            "preference": [
                "Ideally the band is {x} mm or wider.",
                "I'd lean toward a band at least {x} mm wide.",
                "Bonus points if the band is {x} mm or more.",
            ],
        },
    },
}

_BOOLEAN_TEMPLATES: dict[str, dict[bool, dict[str, list[str]]]] = {
    "hypoallergenic": {
        True: {
            "dealbreaker": [
                "It has to be hypoallergenic; my partner's skin reacts badly to cheap metal.",
                "I have a nickel allergy, so the metal must be safe for that.",
                "Anything that could set off a metal allergy is out, so it must be hypoallergenic.",
            ],
            "preference": [
                "Ideally it would be hypoallergenic, since sensitive skin runs in the family.",
                "I'd lean toward a metal that's friendly to a nickel allergy.",
                "Bonus points if it's hypoallergenic.",
            ],
        },
        False: {
            "dealbreaker": [
                "Allergies aren't an issue, and I refuse to pay extra for a hypoallergenic metal, so it "
                "shouldn't be one.",
                "It must not be one of the pricier hypoallergenic metals; a regular alloy is what I want.",
                "No hypoallergenic premium metal for me; a standard alloy is fine and that's what I'll buy.",
            ],
            "preference": [
                "Nobody here has a metal allergy, so I'd lean toward a regular, non-hypoallergenic alloy.",
                "Ideally it's not one of the costlier hypoallergenic metals.",
                "I'd rather skip the hypoallergenic metals and save the money.",
            ],
        },
    },
    "everyday_durable": {
        True: {
            "dealbreaker": [
                "It has to be durable enough for everyday wear, because it will never come off.",
                "It must stand up to daily wear; I work with my hands a lot.",
                "Anything too delicate is out: it needs to be durable for everyday use.",
            ],
            "preference": [
                "Ideally it would be durable enough to wear every day without worry.",
                "I'd lean toward something built for everyday wear.",
                "Bonus points if it can take daily knocks at the gym and in the kitchen.",
            ],
        },
        False: {
            "dealbreaker": [
                "It's only for special evenings, so it must be a delicate showpiece, not an everyday "
                "durable ring.",
                "I don't want a sturdy everyday ring; it has to be a fragile, dressy piece.",
                "It should not be one of those built-for-daily-wear rings; I want something delicate.",
            ],
            "preference": [
                "Ideally it's a delicate dress ring rather than something durable for everyday.",
                "I'd lean toward a showpiece over an everyday workhorse ring.",
                "It won't see daily wear, so I'd rather have a dainty piece than a tough one.",
            ],
        },
    },
    "conflict_free": {
        True: {
            "dealbreaker": [
                "It has to be conflict-free, stones and metal alike.",
                "I won't buy anything that isn't conflict-free.",
                "Being conflict-free is non-negotiable for me.",
            ],
            "preference": [
                "Ideally it would be conflict-free.",
                "I'd lean toward a conflict-free ring if there's a choice.",
                "Bonus points if it's conflict-free.",
            ],
        },
        False: {
            "dealbreaker": [
                "I'm not after one of the conflict-free lab-and-recycled pieces; it has to be traditional.",
                "It must not be a conflict-free eco ring; I want the traditional kind.",
                "Skip the conflict-free options; I only want a traditionally made ring.",
            ],
            "preference": [
                "I'd lean toward a traditional ring rather than a conflict-free eco one.",
                "Ideally it isn't one of the conflict-free eco pieces.",
                "I'd rather go traditional than conflict-free with this one.",
            ],
        },
    },
}

_TYPE_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "pos": {
        "dealbreaker": [
            "I'm shopping for {ax}, nothing else.",
            "It has to be {ax}.",
            "What I need is {ax}; I'm not looking at other kinds of rings.",
            "I'm only interested in {ax}.",
        ],
        "preference": [
            "Ideally it would be {ax}.",
            "I'd lean toward {ax}.",
            "{ax} would be my first choice.",
        ],
    },
    "neg": {
        "dealbreaker": [
            "I don't want {ax}.",
            "It can't be {ax}.",
            "Anything that's {ax} is out.",
        ],
        "preference": [
            "I'd rather not get {ax}.",
            "Ideally it wouldn't be {ax}.",
            "I'd lean away from {ax}.",
        ],
    },
}

_NEGATIVE_OPS = ("ne", "not_in", "not_contains")

# "stone_type ne 'no stone'" reads badly in the generic templates: a shopper simply wants a stone.
_WANTS_A_STONE = {
    "dealbreaker": [
        "It has to have a gemstone; a plain ring with no stone won't do.",
        "I won't consider a ring with no stone, so it needs a gem of some kind.",
        "A plain band with no stone is a dealbreaker; I want a stone in it.",
    ],
    "preference": [
        "Ideally it would have some kind of gem rather than no stone at all.",
        "I'd lean toward a ring with a stone over one with no stone.",
        "Bonus points for a gemstone over a plain ring with no stone.",
    ],
}


def phrase(constraint: Constraint, rng: random.Random) -> str:
    """One sentence in a shopper's words stating `constraint`; it contains the constraint's value."""
    attribute, op, value, kind = constraint.attribute, constraint.op, constraint.value, constraint.kind
    polarity = "neg" if op in _NEGATIVE_OPS else "pos"
    values = value if isinstance(value, list) else [value]

    if attribute == "product_type":
        nouns = [TYPE_NOUNS.get(str(v), str(v).replace("_", " ")) for v in values]
        text = _join([_with_article(n) for n in nouns])
        return rng.choice(_TYPE_TEMPLATES[polarity][kind]).format(ax=text)

    if isinstance(value, bool):
        return rng.choice(_BOOLEAN_TEMPLATES[attribute][value][kind])

    if isinstance(value, int | float):
        templates = _NUMBER_TEMPLATES[attribute]
        direction = "gte" if op in ("gte", "gt") else "lte"
        return rng.choice(templates[direction][kind]).format(x=number(value))

    if attribute == "stone_type" and polarity == "neg" and [str(v).lower() for v in values] == [NO_STONE]:
        return rng.choice(_WANTS_A_STONE[kind])
    words = [_words(attribute, str(v)) for v in values]
    text = _join(words)
    sentence = rng.choice(_TEMPLATES[attribute][polarity][kind])
    return sentence.format(x=text, ax=_with_article(text))


# ---------------------------------------------------------------- buying guide and domain knowledge

BUYING_GUIDE: list[dict] = [
    {
        "id": "rings-metals",
        "title": "Choosing a metal",
        "text": (
            "The metal sets the color and most of the upkeep of a ring. Yellow gold is the traditional warm "
            "choice and flatters warmer skin tones; rose gold gets its pink glow from copper in the alloy; "
            "white gold is gold alloyed with white metals and usually plated with rhodium for a bright, "
            "icy finish. Platinum is naturally white, dense and heavy, and it never needs plating. Sterling "
            "silver looks similar to white metals at a fraction of the cost, but it is soft and tarnishes. "
            "If the ring will sit next to another ring, match the metals or choose a deliberate mix."
        ),
    },
    {
        "id": "rings-karat",
        "title": "Gold purity: 10K, 14K and 18K",
        "text": (
            "Karat tells how much of the metal is pure gold: 14K is 58.5 percent gold, 18K is 75 percent. "
            "The rest is alloy, which changes color and hardness. 14K is the most popular choice in the US "
            "because it is a little harder, resists scratches better and costs less. 18K has a richer, "
            "deeper color and contains less alloy, which matters for people whose skin reacts to alloy "
            "metals, but it is softer and shows wear sooner. Platinum is marked 950 (95 percent pure) and "
            "sterling silver 925 (92.5 percent silver). Look for these stamps inside the band."
        ),
    },
    {
        "id": "rings-platinum-vs-white-gold",
        "title": "Platinum or white gold?",
        "text": (
            "Both look white on day one, but they age differently. White gold's bright finish comes from a "
            "rhodium plating; as it wears, a faint yellow tint shows through, and the ring needs replating "
            "every year or two at a jeweler (usually a modest fee). White gold alloys often contain nickel. "
            "Platinum stays white on its own, is hypoallergenic, and when scratched the metal moves rather "
            "than wears away, slowly developing a soft satin patina that can be polished off. Platinum "
            "costs more up front and feels noticeably heavier on the hand."
        ),
    },
    {
        "id": "rings-silver",
        "title": "Sterling silver rings",
        "text": (
            "Sterling silver is 92.5 percent silver and 7.5 percent other metals, usually copper. It is the "
            "budget-friendly way to get a white-metal look, which makes it popular for promise rings, "
            "fashion rings and placeholder bands. The trade-offs: silver is soft, so thin bands bend and "
            "scratch, prongs can loosen, and it tarnishes when exposed to air, sweat and household "
            "chemicals. Store it in a closed pouch, wipe it with a polishing cloth, and think of it as a "
            "ring for occasional rather than constant wear."
        ),
    },
    {
        "id": "rings-lab-vs-natural",
        "title": "Lab-grown or natural stones",
        "text": (
            "A lab-grown diamond is real diamond: the same carbon crystal, hardness and sparkle as a mined "
            "one, grown in weeks in a reactor instead of over millions of years underground. Only a lab "
            "instrument can tell them apart. Lab-grown stones cost a fraction of natural ones of the same "
            "size and grade, so the same budget buys a much bigger or better stone, but they hold little "
            "resale value. Natural stones appeal to buyers who value rarity and tradition. Colored gems such "
            "as sapphire, ruby and emerald can also be lab-grown. Reputable listings always state the origin."
        ),
    },
    {
        "id": "rings-moissanite",
        "title": "Moissanite as a diamond alternative",
        "text": (
            "Moissanite is silicon carbide, always made in a lab today. It is very hard (9.25 on the Mohs "
            "scale, just below diamond), so it holds up well on the hand. It bends light differently from "
            "diamond and throws more rainbow-colored fire, which some people love and others find a little "
            "flashy, especially in larger sizes. A colorless moissanite costs a small fraction of a diamond "
            "of the same size. It is not a diamond and should never be sold as one; carat weights are often "
            "quoted as the diamond-equivalent size."
        ),
    },
    {
        "id": "rings-four-cs",
        "title": "Reading a diamond grade: the 4Cs",
        "text": (
            "Cut, color, clarity and carat describe a diamond. Cut quality decides sparkle more than "
            "anything else, so never compromise there. Color runs from D (icy colorless) downward; G to H "
            "looks white to most eyes, especially in yellow or rose gold. Clarity grades inclusions; VS2 or "
            "SI1 stones are usually eye-clean and far cheaper than flawless ones. Carat is weight, not size, "
            "and prices jump at round numbers such as 1.0 ct, so a 0.9 ct stone can save real money. Ask for "
            "a grading report from GIA or IGI."
        ),
    },
    {
        "id": "rings-colored-gems",
        "title": "Colored gemstones and hardness",
        "text": (
            "Hardness on the Mohs scale tells how well a stone resists scratches. Diamond is 10, moissanite "
            "about 9.25, sapphire and ruby 9: these cope with constant wear. Emerald, morganite, amethyst and "
            "citrine sit around 7 to 8, and onyx lower; ordinary dust contains quartz at 7, so softer stones "
            "slowly lose their polish and can chip, and emeralds are often brittle and oil-treated. Softer "
            "gems are lovely in rings worn now and then, or when guarded by a metal rim. Ask whether a colored "
            "stone is heat treated or oiled; it affects value and care."
        ),
    },
    {
        "id": "rings-shapes",
        "title": "Stone shapes and what they do",
        "text": (
            "Round brilliants give the most sparkle and the classic look. Ovals, pears and marquises are "
            "elongated, so they look larger for their carat weight and make fingers look slimmer. Emerald "
            "cuts show long, clear step facets and highlight clarity, so buy a cleaner grade. Cushions are "
            "soft-cornered squares with a vintage glow; princess cuts are crisp squares whose sharp corners "
            "need protecting prongs; radiants combine a rectangle with brilliant sparkle. Pointed tips on "
            "pears and marquises are the most likely spots to chip, so they should be covered by a prong."
        ),
    },
    {
        "id": "rings-settings",
        "title": "Settings: prong, bezel, channel, pave",
        "text": (
            "Prongs are small metal claws that let light reach the stone, for maximum sparkle, but they sit "
            "high, can catch on sweaters and hair, and loosen over time. A bezel is a continuous metal rim "
            "around the stone: sleek, low and protective, with a little less sparkle. Channel settings hold "
            "a row of stones between two metal walls, so nothing sticks out. Pave covers the band in tiny "
            "stones held by beads of metal; it sparkles beautifully, but the little stones can fall out and "
            "the band is hard to resize. Prong and pave settings should be checked by a jeweler yearly."
        ),
    },
    {
        "id": "rings-halo",
        "title": "Halo rings",
        "text": (
            "A halo is a ring of small diamonds around the center stone. It makes the center look up to half "
            "a carat larger and adds a lot of sparkle for the money, which is why halos are popular for "
            "engagement rings on a budget. The trade-offs are upkeep and wear: dozens of tiny claw-set "
            "stones can snag on fabric and occasionally work loose, the halo takes knocks first, and "
            "cleaning grime from under it takes effort. A hidden halo sits under the stone instead, giving a "
            "flash of sparkle from the side while keeping a clean solitaire look from above."
        ),
    },
    {
        "id": "rings-three-stone-toi-et-moi",
        "title": "Three-stone and toi-et-moi rings",
        "text": (
            "A three-stone ring sets a center stone between two smaller ones, often read as past, present "
            "and future; it covers more of the finger than a solitaire of the same total weight. Side stones "
            "can match the center or contrast with it, such as a sapphire with diamonds. A toi-et-moi "
            "('you and me') ring sets two stones side by side, often in different shapes or colors, as a "
            "symbol of two people. Both styles let you get an impressive total carat weight from several "
            "smaller stones, which cost less per carat than one large stone."
        ),
    },
    {
        "id": "rings-eternity",
        "title": "Eternity bands",
        "text": (
            "An eternity band carries stones all the way around the finger, so it sparkles from every angle. "
            "A half-eternity has stones only across the top. Full eternity bands cannot be resized in any "
            "meaningful way, because there is no plain metal to cut or stretch, so get sized carefully, "
            "ideally at the time of day when fingers are largest. Stones under the palm also take knocks "
            "and can press on neighboring fingers. Channel or bezel versions are smoother and sturdier than "
            "shared-prong ones, which show off more of each stone."
        ),
    },
    {
        "id": "rings-sizing",
        "title": "Getting the ring size right",
        "text": (
            "US ring sizes run roughly from 3 to 13 in half sizes; the most common are around 6 to 7 for "
            "slimmer fingers and 9 to 10 for larger ones. Fingers swell in heat and after exercise and shrink "
            "in the cold, so measure at the end of the day at room temperature. Wide bands fit tighter: go up "
            "half a size for bands of 6 mm and more. A ring should slide over the knuckle with slight "
            "resistance and not spin. Check the sizes a ring is offered in, and whether it can be resized "
            "later; eternity bands and some patterned bands cannot."
        ),
    },
    {
        "id": "rings-band-width",
        "title": "Band width and comfort fit",
        "text": (
            "Band width is measured across the top of the finger. Under 2 mm reads delicate and makes a "
            "center stone look bigger; 2 to 3 mm is the usual engagement-ring range; wedding bands of 4 to "
            "8 mm feel bold and substantial. Thin bands are more likely to bend over years of wear. A "
            "comfort-fit band has a rounded inner surface that slides over the knuckle more easily and "
            "feels lighter on the finger, which is worth having on wider bands. A knife-edge band rises to a "
            "ridge on top, looking slim while staying strong."
        ),
    },
    {
        "id": "rings-care",
        "title": "Caring for a ring",
        "text": (
            "Take rings off for the gym, gardening, cleaning with chemicals and swimming in chlorine. Soak "
            "diamonds, sapphires and rubies in warm water with a drop of dish soap and brush gently with a "
            "soft toothbrush; softer and treated stones such as emerald and opal need only a damp cloth, "
            "never an ultrasonic cleaner. Have prongs and pave checked once a year. White gold needs "
            "rhodium replating every year or two, sterling silver needs polishing when it darkens, and any "
            "ring benefits from a professional clean and polish now and then."
        ),
    },
    {
        "id": "rings-signet",
        "title": "Signet rings",
        "text": (
            "A signet ring has a flat face, traditionally engraved with a family crest or initials and once "
            "used to seal letters in wax. Faces come in oval, round, cushion and square shapes; choose a "
            "face that is in proportion to the finger. Hand engraving costs more than laser engraving but "
            "has more depth. Some signets set a flat stone such as onyx into the face instead of engraving "
            "it. Solid gold signets are heavy and last generations; silver ones are an affordable "
            "alternative. They are often worn on the pinky or ring finger of the non-dominant hand."
        ),
    },
    {
        "id": "rings-cocktail",
        "title": "Cocktail rings",
        "text": (
            "A cocktail ring is an oversized statement ring built around one large colored stone, often with "
            "a halo or a sculptural mount. Because the stone sits high and big, it is made for evenings out "
            "rather than for typing, cooking or the gym. Affordable gems such as amethyst and citrine give "
            "lots of color for little money; sapphire, ruby or lab-grown diamonds cost more but resist "
            "scratches far better. Check that the ring is balanced so it does not tip sideways, and that "
            "the inside of the shank is smooth."
        ),
    },
    {
        "id": "rings-sourcing",
        "title": "Recycled metal and traceable stones",
        "text": (
            "Many jewelers now cast rings from recycled gold and platinum, refined from old jewelry and "
            "electronics. The metal is chemically identical to newly mined metal and avoids new mining. For "
            "stones, a lab-grown diamond or gem has a known origin, while a mined stone's path through "
            "traders is hard to trace fully, even with the Kimberley Process in place. Shoppers who care "
            "about sourcing should ask for both: recycled metal stated on the listing, and lab-grown stones "
            "or a documented origin for mined ones."
        ),
    },
    {
        "id": "rings-buying-for-a-partner",
        "title": "Buying a ring for a partner",
        "text": (
            "Look at the jewelry your partner already wears: mostly gold or silver tones, delicate or bold, "
            "vintage or sleek. To get a size secretly, borrow a ring worn on the right finger and have it "
            "measured, or ask a close friend. Consider lifestyle: someone who works with their hands, plays "
            "sports or has children under their feet will be happier with a low, protected setting and hard "
            "stones. Ask about the return window, free resizing and whether the ring can be exchanged after "
            "the proposal."
        ),
    },
]

DOMAIN_KNOWLEDGE = """
## Rings: what a listing does not spell out

Apply these rules to the metal, purity, stones and setting that each listing states:

- **Hypoallergenic** (safe for a nickel allergy or sensitive skin): only platinum (950) and 18K yellow or
  18K rose gold count. White gold of any karat does not (its alloys often contain nickel and its plating
  wears through), 14K or lower yellow and rose gold do not (too much alloy metal), and sterling silver (925)
  does not.
- **Durable for everyday wear**: a ring counts only if all of these hold: the metal is not sterling silver
  (too soft); it is not a halo ring (a halo's tiny claw-set stones snag and work loose); and either it has no
  stones at all, or every stone in it (side, second and accent stones too) is a diamond, moissanite, sapphire
  or ruby (Mohs hardness 9 or more) held in a bezel or channel setting. Prong, pave and inlay settings do not
  count, and neither do softer stones such as emerald, morganite, amethyst, citrine or onyx.
- **Conflict-free**: a ring counts only if its metal is recycled and every stone in it is lab-grown or
  lab-created (moissanite is always lab-made), or it has no stones. Any natural, mined stone, or newly mined
  (not recycled) metal, means it does not count.

General know-how:

- 14K gold is 58.5% gold and harder-wearing; 18K is 75% gold, richer in color and softer.
- White gold is rhodium-plated and needs replating every year or two; platinum stays white and is heavier.
- Lab-grown diamonds are real diamonds and cost far less than natural ones of the same size and grade.
- Carat weight is total weight; for halo, three-stone, toi-et-moi and eternity rings it adds up all stones.
- Full eternity bands cannot be resized, so the size must be right from the start.
- Wide bands (6 mm and up) fit tighter; size up half a size.
"""


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
