"""Women's clothing: jeans, leggings, blouses, dresses, sweaters, jackets and sweatpants.

The catalogue is written for this benchmark (store-label style names, our own descriptions). Product
records hold base attributes only; `derive` adds four fabric-property booleans (breathable,
moisture_wicking, wrinkle_resistant, warm) by the rules that `DOMAIN_KNOWLEDGE` states in words, so a
shopper has to infer them from the fibre content, the knit/woven construction and the insulation.
"""

import random

from PIL import Image, ImageDraw

from datagen.spec import AttributeSpec
from salessim_inspect.data.models import Constraint, Product

CATEGORY = "female_clothing"
PERSONA_COUNT = 73
GENDER = "female"
AGE_RANGE = (18, 85)

# ---------------------------------------------------------------------------------------------- products

_XS_XL = ["xs", "s", "m", "l", "xl"]
_XXS_XL = ["xxs", "xs", "s", "m", "l", "xl"]
_XS_XXL = ["xs", "s", "m", "l", "xl", "xxl"]
_XXS_XXL = ["xxs", "xs", "s", "m", "l", "xl", "xxl"]
_PLUS_3X = ["xs", "s", "m", "l", "xl", "xxl", "1x", "2x", "3x"]
_PLUS_4X = ["xs", "s", "m", "l", "xl", "xxl", "1x", "2x", "3x", "4x"]
_XXS_3X = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "1x", "2x", "3x"]

BOTTOMS = ("jeans", "leggings", "sweatpants")
TOPS = ("blouse", "dress", "sweater")

