"""Men's clothing: jeans, chinos, shorts, dress shirts, T-shirts, hoodies and jackets.

Product records hold base attributes only; `derive` adds the fabric properties that a shopper has to infer
from the fabric blend (and, for jackets, a coating), by the rules that `DOMAIN_KNOWLEDGE` states in words.
Brand and model names are real; every description and feature line is written for this project.
"""

import random
import re

from PIL import Image, ImageDraw

from datagen.spec import AttributeSpec
from salessim_inspect.data.models import Constraint, Product

CATEGORY = "male_clothing"
PERSONA_COUNT = 77
GENDER = "male"
AGE_RANGE = (18, 85)

BOTTOMS = ("jeans", "chinos", "shorts")
TOPS = ("dress_shirt", "t_shirt", "hoodie", "jacket")

# ------------------------------------------------------------------------------------------ sizes

_LETTERS = ["xs", "s", "m", "l", "xl", "xxl", "3xl", "4xl"]


def _letters(low: str, high: str) -> list[str]:
    return _LETTERS[_LETTERS.index(low) : _LETTERS.index(high) + 1]


def _waists(low: int, high: int) -> list[str]:
    """Even waist sizes in inches, as strings ("28", "30", ...)."""
    return [str(w) for w in range(low, high + 1, 2)]


def _necks(low: float, high: float) -> list[str]:
    """Dress-shirt neck sizes in half inches ("14.5", "15", ...)."""
    return [f"{n / 2:g}" for n in range(int(low * 2), int(high * 2) + 1)]


# ------------------------------------------------------------------------------------------ catalog
# Each record: the product fields, base attributes, and `extra` feature lines beyond the ones written
# from the attributes by `_features` below.

