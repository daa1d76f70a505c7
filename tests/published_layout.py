"""A small copy of the SalesSim authors' published layout (docs/architecture.md §2.1), written by the tests.

The records are invented here; they only mimic the layout and its drift (field spellings, price strings,
curly apostrophes, a truncated name, a stray bracket, a missing image) and the two quirks that stopped
two of the authors' four categories from loading: a product listed twice with the same record (their men's
clothing) and a product whose price is an empty string (their games).
"""

import json
from pathlib import Path

CLOTHING = [
    {
        "name": "Harbor Mid-Rise Straight Jean",
        "description": "A straight jean in rigid denim.",
        "features": ["Fabric: 100% cotton denim", "Fit: straight", "Rise: mid"],
        "price": "$58.00",
        "image_url": "data/images/female_clothing/harbor.png",
        "category": "jeans",
        "weight": "1 lb",
        "amazon_url": "",
        "rating": 4.4,
        "review_count": 120,
        "availability": "In Stock",
    },
    {
        "name": "Linden Wide-Leg Trouser Jean",
        "description": "",
        "features": ["Fabric: cotton, 2% elastane", "wide leg through the knee"],
        "price": "72.50",
        "image_url": "data/images/female_clothing/linden.png",
        "category": "jeans",
    },
    {
        "name": "Marlow Women's Everyday Jogger Sweatpant",
        "description": "Soft fleece jogger.",
        "features": ["Fabric: polyester fleece", "Pockets: side"],
        "price": 45,
        "image_url": "data/images/female_clothing/missing.png",
        "category": "sweatpants",
    },
    {
        "name": "Sable Wrap Dress",
        "description": "A wrap dress with a tie waist.",
        "features": ["Fabric: viscose", "Length: midi"],
        "price": "$1,200.00",
        "image_url": "data/images/female_clothing/sable.png",
        "category": "dress",
    },
]

# Listed twice, as one product of the authors' men's clothing catalog is: the very same record.
CLOTHING.append(dict(CLOTHING[0]))

GAMES = [
    {
        "name": "Tide Pool Tactics",
        "description": "A light board game about tide pools.",
        "features": ["Players: 2-4", "Ages 8+"],
        "price": "$34.99",
        "image_url": "data/images/games/tide.png",
    },
    {
        "name": "Lantern Run",
        "description": "Co-op card game.",
        "features": ["Players: 1-5"],
        "price": "$19.99",
        "image_url": "data/images/games/lantern.png",
    },
    {
        "name": "Driftwood Dice Tower",
        "description": "A dice tower carved from driftwood.",
        "features": ["Material: driftwood"],
        "price": "",
        "image_url": "data/images/games/lantern.png",
    },
]


def persona(uuid, product_type, budget, acceptable, key="category", **extra) -> dict:
    record = {
        "uuid": uuid,
        "name": "Dana Ruiz",
        "age": 41,
        key: product_type,
        "budget": budget,
        "persona_background": "Dana teaches middle-school science in Tucson and wants something for weekends.",
        "preferences": "Prefers a straight fit.",
        "dealbreakers": f"Must be under ${budget}.",
        "acceptable_products": acceptable,
    }
    record.update(extra)
    return record


FEMALE_PERSONAS = [
    persona(
        "u-1",
        "jeans",
        60,
        ["Harbor Mid-Rise Straight Jean"],
        ideal_products=["Harbor Mid-Rise Straight Jean"],
    ),
    # Drift: a curly apostrophe, a stray bracket, a truncated name.
    persona("u-2", "sweatpants", 50, ["Marlow Women\u2019s Everyday Jogger Sweatpant]"]),
    persona("u-3", "jeans", 80, ["Harbor Mid-Rise Straight Jean", "Linden Wide-Leg Trouser"]),
    persona("u-4", "dress", 90, []),
]
GAME_PERSONAS = [
    persona("g-1", "board game", 40, ["Tide Pool Tactics"], key="category_y"),
    persona("g-2", "card game", 10, [], key="category_y"),
]
GUIDES = {
    "female_clothing": "Denim weight matters. Heavier denim lasts longer.\n\nStretch adds comfort. " * 20,
    "games": "Player count first. Then play time and age.\n\nCo-op games suit mixed groups. " * 20,
    "smart_watches": "Battery life and water ratings.",
    "espresso_machines": "Unrelated guide.",
}


def write_published(root: Path, package: str = "salessim") -> Path:
    personas = root / package / "agents" / "ai_customer" / "personas"
    personas.mkdir(parents=True)
    (personas / "female_clothing_personas_v2.jsonl").write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in FEMALE_PERSONAS), encoding="utf-8"
    )
    (personas / "female_clothing_personas_v1.jsonl").write_text("not read: an older version\n")
    (personas / "game_gadgets_personas_v1.jsonl").write_text(
        "".join(json.dumps(p) + "\n" for p in GAME_PERSONAS), encoding="utf-8"
    )
    products = root / "data" / "products"
    products.mkdir(parents=True)
    (products / "female_clothing_v2.json").write_text(json.dumps({"female_clothing": CLOTHING}, indent=2))
    (products / "game_gadgets.json").write_text(json.dumps({"game_gadgets": GAMES}, indent=2))
    (root / "data" / "guides.json").write_text(json.dumps(GUIDES, indent=2))
    for folder, names in {
        "female_clothing": ["harbor", "linden", "sable"],
        "games": ["tide", "lantern"],
    }.items():
        images = root / "data" / "images" / folder
        images.mkdir(parents=True)
        for name in names:
            (images / f"{name}.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root