# Each record: the product fields plus `attributes` (base attributes only). `features` are composed from
# the attributes by `_features` below (plus any `extra_features`), so text and attributes cannot drift.
_RECORDS: list[dict] = [
    # ------------------------------------------------------------------------------------------ jeans
    {
        "id": "fc-001",
        "name": "Vintage High-Rise Straight Jean",
        "product_type": "jeans",
        "price": 89.50,
        "description": (
            "A rigid, all-cotton straight leg modeled on classic workwear denim, with a high waist that sits "
            "at the natural waistline. The fabric starts out stiff, then softens and fades with every wash "
            "until it feels like a pair you have owned for years."
        ),
        "attributes": {
            "color": "medium blue",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "woven",
            "cloth": "rigid denim",
            "fit": "straight",
            "rise": "high",
            "inseam": 28,
            "stretch": "rigid",
            "pockets": ["front", "back", "coin"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XL),
            "occasion": ["casual"],
        },
    },
    {
        "id": "fc-002",
        "name": "Curvy Mid-Rise Bootcut Jean",
        "product_type": "jeans",
        "price": 59.99,
        "description": (
            "Cut with extra room through the hip and thigh and a contoured waistband that keeps the back "
            "from gapping. The leg eases out below the knee into a bootcut that sits neatly over ankle boots."
        ),
        "attributes": {
            "color": "dark blue",
            "fabric": "cotton",
            "fabric_blend": "92% cotton, 6% polyester, 2% elastane",
            "construction": "woven",
            "cloth": "stretch denim",
            "fit": "bootcut",
            "rise": "mid",
            "inseam": 32,
            "stretch": "moderate",
            "pockets": ["front", "back"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_PLUS_3X),
            "occasion": ["casual", "work"],
        },
    },
    {
        "id": "fc-003",
        "name": "Everyday Skinny Ankle Jean",
        "product_type": "jeans",
        "price": 29.99,
        "description": (
            "A budget-friendly skinny jean in a poly-cotton denim with lots of give, cut to end right at the "
            "ankle bone. The jet-black color goes with sneakers, flats and boots alike."
        ),
        "attributes": {
            "color": "black",
            "fabric": "polyester",
            "fabric_blend": "55% polyester, 43% cotton, 2% spandex",
            "construction": "woven",
            "cloth": "stretch denim",
            "fit": "skinny",
            "rise": "mid",
            "inseam": 27,
            "stretch": "high",
            "pockets": ["front", "back"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_PLUS_4X),
            "occasion": ["casual"],
        },
    },
    {
        "id": "fc-004",
        "name": "High-Rise Wide-Leg Sailor Jean",
        "product_type": "jeans",
        "price": 128.00,
        "description": (
            "A nautical-inspired wide leg with a two-button front and patch pockets stitched onto the front "
            "panels. The crisp white denim has just a touch of give, and the full-length leg skims the floor "
            "in a low heel."
        ),
        "attributes": {
            "color": "white",
            "fabric": "cotton",
            "fabric_blend": "99% cotton, 1% elastane",
            "construction": "woven",
            "cloth": "denim",
            "fit": "wide leg",
            "rise": "high",
            "inseam": 31,
            "stretch": "slight",
            "pockets": ["front", "back"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XL),
            "occasion": ["casual", "travel"],
        },
    },
    {
        "id": "fc-005",
        "name": "Low-Rise Baggy Boyfriend Jean",
        "product_type": "jeans",
        "price": 69.95,
        "description": (
            "A slouchy boyfriend jean that sits low on the hips and falls loosely to a slightly stacked hem. "
            "The sun-faded light wash and rigid cotton give it a lived-in, late-nineties feel."
        ),
        "attributes": {
            "color": "light blue",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "woven",
            "cloth": "rigid denim",
            "fit": "relaxed",
            "rise": "low",
            "inseam": 32,
            "stretch": "rigid",
            "pockets": ["front", "back", "coin"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XXL),
            "occasion": ["casual"],
        },
    },
    {
        "id": "fc-006",
        "name": "Lyocell-Blend High-Rise Flare Jean",
        "product_type": "jeans",
        "price": 98.00,
        "description": (
            "A long, leg-lengthening flare in a fluid lyocell-cotton denim that drapes more like a trouser "
            "than a traditional jean. The dark, even rinse is polished enough for the office and dressy "
            "enough for dinner in heels."
        ),
        "attributes": {
            "color": "dark blue",
            "fabric": "lyocell",
            "fabric_blend": "62% lyocell, 36% cotton, 2% elastane",
            "construction": "woven",
            "cloth": "denim",
            "fit": "flare",
            "rise": "high",
            "inseam": 33,
            "stretch": "moderate",
            "pockets": ["front", "back"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XXL),
            "occasion": ["work", "evening"],
        },
    },
    {
        "id": "fc-007",
        "name": "Comfort-Waist Slim Straight Jean",
        "product_type": "jeans",
        "price": 54.00,
        "description": (
            "A hidden elastic panel in the back of the waistband adds comfort without looking like a "
            "pull-on. The slim, straight leg in washed gray denim pairs easily with blouses and knits."
        ),
        "attributes": {
            "color": "gray",
            "fabric": "cotton",
            "fabric_blend": "93% cotton, 5% polyester, 2% spandex",
            "construction": "woven",
            "cloth": "stretch denim",
            "fit": "slim",
            "rise": "mid",
            "inseam": 30,
            "stretch": "moderate",
            "pockets": ["front", "back"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_PLUS_3X),
            "occasion": ["work", "casual"],
        },
    },
    {
        "id": "fc-008",
        "name": "Cropped Kick Flare Jean",
        "product_type": "jeans",
        "price": 148.00,
        "description": (
            "A premium cropped flare with a subtle kick at the hem that shows off ankle boots and loafers. "
            "It is made from a dense, faded-black denim with a clean raw-cut hem and a high waist."
        ),
        "attributes": {
            "color": "black",
            "fabric": "cotton",
            "fabric_blend": "98% cotton, 2% elastane",
            "construction": "woven",
            "cloth": "denim",
            "fit": "flare",
            "rise": "high",
            "inseam": 26,
            "stretch": "slight",
            "pockets": ["front", "back", "coin"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XL),
            "occasion": ["casual", "evening"],
        },
    },
    # --------------------------------------------------------------------------------------- leggings
    {
        "id": "fc-009",
        "name": "Sculpt High-Rise Training Legging",
        "product_type": "leggings",
        "price": 98.00,
        "description": (
            "A firm, smoothing legging made for lifting, spin and interval classes, with a wide waistband "
            "that stays put through lunges. It ends just above the ankle and has a key pocket inside the "
            "waistband plus two drop-in side pockets."
        ),
        "attributes": {
            "color": "black",
            "fabric": "nylon",
            "fabric_blend": "75% nylon, 25% elastane",
            "construction": "knit",
            "cloth": "interlock",
            "fit": "compression",
            "rise": "high",
            "inseam": 25,
            "stretch": "high",
            "pockets": ["waistband", "side"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XXL),
            "occasion": ["workout"],
        },
    },
    {
        "id": "fc-010",
        "name": "Everyday Cotton Stretch Legging",
        "product_type": "leggings",
        "price": 19.99,
        "description": (
            "A soft, no-fuss legging in heather gray cotton jersey with a simple covered elastic waistband. "
            "It is meant for errands, lazy weekends and layering under long tunics and dresses."
        ),
        "attributes": {
            "color": "gray",
            "fabric": "cotton",
            "fabric_blend": "92% cotton, 8% spandex",
            "construction": "knit",
            "cloth": "jersey",
            "fit": "regular",
            "rise": "mid",
            "inseam": 28,
            "stretch": "high",
            "pockets": [],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_PLUS_4X),
            "occasion": ["casual", "lounge"],
        },
    },
    {
        "id": "fc-011",
        "name": "Flared Yoga Legging",
        "product_type": "leggings",
        "price": 68.00,
        "description": (
            "Fitted through the thigh and opening into a gentle flare below the knee, this legging brings a "
            "throwback look to yoga class and long travel days. A crossover high waistband adds a little "
            "shaping and hides a small key pocket."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "polyester",
            "fabric_blend": "78% polyester, 22% spandex",
            "construction": "knit",
            "cloth": "brushed jersey",
            "fit": "flare",
            "rise": "high",
            "inseam": 30,
            "stretch": "high",
            "pockets": ["waistband"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XL),
            "occasion": ["workout", "lounge", "travel"],
        },
    },
    {
        "id": "fc-012",
        "name": "Fleece-Lined High-Rise Legging",
        "product_type": "leggings",
        "price": 34.00,
        "description": (
            "A thick, matte-black legging with a plush brushed-fleece interior, made for dog walks, ski-lodge "
            "afternoons and layering under dresses through winter. The high waist is smooth and seam-free at "
            "the front."
        ),
        "attributes": {
            "color": "black",
            "fabric": "polyester",
            "fabric_blend": "90% polyester, 10% spandex",
            "construction": "knit",
            "cloth": "jersey",
            "fit": "regular",
            "rise": "high",
            "inseam": 27,
            "stretch": "high",
            "pockets": [],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "fleece",
            "insulation_detail": "Brushed fleece lining",
            "sizes": list(_PLUS_3X),
            "occasion": ["casual", "outdoor"],
        },
    },
    {
        "id": "fc-013",
        "name": "Merino Wool Base Layer Legging",
        "product_type": "leggings",
        "price": 110.00,
        "description": (
            "A fine-gauge merino legging made to go under ski pants or on its own for hiking and winter runs. "
            "Flatlock seams lie smooth against the skin, and the fiber resists odor on multi-day trips."
        ),
        "attributes": {
            "color": "charcoal",
            "fabric": "wool",
            "fabric_blend": "87% merino wool, 13% nylon",
            "construction": "knit",
            "cloth": "rib",
            "fit": "regular",
            "rise": "mid",
            "inseam": 29,
            "stretch": "moderate",
            "pockets": [],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XL),
            "occasion": ["outdoor", "workout"],
        },
    },
    {
        "id": "fc-014",
        "name": "Seven-Eighths Run Tight with Phone Pockets",
        "product_type": "leggings",
        "price": 58.00,
        "description": (
            "A lightweight running tight cut to a 7/8 length, with deep thigh pockets that hold a large phone "
            "without bouncing and a zip pocket at the back of the waistband. Reflective tabs at the calf help "
            "on early-morning runs."
        ),
        "attributes": {
            "color": "olive",
            "fabric": "nylon",
            "fabric_blend": "80% nylon, 20% elastane",
            "construction": "knit",
            "cloth": "interlock",
            "fit": "compression",
            "rise": "high",
            "inseam": 24,
            "stretch": "high",
            "pockets": ["phone", "zip"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XXL),
            "occasion": ["workout", "outdoor"],
        },
    },
    # ----------------------------------------------------------------------------------------- blouses
    {
        "id": "fc-015",
        "name": "Silk Charmeuse Button-Front Blouse",
        "product_type": "blouse",
        "price": 148.00,
        "description": (
            "A lustrous silk charmeuse shirt with a relaxed body, a classic point collar and pearly buttons. "
            "It tucks neatly into trousers for the office and looks just as good worn open over a camisole "
            "at night."
        ),
        "attributes": {
            "color": "ivory",
            "fabric": "silk",
            "fabric_blend": "100% silk",
            "construction": "woven",
            "cloth": "charmeuse",
            "fit": "relaxed",
            "sleeve": "long",
            "neckline": "collared",
            "length": "hip",
            "closure": "button",
            "pattern": "solid",
            "care": "dry clean",
            "insulation": "none",
            "sizes": list(_XXS_XL),
            "occasion": ["work", "evening"],
        },
    },
    {
        "id": "fc-016",
        "name": "Cotton Poplin Puff-Sleeve Top",
        "product_type": "blouse",
        "price": 44.95,
        "description": (
            "Crisp cotton poplin shaped into a square-neck top with gathered puff sleeves and a slightly "
            "cropped hem. It sits nicely over high-waisted jeans and skirts."
        ),
        "attributes": {
            "color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "woven",
            "cloth": "poplin",
            "fit": "regular",
            "sleeve": "short",
            "neckline": "square",
            "length": "cropped",
            "closure": "pullover",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XXL),
            "occasion": ["casual", "work"],
        },
    },
    {
        "id": "fc-017",
        "name": "Floral Chiffon Tie-Neck Blouse",
        "product_type": "blouse",
        "price": 39.99,
        "description": (
            "A floaty chiffon blouse printed with small pink blooms on a navy ground, finished with a soft bow "
            "at the neck and buttoned cuffs. A matching navy camisole comes with it for layering underneath."
        ),
        "attributes": {
            "color": "navy",
            "accent_color": "pink",
            "fabric": "polyester",
            "fabric_blend": "100% polyester",
            "construction": "woven",
            "cloth": "chiffon",
            "fit": "relaxed",
            "sleeve": "long",
            "neckline": "tie neck",
            "length": "hip",
            "closure": "pullover",
            "pattern": "floral",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_PLUS_3X),
            "occasion": ["work", "evening"],
        },
    },
    {
        "id": "fc-018",
        "name": "Striped Linen Camp Shirt",
        "product_type": "blouse",
        "price": 69.50,
        "description": (
            "A boxy, short-sleeve camp-collar shirt in blue and white stripes. The washed linen has a relaxed, "
            "slightly slubby hand and looks best left untucked over shorts or wide trousers."
        ),
        "attributes": {
            "color": "light blue",
            "accent_color": "white",
            "fabric": "linen",
            "fabric_blend": "100% linen",
            "construction": "woven",
            "cloth": "linen plain weave",
            "fit": "oversized",
            "sleeve": "short",
            "neckline": "collared",
            "length": "hip",
            "closure": "button",
            "pattern": "striped",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XL),
            "occasion": ["casual", "travel"],
        },
    },
    {
        "id": "fc-019",
        "name": "Satin V-Neck Shell",
        "product_type": "blouse",
        "price": 34.99,
        "description": (
            "A sleek sleeveless shell in deep burgundy satin with a clean V neckline and a straight hem. Wear "
            "it alone for evenings out or under a blazer on workdays."
        ),
        "attributes": {
            "color": "burgundy",
            "fabric": "polyester",
            "fabric_blend": "100% polyester",
            "construction": "woven",
            "cloth": "satin",
            "fit": "regular",
            "sleeve": "sleeveless",
            "neckline": "v-neck",
            "length": "hip",
            "closure": "pullover",
            "pattern": "solid",
            "care": "hand wash",
            "insulation": "none",
            "sizes": list(_XS_XXL),
            "occasion": ["work", "evening"],
        },
    },
    {
        "id": "fc-020",
        "name": "Dotted Rayon Peasant Blouse",
        "product_type": "blouse",
        "price": 49.50,
        "description": (
            "A bohemian peasant top in soft rayon challis scattered with cream dots on a rust background. The "
            "split V neckline, gathered three-quarter sleeves and tunic length make it easy over leggings or "
            "jeans."
        ),
        "attributes": {
            "color": "rust",
            "accent_color": "cream",
            "fabric": "rayon",
            "fabric_blend": "100% rayon",
            "construction": "woven",
            "cloth": "challis",
            "fit": "relaxed",
            "sleeve": "three quarter",
            "neckline": "v-neck",
            "length": "tunic",
            "closure": "pullover",
            "pattern": "polka dot",
            "care": "hand wash",
            "insulation": "none",
            "sizes": ["xs", "s", "m", "l", "xl", "xxl", "1x", "2x"],
            "occasion": ["casual", "travel"],
        },
    },
    {
        "id": "fc-021",
        "name": "Modal Jersey Wrap Blouse",
        "product_type": "blouse",
        "price": 58.00,
        "description": (
            "A true wrap blouse in silky modal jersey that ties at the side for an adjustable fit. Elbow-length "
            "sleeves and a flattering V neckline make it a go-to for the office and long flights."
        ),
        "attributes": {
            "color": "black",
            "fabric": "modal",
            "fabric_blend": "95% modal, 5% spandex",
            "construction": "knit",
            "cloth": "jersey",
            "fit": "fitted",
            "sleeve": "elbow",
            "neckline": "v-neck",
            "length": "hip",
            "closure": "wrap",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XXL),
            "occasion": ["work", "travel"],
        },
    },
    # ------------------------------------------------------------------------------------------ dresses
    {
        "id": "fc-022",
        "name": "Linen Midi Shirtdress",
        "product_type": "dress",
        "price": 118.00,
        "description": (
            "A relaxed shirtdress in garment-washed olive linen with short sleeves, a button-through front and "
            "a removable tie belt. Side-seam pockets and a midi hem make it an easy choice for summer trips "
            "and farmers' markets."
        ),
        "attributes": {
            "color": "olive",
            "fabric": "linen",
            "fabric_blend": "100% linen",
            "construction": "woven",
            "cloth": "linen plain weave",
            "fit": "relaxed",
            "sleeve": "short",
            "neckline": "collared",
            "length": "midi",
            "closure": "button",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "pockets": ["side"],
            "sizes": list(_XS_XXL),
            "occasion": ["casual", "travel"],
        },
    },
    {
        "id": "fc-023",
        "name": "Floral Crepe Wrap Midi Dress",
        "product_type": "dress",
        "price": 89.00,
        "description": (
            "A true wrap dress in flowing crepe with pink flowers on a black background, long sleeves and a "
            "tie at the waist. The adjustable V neckline and swishy midi skirt suit office days as well as "
            "dinners and weddings."
        ),
        "attributes": {
            "color": "black",
            "accent_color": "pink",
            "fabric": "polyester",
            "fabric_blend": "100% polyester",
            "construction": "woven",
            "cloth": "crepe",
            "fit": "wrap",
            "sleeve": "long",
            "neckline": "v-neck",
            "length": "midi",
            "closure": "wrap",
            "pattern": "floral",
            "care": "machine wash",
            "insulation": "none",
            "pockets": [],
            "sizes": list(_XXS_3X),
            "occasion": ["work", "evening"],
        },
    },
    {
        "id": "fc-024",
        "name": "Ponte Sheath Dress",
        "product_type": "dress",
        "price": 79.99,
        "description": (
            "A structured knit sheath with a boat neckline, elbow-length sleeves and a hem that lands at the "
            "knee. The thick ponte holds its shape and smooths lines, and a back zip makes it easy to put on."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "rayon",
            "fabric_blend": "65% rayon, 30% nylon, 5% spandex",
            "construction": "knit",
            "cloth": "ponte",
            "fit": "fitted",
            "sleeve": "elbow",
            "neckline": "boat",
            "length": "knee",
            "closure": "zip",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "pockets": [],
            "sizes": list(_PLUS_3X),
            "occasion": ["work"],
        },
    },
    {
        "id": "fc-025",
        "name": "Cotton Eyelet Sundress",
        "product_type": "dress",
        "price": 64.00,
        "description": (
            "A sweet A-line sundress in embroidered cotton eyelet with a square neckline, wide straps and a "
            "full skirt that ends at the knee. It is fully lined and has a smocked back panel for an easy fit."
        ),
        "attributes": {
            "color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "woven",
            "cloth": "eyelet",
            "fit": "a-line",
            "sleeve": "sleeveless",
            "neckline": "square",
            "length": "knee",
            "closure": "pullover",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "pockets": [],
            "sizes": list(_XS_XL),
            "occasion": ["casual", "travel"],
        },
    },
    {
        "id": "fc-026",
        "name": "Satin Cowl-Neck Slip Maxi Dress",
        "product_type": "dress",
        "price": 110.00,
        "description": (
            "A bias-cut slip dress in deep green satin with a draped cowl neckline and thin adjustable straps. "
            "It skims the body down to a floor-grazing maxi length, ready for weddings and formal evenings."
        ),
        "attributes": {
            "color": "green",
            "fabric": "polyester",
            "fabric_blend": "100% polyester",
            "construction": "woven",
            "cloth": "satin",
            "fit": "relaxed",
            "sleeve": "sleeveless",
            "neckline": "cowl",
            "length": "maxi",
            "closure": "pullover",
            "pattern": "solid",
            "care": "hand wash",
            "insulation": "none",
            "pockets": [],
            "sizes": list(_XXS_XL),
            "occasion": ["evening"],
        },
    },
    {
        "id": "fc-027",
        "name": "Striped Cotton T-Shirt Dress",
        "product_type": "dress",
        "price": 39.50,
        "description": (
            "Think of a favorite striped tee stretched into a midi dress: soft cotton jersey, a crew neck and "
            "short sleeves, with pockets hidden in the side seams. Navy and white stripes keep it classic for "
            "weekends, beach trips and lazy days."
        ),
        "attributes": {
            "color": "navy",
            "accent_color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "knit",
            "cloth": "jersey",
            "fit": "relaxed",
            "sleeve": "short",
            "neckline": "crew",
            "length": "midi",
            "closure": "pullover",
            "pattern": "striped",
            "care": "machine wash",
            "insulation": "none",
            "pockets": ["side"],
            "sizes": list(_XS_XXL),
            "occasion": ["casual", "lounge", "travel"],
        },
    },
    {
        "id": "fc-028",
        "name": "Merino Mock-Neck Sweater Dress",
        "product_type": "dress",
        "price": 168.00,
        "description": (
            "A fine-knit merino dress with a mock neck, long sleeves and a slim ribbed silhouette that falls to "
            "mid-calf. Pair it with knee boots for the office or a weekend brunch."
        ),
        "attributes": {
            "color": "camel",
            "fabric": "wool",
            "fabric_blend": "100% merino wool",
            "construction": "knit",
            "cloth": "rib",
            "fit": "fitted",
            "sleeve": "long",
            "neckline": "mock neck",
            "length": "midi",
            "closure": "pullover",
            "pattern": "solid",
            "care": "hand wash",
            "insulation": "none",
            "pockets": [],
            "sizes": list(_XS_XL),
            "occasion": ["work", "casual"],
        },
    },
    {
        "id": "fc-029",
        "name": "Gingham Tiered Mini Dress",
        "product_type": "dress",
        "price": 54.00,
        "description": (
            "A playful tiered mini dress in red and white cotton gingham with short puff sleeves and a V "
            "neckline. The swingy skirt is made for picnics, patio dinners and summer parties."
        ),
        "attributes": {
            "color": "red",
            "accent_color": "white",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "woven",
            "cloth": "gingham",
            "fit": "a-line",
            "sleeve": "short",
            "neckline": "v-neck",
            "length": "mini",
            "closure": "pullover",
            "pattern": "gingham",
            "care": "machine wash",
            "insulation": "none",
            "pockets": [],
            "sizes": list(_XS_XXL),
            "occasion": ["casual", "evening"],
        },
    },
    # ----------------------------------------------------------------------------------------- sweaters
    {
        "id": "fc-030",
        "name": "Cashmere Crewneck Sweater",
        "product_type": "sweater",
        "price": 128.00,
        "description": (
            "A lightweight Grade-A cashmere crewneck in a soft beige, knit in a classic regular fit with "
            "ribbed cuffs and hem. It is smooth enough to wear against bare skin and thin enough to layer "
            "under a coat."
        ),
        "attributes": {
            "color": "beige",
            "fabric": "cashmere",
            "fabric_blend": "100% cashmere",
            "construction": "knit",
            "cloth": "jersey stitch",
            "fit": "regular",
            "sleeve": "long",
            "neckline": "crew",
            "length": "hip",
            "closure": "pullover",
            "pattern": "solid",
            "care": "hand wash",
            "insulation": "none",
            "sizes": list(_XS_XXL),
            "occasion": ["work", "casual"],
        },
    },
    {
        "id": "fc-031",
        "name": "Cable-Knit Fisherman Sweater",
        "product_type": "sweater",
        "price": 89.00,
        "description": (
            "A chunky, oversized fisherman sweater covered in traditional cable and honeycomb stitches. The "
            "heavy wool-rich yarn and roomy shape make it a natural pick for bonfires, fall hikes and cabin "
            "weekends."
        ),
        "attributes": {
            "color": "cream",
            "fabric": "wool",
            "fabric_blend": "70% wool, 30% nylon",
            "construction": "knit",
            "cloth": "cable knit",
            "fit": "oversized",
            "sleeve": "long",
            "neckline": "crew",
            "length": "hip",
            "closure": "pullover",
            "pattern": "solid",
            "care": "hand wash",
            "insulation": "none",
            "sizes": list(_XS_XL),
            "occasion": ["casual", "outdoor"],
        },
    },
    {
        "id": "fc-032",
        "name": "Striped Boatneck Sweater",
        "product_type": "sweater",
        "price": 39.99,
        "description": (
            "A Breton-inspired pullover with navy and white stripes, a wide boat neckline and three-quarter "
            "sleeves. The soft acrylic yarn is easy to care for and keeps its color through many washes."
        ),
        "attributes": {
            "color": "navy",
            "accent_color": "white",
            "fabric": "acrylic",
            "fabric_blend": "100% acrylic",
            "construction": "knit",
            "cloth": "jersey stitch",
            "fit": "relaxed",
            "sleeve": "three quarter",
            "neckline": "boat",
            "length": "hip",
            "closure": "pullover",
            "pattern": "striped",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_PLUS_3X),
            "occasion": ["casual", "work"],
        },
    },
    {
        "id": "fc-033",
        "name": "Cotton V-Neck Cardigan",
        "product_type": "sweater",
        "price": 59.50,
        "description": (
            "A fitted button-front cardigan in smooth, fine-gauge cotton with a deep V neckline. It layers "
            "neatly over dresses and tees and can go straight into the washing machine."
        ),
        "attributes": {
            "color": "pink",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "knit",
            "cloth": "fine-gauge jersey stitch",
            "fit": "fitted",
            "sleeve": "long",
            "neckline": "v-neck",
            "length": "hip",
            "closure": "button",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XXL),
            "occasion": ["work", "casual"],
        },
    },
    {
        "id": "fc-034",
        "name": "Washable Merino Turtleneck",
        "product_type": "sweater",
        "price": 98.00,
        "description": (
            "A slim, fine-gauge merino turtleneck treated so it can go through a gentle machine cycle. It is "
            "thin enough to layer under blazers and coats without bulk."
        ),
        "attributes": {
            "color": "black",
            "fabric": "wool",
            "fabric_blend": "100% merino wool",
            "construction": "knit",
            "cloth": "fine-gauge jersey stitch",
            "fit": "fitted",
            "sleeve": "long",
            "neckline": "turtleneck",
            "length": "hip",
            "closure": "pullover",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XXL),
            "occasion": ["work", "travel"],
        },
    },
    {
        "id": "fc-035",
        "name": "Plaid Jacquard Sweater Vest",
        "product_type": "sweater",
        "price": 44.00,
        "description": (
            "A slightly cropped sweater vest knit with a brown and cream plaid and trimmed with ribbed "
            "edges at the V neck, armholes and hem. Layer it over a collared shirt for a preppy office look."
        ),
        "attributes": {
            "color": "brown",
            "accent_color": "cream",
            "fabric": "acrylic",
            "fabric_blend": "55% acrylic, 45% wool",
            "construction": "knit",
            "cloth": "jacquard",
            "fit": "regular",
            "sleeve": "sleeveless",
            "neckline": "v-neck",
            "length": "cropped",
            "closure": "pullover",
            "pattern": "plaid",
            "care": "hand wash",
            "insulation": "none",
            "sizes": list(_XS_XL),
            "occasion": ["work", "casual"],
        },
    },
    # ----------------------------------------------------------------------------------------- jackets
    {
        "id": "fc-036",
        "name": "Classic Denim Trucker Jacket",
        "product_type": "jacket",
        "price": 69.50,
        "description": (
            "The all-purpose denim jacket, with a point collar, flap chest pockets, a button front and "
            "adjustable waist tabs. A medium wash and a hint of stretch make it an easy layer from spring "
            "through fall."
        ),
        "attributes": {
            "color": "medium blue",
            "fabric": "cotton",
            "fabric_blend": "99% cotton, 1% elastane",
            "construction": "woven",
            "cloth": "denim",
            "fit": "regular",
            "sleeve": "long",
            "collar": "point",
            "length": "hip",
            "closure": "button",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "pockets": ["chest", "side"],
            "sizes": list(_PLUS_3X),
            "occasion": ["casual", "travel"],
        },
    },
    {
        "id": "fc-037",
        "name": "Packable Down Puffer Jacket",
        "product_type": "jacket",
        "price": 129.00,
        "description": (
            "A light, horizontally quilted puffer with a stand collar that squishes into its own pocket for "
            "travel. Zippered hand pockets and elastic-bound cuffs keep the wind out."
        ),
        "attributes": {
            "color": "black",
            "fabric": "nylon",
            "fabric_blend": "100% nylon shell",
            "construction": "woven",
            "cloth": "ripstop",
            "fit": "regular",
            "sleeve": "long",
            "collar": "stand",
            "length": "hip",
            "closure": "zip",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "down",
            "insulation_detail": "Down, 650 fill power",
            "pockets": ["zip"],
            "sizes": list(_XS_XXL),
            "occasion": ["casual", "outdoor", "travel"],
        },
    },
    {
        "id": "fc-038",
        "name": "Wool-Blend Tailored Long Coat",
        "product_type": "jacket",
        "price": 199.00,
        "description": (
            "A knee-length camel coat in dense wool-blend melton with notched lapels and a single-breasted "
            "button front. The slightly relaxed cut leaves room for a sweater or blazer underneath."
        ),
        "attributes": {
            "color": "camel",
            "fabric": "wool",
            "fabric_blend": "60% wool, 40% polyester",
            "construction": "woven",
            "cloth": "melton",
            "fit": "relaxed",
            "sleeve": "long",
            "collar": "notched lapel",
            "length": "knee",
            "closure": "button",
            "pattern": "solid",
            "care": "dry clean",
            "insulation": "none",
            "pockets": ["side"],
            "sizes": list(_XXS_XL),
            "occasion": ["work", "evening"],
        },
    },
    {
        "id": "fc-039",
        "name": "Sherpa-Lined Utility Jacket",
        "product_type": "jacket",
        "price": 89.00,
        "description": (
            "A rugged cotton twill chore jacket lined in plush faux sherpa, with four patch pockets and a "
            "corduroy-trimmed point collar. It is cut roomy for layering over hoodies on hikes, barn chores "
            "and weekend errands."
        ),
        "attributes": {
            "color": "olive",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "woven",
            "cloth": "twill",
            "fit": "relaxed",
            "sleeve": "long",
            "collar": "point",
            "length": "hip",
            "closure": "snap",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "sherpa",
            "insulation_detail": "Faux sherpa lining (polyester)",
            "pockets": ["chest", "side"],
            "sizes": list(_XS_XXL),
            "occasion": ["casual", "outdoor"],
        },
    },
    {
        "id": "fc-040",
        "name": "Lightweight Hooded Rain Jacket",
        "product_type": "jacket",
        "price": 79.00,
        "description": (
            "A bright yellow rain shell with taped seams, an adjustable hood and a longer thigh-length cut that "
            "covers the hips. It folds small enough to keep in a tote for sudden showers."
        ),
        "attributes": {
            "color": "yellow",
            "fabric": "polyester",
            "fabric_blend": "100% polyester with a waterproof coating",
            "construction": "woven",
            "cloth": "taffeta",
            "fit": "regular",
            "sleeve": "long",
            "collar": "hood",
            "length": "thigh",
            "closure": "zip",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "pockets": ["zip"],
            "sizes": list(_XS_XXL),
            "occasion": ["outdoor", "travel"],
        },
    },
    {
        "id": "fc-041",
        "name": "Polar Fleece Zip Jacket",
        "product_type": "jacket",
        "price": 49.99,
        "description": (
            "A classic midweight polar fleece with a stand-up collar, a full zip and zippered hand pockets. It "
            "works on its own on crisp mornings or as a middle layer under a shell."
        ),
        "attributes": {
            "color": "teal",
            "fabric": "polyester",
            "fabric_blend": "100% polyester",
            "construction": "knit",
            "cloth": "polar fleece",
            "fit": "regular",
            "sleeve": "long",
            "collar": "stand",
            "length": "hip",
            "closure": "zip",
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "fleece",
            "insulation_detail": "Polar fleece throughout",
            "pockets": ["zip"],
            "sizes": list(_PLUS_3X),
            "occasion": ["casual", "outdoor"],
        },
    },
    # --------------------------------------------------------------------------------------- sweatpants
    {
        "id": "fc-042",
        "name": "Classic Fleece Jogger Sweatpant",
        "product_type": "sweatpants",
        "price": 45.00,
        "description": (
            "A heathered gray jogger in midweight cotton-blend fleece with a brushed inside, a drawstring "
            "waist and ribbed ankle cuffs. It is the everyday sweatpant for couch days and quick errands."
        ),
        "attributes": {
            "color": "gray",
            "fabric": "cotton",
            "fabric_blend": "80% cotton, 20% polyester",
            "construction": "knit",
            "cloth": "fleece",
            "fit": "jogger",
            "rise": "mid",
            "inseam": 29,
            "stretch": "moderate",
            "pockets": ["side"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "fleece",
            "insulation_detail": "Brushed fleece inside",
            "sizes": list(_PLUS_3X),
            "occasion": ["lounge", "casual"],
        },
    },
    {
        "id": "fc-043",
        "name": "French Terry Wide-Leg Sweatpant",
        "product_type": "sweatpants",
        "price": 68.00,
        "description": (
            "A high-waisted wide-leg sweatpant in looped cotton French terry that drapes like a trouser. Pair "
            "it with a fitted tee and sneakers for a more polished take on loungewear."
        ),
        "attributes": {
            "color": "beige",
            "fabric": "cotton",
            "fabric_blend": "100% cotton",
            "construction": "knit",
            "cloth": "French terry",
            "fit": "wide leg",
            "rise": "high",
            "inseam": 30,
            "stretch": "slight",
            "pockets": ["side", "back"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XXS_XXL),
            "occasion": ["lounge", "travel"],
        },
    },
    {
        "id": "fc-044",
        "name": "Performance Tapered Jogger",
        "product_type": "sweatpants",
        "price": 88.00,
        "description": (
            "A sleek, stretchy jogger in a smooth nylon double knit with a tapered leg and cuffed ankles. It is "
            "built for the trip to the gym and long-haul flights, with a zippered pocket for a phone or passport."
        ),
        "attributes": {
            "color": "black",
            "fabric": "nylon",
            "fabric_blend": "84% nylon, 16% elastane",
            "construction": "knit",
            "cloth": "double knit",
            "fit": "jogger",
            "rise": "high",
            "inseam": 28,
            "stretch": "high",
            "pockets": ["side", "zip"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_XS_XXL),
            "occasion": ["workout", "travel"],
        },
    },
    {
        "id": "fc-045",
        "name": "Cashmere-Blend Lounge Pant",
        "product_type": "sweatpants",
        "price": 168.00,
        "description": (
            "An indulgent pull-on pant knit from a plush cashmere blend, with a wide ribbed waistband and a "
            "straight, easy leg. It is the sort of thing to wear on a long flight and then all weekend at home."
        ),
        "attributes": {
            "color": "navy",
            "fabric": "cashmere",
            "fabric_blend": "70% cashmere, 30% wool",
            "construction": "knit",
            "cloth": "jersey stitch",
            "fit": "straight",
            "rise": "mid",
            "inseam": 29,
            "stretch": "moderate",
            "pockets": ["side"],
            "pattern": "solid",
            "care": "hand wash",
            "insulation": "none",
            "sizes": list(_XS_XL),
            "occasion": ["lounge", "travel"],
        },
    },
    {
        "id": "fc-046",
        "name": "Modal Straight-Leg Sweatpant",
        "product_type": "sweatpants",
        "price": 42.00,
        "description": (
            "A lightweight pull-on pant in silky modal jersey with a flat elastic waistband and a clean "
            "straight leg. It looks tidier than a typical sweatpant, so it slips easily into errands and "
            "travel days."
        ),
        "attributes": {
            "color": "charcoal",
            "fabric": "modal",
            "fabric_blend": "60% modal, 35% polyester, 5% spandex",
            "construction": "knit",
            "cloth": "jersey",
            "fit": "straight",
            "rise": "high",
            "inseam": 31,
            "stretch": "high",
            "pockets": ["side"],
            "pattern": "solid",
            "care": "machine wash",
            "insulation": "none",
            "sizes": list(_PLUS_4X),
            "occasion": ["lounge", "casual", "travel"],
        },
    },
]