_RECORDS: list[dict] = [
    # ---------------------------------------------------------------- jeans
    {
        "id": "mc-001",
        "name": "Levi's 501 Original Fit Jeans",
        "product_type": "jeans",
        "price": 79.50,
        "description": (
            "The button-fly jean that started it all, cut straight through the seat and thigh with a leg "
            "that falls cleanly over boots or sneakers. This version uses a sturdy all-cotton denim in a "
            "medium stonewash that looks broken-in from the first wear."
        ),
        "attributes": {
            "color": "medium blue",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "regular",
            "rise": "mid",
            "stretch": "none",
            "fabric_weight": 12.5,
            "inseam_options": ["28", "30", "32", "34", "36"],
            "sizes": _waists(28, 42),
            "pockets": ["front", "back", "coin"],
            "closure": "button fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["casual", "weekend", "concert"],
        },
        "extra": [],
    },
    {
        "id": "mc-002",
        "name": "Levi's 511 Slim Fit Jeans",
        "product_type": "jeans",
        "price": 69.50,
        "description": (
            "A trim jean that sits just below the waist and stays narrow from hip to ankle without feeling "
            "painted on. A touch of spandex in the dark rinse denim gives a little give when sitting at a "
            "desk or riding a bike."
        ),
        "attributes": {
            "color": "dark blue",
            "fabric": "cotton",
            "fabric_blend": "99% cotton, 1% spandex",
            "fit": "slim",
            "rise": "mid",
            "stretch": "slight",
            "fabric_weight": 11,
            "inseam_options": ["28", "30", "32", "34"],
            "sizes": _waists(28, 38),
            "pockets": ["front", "back", "coin"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["casual", "office", "date night"],
        },
        "extra": [],
    },
    {
        "id": "mc-003",
        "name": "Wrangler Cowboy Cut Original Fit Jeans",
        "product_type": "jeans",
        "price": 32.99,
        "description": (
            "A heavy, rigid jean made for riding and ranch work, with a seat and thigh roomy enough for a "
            "saddle and a leg that stacks over boots. The dark all-cotton denim starts out stiff and softens "
            "with every wash."
        ),
        "attributes": {
            "color": "dark blue",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "regular",
            "rise": "high",
            "stretch": "none",
            "fabric_weight": 14.75,
            "inseam_options": ["30", "32", "34", "36", "38"],
            "sizes": _waists(28, 48),
            "pockets": ["front", "back", "coin"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["work", "outdoor", "casual"],
        },
        "extra": [],
    },
    {
        "id": "mc-004",
        "name": "Lucky Brand 410 Athletic Slim Jeans",
        "product_type": "jeans",
        "price": 99.50,
        "description": (
            "Cut with extra room in the seat and thigh and then tapered from the knee down, this jean suits "
            "guys with muscular legs who find ordinary slim jeans too tight. The light vintage wash and "
            "moderate stretch keep it easygoing for weekends."
        ),
        "attributes": {
            "color": "light blue",
            "fabric": "cotton",
            "fabric_blend": "92% cotton, 6% polyester, 2% spandex",
            "fit": "athletic",
            "rise": "mid",
            "stretch": "moderate",
            "fabric_weight": 10.5,
            "inseam_options": ["30", "32", "34"],
            "sizes": _waists(28, 40),
            "pockets": ["front", "back", "coin"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["casual", "date night", "weekend"],
        },
        "extra": [],
    },
    {
        "id": "mc-005",
        "name": "Carhartt Rugged Flex Relaxed Fit Utility Jeans",
        "product_type": "jeans",
        "price": 64.99,
        "description": (
            "A roomy work jean with a utility pocket and hammer loop on the leg, cut generously through the "
            "seat and thigh for kneeling and climbing. A small amount of spandex lets the black denim flex "
            "in a crouch without giving up its toughness."
        ),
        "attributes": {
            "color": "black",
            "fabric": "cotton",
            "fabric_blend": "99% cotton, 1% spandex",
            "fit": "relaxed",
            "rise": "mid",
            "stretch": "slight",
            "fabric_weight": 12,
            "inseam_options": ["30", "32", "34", "36"],
            "sizes": _waists(30, 46),
            "pockets": ["front", "back", "coin", "utility"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["work", "casual", "outdoor"],
        },
        "extra": [],
    },
    {
        "id": "mc-006",
        "name": "AG Tellis Modern Slim Jeans",
        "product_type": "jeans",
        "price": 198.00,
        "description": (
            "A premium slim jean from the Los Angeles denim maker AG, cut to sit a little lower on the hip "
            "with a narrow but not skinny leg. The washed gray denim has a soft hand and a noticeable stretch "
            "that keeps its shape through a long day."
        ),
        "attributes": {
            "color": "gray",
            "fabric": "cotton",
            "fabric_blend": "91% cotton, 7% polyester, 2% spandex",
            "fit": "slim",
            "rise": "low",
            "stretch": "moderate",
            "fabric_weight": 11,
            "inseam_options": ["30", "32", "34"],
            "sizes": _waists(28, 38),
            "pockets": ["front", "back", "coin"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["office", "date night", "casual"],
        },
        "extra": [],
    },
    {
        "id": "mc-007",
        "name": "DUER Performance Denim Relaxed Taper Jeans",
        "product_type": "jeans",
        "price": 139.00,
        "description": (
            "Designed for commuting by bike and long travel days, this jean has a gusseted crotch and a "
            "hidden zip pocket for keys or a card. The denim is a polyester-heavy blend with plenty of "
            "four-way stretch, cut roomy through the thigh and tapered at the ankle."
        ),
        "attributes": {
            "color": "medium blue",
            "fabric": "polyester",
            "fabric_blend": "52% polyester, 45% cotton, 3% spandex",
            "fit": "relaxed",
            "rise": "mid",
            "stretch": "high",
            "fabric_weight": 10,
            "inseam_options": ["30", "32", "34"],
            "sizes": _waists(28, 40),
            "pockets": ["front", "back", "coin", "zip"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["travel", "cycling", "casual"],
        },
        "extra": [],
    },
    {
        "id": "mc-008",
        "name": "Duluth Trading Ballroom Relaxed Fit Jeans",
        "product_type": "jeans",
        "price": 74.50,
        "description": (
            "Named for the extra room in the crotch, this work jean hides a gusset that allows a full range "
            "of motion for squatting, lifting and climbing ladders. It sits at the natural waist and comes "
            "in a lighter faded wash with just a little stretch."
        ),
        "attributes": {
            "color": "light blue",
            "fabric": "cotton",
            "fabric_blend": "98% cotton, 2% spandex",
            "fit": "relaxed",
            "rise": "high",
            "stretch": "slight",
            "fabric_weight": 13,
            "inseam_options": ["28", "30", "32", "34", "36"],
            "sizes": _waists(30, 50),
            "pockets": ["front", "back", "coin"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["work", "outdoor", "casual"],
        },
        "extra": [],
    },
    # ---------------------------------------------------------------- chinos
    {
        "id": "mc-009",
        "name": "Dockers Easy Khaki Classic Fit Pants",
        "product_type": "chinos",
        "price": 59.99,
        "description": (
            "A no-fuss office khaki with a straight, comfortable leg and a flat front. The twill mixes cotton "
            "with a good share of polyester and a little spandex, so it is an easy everyday pant for desk "
            "days and casual Fridays."
        ),
        "attributes": {
            "color": "khaki",
            "fabric": "cotton",
            "fabric_blend": "65% cotton, 33% polyester, 2% spandex",
            "fit": "regular",
            "rise": "mid",
            "stretch": "slight",
            "inseam_options": ["29", "30", "32", "34"],
            "sizes": _waists(30, 44),
            "pockets": ["front", "back"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["office", "casual"],
        },
        "extra": ["Front: Flat"],
    },
    {
        "id": "mc-010",
        "name": "J.Crew 484 Slim-Fit Stretch Chino Pants",
        "product_type": "chinos",
        "price": 89.50,
        "description": (
            "A slim chino that runs narrow through the hip and thigh with a slightly tapered leg, ready for "
            "a blazer or a plain tee. The garment-washed cotton twill has a soft, lived-in feel with just "
            "enough stretch for all-day wear."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "cotton",
            "fabric_blend": "98% cotton, 2% spandex",
            "fit": "slim",
            "rise": "mid",
            "stretch": "slight",
            "inseam_options": ["28", "30", "32", "34", "36"],
            "sizes": _waists(28, 40),
            "pockets": ["front", "back", "coin"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["office", "date night", "casual"],
        },
        "extra": ["Finish: Garment washed"],
    },
    {
        "id": "mc-011",
        "name": "Bonobos Stretch Washed Chinos 2.0 Athletic Fit",
        "product_type": "chinos",
        "price": 99.00,
        "description": (
            "Extra room through the seat and thigh narrows to a clean taper below the knee, so this pant "
            "fits guys who squat, lift or cycle. The washed twill is soft from day one, and the olive tone "
            "is a welcome change from the usual khaki."
        ),
        "attributes": {
            "color": "olive",
            "fabric": "cotton",
            "fabric_blend": "97% cotton, 3% spandex",
            "fit": "athletic",
            "rise": "mid",
            "stretch": "moderate",
            "inseam_options": ["30", "32", "34", "36"],
            "sizes": _waists(28, 40),
            "pockets": ["front", "back"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["casual", "office", "weekend"],
        },
        "extra": ["Leg: Tapered below the knee"],
    },
    {
        "id": "mc-012",
        "name": "Banana Republic Rapid Movement Slim Chino",
        "product_type": "chinos",
        "price": 90.00,
        "description": (
            "A slim, modern chino in a cotton-polyester twill with a generous dose of spandex, so it moves "
            "with a long stride or a cramped airplane seat. The gray color and flat front dress up with a "
            "sport coat or down with sneakers."
        ),
        "attributes": {
            "color": "gray",
            "fabric": "cotton",
            "fabric_blend": "62% cotton, 34% polyester, 4% spandex",
            "fit": "slim",
            "rise": "mid",
            "stretch": "high",
            "inseam_options": ["30", "32", "34"],
            "sizes": _waists(28, 38),
            "pockets": ["front", "back"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["office", "travel", "date night"],
        },
        "extra": ["Front: Flat"],
    },
    {
        "id": "mc-013",
        "name": "Lands' End Traditional Fit Comfort Waist Chino Pants",
        "product_type": "chinos",
        "price": 54.95,
        "description": (
            "A classic, generously cut chino with a higher rise and a waistband that hides a strip of "
            "elastic at the sides for comfort after a big meal. The all-cotton twill comes in a light stone "
            "shade and gets softer over time."
        ),
        "attributes": {
            "color": "stone",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "relaxed",
            "rise": "high",
            "stretch": "none",
            "inseam_options": ["28", "29", "30", "31", "32", "33", "34"],
            "sizes": _waists(30, 48),
            "pockets": ["front", "back"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["casual", "office", "travel"],
        },
        "extra": ["Waistband: Hidden side elastic"],
    },
    {
        "id": "mc-014",
        "name": "Uniqlo Slim-Fit Chino Pants",
        "product_type": "chinos",
        "price": 39.90,
        "description": (
            "An affordable slim chino with a clean, tapered leg and a lightly brushed cotton twill. The "
            "black color reads smart enough for a dinner out and holds up to regular washing."
        ),
        "attributes": {
            "color": "black",
            "fabric": "cotton",
            "fabric_blend": "98% cotton, 2% spandex",
            "fit": "slim",
            "rise": "mid",
            "stretch": "slight",
            "inseam_options": ["28", "30", "32", "34"],
            "sizes": _waists(28, 40),
            "pockets": ["front", "back"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["casual", "office", "date night"],
        },
        "extra": [],
    },
    {
        "id": "mc-015",
        "name": "Mizzen+Main Helmsman Chino Pants",
        "product_type": "chinos",
        "price": 128.00,
        "description": (
            "A performance take on the classic chino, woven from a polyester and spandex blend that looks "
            "like cotton twill from across the room. It has a straight, regular leg, a stretch waistband "
            "and a zippered back pocket for travel days."
        ),
        "attributes": {
            "color": "khaki",
            "fabric": "polyester",
            "fabric_blend": "88% polyester, 12% spandex",
            "fit": "regular",
            "rise": "mid",
            "stretch": "high",
            "inseam_options": ["30", "32", "34"],
            "sizes": _waists(30, 40),
            "pockets": ["front", "back", "zip"],
            "closure": "zip fly",
            "pattern": "solid",
            "care": "machine wash",
            "occasion": ["office", "travel", "golf"],
        },
        "extra": ["Waistband: Stretch"],
    },
    # ---------------------------------------------------------------- dress shirts
    {
        "id": "mc-016",
        "name": "Brooks Brothers Regent Fit Oxford Button-Down Shirt",
        "product_type": "dress_shirt",
        "price": 98.00,
        "description": (
            "The soft-rolled button-down collar and sturdy oxford cloth make this a shirt that works with a "
            "tie on Monday and open-necked on Saturday. The Regent cut is tailored but not tight, and the "
            "all-cotton oxford gets softer with each laundering."
        ),
        "attributes": {
            "color": "light blue",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "regular",
            "collar": "button-down",
            "sleeve": "long",
            "pattern": "solid",
            "stretch": "none",
            "care": "machine wash",
            "pockets": ["chest"],
            "sizes": _necks(14.5, 18),
            "occasion": ["office", "casual", "wedding"],
        },
        "extra": ["Weave: Oxford cloth"],
    },
    {
        "id": "mc-017",
        "name": "Charles Tyrwhitt Slim Fit Bengal Stripe Double Cuff Shirt",
        "product_type": "dress_shirt",
        "price": 89.95,
        "description": (
            "Bold light blue and white stripes on a crisp two-fold cotton poplin give this slim shirt a sharp "
            "City look. It has a spread collar for wider tie knots and double cuffs that take cufflinks."
        ),
        "attributes": {
            "color": "light blue",
            "pattern_color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "slim",
            "collar": "spread",
            "sleeve": "long",
            "pattern": "striped",
            "stretch": "none",
            "care": "dry clean",
            "pockets": [],
            "sizes": _necks(14.5, 18),
            "occasion": ["office", "formal", "wedding"],
        },
        "extra": ["Cuffs: Double (French) cuffs for cufflinks"],
    },
    {
        "id": "mc-018",
        "name": "Van Heusen Flex Collar Regular Fit Stretch Dress Shirt",
        "product_type": "dress_shirt",
        "price": 49.50,
        "description": (
            "A budget-friendly white dress shirt whose collar band hides a stretch panel, so a buttoned "
            "collar under a tie does not pinch. The cotton-polyester blend with a little spandex moves with "
            "you through a full workday."
        ),
        "attributes": {
            "color": "white",
            "fabric": "cotton",
            "fabric_blend": "60% cotton, 37% polyester, 3% spandex",
            "fit": "regular",
            "collar": "point",
            "sleeve": "long",
            "pattern": "solid",
            "stretch": "slight",
            "care": "machine wash",
            "pockets": ["chest"],
            "sizes": _necks(14.5, 19),
            "occasion": ["office", "interview", "wedding"],
        },
        "extra": ["Collar band: Hidden stretch panel"],
    },
    {
        "id": "mc-019",
        "name": "Mizzen+Main Leeward Dress Shirt",
        "product_type": "dress_shirt",
        "price": 135.00,
        "description": (
            "A performance dress shirt in a fine light blue check, made from a polyester and spandex knit "
            "that stretches in every direction. It looks like a standard woven shirt with a spread collar and "
            "is sized S to 3XL instead of by neck and sleeve."
        ),
        "attributes": {
            "color": "light blue",
            "pattern_color": "white",
            "fabric": "polyester",
            "fabric_blend": "92% polyester, 8% spandex",
            "fit": "slim",
            "collar": "spread",
            "sleeve": "long",
            "pattern": "checked",
            "stretch": "high",
            "care": "machine wash",
            "pockets": [],
            "sizes": _letters("s", "3xl"),
            "occasion": ["office", "travel", "golf"],
        },
        "extra": ["Knit: Four-way stretch"],
    },
    {
        "id": "mc-020",
        "name": "J.Crew Bowery Slim-Fit Dress Shirt in Gingham",
        "product_type": "dress_shirt",
        "price": 79.50,
        "description": (
            "Small navy and white checks on a smooth cotton poplin give this slim shirt an easy, preppy feel. "
            "The button-down collar works with or without a tie, and the body is trim without pulling across "
            "the chest."
        ),
        "attributes": {
            "color": "navy",
            "pattern_color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "slim",
            "collar": "button-down",
            "sleeve": "long",
            "pattern": "gingham",
            "stretch": "none",
            "care": "machine wash",
            "pockets": ["chest"],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["office", "casual", "date night"],
        },
        "extra": ["Weave: Poplin"],
    },
    {
        "id": "mc-021",
        "name": "Amazon Essentials Regular-Fit Long-Sleeve Poplin Dress Shirt",
        "product_type": "dress_shirt",
        "price": 24.90,
        "description": (
            "An inexpensive poplin dress shirt in a soft pink that adds a little color under a gray or navy "
            "suit. The cotton and polyester blend keeps the price down, which makes it a practical pick for "
            "stocking up on workweek shirts."
        ),
        "attributes": {
            "color": "pink",
            "fabric": "cotton",
            "fabric_blend": "55% cotton, 45% polyester",
            "fit": "regular",
            "collar": "point",
            "sleeve": "long",
            "pattern": "solid",
            "stretch": "none",
            "care": "machine wash",
            "pockets": ["chest"],
            "sizes": _necks(14.5, 18.5),
            "occasion": ["office", "interview"],
        },
        "extra": ["Weave: Poplin"],
    },
    {
        "id": "mc-022",
        "name": "Ledbury Classic Fit White Fine Twill Cutaway Shirt",
        "product_type": "dress_shirt",
        "price": 145.00,
        "description": (
            "A dressy white shirt in a fine two-ply Italian cotton twill with a subtle diagonal sheen. The "
            "cutaway collar spreads wide for a bold tie knot, and the classic cut leaves room through the "
            "chest and waist."
        ),
        "attributes": {
            "color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "regular",
            "collar": "cutaway",
            "sleeve": "long",
            "pattern": "solid",
            "stretch": "none",
            "care": "dry clean",
            "pockets": [],
            "sizes": _necks(14.5, 17.5),
            "occasion": ["wedding", "formal", "office"],
        },
        "extra": ["Weave: Two-ply twill"],
    },
    # ---------------------------------------------------------------- T-shirts
    {
        "id": "mc-023",
        "name": "Hanes Beefy-T Crewneck T-Shirt",
        "product_type": "t_shirt",
        "price": 12.00,
        "description": (
            "A thick, no-nonsense cotton tee that screen printers have relied on for decades. The heavy "
            "knit keeps its shape and stays opaque, even in white."
        ),
        "attributes": {
            "color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "regular",
            "collar": "crew neck",
            "sleeve": "short",
            "pattern": "solid",
            "fabric_weight": 6.1,
            "care": "machine wash",
            "pockets": [],
            "sizes": _letters("s", "3xl"),
            "occasion": ["casual", "work", "lounge"],
        },
        "extra": [],
    },
    {
        "id": "mc-024",
        "name": "Comfort Colors 6030 Garment-Dyed Pocket Tee",
        "product_type": "t_shirt",
        "price": 19.99,
        "description": (
            "Dyed after it is sewn, this heavyweight pocket tee has a soft, faded green color and a relaxed, "
            "boxy shape. The ring-spun cotton feels broken-in right away, and the chest pocket adds a classic "
            "touch."
        ),
        "attributes": {
            "color": "green",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "relaxed",
            "collar": "crew neck",
            "sleeve": "short",
            "pattern": "solid",
            "fabric_weight": 6.1,
            "care": "machine wash",
            "pockets": ["chest"],
            "sizes": _letters("s", "3xl"),
            "occasion": ["casual", "beach", "lounge"],
        },
        "extra": [],
    },
    {
        "id": "mc-025",
        "name": "Under Armour Tech 2.0 Short Sleeve T-Shirt",
        "product_type": "t_shirt",
        "price": 25.00,
        "description": (
            "A light gym tee in a smooth, slick polyester knit with a subtly textured surface. The athletic "
            "cut leaves room to move through presses and pull-ups without flapping around."
        ),
        "attributes": {
            "color": "red",
            "fabric": "polyester",
            "fabric_blend": "100% polyester",
            "fit": "athletic",
            "collar": "crew neck",
            "sleeve": "short",
            "pattern": "solid",
            "fabric_weight": 4.1,
            "care": "machine wash",
            "pockets": [],
            "sizes": _letters("s", "4xl"),
            "occasion": ["gym", "running", "golf"],
        },
        "extra": [],
    },
    {
        "id": "mc-026",
        "name": "Cariloha Bamboo V-Neck Tee",
        "product_type": "t_shirt",
        "price": 38.00,
        "description": (
            "A silky, drapey tee made mostly from bamboo viscose, with a splash of spandex so it springs back "
            "into shape. The V-neck is cut shallow enough to wear under an open shirt."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "bamboo",
            "fabric_blend": "95% bamboo viscose, 5% spandex",
            "fit": "regular",
            "collar": "v-neck",
            "sleeve": "short",
            "pattern": "solid",
            "fabric_weight": 4.3,
            "care": "machine wash",
            "pockets": [],
            "sizes": _letters("s", "xxl"),
            "occasion": ["casual", "travel", "lounge"],
        },
        "extra": [],
    },
    {
        "id": "mc-027",
        "name": "L.L.Bean Lakewashed Organic Cotton Henley, Long-Sleeve, Slim Fit",
        "product_type": "t_shirt",
        "price": 39.95,
        "description": (
            "A three-button henley with long sleeves, made from organic cotton that is washed before sewing "
            "so it feels soft and shrinks very little. The slim cut layers neatly under a flannel or a jacket "
            "on cool mornings."
        ),
        "attributes": {
            "color": "olive",
            "fabric": "cotton",
            "fabric_blend": "100% organic cotton",
            "fit": "slim",
            "collar": "henley",
            "sleeve": "long",
            "pattern": "solid",
            "fabric_weight": 5.5,
            "care": "machine wash",
            "pockets": [],
            "sizes": _letters("s", "xxl"),
            "occasion": ["casual", "outdoor", "lounge"],
        },
        "extra": [],
    },
    {
        "id": "mc-028",
        "name": "Saint James Minquiers Moderne Striped Shirt",
        "product_type": "t_shirt",
        "price": 95.00,
        "description": (
            "The French sailor's top: a thick cotton jersey knitted in Normandy with crisp navy stripes on a "
            "white ground. A wide boat neckline and long sleeves give it a relaxed seaside look that pairs "
            "well with chinos."
        ),
        "attributes": {
            "color": "white",
            "pattern_color": "navy",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "regular",
            "collar": "boat neck",
            "sleeve": "long",
            "pattern": "striped",
            "fabric_weight": 7.4,
            "care": "machine wash",
            "pockets": [],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["casual", "travel", "sailing"],
        },
        "extra": [],
    },
    {
        "id": "mc-029",
        "name": "Patagonia P-6 Logo Responsibili-Tee",
        "product_type": "t_shirt",
        "price": 45.00,
        "description": (
            "A soft everyday tee made entirely from recycled fibers, printed on the chest with Patagonia's "
            "mountain logo in sunset colors. The blend leans slightly toward polyester, which helps it keep "
            "its shape wash after wash."
        ),
        "attributes": {
            "color": "gray",
            "pattern_color": "orange",
            "fabric": "polyester",
            "fabric_blend": "55% recycled polyester, 45% recycled cotton",
            "fit": "regular",
            "collar": "crew neck",
            "sleeve": "short",
            "pattern": "graphic",
            "fabric_weight": 4.6,
            "care": "machine wash",
            "pockets": [],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["casual", "outdoor", "travel"],
        },
        "extra": [],
    },
    # ---------------------------------------------------------------- hoodies
    {
        "id": "mc-030",
        "name": "Champion Reverse Weave Pullover Hoodie",
        "product_type": "hoodie",
        "price": 65.00,
        "description": (
            "A heavyweight fleece hoodie knit so the fabric runs sideways, which keeps it from shrinking in "
            "length. Ribbed side panels allow movement, and the heather gray goes with everything."
        ),
        "attributes": {
            "color": "gray",
            "pattern_color": "light gray",
            "fabric": "cotton",
            "fabric_blend": "82% cotton, 18% polyester",
            "fit": "regular",
            "sleeve": "long",
            "pattern": "heathered",
            "fabric_weight": 12,
            "closure": "pullover",
            "care": "machine wash",
            "pockets": ["kangaroo"],
            "sizes": _letters("s", "3xl"),
            "occasion": ["casual", "lounge", "game day"],
        },
        "extra": ["Panels: Ribbed sides"],
    },
    {
        "id": "mc-031",
        "name": "Carhartt Loose Fit Midweight Hooded Sweatshirt",
        "product_type": "hoodie",
        "price": 54.99,
        "description": (
            "A roomy midweight hoodie made for job sites, with a three-piece hood, rib-knit cuffs that hold "
            "their shape and a front hand-warmer pocket. The loose fit leaves space for layers underneath on "
            "cold mornings."
        ),
        "attributes": {
            "color": "brown",
            "fabric": "polyester",
            "fabric_blend": "55% polyester, 45% cotton",
            "fit": "relaxed",
            "sleeve": "long",
            "pattern": "solid",
            "fabric_weight": 10.5,
            "closure": "pullover",
            "care": "machine wash",
            "pockets": ["kangaroo"],
            "sizes": _letters("s", "4xl"),
            "occasion": ["work", "outdoor", "casual"],
        },
        "extra": ["Hood: Three-piece"],
    },
    {
        "id": "mc-032",
        "name": "Reigning Champ Midweight Terry Full Zip Hoodie",
        "product_type": "hoodie",
        "price": 180.00,
        "description": (
            "A clean, minimal full-zip hoodie made in Canada from a dense loopback cotton terry. The slim "
            "cut, double-layer hood and metal zipper give it a more polished look than a typical gym hoodie."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "fit": "slim",
            "sleeve": "long",
            "pattern": "solid",
            "fabric_weight": 11,
            "closure": "full zip",
            "care": "machine wash",
            "pockets": ["side"],
            "sizes": _letters("s", "xxl"),
            "occasion": ["casual", "travel", "lounge"],
        },
        "extra": ["Made in: Canada"],
    },
    {
        "id": "mc-033",
        "name": "Vuori Ponto Performance Pullover Hoodie",
        "product_type": "hoodie",
        "price": 98.00,
        "description": (
            "A light, stretchy hoodie in a brushed polyester-spandex knit that looks like classic fleece but "
            "moves like athletic wear. Inside the kangaroo pocket sits a hidden zip pocket for a phone or "
            "keys."
        ),
        "attributes": {
            "color": "black",
            "fabric": "polyester",
            "fabric_blend": "86% polyester, 14% spandex",
            "fit": "athletic",
            "sleeve": "long",
            "pattern": "solid",
            "fabric_weight": 8.5,
            "closure": "pullover",
            "care": "machine wash",
            "pockets": ["kangaroo", "zip"],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["gym", "travel", "lounge"],
        },
        "extra": ["Knit: Brushed back"],
    },
    {
        "id": "mc-034",
        "name": "Patagonia P-6 Logo Uprisal Hoody",
        "product_type": "hoodie",
        "price": 109.00,
        "description": (
            "A midweight pullover hoodie knit from recycled cotton and recycled polyester, with Patagonia's "
            "mountain logo printed across the chest. It has a lined hood and a roomy front pocket for cold "
            "hands at the campsite."
        ),
        "attributes": {
            "color": "green",
            "pattern_color": "orange",
            "fabric": "cotton",
            "fabric_blend": "60% recycled cotton, 40% recycled polyester",
            "fit": "regular",
            "sleeve": "long",
            "pattern": "graphic",
            "fabric_weight": 10,
            "closure": "pullover",
            "care": "machine wash",
            "pockets": ["kangaroo"],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["casual", "outdoor", "camping"],
        },
        "extra": ["Hood: Lined"],
    },
    # ---------------------------------------------------------------- jackets
    {
        "id": "mc-035",
        "name": "Levi's Trucker Jacket",
        "product_type": "jacket",
        "price": 98.00,
        "description": (
            "The classic button-front denim jacket with pointed flap chest pockets, a point collar and "
            "stitched pleats down the front. Cut to end at the hips, it layers over a tee or a hoodie in "
            "spring and fall."
        ),
        "attributes": {
            "color": "medium blue",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "coating": "none",
            "fit": "regular",
            "collar": "point",
            "sleeve": "long",
            "pattern": "solid",
            "closure": "buttons",
            "care": "machine wash",
            "pockets": ["chest", "hand"],
            "sizes": _letters("xs", "3xl"),
            "occasion": ["casual", "weekend", "concert"],
        },
        "extra": ["Lining: Unlined"],
    },
    {
        "id": "mc-036",
        "name": "Patagonia Houdini Jacket",
        "product_type": "jacket",
        "price": 109.00,
        "description": (
            "An ultralight ripstop shell that stuffs into its own chest pocket and weighs about as much as an "
            "apple. A fitted hood with a single-pull adjuster and a trim cut let it layer over a base layer "
            "for gusty trail runs."
        ),
        "attributes": {
            "color": "red",
            "fabric": "nylon",
            "fabric_blend": "100% recycled nylon",
            "coating": "none",
            "fit": "slim",
            "collar": "hood",
            "sleeve": "long",
            "pattern": "solid",
            "closure": "full zip",
            "care": "machine wash",
            "pockets": ["chest"],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["hiking", "running", "travel"],
        },
        "extra": ["Packable: Into its chest pocket", "Weight: 3.7 oz"],
    },
    {
        "id": "mc-037",
        "name": "Helly Hansen Moss Jacket",
        "product_type": "jacket",
        "price": 110.00,
        "description": (
            "A classic fisherman's jacket in a polyester knit backed with a polyurethane (PU) coating, with "
            "welded seams and a snap-down flap over the zipper. The bright yellow color and roomy cut suit the "
            "deck of a boat or a blustery walk along the harbor."
        ),
        "attributes": {
            "color": "yellow",
            "fabric": "polyester",
            "fabric_blend": "100% polyester",
            "coating": "polyurethane",
            "fit": "relaxed",
            "collar": "hood",
            "sleeve": "long",
            "pattern": "solid",
            "closure": "snaps",
            "care": "hand wash",
            "pockets": ["hand"],
            "sizes": _letters("s", "3xl"),
            "occasion": ["fishing", "sailing", "commuting"],
        },
        "extra": ["Seams: Welded"],
    },
    {
        "id": "mc-038",
        "name": "Levi's Faux Leather Racer Jacket",
        "product_type": "jacket",
        "price": 150.00,
        "description": (
            "A clean, center-zip racer jacket in smooth black faux leather with a snap-tab stand collar and "
            "zip hand pockets. The polyester lining slides easily over a sweater, and the slim cut gives a "
            "sharp silhouette."
        ),
        "attributes": {
            "color": "black",
            "fabric": "faux leather",
            "fabric_blend": "100% polyurethane",
            "coating": "none",
            "fit": "slim",
            "collar": "stand",
            "sleeve": "long",
            "pattern": "solid",
            "closure": "full zip",
            "care": "spot clean",
            "pockets": ["hand", "interior"],
            "sizes": _letters("s", "xxl"),
            "occasion": ["date night", "concert", "casual"],
        },
        "extra": ["Lining: Polyester"],
    },
    {
        "id": "mc-039",
        "name": "Schott NYC 740N Wool Melton Peacoat",
        "product_type": "jacket",
        "price": 450.00,
        "description": (
            "Made in the USA from a dense wool melton, this double-breasted peacoat follows the naval design "
            "with a wide collar, anchor buttons and slash hand pockets. It is heavy and warm enough for a real "
            "winter and sharp enough to wear over a suit."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "wool",
            "fabric_blend": "80% wool, 20% nylon",
            "coating": "none",
            "fit": "regular",
            "collar": "lapel",
            "sleeve": "long",
            "pattern": "solid",
            "closure": "buttons",
            "care": "dry clean",
            "pockets": ["hand", "interior"],
            "sizes": _letters("s", "3xl"),
            "occasion": ["office", "formal", "winter"],
        },
        "extra": ["Made in: USA", "Lining: Quilted"],
    },
    {
        "id": "mc-040",
        "name": "Patagonia Better Sweater Fleece Jacket",
        "product_type": "jacket",
        "price": 149.00,
        "description": (
            "A sweater-knit fleece jacket with a knitted face that looks like heathered wool and a soft, "
            "fleecy back. The stand-up collar, zip hand pockets and a chest pocket make it an easy layer for "
            "the office or the trailhead."
        ),
        "attributes": {
            "color": "gray",
            "pattern_color": "light gray",
            "fabric": "polyester",
            "fabric_blend": "100% recycled polyester",
            "coating": "none",
            "fit": "regular",
            "collar": "stand",
            "sleeve": "long",
            "pattern": "heathered",
            "closure": "full zip",
            "care": "machine wash",
            "pockets": ["hand", "chest"],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["casual", "hiking", "office"],
        },
        "extra": ["Face: Sweater-knit fleece"],
    },
    {
        "id": "mc-041",
        "name": "Alpha Industries MA-1 Flight Jacket",
        "product_type": "jacket",
        "price": 160.00,
        "description": (
            "Modeled on the military flight jacket, this bomber has a smooth nylon shell, light polyester fill "
            "and a bright orange lining that can be worn inside out. Rib-knit cuffs, collar and hem hold in "
            "warmth, and the sleeve pocket fits pens."
        ),
        "attributes": {
            "color": "olive",
            "fabric": "nylon",
            "fabric_blend": "100% nylon",
            "coating": "none",
            "fit": "relaxed",
            "collar": "rib knit",
            "sleeve": "long",
            "pattern": "solid",
            "closure": "full zip",
            "care": "hand wash",
            "pockets": ["hand", "sleeve"],
            "sizes": _letters("s", "3xl"),
            "occasion": ["casual", "concert", "travel"],
        },
        "extra": ["Lining: Reversible, orange", "Fill: Polyester"],
    },
    # ---------------------------------------------------------------- shorts
    {
        "id": "mc-042",
        "name": 'J.Crew 9" Stretch Chino Shorts',
        "product_type": "shorts",
        "price": 59.50,
        "description": (
            "A classic chino short with a 9-inch inseam that lands just above the knee. The cotton twill has "
            "a little stretch and a flat front, so it looks neat with a polo at a backyard party."
        ),
        "attributes": {
            "color": "khaki",
            "fabric": "cotton",
            "fabric_blend": "98% cotton, 2% spandex",
            "fit": "regular",
            "rise": "mid",
            "inseam": 9,
            "stretch": "slight",
            "pattern": "solid",
            "closure": "zip fly",
            "care": "machine wash",
            "pockets": ["front", "back"],
            "sizes": _waists(28, 40),
            "occasion": ["casual", "weekend", "barbecue"],
        },
        "extra": [],
    },
    {
        "id": "mc-043",
        "name": 'Patagonia Baggies Shorts 5"',
        "product_type": "shorts",
        "price": 65.00,
        "description": (
            "A do-everything short with a 5-inch inseam, an elastic drawstring waist and a mesh liner. The "
            "lightweight recycled nylon shell goes from the river to the trail to the taco stand."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "nylon",
            "fabric_blend": "100% recycled nylon",
            "fit": "relaxed",
            "rise": "low",
            "inseam": 5,
            "stretch": "none",
            "pattern": "solid",
            "closure": "drawstring",
            "care": "machine wash",
            "pockets": ["front", "back"],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["beach", "hiking", "boating"],
        },
        "extra": ["Liner: Mesh"],
    },
    {
        "id": "mc-044",
        "name": 'lululemon Pace Breaker Lined Short 7"',
        "product_type": "shorts",
        "price": 68.00,
        "description": (
            "A running and gym short with a 7-inch inseam, a built-in liner and a zippered back pocket for "
            "keys. The smooth nylon and spandex shell stretches with every stride and packs down small."
        ),
        "attributes": {
            "color": "black",
            "fabric": "nylon",
            "fabric_blend": "86% nylon, 14% spandex",
            "fit": "athletic",
            "rise": "mid",
            "inseam": 7,
            "stretch": "high",
            "pattern": "solid",
            "closure": "drawstring",
            "care": "machine wash",
            "pockets": ["side", "zip"],
            "sizes": _letters("xs", "xxl"),
            "occasion": ["running", "gym"],
        },
        "extra": ["Liner: Built-in brief"],
    },
    {
        "id": "mc-045",
        "name": "Quince 100% European Linen Drawstring Shorts",
        "product_type": "shorts",
        "price": 39.90,
        "description": (
            "Easy pull-on shorts in a crisp European linen with a drawstring waist and a 7-inch inseam. The "
            "loose, relaxed cut and white color are made for hot vacation afternoons."
        ),
        "attributes": {
            "color": "white",
            "fabric": "linen",
            "fabric_blend": "100% linen",
            "fit": "relaxed",
            "rise": "mid",
            "inseam": 7,
            "stretch": "none",
            "pattern": "solid",
            "closure": "drawstring",
            "care": "machine wash",
            "pockets": ["side", "back"],
            "sizes": _letters("s", "xxl"),
            "occasion": ["beach", "vacation", "barbecue"],
        },
        "extra": [],
    },
    {
        "id": "mc-046",
        "name": "Carhartt Force Relaxed Fit Ripstop Cargo Work Shorts",
        "product_type": "shorts",
        "price": 49.99,
        "description": (
            "A tough work short in a polyester-cotton ripstop with an 11-inch inseam and a deep cargo pocket "
            "on each leg. It sits at the waist and is cut loose enough for kneeling on a job site."
        ),
        "attributes": {
            "color": "gray",
            "fabric": "polyester",
            "fabric_blend": "65% polyester, 35% cotton",
            "fit": "relaxed",
            "rise": "high",
            "inseam": 11,
            "stretch": "slight",
            "pattern": "solid",
            "closure": "zip fly",
            "care": "machine wash",
            "pockets": ["front", "back", "cargo"],
            "sizes": _waists(30, 44),
            "occasion": ["work", "yard work", "camping"],
        },
        "extra": ["Weave: Ripstop"],
    },
]

# ------------------------------------------------------------------------------------------ feature lines

_CARE_TEXT = {
    "machine wash": "Machine wash cold, tumble dry low",
    "hand wash": "Hand wash cold, hang to dry",
    "dry clean": "Dry clean only",
    "spot clean": "Spot clean with a damp cloth",
}
_CLOSURE_TEXT = {
    "button fly": "Button fly",
    "zip fly": "Zip fly",
    "drawstring": "Elastic waist with drawstring",
    "pullover": "Pullover",
    "full zip": "Full zip",
    "buttons": "Button front",
    "snaps": "Zip with snap-down flap",
}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _list_text(values: list[str]) -> str:
    return _cap(", ".join(values)) if values else "None"


def _size_text(sizes: list[str]) -> str:
    if sizes[0] in _LETTERS:
        return f"Sizes: {sizes[0].upper()}-{sizes[-1].upper()}"
    if float(sizes[0]) > 25:
        return f"Waist: {sizes[0]}-{sizes[-1]} in. (even sizes)"
    return f"Neck: {sizes[0]}-{sizes[-1]} in."


def _features(record: dict) -> list[str]:
    """The "Key: Value" display lines of a record, written from its base attributes plus its extras."""
    a, kind = record["attributes"], record["product_type"]
    if kind == "jacket":
        shell = "Faux leather, " if a["fabric"] == "faux leather" else ""
        coating = " with a polyurethane (PU) coating" if a["coating"] == "polyurethane" else ""
        lines = [f"Shell: {shell}{a['fabric_blend']}{coating}"]
    else:
        lines = [f"Fabric: {a['fabric_blend']}"]
    if "fabric_weight" in a:
        label = "Denim weight" if kind == "jeans" else "Fabric weight"
        lines.append(f"{label}: {a['fabric_weight']:g} oz")
    lines.append(f"Fit: {_cap(a['fit'])}")
    if kind in BOTTOMS:
        lines.append(f"Rise: {_cap(a['rise'])}")
        if kind == "shorts":
            lines.append(f"Inseam: {a['inseam']:g} in.")
        else:
            lines.append(f"Inseam: {', '.join(a['inseam_options'])} in.")
        lines.append(f"Stretch: {_cap(a['stretch'])}")
    if kind == "dress_shirt":
        lines.append(f"Collar: {_cap(a['collar'])}")
    elif kind == "t_shirt":
        lines.append(f"Neckline: {_cap(a['collar'])}")
        lines.append(f"Sleeves: {_cap(a['sleeve'])}")
    elif kind == "jacket":
        lines.append(f"Collar: {_cap(a['collar'])}")
    if kind in ("hoodie", "jacket"):
        lines.append(f"Closure: {_CLOSURE_TEXT[a['closure']]}")
    lines.append(f"Color: {_cap(a['color'])}")
    if kind in ("dress_shirt", "t_shirt", "hoodie") or a["pattern"] != "solid":
        detail = f" ({a['pattern_color']} on {a['color']})" if a.get("pattern_color") else ""
        lines.append(f"Pattern: {_cap(a['pattern'])}{detail}")
    lines.append(f"Pockets: {_list_text(a['pockets'])}")
    lines.append(_size_text(a["sizes"]))
    lines.append(f"Care: {_CARE_TEXT[a['care']]}")
    return lines + list(record["extra"])


def _product(record: dict) -> dict:
    return {
        "id": record["id"],
        "name": record["name"],
        "product_type": record["product_type"],
        "price": record["price"],
        "description": record["description"],
        "features": _features(record),
        "attributes": dict(record["attributes"]),
    }


PRODUCTS: list[dict] = [_product(r) for r in _RECORDS]

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
    """Fabric properties from the fibre blend (and a jacket's coating), as DOMAIN_KNOWLEDGE states them."""
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


DOMAIN_KNOWLEDGE = """\
# Men's clothing: reading the fabric label

The product pages list each garment's fabric blend (for example "62% cotton, 34% polyester, 4% spandex").
Several properties are never spelled out on the page; work them out from the blend with these rules.
Organic and recycled cotton count as cotton (denim is cotton too), "bamboo viscose" counts as bamboo, and
elastane is the same fibre as spandex.

## Rules
- **Moisture-wicking**: a garment is moisture-wicking when polyester, nylon, spandex and bamboo together make
  up at least half (50% or more) of its fabric. Cotton, linen, wool and polyurethane do not wick, so a jean of
  98% cotton and 2% spandex is not moisture-wicking, while 52% polyester, 45% cotton and 3% spandex is.
- **Breathable**: a garment is breathable when cotton, linen and bamboo together make up at least half (50% or
  more) of its fabric. A 55% polyester / 45% cotton blend is not breathable; an 82% cotton / 18% polyester
  fleece is. Wool, polyester, nylon and polyurethane (faux leather) do not count toward breathability.
- **Water-resistant** (judged for jackets and shorts): a garment is water-resistant when nylon makes up at
  least half of the fabric, when its main material is polyurethane (faux leather, "PU"), or when the fabric
  carries a polyurethane (PU) coating. Cotton, wool, linen and uncoated polyester are not water-resistant,
  whatever the cut.
- **Wrinkle-resistant** (judged for dress shirts and chinos): a garment is wrinkle-resistant when polyester,
  nylon and spandex together make up at least 30% of the fabric. All-cotton and linen fabrics, and cotton with
  only a few percent of spandex, wrinkle.

## General know-how
- Fit names go from narrow to roomy: slim, athletic (roomy seat and thigh, tapered leg), regular, relaxed.
- Rise is where the waistband sits: low sits on the hips, mid just below the navel, high at the natural waist.
- Jeans are sized by waist and inseam in inches; dress shirts by neck size (14.5 to 19 here) or by letter size;
  everything else by letter size (XS to 4XL).
- Fabric weight in ounces per square yard: heavier denim (13 oz and up) is stiffer and tougher; a T-shirt of
  6 oz or more is a heavyweight tee; hoodies run from about 8 oz (light) to 12 oz (heavy).
- Spandex adds stretch: 1-2% gives slight give, 3-5% noticeable stretch, 10% or more a sporty four-way stretch.
- "Dry clean only" and "spot clean" garments cannot go in the washing machine.
"""

# ------------------------------------------------------------------------------------------ attributes

ATTRIBUTES: list[AttributeSpec] = [
    AttributeSpec("color", "categorical", description="main color, e.g. navy, khaki, light blue"),
    AttributeSpec(
        "fabric", "categorical", description="main fibre or material: cotton, polyester, nylon, linen, ..."
    ),
    AttributeSpec("fit", "categorical", description="slim, athletic, regular or relaxed"),
    AttributeSpec(
        "rise", "categorical", types=("jeans", "chinos", "shorts"), description="where the waist sits"
    ),
    AttributeSpec(
        "collar",
        "categorical",
        types=("dress_shirt", "t_shirt", "jacket"),
        description="collar or neckline: spread, button-down, crew neck, v-neck, hood, stand, ...",
    ),
    AttributeSpec(
        "pattern",
        "categorical",
        types=("dress_shirt", "t_shirt", "hoodie"),
        description="solid, striped, checked, gingham, heathered or graphic",
    ),
    AttributeSpec(
        "care",
        "categorical",
        types=("dress_shirt", "jacket"),
        description="care label: machine wash, hand wash, dry clean or spot clean",
    ),
    AttributeSpec(
        "pockets", "list", description="pockets the garment has: front, back, chest, cargo, zip, ..."
    ),
    AttributeSpec(
        "sizes",
        "list",
        ops=("contains",),
        description="available sizes: waist inches for pants, neck inches or letters for shirts, letters",
    ),
    AttributeSpec(
        "fabric_weight",
        "number",
        higher_is_better=True,
        types=("jeans", "t_shirt", "hoodie"),
        unit="oz",
        description="fabric weight in ounces per square yard",
    ),
    AttributeSpec(
        "moisture_wicking",
        "boolean",
        derived=True,
        mentions=("wick",),
        description="polyester, nylon, spandex and bamboo make up at least 50% of the fabric",
    ),
    AttributeSpec(
        "breathable",
        "boolean",
        derived=True,
        mentions=("breath",),
        description="cotton, linen and bamboo make up at least 50% of the fabric",
    ),
    AttributeSpec(
        "water_resistant",
        "boolean",
        derived=True,
        types=WATER_RESISTANT_TYPES,
        mentions=("water", "rain"),
        description="at least 50% nylon, a polyurethane (faux leather) shell, or a polyurethane coating",
    ),
    AttributeSpec(
        "wrinkle_resistant",
        "boolean",
        derived=True,
        types=WRINKLE_TYPES,
        mentions=("wrinkle",),
        description="polyester, nylon and spandex make up at least 30% of the fabric",
    ),
]

TYPE_NOUNS: dict[str, str] = {
    "jeans": "pair of jeans",
    "chinos": "pair of chinos",
    "shorts": "pair of shorts",
    "dress_shirt": "dress shirt",
    "t_shirt": "t-shirt",
    "hoodie": "hoodie",
    "jacket": "jacket",
}

USES: dict[str, list[str]] = {
    "jeans": [
        "weekend errands and hardware store runs",
        "casual Fridays at the office",
        "concerts and nights out with friends",
        "long days of yard work",
        "road trips in the car",
        "a first date at a neighborhood bar",
        "everyday wear on a job site",
        "riding a bike to work",
        "country music festivals in the fall",
    ],
    "chinos": [
        "a business-casual office dress code",
        "client dinners after work",
        "a spring wedding rehearsal",
        "weekend brunch with the family",
        "a long flight for a work trip",
        "teaching in a classroom all day",
        "church on Sunday mornings",
        "a job interview at a startup",
        "date nights at a nice restaurant",
    ],
    "shorts": [
        "backyard barbecues all summer",
        "a beach vacation in Florida",
        "morning runs around the lake",
        "weekend hikes with the dog",
        "mowing the lawn and yard work",
        "kayaking trips on the river",
        "pickup basketball at the park",
        "summer camping trips",
        "hot afternoons coaching youth soccer",
    ],
    "dress_shirt": [
        "job interviews coming up next month",
        "a daily office dress code",
        "a friend's wedding this summer",
        "client presentations",
        "wearing under a new suit",
        "Sunday church services",
        "a milestone anniversary dinner",
        "court appearances at work",
        "a daughter's graduation ceremony",
    ],
    "t_shirt": [
        "everyday wear around town",
        "sessions at the gym",
        "layering under flannels and jackets",
        "lounging around the house on weekends",
        "summer cookouts",
        "a trip to the coast",
        "working in the garage",
        "casual days at the office",
        "running errands on hot days",
    ],
    "hoodie": [
        "chilly mornings walking the dog",
        "cheering at high school football games",
        "lounging on the couch on weekends",
        "early shifts at the warehouse",
        "campfires on camping trips",
        "post-workout layering at the gym",
        "long flights and airport layovers",
        "cool evenings on the back porch",
        "working on the car in the garage",
    ],
    "jacket": [
        "the daily commute on foot",
        "fall hikes in the mountains",
        "weekend trips to the city",
        "boat days on the lake",
        "walking the dog on cold evenings",
        "layering over a suit in winter",
        "outdoor concerts and festivals",
        "tailgating at football games",
        "a trip to the Pacific Northwest",
    ],
}

# ------------------------------------------------------------------------------------------ phrasing


def _words(value: object) -> str:
    return str(value).replace("_", " ")


def _join_or(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} or {parts[-1]}"


def _an(word: str) -> str:
    first = word.strip().lower()
    if first[:1] in "aeiou" or first.startswith(("8", "11", "18")):
        return "an"
    return "a"


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def _pattern_phrase(value: str) -> str:
    return {
        "solid": "a solid color",
        "heathered": "a heathered look",
        "graphic": "a graphic print",
    }.get(value, f"{_an(value)} {value} pattern")


def _collar_phrase(value: str) -> str:
    if value.endswith("neck"):
        return f"{_an(value)} {value}"
    if value == "henley":
        return "a henley neckline"
    if value == "hood":
        return "a hood"
    if value == "lapel":
        return "a wide lapel collar"
    return f"{_an(value)} {value} collar"


def _pocket_phrase(value: str) -> str:
    return f"{_an(value)} {value} pocket"


def _size_phrase(value: str) -> str:
    if value.lower() in _LETTERS:
        return f"size {value.upper()}"
    try:
        number = float(value)
    except ValueError:
        return f"size {value}"
    return f"{_an(value)} {value} waist" if number > 25 else f"{_an(value)} {value} neck"


# attribute -> (verb, builder of the object phrase from the list of values)
_VERBS = {
    "be": ("be", "is", "isn't"),
    "have": ("have", "has", "doesn't have"),
    "come": ("come", "comes", "doesn't come"),
}


def _subject(attribute: str, values: list[str]) -> tuple[str, str]:
    """(verb, object) so that "it {verb} {object}" states the constraint's value(s)."""
    words = [_words(v) for v in values]
    if attribute == "color":
        return "come", f"in {_join_or(words)}"
    if attribute == "fabric":
        return "be", f"made mostly of {_join_or(words)}"
    if attribute == "fit":
        return "be", f"{_an(words[0])} {_join_or(words)} fit"
    if attribute == "rise":
        return "have", f"{_an(words[0])} {_join_or(words)} rise"
    if attribute == "collar":
        return "have", _join_or([_collar_phrase(w) for w in words])
    if attribute == "pattern":
        return "come", f"in {_join_or([_pattern_phrase(w) for w in words])}"
    if attribute == "care":
        return "be", f"labeled {_join_or(words)}"
    if attribute == "pockets":
        return "have", _join_or([_pocket_phrase(w) for w in words])
    if attribute == "sizes":
        return "come", f"in {_join_or([_size_phrase(w) for w in words])}"
    return "have", f"{_words(attribute)} {_join_or(words)}"


_POSITIVE = {
    "dealbreaker": [
        "It has to {base} {obj}; that's non-negotiable.",
        "I won't consider anything that {neg} {obj}.",
        "If it {neg} {obj}, I'm not buying it.",
        "It absolutely must {base} {obj}.",
    ],
    "preference": [
        "Ideally it would {base} {obj}.",
        "I'd lean toward one that {pos} {obj}.",
        "Bonus points if it {pos} {obj}.",
        "It would be nice if it {pos} {obj}, but I'm flexible on that.",
    ],
}
_NEGATIVE = {
    "dealbreaker": [
        "I won't consider anything that {pos} {obj}.",
        "It can't {base} {obj}; that's a dealbreaker for me.",
        "Anything that {pos} {obj} is a hard no.",
    ],
    "preference": [
        "I'd rather skip anything that {pos} {obj}.",
        "If possible, I'd avoid one that {pos} {obj}.",
        "I'd prefer something that {neg} {obj}, though I'm flexible.",
    ],
}

_TYPE_SENTENCES = {
    ("eq", "dealbreaker"): [
        "I'm looking for {a_noun}, nothing else.",
        "I came in specifically for {a_noun}.",
        "It has to be {a_noun}; I'm not shopping for anything else today.",
        "What I need is {a_noun}.",
    ],
    ("eq", "preference"): [
        "I'm mostly thinking about {a_noun}.",
        "Ideally I'd find {a_noun}.",
        "I'd lean toward {a_noun}.",
    ],
    ("ne", "dealbreaker"): [
        "I don't want {a_noun}.",
        "Whatever it is, it can't be {a_noun}.",
        "I'm not after {a_noun} this time.",
    ],
    ("ne", "preference"): [
        "I'd rather not end up with {a_noun}.",
        "Ideally it wouldn't be {a_noun}.",
        "I'd lean away from {a_noun}.",
    ],
}

_NUMBER_SENTENCES = {
    ("gte", "dealbreaker"): [
        "The fabric has to weigh at least {n} oz; anything flimsier is out.",
        "I won't consider anything lighter than {n} oz fabric.",
        "It needs a fabric weight of {n} oz or more.",
    ],
    ("gte", "preference"): [
        "Ideally the fabric would be {n} oz or heavier.",
        "I'd lean toward something with at least {n} oz fabric.",
        "Bonus points for a fabric weight of {n} oz or more.",
    ],
    ("lte", "dealbreaker"): [
        "The fabric can't weigh more than {n} oz; I want something light.",
        "I won't consider anything heavier than {n} oz fabric.",
        "It needs a fabric weight of {n} oz or less.",
    ],
    ("lte", "preference"): [
        "Ideally the fabric would be {n} oz or lighter.",
        "I'd lean toward something no heavier than {n} oz.",
        "Bonus points for a fabric weight of {n} oz or less.",
    ],
}

_BOOLEAN_SENTENCES = {
    "moisture_wicking": {
        (True, "dealbreaker"): [
            "It has to be moisture-wicking; I run hot and hate a soggy shirt.",
            "I won't consider anything that doesn't wick moisture away.",
            "A fabric that wicks sweat is a must for me.",
            "If the fabric doesn't wick, it's not for me.",
        ],
        (True, "preference"): [
            "Ideally the fabric would be moisture-wicking.",
            "Bonus points if it wicks sweat well.",
            "I'd lean toward something with a wicking fabric.",
        ],
        (False, "dealbreaker"): [
            "I won't wear moisture-wicking fabrics; they feel clammy and slick on my skin.",
            "It can't be a moisture-wicking fabric; I can't stand how those feel.",
            "Anything that wicks like gym gear is out for me.",
        ],
        (False, "preference"): [
            "I'd rather skip moisture-wicking fabrics if I can.",
            "Ideally it wouldn't be one of those wicking fabrics.",
            "I'd lean away from anything moisture-wicking.",
        ],
    },
    "breathable": {
        (True, "dealbreaker"): [
            "It has to be breathable; I overheat fast.",
            "I won't consider anything that doesn't breathe well.",
            "A breathable fabric is a must for me.",
            "If the fabric doesn't breathe, I'm not interested.",
        ],
        (True, "preference"): [
            "Ideally it would be nice and breathable.",
            "Bonus points if the fabric breathes well.",
            "I'd lean toward something breathable.",
        ],
        (False, "dealbreaker"): [
            "It can't be one of those breathable fabrics; I'm always cold and want something that holds heat.",
            "Anything breathable lets the chill through, so that's out for me.",
            "I need a fabric that doesn't breathe much, to keep the wind off.",
        ],
        (False, "preference"): [
            "I'd rather it not be too breathable, since I get cold easily.",
            "Ideally the fabric wouldn't breathe much; I like to stay warm.",
            "I'd lean toward something that isn't breathable, to hold in heat.",
        ],
    },
    "water_resistant": {
        (True, "dealbreaker"): [
            "It has to be water-resistant; I'm outside in all sorts of weather.",
            "I won't consider anything that can't handle rain.",
            "If it isn't water-resistant, it's not for me.",
            "It absolutely must hold up in the rain.",
        ],
        (True, "preference"): [
            "Ideally it would shrug off a little rain.",
            "Bonus points if it's water-resistant.",
            "I'd lean toward something that holds up in the rain.",
        ],
        (False, "dealbreaker"): [
            "I don't want anything water-resistant; those coated, plasticky fabrics bother me.",
            "It can't be water-resistant; I want a plain fabric without that slick feel.",
            "Anything built to keep rain out is a no for me; I find those fabrics noisy and stiff.",
        ],
        (False, "preference"): [
            "I'd rather skip the water-resistant stuff if I can.",
            "Ideally it wouldn't be water-resistant; I prefer a plain fabric feel.",
            "I'd lean away from rain-gear fabrics.",
        ],
    },
    "wrinkle_resistant": {
        (True, "dealbreaker"): [
            "It has to be wrinkle-resistant; I don't own an iron.",
            "I won't consider anything that wrinkles easily.",
            "If it isn't wrinkle-resistant, it won't survive my commute, so that's a dealbreaker.",
            "It absolutely must shrug off wrinkles.",
        ],
        (True, "preference"): [
            "Ideally it would be wrinkle-resistant.",
            "Bonus points if it shakes off wrinkles after a day in a suitcase.",
            "I'd lean toward a fabric that doesn't wrinkle much.",
        ],
        (False, "dealbreaker"): [
            "It can't be wrinkle-resistant; I like the natural look of a fabric that creases.",
            "Anything wrinkle-resistant is out; I prefer to press my own clothes.",
            "I won't buy a wrinkle-resistant fabric; they feel stiff to me.",
        ],
        (False, "preference"): [
            "I'd rather skip wrinkle-resistant fabrics.",
            "Ideally it wouldn't be one of those wrinkle-resistant fabrics.",
            "I'd lean toward a natural fabric that wrinkles rather than a wrinkle-resistant one.",
        ],
    },
}


def _type_noun(value: str) -> str:
    noun = TYPE_NOUNS.get(value, _words(value))
    return f"{_an(noun)} {noun}"


def phrase(constraint: Constraint, rng: random.Random) -> str:
    """One shopper sentence stating `constraint`, firm for a dealbreaker and soft for a preference."""
    attribute, op, value, kind = constraint.attribute, constraint.op, constraint.value, constraint.kind
    if attribute == "product_type":
        values = value if isinstance(value, list) else [value]
        nouns = _join_or([_type_noun(str(v)) for v in values])
        positive = "eq" if op in ("eq", "in") else "ne"
        return rng.choice(_TYPE_SENTENCES[(positive, kind)]).format(a_noun=nouns)
    if isinstance(value, bool):
        if attribute in _BOOLEAN_SENTENCES:
            return rng.choice(_BOOLEAN_SENTENCES[attribute][(value, kind)])
        word = _words(attribute)
        return f"It {'has to' if kind == 'dealbreaker' else 'would ideally'} {'be' if value else 'not be'} {word}."
    if isinstance(value, int | float):
        direction = "gte" if op in ("gte", "gt") else "lte"
        return rng.choice(_NUMBER_SENTENCES[(direction, kind)]).format(n=_number(value))
    values = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    verb, obj = _subject(attribute, values)
    base, pos, neg = _VERBS[verb]
    templates = _POSITIVE if op in ("eq", "in", "contains") else _NEGATIVE
    return rng.choice(templates[kind]).format(base=base, pos=pos, neg=neg, obj=obj)


# ------------------------------------------------------------------------------------------ buying guide

BUYING_GUIDE: list[dict] = [
    {
        "id": "fit-names",
        "title": "Slim, athletic, regular and relaxed fits",
        "text": (
            "Fit names describe how much room a garment leaves between fabric and body. Slim runs close "
            "through the chest or thigh and narrows toward the wrist or ankle; it looks sharp but leaves "
            "little space for layers. Athletic fit is cut for a bigger chest or thighs with a narrower waist "
            "or a tapered leg, so muscular builds avoid the choice between tight and baggy. Regular, sometimes "
            "called classic or straight, follows the body without hugging it. Relaxed adds room everywhere and "
            "suits bigger frames, work that involves kneeling or climbing, and anyone who values comfort over "
            "a trim outline. When between two fits, think about what goes underneath and how much you move."
        ),
    },
    {
        "id": "rise",
        "title": "Choosing a rise for jeans, chinos and shorts",
        "text": (
            "Rise is the distance from the crotch seam to the top of the waistband, and it decides where the "
            "pants sit. A low rise rests on the hips and pairs with slimmer, modern cuts, but it can slip when "
            "you bend or sit. A mid rise lands just below the navel and is the safe default for most men. A "
            "high rise sits at the natural waist, keeps a shirt tucked in, and is more comfortable for bigger "
            "bellies and for work that involves a lot of crouching. If pants always seem to dig in at the "
            "front when you sit, try a higher rise before going up a waist size."
        ),
    },
    {
        "id": "waist-inseam",
        "title": "Waist and inseam sizing",
        "text": (
            "Pants are sized by waist and inseam in inches, written like 34x32. Measure the waist where the "
            "pants will sit rather than trusting an old tag, because brands size generously and a lower rise "
            "sits on a wider part of the hips. The inseam runs from the crotch seam to the hem: a 30 suits "
            "a cropped look or shorter legs, 32 is the most common, and 34 or 36 fit taller men or anyone who "
            "wears boots. Many brands stop at a 38 or 40 waist, so bigger shoppers should check the size range "
            "before falling for a style. Rigid all-cotton denim can shrink up to an inch in length when washed "
            "hot."
        ),
    },
    {
        "id": "denim-weight",
        "title": "Denim weight and stretch",
        "text": (
            "Denim is graded by weight in ounces per square yard. Light denim of 10 to 11 ounces is soft from "
            "day one and comfortable in warm weather. Midweight denim of 12 to 13 ounces is the everyday "
            "standard. Heavy denim of 14 ounces and more starts stiff, takes weeks to break in, and lasts for "
            "years of hard work. Stretch comes from spandex: 1 to 2 percent adds a little give for sitting and "
            "biking, 3 percent or more gives noticeable stretch, and blends with a large polyester share behave "
            "more like performance pants. Rigid jeans with no stretch keep their shape longest but need a size "
            "that is right from the start."
        ),
    },
    {
        "id": "fibres",
        "title": "What the common fibres do",
        "text": (
            "Cotton is soft, easy to wash and kind to sensitive skin, but it soaks up moisture and dries "
            "slowly. Linen is crisp and very light for hot weather, with a natural slubby texture that creases "
            "easily. Polyester and nylon are strong, quick to shed moisture and hold their shape, though some "
            "people find them clammy or find that they hold odors. Spandex is only ever a few percent of a "
            "blend and adds stretch. Bamboo viscose is silky, drapes well and feels cool. Wool is warm, "
            "resilient and naturally odor-resistant. Faux leather is a polyurethane film over a knit backing. "
            "Reading the full blend on the label tells you far more than a brand's marketing name for a fabric."
        ),
    },
    {
        "id": "wicking",
        "title": "Moisture-wicking fabrics",
        "text": (
            "A wicking fabric pulls sweat away from the skin and spreads it across the surface so it "
            "evaporates quickly. Synthetic fibres do this best: polyester, nylon and spandex, and bamboo "
            "viscose also wicks well. Cotton and linen absorb sweat and hold it, which is why a cotton tee "
            "turns heavy and dark during a workout. As a rule of thumb in this store, when wicking fibres make "
            "up at least half of the blend the garment wicks. Wicking matters for the gym, running, hot "
            "commutes and golf; for lounging or office wear, many men prefer the feel of cotton instead."
        ),
    },
    {
        "id": "breathability",
        "title": "Breathability and staying cool",
        "text": (
            "A breathable fabric lets air and body heat pass through, so you stay comfortable on hot days and "
            "in heated offices. Plant fibres lead here: cotton, linen and bamboo. Tightly woven synthetics, "
            "polyurethane films like faux leather and coated shells trap heat, which is welcome on a cold, "
            "windy day and miserable in July. In this store a garment counts as breathable when cotton, linen "
            "and bamboo together make up at least half of its fabric. If you run hot, tend to get skin "
            "irritation, or live somewhere humid, favor breathable blends for shirts, tees and shorts."
        ),
    },
    {
        "id": "water-resistance",
        "title": "Water resistance in jackets and shorts",
        "text": (
            "Water resistance comes from the material or from a coating. Nylon is tightly woven and sheds "
            "light rain well, which is why windbreakers and many board shorts use it. Polyurethane, the "
            "material of faux leather and of PU coatings, blocks water outright. A polyester jacket backed "
            "with a PU coating keeps out real downpours, while the same polyester without a coating soaks "
            "through. Cotton denim, canvas and wool absorb water and get heavy. The trade-off is comfort: "
            "coated and polyurethane fabrics trap heat and feel less airy, so they suit showers and boat decks "
            "rather than a long, sweaty hike."
        ),
    },
    {
        "id": "wrinkles",
        "title": "Avoiding wrinkles in shirts and chinos",
        "text": (
            "All-cotton shirts and chinos look rich and feel soft, but they crease after a day at a desk or a "
            "few hours in a suitcase, and they need pressing to look their best. Blending in polyester, nylon "
            "or spandex helps the fabric spring back: in this store, dress shirts and chinos with at least "
            "30 percent of those fibres count as wrinkle-resistant. Linen is the opposite and wrinkles the "
            "moment you sit down, which many people accept as part of its charm. If you travel for work or do "
            "not own an iron, look at the blend before the price tag."
        ),
    },
    {
        "id": "dress-shirt-collars",
        "title": "Dress shirt collars",
        "text": (
            "The collar frames your face and decides how dressy a shirt looks. A point collar has narrow, "
            "downward points and works with slim ties and long faces. A spread collar opens the points wider "
            "for medium or large tie knots and suits most occasions. A cutaway spreads almost horizontally, a "
            "bold, formal look for weddings and big knots. A button-down fastens its points to the shirt "
            "front, keeps its shape without a tie, and is the most casual of the group. A band collar has no "
            "points at all and is worn without a tie."
        ),
    },
    {
        "id": "dress-shirt-sizing",
        "title": "Sizing dress shirts",
        "text": (
            "Traditional dress shirts are sized by neck circumference in half inches, such as 15.5 or 17, and "
            "sometimes by sleeve length too. You should fit one finger between the buttoned collar and your "
            "neck. Performance and casual brands often size shirts S to 3XL instead, which is simpler but less "
            "precise around the collar. Double or French cuffs need cufflinks and read as formal. A chest "
            "pocket is handy for pens but looks slightly less dressy; the sharpest formal shirts skip it. "
            "Check whether a shirt is slim or regular before choosing the size, because the same neck size "
            "can fit very differently in the body."
        ),
    },
    {
        "id": "tee-guide",
        "title": "T-shirts: weight, neckline and sleeve",
        "text": (
            "T-shirt weight is given in ounces per square yard. Around 4 ounces is light and drapey, good for "
            "layering and hot days; 5 to 6 ounces is midweight; 6 ounces and up is a heavyweight tee that "
            "hangs straight, stays opaque and lasts for years. A crew neck is the classic choice and works "
            "under an open shirt. A V-neck elongates the neck and hides under a dress shirt. A henley adds a "
            "short button placket for a slightly dressier look, and a boat neck is wide and shallow, typical of "
            "striped sailor tops. Long sleeves extend the season into fall."
        ),
    },
    {
        "id": "hoodie-guide",
        "title": "Choosing a hoodie",
        "text": (
            "Hoodies range from light 8-ounce knits that layer under a jacket to heavy 12-ounce fleece that "
            "works as outerwear on a crisp day. Fleece has a brushed, fuzzy inside and feels warmest; French "
            "terry has small loops inside and suits milder weather. A pullover with a kangaroo pocket is the "
            "classic, while a full zip is easier to vent and to put on over a collared shirt. Higher cotton "
            "content feels softer and more natural, while polyester-rich blends keep their color, resist "
            "shrinking and dry quickly. Check the cuffs and hem: firm ribbing keeps its shape after many washes."
        ),
    },
    {
        "id": "jacket-types",
        "title": "Jacket types and what they are for",
        "text": (
            "A denim trucker jacket is a casual spring and fall layer that gets better with age. A nylon "
            "windbreaker or shell is light, packable and blocks wind on trails and bike rides. A coated "
            "fisherman-style jacket is for serious wet weather and sea spray. A bomber with rib-knit cuffs and "
            "a padded lining suits cool city evenings. A fleece jacket is warm and soft for everyday wear but "
            "stops little wind. A wool peacoat is the warmest and dressiest of the group and fits over a suit. "
            "Faux leather gives the motorcycle look at a lower price, needs only a wipe to clean, and "
            "does not breathe like real leather."
        ),
    },
    {
        "id": "care-labels",
        "title": "Care labels and keeping clothes in shape",
        "text": (
            "Machine-washable clothes are the easiest to live with: wash cold, turn jeans and printed tees "
            "inside out, and tumble dry low or hang dry to avoid shrinkage. Hand wash means cool water, a mild "
            "detergent and no wringing; coated jackets and delicate knits last longer that way. Dry clean only "
            "is common for wool coats and fine dress shirts and adds cost over the life of the garment. Spot "
            "clean, typical of faux leather, means wiping marks with a damp cloth and never soaking the piece. "
            "If you want low-maintenance clothes, check the label before buying."
        ),
    },
    {
        "id": "shorts-guide",
        "title": "Shorts: inseam length and style",
        "text": (
            "Shorts inseams run from about 5 inches, which ends mid-thigh and looks sporty, to 9 inches, which "
            "lands just above the knee and is the classic chino short, to 11 inches or more for work and cargo "
            "shorts. Taller men usually prefer a longer inseam for the same look. Drawstring waists are comfy "
            "and forgiving for the beach and the gym, while a zip fly with belt loops looks neater for "
            "barbecues and casual offices. Cargo pockets carry tools and phones but add bulk. Running shorts "
            "often add a built-in liner and a zip pocket for keys."
        ),
    },
    {
        "id": "patterns-colors",
        "title": "Patterns and colors that work together",
        "text": (
            "Solid shirts in white and light blue are the backbone of a work wardrobe and pair with any suit or "
            "tie. Stripes add energy; bold Bengal stripes look confident, fine stripes look quieter. Small "
            "checks and gingham are friendly and preppy and work well without a tie. Heathered fabrics mix "
            "lighter and darker yarns for a soft, textured look that hides lint. Graphic prints are casual. "
            "For pants, khaki, navy, gray and olive go with nearly everything, and dark blue jeans look "
            "dressier than light washes or black."
        ),
    },
]

# ------------------------------------------------------------------------------------------ drawing

SIZE = 256
_BACKGROUND = (255, 255, 255)
_COLORS = {
    "white": (246, 246, 243),
    "black": (36, 36, 40),
    "gray": (138, 140, 146),
    "light gray": (196, 198, 202),
    "navy": (34, 46, 84),
    "light blue": (166, 198, 230),
    "medium blue": (72, 108, 158),
    "dark blue": (38, 54, 96),
    "khaki": (196, 176, 128),
    "stone": (208, 198, 172),
    "olive": (98, 104, 58),
    "green": (64, 118, 80),
    "red": (184, 40, 46),
    "brown": (126, 86, 50),
    "yellow": (238, 198, 44),
    "pink": (238, 180, 192),
    "orange": (236, 122, 40),
}
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