_CARE_TEXT = {
    "machine wash": "Machine wash cold, tumble dry low",
    "hand wash": "Hand wash cold, lay flat to dry",
    "dry clean": "Dry clean only",
}
_SLEEVE_TEXT = {
    "sleeveless": "Sleeveless",
    "short": "Short",
    "elbow": "Elbow length",
    "three quarter": "Three-quarter",
    "long": "Long",
}
_CLOSURE_TEXT = {"button": "Button front", "zip": "Full zip", "snap": "Snap front", "wrap": "Side tie wrap"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _size_text(sizes: list[str]) -> str:
    return ", ".join(s.upper() for s in sizes)


def _list_text(values: list[str]) -> str:
    return _cap(", ".join(values)) if values else "None"


def _features(record: dict) -> list[str]:
    """The "Key: Value" display lines of a record, written from its base attributes."""
    a, kind = record["attributes"], record["product_type"]
    features = [f"Fabric: {_cap(a['construction'])} {a['cloth']}, {a['fabric_blend']}"]
    features.append(f"Fit: {_cap(a['fit'])}")
    if kind in BOTTOMS:
        features.append(f"Rise: {_cap(a['rise'])}")
        features.append(f"Inseam: {a['inseam']} in.")
        if kind == "jeans":
            features.append(f"Stretch: {_cap(a['stretch'])}")
        features.append(f"Pockets: {_list_text(a['pockets'])}")
    elif kind == "jacket":
        features.append(f"Length: {_cap(a['length'])}")
        features.append(f"Closure: {_CLOSURE_TEXT[a['closure']]}")
        features.append(f"Pockets: {_list_text(a['pockets'])}")
    else:
        features.append(f"Sleeves: {_SLEEVE_TEXT[a['sleeve']]}")
        features.append(f"Neckline: {_cap(a['neckline'])}")
        features.append(f"Length: {_cap(a['length'])}")
    if a.get("insulation", "none") != "none":
        features.append(f"Insulation: {a.get('insulation_detail') or _cap(a['insulation'])}")
    features.append(f"Color: {_cap(a['color'])}")
    if kind in TOPS or a["pattern"] != "solid":
        accent = f" ({a['accent_color']} on {a['color']})" if a.get("accent_color") else ""
        features.append(f"Pattern: {_cap(a['pattern'])}{accent}")
    features.append(f"Care: {_CARE_TEXT[a['care']]}")
    features.append(f"Sizes: {_size_text(a['sizes'])}")
    features.append(f"Best for: {_list_text(a['occasion'])}")
    return features


def _product(record: dict) -> dict:
    attributes = {k: v for k, v in record["attributes"].items() if k != "insulation_detail"}
    return {
        "id": record["id"],
        "name": record["name"],
        "product_type": record["product_type"],
        "price": record["price"],
        "description": record["description"],
        "features": _features(record) + list(record.get("extra_features", [])),
        "attributes": attributes,
    }


PRODUCTS: list[dict] = [_product(r) for r in _RECORDS]

# ------------------------------------------------------------------------------------ derived attributes

BREATHABLE_FIBRES = ("cotton", "linen", "silk", "rayon", "lyocell", "modal")
WICKING_FIBRES = ("polyester", "nylon", "wool")
SMOOTH_RECOVERY_FIBRES = ("polyester", "nylon", "wool", "cashmere", "acrylic")
INSULATING_FIBRES = ("wool", "cashmere", "acrylic")
INSULATION_TYPES = ("fleece", "sherpa", "down")


def derive(product_type: str, attributes: dict) -> dict:
    """Fabric properties from the main fibre, the construction and the insulation (see DOMAIN_KNOWLEDGE)."""
    fibre = str(attributes.get("fabric", "")).lower()
    construction = str(attributes.get("construction", "")).lower()
    insulation = str(attributes.get("insulation", "none")).lower()
    return {
        "breathable": fibre in BREATHABLE_FIBRES,
        "moisture_wicking": fibre in WICKING_FIBRES,
        "wrinkle_resistant": fibre in SMOOTH_RECOVERY_FIBRES or construction == "knit",
        "warm": fibre in INSULATING_FIBRES or insulation in INSULATION_TYPES,
    }


DOMAIN_KNOWLEDGE = """\
# Women's clothing: what the label tells you

Shops rarely say outright how a garment behaves; you work it out from the fabric line (the main fibre is
the one listed first, with the largest share), whether the fabric is knit or woven, and any insulation.
These are the rules to apply:

- **Breathable** (air moves through it, comfortable in heat): the main fibre is cotton, linen, silk,
  rayon, lyocell or modal. Polyester, nylon, acrylic, wool and cashmere as the main fibre are *not*
  breathable in this sense: synthetics trap heat and animal fibres hold it in.
- **Moisture-wicking** (pulls sweat off the skin and dries fast): the main fibre is polyester, nylon or
  wool (merino included). Cotton, linen, silk, rayon, lyocell, modal, cashmere and acrylic soak sweat up
  instead of wicking it, so they are not moisture-wicking.
- **Wrinkle-resistant** (comes out of a suitcase smooth): the main fibre is polyester, nylon, wool,
  cashmere or acrylic, *or* the fabric is a knit (jersey, ponte, rib, fleece, French terry and
  sweater knits all count, whatever the fibre). A woven fabric whose main fibre is cotton, linen, silk,
  rayon, lyocell or modal (cotton denim, poplin, eyelet and twill, linen, silk charmeuse, rayon challis)
  wrinkles.
- **Warm** (keeps you warm in cold weather): the main fibre is wool, cashmere or acrylic, *or* the
  garment has fleece, sherpa or down insulation (a brushed fleece lining or inside counts). Anything else
  is not a warm piece, however heavy it looks.

General know-how:
- Merino is a fine wool: a "merino wool" label means the main fibre is wool.
- Elastane and spandex are the same stretch fibre; a few percent adds comfort but never decides the rules
  above, which follow the main fibre.
- Care labels: "machine wash" is the easiest; "hand wash" means a gentle soak and flat drying; "dry clean"
  means professional cleaning.
- Inseam is measured from the crotch seam to the hem: 26-28 in. reads cropped or petite, 30-32 in. is
  regular, 33 in. and up suits tall shoppers or heels.
- Rise is the distance from crotch to waistband: high rise sits at the natural waist, mid rise just below
  the navel, low rise on the hips.
- Letter sizes run XXS to XXL; 1X, 2X, 3X and 4X are plus sizes.
"""

# ------------------------------------------------------------------------------------------- attributes

ATTRIBUTES: list[AttributeSpec] = [
    AttributeSpec("color", "categorical", description="main colour of the garment, as a shopper names it"),
    AttributeSpec("fabric", "categorical", description="main fibre (largest share of the fabric blend)"),
    AttributeSpec(
        "fit",
        "categorical",
        description="cut: leg shape for bottoms (skinny, straight, wide leg, jogger ...), body fit otherwise",
    ),
    AttributeSpec(
        "rise", "categorical", types=BOTTOMS, description="where the waistband sits: low, mid or high"
    ),
    AttributeSpec(
        "sleeve",
        "categorical",
        types=TOPS,
        description="sleeve length: sleeveless, short, elbow, three quarter, long",
    ),
    AttributeSpec(
        "pattern",
        "categorical",
        types=TOPS,
        description="print or weave pattern (solid, striped, floral ...)",
    ),
    AttributeSpec("care", "categorical", description="care label: machine wash, hand wash or dry clean"),
    AttributeSpec(
        "inseam",
        "number",
        higher_is_better=True,
        types=BOTTOMS,
        unit="inches",
        description="leg length from crotch seam to hem",
    ),
    AttributeSpec("sizes", "list", ops=("contains",), description="letter sizes offered (xxs-xxl, 1x-4x)"),
    AttributeSpec(
        "occasion", "list", ops=("contains",), description="what the piece is meant for (work, casual ...)"
    ),
    AttributeSpec(
        "breathable",
        "boolean",
        derived=True,
        mentions=("breathable", "breathe"),
        description="main fibre is cotton, linen, silk, rayon, lyocell or modal",
    ),
    AttributeSpec(
        "moisture_wicking",
        "boolean",
        derived=True,
        types=("leggings", "sweatpants", "blouse", "dress", "sweater"),
        mentions=("wick", "moisture"),
        description="main fibre is polyester, nylon or wool",
    ),
    AttributeSpec(
        "wrinkle_resistant",
        "boolean",
        derived=True,
        types=("jeans", "blouse", "dress", "jacket"),
        mentions=("wrinkle",),
        description="main fibre polyester, nylon, wool, cashmere or acrylic, or a knit fabric",
    ),
    AttributeSpec(
        "warm",
        "boolean",
        derived=True,
        types=("leggings", "dress", "sweater", "jacket", "sweatpants"),
        mentions=("warm",),
        description="main fibre wool, cashmere or acrylic, or fleece, sherpa or down insulation",
    ),
]

TYPE_NOUNS: dict[str, str] = {
    "jeans": "pair of jeans",
    "leggings": "pair of leggings",
    "blouse": "blouse",
    "dress": "dress",
    "sweater": "sweater",
    "jacket": "jacket",
    "sweatpants": "pair of sweatpants",
}

USES: dict[str, list[str]] = {
    "jeans": [
        "casual Fridays at the office",
        "weekend errands and coffee runs",
        "volunteering at the community garden",
        "concerts and nights out with friends",
        "a long road trip",
        "everyday wear while chasing after grandkids",
        "weekend brunches and farmers' markets",
        "walking the dog and running errands",
        "country music festivals",
        "a new semester on campus",
    ],
    "leggings": [
        "morning yoga classes",
        "training for a first half marathon",
        "winter hikes on local trails",
        "lounging at home on weekends",
        "spin and strength classes at the gym",
        "long flights and airport layovers",
        "layering under tunics and dresses",
        "pilates twice a week",
        "evening walks around the neighborhood",
    ],
    "blouse": [
        "a new office job",
        "client presentations",
        "a job interview next week",
        "dinner dates and evenings out",
        "teaching at the front of a classroom",
        "a summer vacation by the coast",
        "parent-teacher conferences",
        "tucking into skirts and trousers for church",
        "a week of conference sessions",
    ],
    "dress": [
        "a friend's summer wedding",
        "office days that call for one easy outfit",
        "a beach vacation",
        "a milestone birthday dinner",
        "graduation ceremonies",
        "garden parties and picnics",
        "a holiday work party",
        "Sunday church services",
        "a cruise with formal nights",
        "date nights",
    ],
    "sweater": [
        "chilly mornings at the office",
        "fall weekends at a lake cabin",
        "layering through a northern winter",
        "holiday gatherings with family",
        "drafty lecture halls",
        "apple picking and fall festivals",
        "a ski trip apres-ski",
        "everyday wear in a cold climate",
        "working from home through the winter",
    ],
    "jacket": [
        "the daily commute by train",
        "spring and fall walks in the park",
        "a trip to the Pacific Northwest",
        "winter errands around town",
        "weekend camping trips",
        "layering over work outfits",
        "travel in unpredictable weather",
        "early-morning dog walks",
        "watching the kids' soccer games from the sidelines",
    ],
    "sweatpants": [
        "relaxing at home after long shifts",
        "working from home",
        "long flights and road trips",
        "post-workout errands",
        "movie nights on the couch",
        "recovering after surgery",
        "slow Sunday mornings",
        "trips to the laundromat and grocery store",
        "a college dorm",
    ],
}

# ------------------------------------------------------------------------------------------------ phrase

_POSITIVE_FIRM = [
    "I'll only buy one {m}.",
    "It has to be one {m}; that part isn't negotiable.",
    "I won't consider anything unless it's one {m}.",
    "It must be one {m}, full stop.",
    "Non-negotiable: I need one {m}.",
]
_POSITIVE_SOFT = [
    "Ideally I'd find one {m}.",
    "Bonus points if it's one {m}.",
    "I'd lean toward one {m} if I can find it.",
    "If I had my pick, I'd go for one {m}.",
    "It would be nice to end up with one {m}.",
]
_NEGATIVE_FIRM = [
    "I won't consider anything {m}.",
    "Anything {m} is a dealbreaker for me.",
    "I refuse to buy one {m}.",
    "Please don't bother showing me anything {m}; that's a hard no.",
]
_NEGATIVE_SOFT = [
    "I'd rather steer clear of anything {m}.",
    "Ideally it won't be one {m}.",
    "I'd prefer to skip anything {m} if there are other options.",
    "If possible, I'd avoid one {m}.",
]

_BOOLEAN_SENTENCES: dict[tuple[str, bool, str], list[str]] = {
    ("breathable", True, "dealbreaker"): [
        "It has to be breathable; I overheat easily.",
        "I won't consider anything that doesn't breathe well.",
        "A breathable fabric is a must for me.",
        "If the fabric doesn't breathe, it's a no.",
    ],
    ("breathable", True, "preference"): [
        "Ideally the fabric would be breathable.",
        "Bonus points if it breathes well on hot days.",
        "I'd lean toward something breathable.",
        "I'd love a fabric that lets my skin breathe.",
    ],
    ("breathable", False, "dealbreaker"): [
        "It must not be a breathable, airy fabric; I want one that holds body heat in.",
        "I won't take anything breathable and thin; it needs a fabric that doesn't let air through.",
        "A fabric that breathes easily is a dealbreaker for me; I want it to block the breeze.",
    ],
    ("breathable", False, "preference"): [
        "Ideally it won't be an airy, breathable fabric; I'd like one that holds heat in.",
        "I'd lean toward a fabric that doesn't breathe much, to keep drafts out.",
        "I'd rather skip the breathable fabrics this time.",
    ],
    ("moisture_wicking", True, "dealbreaker"): [
        "It has to be moisture-wicking because I sweat a lot.",
        "I won't consider anything that doesn't wick sweat away.",
        "Moisture-wicking fabric is non-negotiable for me.",
        "If it can't wick moisture off my skin, I'm not buying it.",
    ],
    ("moisture_wicking", True, "preference"): [
        "Ideally the fabric would be moisture-wicking.",
        "Bonus points if it wicks sweat away.",
        "I'd lean toward a moisture-wicking fabric.",
        "It would be great if it wicked moisture when I get hot.",
    ],
    ("moisture_wicking", False, "dealbreaker"): [
        "I don't want a moisture-wicking performance fabric; it has to feel like ordinary everyday cloth.",
        "Anything moisture-wicking is out; those fabrics feel like gym gear to me.",
        "It must not be one of those sweat-wicking fabrics.",
    ],
    ("moisture_wicking", False, "preference"): [
        "I'd rather skip moisture-wicking performance fabrics.",
        "Ideally it won't be a wicking, gym-style fabric.",
        "I'd lean away from anything moisture-wicking; I like a plain, natural feel.",
    ],
    ("wrinkle_resistant", True, "dealbreaker"): [
        "It has to be wrinkle-resistant; I don't own an iron.",
        "I won't consider anything that wrinkles easily.",
        "Wrinkle-resistant fabric is a must, since it will live in a suitcase.",
        "If it comes out of a bag full of wrinkles, it's a dealbreaker.",
    ],
    ("wrinkle_resistant", True, "preference"): [
        "Ideally it would be wrinkle-resistant.",
        "Bonus points if it doesn't wrinkle in a suitcase.",
        "I'd lean toward a wrinkle-resistant fabric.",
        "It would be nice if it shrugged off wrinkles.",
    ],
    ("wrinkle_resistant", False, "dealbreaker"): [
        "I don't want a wrinkle-resistant synthetic-feeling fabric; natural fabrics that wrinkle are fine by me.",
        "It must not be one of those wrinkle-resistant fabrics; I like a crumpled, natural look.",
        "Anything marketed as wrinkle-resistant is out; it has to be a fabric that wrinkles like real cloth.",
    ],
    ("wrinkle_resistant", False, "preference"): [
        "I'd rather it not be a wrinkle-resistant fabric; a few natural wrinkles are part of the charm.",
        "Ideally it's a fabric that wrinkles a little, not a wrinkle-resistant one.",
        "I'd lean away from wrinkle-resistant fabrics.",
    ],
    ("warm", True, "dealbreaker"): [
        "It has to keep me warm; I'm always cold.",
        "I won't consider anything that isn't warm enough for winter.",
        "It must be a genuinely warm piece.",
        "If it won't keep me warm outdoors, it's a dealbreaker.",
    ],
    ("warm", True, "preference"): [
        "Ideally it would be warm.",
        "Bonus points if it's warm enough for chilly days.",
        "I'd lean toward something warm.",
        "It would be nice if it kept me warm.",
    ],
    ("warm", False, "dealbreaker"): [
        "It can't be a warm piece; I run hot.",
        "I won't buy anything warm, since I live somewhere hot and humid.",
        "Nothing warm or heavy for me; that's a dealbreaker.",
    ],
    ("warm", False, "preference"): [
        "Ideally it won't be too warm; I run hot.",
        "I'd rather skip anything warm.",
        "I'd lean toward something that isn't warm, for mild weather.",
    ],
}

_TYPE_SENTENCES = {
    "dealbreaker": [
        "I'm shopping for {a} {noun}.",
        "What I need is {a} {noun}, nothing else.",
        "It has to be {a} {noun}.",
        "I'm here for {a} {noun} specifically.",
    ],
    "preference": [
        "I'm mostly thinking about {a} {noun}.",
        "Ideally I'd come away with {a} {noun}.",
        "I'd lean toward {a} {noun}.",
    ],
}

_OCCASION_WORDS = {
    "work": "work",
    "casual": "casual wear",
    "lounge": "lounge time at home",
    "workout": "workouts",
    "evening": "evening events",
    "travel": "travel",
    "outdoor": "outdoor activities",
}
_PATTERN_WORDS = {"solid": "solid-colored", "polka dot": "polka-dot"}


def _words(value: object) -> str:
    return str(value).replace("_", " ")


def _join_or(values: list[str]) -> str:
    if len(values) <= 1:
        return "".join(values)
    return f"{', '.join(values[:-1])} or {values[-1]}"


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def _modifier(attribute: str, values: list) -> str:
    """A phrase that follows "one ..." or "anything ..." and states the value(s) of `attribute`."""
    words = [_words(v) for v in values]
    if attribute == "color":
        return f"in {_join_or(words)}"
    if attribute == "fabric":
        return f"made mainly of {_join_or(words)}"
    if attribute in ("fit", "rise", "neckline", "stretch", "length"):
        noun = {
            "fit": "fit",
            "rise": "rise",
            "neckline": "neckline",
            "stretch": "stretch",
            "length": "length",
        }
        joined = _join_or(words)
        return f"with {_article(joined)} {joined} {noun[attribute]}"
    if attribute == "sleeve":
        lengths = [w for w in words if w != "sleeveless"]
        parts = []
        if lengths:
            parts.append(
                f"with {_join_or([w.replace('three quarter', 'three-quarter') for w in lengths])} sleeves"
            )
        if "sleeveless" in words:
            parts.append("that's sleeveless")
        return " or ".join(parts)
    if attribute == "pattern":
        return f"that's {_join_or([_PATTERN_WORDS.get(w, w) for w in words])}"
    if attribute == "care":
        return f"whose care label says {_join_or(words)}"
    if attribute == "sizes":
        return f"that comes in size {_join_or([w.upper() for w in words])}"
    if attribute == "occasion":
        return f"that's meant for {_join_or([_OCCASION_WORDS.get(w, w) for w in words])}"
    if attribute == "pockets":
        return f"with {_join_or(words)} pockets"
    return f"with {_words(attribute)} {_join_or(words)}"


def _number_modifier(attribute: str, op: str, value: float) -> str:
    bound = "at least" if op in ("gte", "gt") else "at most"
    if attribute == "inseam":
        return f"with an inseam of {bound} {_number(value)} inches"
    return f"with {_words(attribute)} of {bound} {_number(value)}"


def phrase(constraint: Constraint, rng: random.Random) -> str:
    """One sentence in a shopper's words stating `constraint` (firm for dealbreakers, soft otherwise)."""
    attribute, op, value, kind = constraint.attribute, constraint.op, constraint.value, constraint.kind
    firm = kind == "dealbreaker"
    if attribute == "product_type":
        if op in ("eq", "in"):
            types = value if isinstance(value, list) else [value]
            nouns = [TYPE_NOUNS.get(str(t), _words(t)) for t in types]
            noun = " or ".join(nouns)
            return rng.choice(_TYPE_SENTENCES[kind]).format(a=_article(noun), noun=noun)
        types = value if isinstance(value, list) else [value]
        noun = _join_or([_words(t) for t in types])
        options = ["I don't want {n} at all.", "Please, no {n}.", "Anything in the {n} line is out for me."]
        return rng.choice(options).format(n=noun)
    if isinstance(value, bool):
        positive = value if op == "eq" else not value
        return rng.choice(_BOOLEAN_SENTENCES[(attribute, positive, kind)])
    if op in ("gte", "gt", "lte", "lt"):
        templates = _POSITIVE_FIRM if firm else _POSITIVE_SOFT
        return rng.choice(templates).format(m=_number_modifier(attribute, op, float(value)))
    values = value if isinstance(value, list) else [value]
    modifier = _modifier(attribute, values)
    if op in ("eq", "in", "contains"):
        templates = _POSITIVE_FIRM if firm else _POSITIVE_SOFT
    else:
        templates = _NEGATIVE_FIRM if firm else _NEGATIVE_SOFT
    return rng.choice(templates).format(m=modifier)


# ------------------------------------------------------------------------------------------ buying guide

BUYING_GUIDE: list[dict] = [
    {
        "id": "fc-guide-fibres",
        "title": "Reading the fabric line",
        "text": (
            "The fabric line on a tag lists fibres from the largest share to the smallest, and the first one "
            "sets most of how a garment feels and behaves. Cotton, linen and silk are natural plant or animal "
            "fibres; rayon, lyocell and modal are made from wood pulp and feel smooth and drapey; polyester, "
            "nylon and acrylic are synthetics that are tough, quick to dry and cheap to produce. Wool and "
            "cashmere come from animals and are prized for softness and loft. A small percentage of elastane "
            "or spandex only adds stretch. When two garments look alike, the first fibre on the label usually "
            "explains the price gap and how each will feel after a long day."
        ),
    },
    {
        "id": "fc-guide-knit-woven",
        "title": "Knit versus woven fabrics",
        "text": (
            "Woven fabrics are made of threads crossing over and under each other at right angles: denim, "
            "poplin, twill, chiffon, satin and linen are all wovens. They hold a crisp shape, take pleats and "
            "creases well, and only stretch if elastane is added. Knit fabrics are built from interlocking "
            "loops, like a hand-knit scarf in miniature: jersey, rib, ponte, French terry, fleece and every "
            "sweater are knits. Loops give knits natural stretch and let them spring back into shape, which "
            "is why a knit dress survives a suitcase better than a woven one. The fabric line on a product "
            "usually says which construction you are looking at."
        ),
    },
    {
        "id": "fc-guide-rise",
        "title": "Choosing a rise for jeans and pants",
        "text": (
            "Rise is the distance from the crotch seam to the top of the waistband. A high rise sits at or "
            "just below the natural waist, holds the tummy in, and pairs well with tucked tops and cropped "
            "sweaters. A mid rise sits a little below the navel and is the most forgiving everyday choice. "
            "A low rise rests on the hips: it has a relaxed, nineties look but can gap at the back when you "
            "sit. If you are between two rises, think about your usual tops: tucked and cropped styles want a "
            "higher rise, long tunics hide the waistband anyway. Curvy cuts add room through hip and thigh "
            "while keeping the waistband snug."
        ),
    },
    {
        "id": "fc-guide-leg-shapes",
        "title": "Jean and pant leg shapes",
        "text": (
            "Skinny legs hug from hip to ankle and tuck into boots. Slim legs follow the leg without gripping "
            "it. Straight legs fall in a line from the knee and flatter almost everyone. Bootcut legs widen "
            "slightly below the knee to clear a boot shaft, while flares open more dramatically and lengthen "
            "the leg in a heel. Wide legs are roomy from the hip down and look best with a defined waist. "
            "Relaxed or boyfriend cuts are loose throughout. For sweatpants, joggers gather into an ankle cuff, "
            "while straight and wide legs look closer to trousers and dress up more easily."
        ),
    },
    {
        "id": "fc-guide-inseam",
        "title": "Inseam and length",
        "text": (
            "Inseam is measured along the inside of the leg, from the crotch seam to the hem. To find yours, "
            "measure a pair you already love while it lies flat. Petite shoppers usually want 26 to 28 inches, "
            "regular lengths run about 30 to 32 inches, and tall shoppers or anyone who wears heels with "
            "flares and wide legs should look for 33 inches and up. Cropped and ankle styles are cut short on "
            "purpose, so check the inseam rather than the style name. Leggings are commonly sold in 7/8 "
            "(about 24 to 25 inches) and full lengths (about 28 inches)."
        ),
    },
    {
        "id": "fc-guide-stretch",
        "title": "Stretch and recovery",
        "text": (
            "Rigid denim is 100% cotton: it feels stiff at first, molds to your body over weeks and lasts for "
            "years, but it has no give, so size for your waist. Slight stretch (about 1% elastane) keeps the "
            "vintage look with a little ease. Moderate stretch (2% elastane, often with some polyester) moves "
            "with you and keeps its shape better. High-stretch jeans and jeggings feel like leggings but can "
            "bag out at the knees by the end of the day. Recovery, the ability to snap back, matters as much "
            "as stretch; fabrics with polyester or nylon in the blend usually recover best."
        ),
    },
    {
        "id": "fc-guide-care",
        "title": "Care labels and what they cost you",
        "text": (
            "Machine wash garments can go in the washer, ideally cold and inside out to protect color. Hand "
            "wash items, such as most cashmere, some merino and delicate rayons, need a gentle soak in cool "
            "water with a mild detergent, then drying flat so they keep their shape. Dry clean only pieces, "
            "typically structured wool coats and silk, need professional cleaning, which adds real cost over "
            "the life of the garment. If you want low-maintenance clothes, count the care label as part of "
            "the price. Washing jeans less often and air-drying them keeps dark washes dark for longer."
        ),
    },
    {
        "id": "fc-guide-sizing",
        "title": "Letter sizes and plus sizes",
        "text": (
            "Most tops, knits and activewear use letter sizes from XXS to XXL. Plus sizes, written 1X, 2X, 3X "
            "and 4X, are cut with different proportions, not just scaled up, so they fit curvier bodies at the "
            "bust, hip and upper arm. Size ranges vary a lot between products: some stop at XL, others run from "
            "XXS to 4X. Always check the size list before falling for a style. Between sizes, size up in rigid "
            "or woven fabrics and size down in very stretchy knits, which loosen with wear. Oversized styles "
            "are meant to look big, so take your usual size."
        ),
    },
    {
        "id": "fc-guide-leggings",
        "title": "How to choose leggings",
        "text": (
            "Start with the activity. Compression leggings in a dense nylon or polyester knit hold muscles "
            "firmly for running, lifting and spin. Regular-fit leggings in cotton jersey are softer and "
            "better for errands and lounging, but they stretch out faster. Flare leggings are fitted to the "
            "knee and then open up, a relaxed look for yoga and travel. Look at the waistband: wide, high "
            "waistbands stay up during squats. Pockets matter to runners; deep thigh pockets can carry a "
            "phone. For cold days, fleece-lined and merino leggings exist, and 7/8 lengths show a little ankle."
        ),
    },
    {
        "id": "fc-guide-blouses",
        "title": "Blouse fabrics compared",
        "text": (
            "Silk charmeuse has a soft sheen and beautiful drape, but usually needs dry cleaning and shows "
            "water marks. Cotton poplin is crisp and easy to wash, though it needs pressing. Linen is "
            "textured and relaxed and looks best a little rumpled. Rayon challis is soft and flowing at a "
            "modest price but can shrink if washed hot. Polyester chiffon and satin imitate silk for much "
            "less money and machine wash well. Modal jersey feels silky and stretches, making it easy for "
            "travel. Think about where the blouse will be worn: an office with air conditioning, a summer "
            "patio, or a suitcase."
        ),
    },
    {
        "id": "fc-guide-dress-silhouettes",
        "title": "Dress silhouettes",
        "text": (
            "A fitted or sheath dress follows the body closely and suits structured fabrics like ponte or "
            "a sweater knit; it looks polished at work. An A-line dress is fitted at the bodice and flares "
            "gently from the waist, which flatters most shapes and is easy to move in. A wrap dress crosses "
            "over and ties at the waist, so you can adjust the fit and the depth of the neckline. Relaxed "
            "shapes, such as shirtdresses, T-shirt dresses and slip dresses, hang loosely from the shoulders "
            "and are the most comfortable on hot days. Pick the silhouette first, then the fabric."
        ),
    },
    {
        "id": "fc-guide-dress-lengths",
        "title": "Dress lengths and occasions",
        "text": (
            "Mini dresses end at mid-thigh and read youthful and playful; they suit parties and summer days. "
            "Knee-length dresses are the classic office and interview length. Midi dresses fall between the "
            "knee and the ankle: they are elegant, easy to wear with flats or boots, and work for weddings "
            "and dinners. Maxi dresses reach the ankle or floor and feel either breezy and bohemian or formal, "
            "depending on the fabric. For a formal evening, satin or crepe in a midi or maxi length is the "
            "safe choice; for travel, a knit midi packs easily."
        ),
    },
    {
        "id": "fc-guide-sweaters",
        "title": "Sweater fibres: cashmere, merino, cotton and acrylic",
        "text": (
            "Cashmere is the softest and lightest for its insulation, but it pills at friction points and "
            "needs hand washing. Merino is a fine wool that is smooth rather than scratchy, regulates "
            "temperature well and resists odor; some merino is treated to survive the machine. Traditional "
            "wool, as in a cable-knit fisherman sweater, is chunkier and very durable. Cotton sweaters are "
            "easy to wash and good for mild weather but stretch when wet. Acrylic is affordable, colorfast "
            "and easy care, though it can pill and feels less natural. Look at gauge, too: a fine gauge layers "
            "under a blazer, a chunky knit is a top layer."
        ),
    },
    {
        "id": "fc-guide-insulation",
        "title": "Jacket insulation and shells",
        "text": (
            "Down is the lightest, most compressible insulation; fill power (600 to 800) tells you how lofty "
            "it is, and down jackets pack small. Polyester fleece is cheap, quick to dry and great as a mid "
            "layer, but wind goes straight through it. Sherpa linings are fuzzy, high-pile fleece that add "
            "bulk and comfort to canvas or denim jackets. Wool coats rely on the dense fibre itself rather "
            "than a filling. A rain shell has no insulation at all: taped seams and a coated face keep rain "
            "out, and you layer underneath. Match the jacket to the coldest day you expect to wear it."
        ),
    },
    {
        "id": "fc-guide-sweatpants",
        "title": "Sweatpants: fleece, French terry and beyond",
        "text": (
            "Classic sweatpants come in two cotton knits. Fleece has a brushed, fuzzy inside and is the choice "
            "for cold mornings; French terry has small loops on the inside, is lighter and drapes better, so "
            "it suits spring and travel. Performance joggers in nylon or polyester knits are sleek, stretchy "
            "and quick-drying, built for gym commutes. Modal and cashmere-blend lounge pants look more "
            "polished and feel luxurious but need gentler care. Joggers with ankle cuffs look sporty and stay "
            "out of puddles; straight and wide legs pass more easily for trousers."
        ),
    },
    {
        "id": "fc-guide-necklines",
        "title": "Necklines and sleeves",
        "text": (
            "A crew neck is round and high, easy under jackets. A V neck elongates the neck and flatters a "
            "fuller bust. Square and boat necks show off the collarbones, and a boat neck is wide and shallow. "
            "Turtlenecks and mock necks add coverage on cold days. Collared shirts look the most polished for "
            "work, and tie-neck blouses add softness. For sleeves, sleeveless styles keep you cool and layer "
            "under cardigans, short and elbow sleeves suit warmer offices, three-quarter sleeves stay out of "
            "the way when you work with your hands, and long sleeves give the most coverage."
        ),
    },
    {
        "id": "fc-guide-patterns",
        "title": "Colors and patterns",
        "text": (
            "Solid colors are the most versatile and easiest to mix; black, navy, gray, beige and white form "
            "the backbone of most wardrobes. Stripes are classic and read casual, especially navy and white. "
            "Small florals and polka dots feel feminine and soften office outfits, while large bright florals "
            "are best for parties and vacations. Gingham reads summery and playful, plaid reads preppy and "
            "autumnal. If you are unsure, pair one patterned piece with solids in colors pulled from the "
            "pattern. Darker colors hide wear and stains; white and pale colors need more careful washing."
        ),
    },
    {
        "id": "fc-guide-travel",
        "title": "Packing a travel wardrobe",
        "text": (
            "For trips, choose pieces that mix with each other, survive being rolled in a bag and can be "
            "rinsed in a sink. Knits such as jersey dresses, merino layers and modal pants come out of a "
            "suitcase looking fine, while woven linen and cotton poplin need a steamer or a relaxed attitude. "
            "Pick a color palette of two neutrals plus one accent so every top works with every bottom. "
            "A lightweight rain shell or packable puffer covers most weather. Finally, check care labels: "
            "dry clean only pieces are a poor fit for long trips."
        ),
    },
    {
        "id": "fc-guide-budget",
        "title": "What price buys in women's clothing",
        "text": (
            "Under about $40 you mostly find synthetic blends, thinner fabrics and simpler construction; "
            "they can look great but may pill or lose shape sooner. Between $50 and $120 you get better cotton "
            "denim, linen, merino blends and more careful finishing such as matched stripes and sturdy seams. "
            "Above that, prices reflect premium fibres like silk, cashmere and fine merino, denser denim, or "
            "a designer label. Cost per wear is a useful test: a $150 coat worn every winter day for years is "
            "cheaper in the end than a $40 one replaced each season."
        ),
    },
]

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
    "navy": (34, 47, 92),
    "medium blue": (78, 118, 170),
    "dark blue": (36, 56, 98),
    "light blue": (156, 192, 226),
    "teal": (20, 128, 128),
    "green": (26, 110, 70),
    "olive": (110, 112, 60),
    "red": (200, 38, 42),
    "burgundy": (118, 28, 48),
    "pink": (236, 150, 180),
    "yellow": (246, 206, 40),
}
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
