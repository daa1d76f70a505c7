"""Smart watches and other wearables: the `smart_watch` category of the benchmark (see `datagen/spec.py`).

Six product types: smartwatches, fitness trackers, hybrid watches, kids watches, rugged outdoor watches and
GPS running watches. Four attributes are derived from base attributes by the rules that `DOMAIN_KNOWLEDGE`
states in words: `swim_proof` (water rating), `multi_day_battery` (battery hours), `phone_free_running`
(built-in GPS plus music storage) and `works_with_iphone` (phone compatibility list).
"""

import math
import random
import re

from PIL import Image, ImageDraw, ImageFont

from datagen.spec import AttributeSpec
from salessim_inspect.data.models import Constraint, Product

CATEGORY = "smart_watch"
PERSONA_COUNT = 83
AGE_RANGE = (18, 85)
GENDER = None

# ---------------------------------------------------------------------------------------------- products
# Base attributes of every product:
#   brand, case_material (material of the case body, not of a bezel ring), case_size_mm (not on bands),
#   case_shape, colour (case colour), strap_colour, strap_material, display, battery_hours (typical use),
#   water_rating, gps ("built-in" / "connected" / "none"), cellular, music_storage, os_compatibility,
#   sensors, contactless_payments; hybrid watches also carry dial_colour.

PRODUCTS: list[dict] = [
    # ------------------------------------------------------------------------------------ smartwatch
    {
        "id": "sw-001",
        "name": "Apple Watch Series 10 42mm Aluminum (GPS) - Jet Black",
        "product_type": "smartwatch",
        "price": 399.00,
        "description": (
            "Apple's slimmest everyday watch pairs a wide-angle, always-on screen with a polished jet black "
            "aluminum case. It handles notifications, sleep and heart tracking, and holds music and podcasts "
            "for workouts; the 42 mm size sits neatly on small and medium wrists."
        ),
        "features": [
            "Case: 42 mm aluminum, jet black polished finish",
            "Display: wide-angle AMOLED, always-on",
            "Battery life: up to 18 hours (36 hours in low power mode)",
            "Water rating: WR50 (50 m), depth gauge to 6 m",
            "GPS: built-in",
            "Music: 64 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Apple Pay",
            "Compatibility: iOS only",
            "Strap: black fluoroelastomer sport band",
        ],
        "attributes": {
            "brand": "apple",
            "case_material": "aluminum",
            "case_size_mm": 42,
            "case_shape": "square",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "fluoroelastomer",
            "display": "amoled",
            "battery_hours": 18,
            "water_rating": "wr50",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-002",
        "name": "Apple Watch Series 10 46mm Aluminum (GPS + Cellular) - Rose Gold",
        "product_type": "smartwatch",
        "price": 529.00,
        "description": (
            "The larger Series 10 in a soft rose gold aluminum case, with a built-in cellular radio so "
            "calls, texts and streaming keep working when the paired handset is out of reach. The 46 mm "
            "screen is easier to read and type on, and the light blush sport band keeps the look delicate."
        ),
        "features": [
            "Case: 46 mm aluminum, rose gold",
            "Display: wide-angle AMOLED, always-on",
            "Battery life: up to 18 hours",
            "Water rating: WR50 (50 m)",
            "GPS: built-in",
            "Music: 64 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Apple Pay",
            "Compatibility: iOS only",
            "Strap: light blush (pink) fluoroelastomer sport band",
        ],
        "attributes": {
            "brand": "apple",
            "case_material": "aluminum",
            "case_size_mm": 46,
            "case_shape": "square",
            "colour": "rose gold",
            "strap_colour": "pink",
            "strap_material": "fluoroelastomer",
            "display": "amoled",
            "battery_hours": 18,
            "water_rating": "wr50",
            "gps": "built-in",
            "cellular": True,
            "music_storage": True,
            "os_compatibility": ["ios"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-003",
        "name": "Apple Watch Series 10 46mm Titanium (GPS + Cellular) - Gold Milanese",
        "product_type": "smartwatch",
        "price": 849.00,
        "description": (
            "A dressier Series 10 with a polished gold titanium case and a fine-mesh stainless steel "
            "Milanese loop that adjusts with a magnetic clasp. Titanium keeps it lighter than steel, and "
            "cellular service is built in for calls and messages on the go."
        ),
        "features": [
            "Case: 46 mm polished titanium, gold",
            "Display: wide-angle AMOLED, always-on, sapphire crystal",
            "Battery life: up to 18 hours",
            "Water rating: WR50 (50 m)",
            "GPS: built-in",
            "Music: 64 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Apple Pay",
            "Compatibility: iOS only",
            "Strap: gold stainless steel Milanese loop",
        ],
        "attributes": {
            "brand": "apple",
            "case_material": "titanium",
            "case_size_mm": 46,
            "case_shape": "square",
            "colour": "gold",
            "strap_colour": "gold",
            "strap_material": "stainless steel",
            "display": "amoled",
            "battery_hours": 18,
            "water_rating": "wr50",
            "gps": "built-in",
            "cellular": True,
            "music_storage": True,
            "os_compatibility": ["ios"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-004",
        "name": "Apple Watch SE 40mm (GPS) - Starlight",
        "product_type": "smartwatch",
        "price": 249.00,
        "description": (
            "The entry point to Apple's lineup: a compact 40 mm starlight (warm cream) aluminum case with "
            "the essentials, including fall and crash detection, heart-rate alerts and workout tracking. It "
            "skips the advanced health sensors and the always-on screen to keep the price down."
        ),
        "features": [
            "Case: 40 mm aluminum, starlight (cream)",
            "Display: AMOLED (not always-on)",
            "Battery life: up to 18 hours",
            "Water rating: WR50 (50 m)",
            "GPS: built-in",
            "Music: 32 GB on-watch storage",
            "Sensors: optical heart rate",
            "Payments: Apple Pay",
            "Compatibility: iOS only",
            "Strap: starlight fluoroelastomer sport band",
        ],
        "attributes": {
            "brand": "apple",
            "case_material": "aluminum",
            "case_size_mm": 40,
            "case_shape": "square",
            "colour": "cream",
            "strap_colour": "cream",
            "strap_material": "fluoroelastomer",
            "display": "amoled",
            "battery_hours": 18,
            "water_rating": "wr50",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios"],
            "sensors": ["heart rate"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-005",
        "name": "Samsung Galaxy Watch7 40mm Bluetooth - Cream",
        "product_type": "smartwatch",
        "price": 299.99,
        "description": (
            "A small, round Wear OS watch in a cream aluminum case with a matching sport band. Samsung's "
            "sensor array covers ECG, blood oxygen, skin temperature and body composition, and the dual-band "
            "GPS locks on quickly for outdoor runs and rides."
        ),
        "features": [
            "Case: 40 mm aluminum, cream",
            "Display: AMOLED, sapphire crystal",
            "Battery life: up to 40 hours",
            "Water rating: 5 ATM and IP68",
            "GPS: built-in, dual-frequency",
            "Music: 32 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Samsung Wallet (NFC)",
            "Compatibility: Android only",
            "Strap: cream silicone sport band",
        ],
        "attributes": {
            "brand": "samsung",
            "case_material": "aluminum",
            "case_size_mm": 40,
            "case_shape": "round",
            "colour": "cream",
            "strap_colour": "cream",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 40,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-006",
        "name": "Samsung Galaxy Watch7 44mm LTE - Green",
        "product_type": "smartwatch",
        "price": 379.99,
        "description": (
            "The larger Galaxy Watch7 in a deep green aluminum case, with an LTE radio for calls, messages "
            "and streaming away from the paired handset. It runs Wear OS with Samsung's health suite and "
            "suits medium to large wrists."
        ),
        "features": [
            "Case: 44 mm aluminum, green",
            "Display: AMOLED, sapphire crystal",
            "Battery life: up to 40 hours",
            "Water rating: 5 ATM and IP68",
            "GPS: built-in, dual-frequency",
            "Music: 32 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Samsung Wallet (NFC)",
            "Compatibility: Android only",
            "Strap: green silicone sport band",
        ],
        "attributes": {
            "brand": "samsung",
            "case_material": "aluminum",
            "case_size_mm": 44,
            "case_shape": "round",
            "colour": "green",
            "strap_colour": "green",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 40,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": True,
            "music_storage": True,
            "os_compatibility": ["android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-007",
        "name": "Google Pixel Watch 3 41mm Wi-Fi - Polished Silver",
        "product_type": "smartwatch",
        "price": 349.99,
        "description": (
            "A domed, bezel-light round watch in polished silver aluminum with a porcelain white band. It "
            "brings Fitbit's sleep and readiness coaching to Wear OS, and Google Maps, Wallet and Assistant "
            "run right on the wrist."
        ),
        "features": [
            "Case: 41 mm aluminum, polished silver",
            "Display: AMOLED, always-on, domed glass",
            "Battery life: up to 24 hours",
            "Water rating: 5 ATM and IP68",
            "GPS: built-in",
            "Music: on-watch storage for offline playlists",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Google Wallet (NFC)",
            "Compatibility: Android only",
            "Strap: porcelain (white) fluoroelastomer active band",
        ],
        "attributes": {
            "brand": "google",
            "case_material": "aluminum",
            "case_size_mm": 41,
            "case_shape": "round",
            "colour": "silver",
            "strap_colour": "white",
            "strap_material": "fluoroelastomer",
            "display": "amoled",
            "battery_hours": 24,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-008",
        "name": "Google Pixel Watch 3 45mm LTE - Matte Black",
        "product_type": "smartwatch",
        "price": 499.99,
        "description": (
            "The big-screen Pixel Watch 3 in matte black aluminum with an obsidian band and its own LTE "
            "connection. The larger 45 mm face shows more of a map or message at a glance, and the watch "
            "keeps taking calls when the handset stays in a locker."
        ),
        "features": [
            "Case: 45 mm aluminum, matte black",
            "Display: AMOLED, always-on, domed glass",
            "Battery life: up to 24 hours",
            "Water rating: 5 ATM and IP68",
            "GPS: built-in",
            "Music: on-watch storage for offline playlists",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Google Wallet (NFC)",
            "Compatibility: Android only",
            "Strap: obsidian (black) fluoroelastomer active band",
        ],
        "attributes": {
            "brand": "google",
            "case_material": "aluminum",
            "case_size_mm": 45,
            "case_shape": "round",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "fluoroelastomer",
            "display": "amoled",
            "battery_hours": 24,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": True,
            "music_storage": True,
            "os_compatibility": ["android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-009",
        "name": "Garmin Venu 3S 41mm - Soft Gold and Ivory",
        "product_type": "smartwatch",
        "price": 449.99,
        "description": (
            "A lifestyle smartwatch with a soft gold stainless steel bezel on an ivory case, built for "
            "health tracking with Garmin's sleep coach, body battery and wheelchair mode. It works with both "
            "major phone platforms, takes calls through the paired handset and stores songs for workouts."
        ),
        "features": [
            "Case: 41 mm fiber-reinforced polymer, soft gold stainless steel bezel",
            "Display: AMOLED, optional always-on",
            "Battery life: up to 240 hours in smartwatch mode",
            "Water rating: 5 ATM",
            "GPS: built-in",
            "Music: on-watch storage for about 650 songs",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: ivory silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 41,
            "case_shape": "round",
            "colour": "gold",
            "strap_colour": "white",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 240,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-010",
        "name": "Garmin vivoactive 5 - Navy",
        "product_type": "smartwatch",
        "price": 299.99,
        "description": (
            "A light, sporty round watch in navy with a metallic navy aluminum bezel and a bright AMOLED "
            "screen. It tracks dozens of sports with built-in GPS, holds music, and reports sleep, stress "
            "and recovery in plain language."
        ),
        "features": [
            "Case: 42 mm fiber-reinforced polymer, metallic navy aluminum bezel",
            "Display: AMOLED",
            "Battery life: up to 264 hours in smartwatch mode",
            "Water rating: 5 ATM",
            "GPS: built-in",
            "Music: on-watch storage (Spotify, Deezer or your own files)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: navy silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 42,
            "case_shape": "round",
            "colour": "blue",
            "strap_colour": "blue",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 264,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-011",
        "name": "Amazfit Balance 46mm - Midnight",
        "product_type": "smartwatch",
        "price": 229.99,
        "description": (
            "A large round smartwatch in a midnight black aluminum case with a crisp AMOLED screen and a "
            "long runtime. It adds body-composition scans and readiness scores to the usual tracking, and "
            "offline maps and music make it a capable training partner for the money."
        ),
        "features": [
            "Case: 46 mm aluminum, midnight black",
            "Display: AMOLED, 1.5 inch",
            "Battery life: up to 336 hours",
            "Water rating: 5 ATM",
            "GPS: built-in, dual-band",
            "Music: on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2), skin temperature",
            "Payments: not available in the US",
            "Compatibility: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "amazfit",
            "case_material": "aluminum",
            "case_size_mm": 46,
            "case_shape": "round",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 336,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "skin temperature"],
            "contactless_payments": False,
        },
    },
    {
        "id": "sw-012",
        "name": "OnePlus Watch 2 - Radiant Steel",
        "product_type": "smartwatch",
        "price": 299.99,
        "description": (
            "A hefty round Wear OS watch in a brushed stainless steel case with a sapphire crystal. A "
            "second, low-power chip takes over for simple tasks, which stretches the time between charges "
            "far beyond most Wear OS watches."
        ),
        "features": [
            "Case: 47 mm stainless steel, silver (radiant steel)",
            "Display: AMOLED, 1.43 inch, sapphire crystal",
            "Battery life: up to 100 hours in smart mode",
            "Water rating: 5 ATM and IP68",
            "GPS: built-in, dual-frequency",
            "Music: 32 GB on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: Google Wallet (NFC)",
            "Compatibility: Android only",
            "Strap: black fluoroelastomer band",
        ],
        "attributes": {
            "brand": "oneplus",
            "case_material": "stainless steel",
            "case_size_mm": 47,
            "case_shape": "round",
            "colour": "silver",
            "strap_colour": "black",
            "strap_material": "fluoroelastomer",
            "display": "amoled",
            "battery_hours": 100,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": True,
        },
    },
    {
        "id": "sw-013",
        "name": "CMF Watch Pro 2 - Ash Gray",
        "product_type": "smartwatch",
        "price": 69.00,
        "description": (
            "A budget round smartwatch from Nothing's CMF line, in ash gray with an interchangeable aluminum "
            "bezel and a bright AMOLED screen. It covers step, sleep and heart tracking, logs routes with "
            "its own GPS and takes Bluetooth calls, but it only resists dust, rain and splashes."
        ),
        "features": [
            "Case: 46 mm aluminum bezel, ash gray",
            "Display: AMOLED, 1.32 inch",
            "Battery life: up to 264 hours",
            "Water rating: IP68",
            "GPS: built-in",
            "Music: playback controls only (no storage)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: gray silicone band",
        ],
        "attributes": {
            "brand": "cmf",
            "case_material": "aluminum",
            "case_size_mm": 46,
            "case_shape": "round",
            "colour": "gray",
            "strap_colour": "gray",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 264,
            "water_rating": "ip68",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": False,
        },
    },
    {
        "id": "sw-014",
        "name": "Amazfit Bip 6 - Charcoal",
        "product_type": "smartwatch",
        "price": 79.99,
        "description": (
            "A square, lightweight smartwatch in charcoal black with a large AMOLED screen and an aluminum "
            "frame. It offers built-in GPS, sleep and heart tracking and Bluetooth calling at a very low "
            "price, without payments or song storage."
        ),
        "features": [
            "Case: 46 mm aluminum frame, charcoal black",
            "Display: AMOLED, 1.97 inch",
            "Battery life: up to 336 hours",
            "Water rating: 5 ATM",
            "GPS: built-in",
            "Music: playback controls only (no storage)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "amazfit",
            "case_material": "aluminum",
            "case_size_mm": 46,
            "case_shape": "square",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 336,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": False,
        },
    },
    # ------------------------------------------------------------------------------- fitness_tracker
    {
        "id": "ft-001",
        "name": "Fitbit Charge 6 - Obsidian",
        "product_type": "fitness_tracker",
        "price": 159.95,
        "description": (
            "A slim band tracker with a colour AMOLED screen, a black aluminum housing and the most complete "
            "sensor set in its class, ECG included. It records routes with its own GPS, pays at the register "
            "and shows heart rate on gym machines that accept Bluetooth."
        ),
        "features": [
            "Housing: black aluminum",
            "Display: colour AMOLED",
            "Battery life: up to 168 hours",
            "Water rating: WR50 (50 m)",
            "GPS: built-in",
            "Music: controls only (no storage)",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: Google Wallet (NFC)",
            "Compatibility: iOS and Android",
            "Strap: obsidian (black) silicone band",
        ],
        "attributes": {
            "brand": "fitbit",
            "case_material": "aluminum",
            "case_shape": "rectangular",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 168,
            "water_rating": "wr50",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": True,
        },
    },
    {
        "id": "ft-002",
        "name": "Fitbit Inspire 3 - Lilac Bliss",
        "product_type": "fitness_tracker",
        "price": 99.95,
        "description": (
            "A small, friendly tracker in lilac with a colour touchscreen, made for steps, sleep stages and "
            "heart rate without the bulk of a watch. It borrows location from the paired handset for outdoor "
            "workouts."
        ),
        "features": [
            "Housing: lilac polymer",
            "Display: colour AMOLED touchscreen",
            "Battery life: up to 240 hours",
            "Water rating: WR50 (50 m)",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: lilac (purple) silicone band",
        ],
        "attributes": {
            "brand": "fitbit",
            "case_material": "polymer",
            "case_shape": "rectangular",
            "colour": "purple",
            "strap_colour": "purple",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 240,
            "water_rating": "wr50",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": False,
        },
    },
    {
        "id": "ft-003",
        "name": "Garmin vivosmart 5 - Mint",
        "product_type": "fitness_tracker",
        "price": 149.99,
        "description": (
            "A mint green band with a clear monochrome OLED screen and a physical button, aimed at people "
            "who want Garmin's sleep, stress and body battery data in a minimal package. The band swaps out "
            "and outdoor activities use the paired handset for location."
        ),
        "features": [
            "Housing: mint polymer",
            "Display: monochrome OLED touchscreen",
            "Battery life: up to 168 hours",
            "Water rating: 5 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: mint (green) silicone band, interchangeable",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_shape": "rectangular",
            "colour": "green",
            "strap_colour": "green",
            "strap_material": "silicone",
            "display": "oled",
            "battery_hours": 168,
            "water_rating": "5atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": False,
        },
    },
    {
        "id": "ft-004",
        "name": "Samsung Galaxy Fit3 - Gray",
        "product_type": "fitness_tracker",
        "price": 59.99,
        "description": (
            "An inexpensive band with a surprisingly large rectangular AMOLED screen in a gray aluminum "
            "housing. It tracks over 100 workout types, sleep and heart rate, and pairs with Samsung Health "
            "on Android handsets."
        ),
        "features": [
            "Housing: gray aluminum",
            "Display: AMOLED, 1.6 inch",
            "Battery life: up to 312 hours",
            "Water rating: 5 ATM and IP68",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: none",
            "Compatibility: Android only",
            "Strap: gray silicone band",
        ],
        "attributes": {
            "brand": "samsung",
            "case_material": "aluminum",
            "case_shape": "rectangular",
            "colour": "gray",
            "strap_colour": "gray",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 312,
            "water_rating": "5atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": False,
        },
    },
    {
        "id": "ft-005",
        "name": "Amazfit Band 7 - Black",
        "product_type": "fitness_tracker",
        "price": 49.99,
        "description": (
            "A featherweight black band with a bright AMOLED screen and a very long runtime for the price. "
            "It covers heart rate, blood oxygen, sleep and 120 sport profiles, with location borrowed from "
            "the paired handset."
        ),
        "features": [
            "Housing: black polymer",
            "Display: AMOLED, 1.47 inch",
            "Battery life: up to 432 hours",
            "Water rating: 5 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "amazfit",
            "case_material": "polymer",
            "case_shape": "rectangular",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 432,
            "water_rating": "5atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": False,
        },
    },
    {
        "id": "ft-006",
        "name": "Amazfit Helio Strap - Black",
        "product_type": "fitness_tracker",
        "price": 99.99,
        "description": (
            "A screenless recovery band: a small black sensor pod on a soft woven nylon strap that records "
            "heart rate, sleep and strain and reports everything in the app, with no subscription. It can be "
            "worn on the upper arm during lifting sessions."
        ),
        "features": [
            "Housing: black polymer sensor pod",
            "Display: none (screenless)",
            "Battery life: up to 240 hours",
            "Water rating: 10 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, blood oxygen (SpO2), skin temperature",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black woven nylon, hook-and-loop",
        ],
        "attributes": {
            "brand": "amazfit",
            "case_material": "polymer",
            "case_shape": "rectangular",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "nylon",
            "display": "screenless",
            "battery_hours": 240,
            "water_rating": "10atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "skin temperature"],
            "contactless_payments": False,
        },
    },
    {
        "id": "ft-007",
        "name": "Garmin vivofit 4 - White",
        "product_type": "fitness_tracker",
        "price": 79.99,
        "description": (
            "A simple white activity band with an always-visible colour screen that runs on a replaceable "
            "coin cell, so it never needs a charger. It counts steps, sleep and move goals but has no "
            "heart-rate sensor."
        ),
        "features": [
            "Housing: white polymer",
            "Display: transflective colour screen, always-on",
            "Battery life: about 8,760 hours (one year), replaceable coin cell",
            "Water rating: 5 ATM",
            "GPS: none",
            "Sensors: accelerometer only (no heart rate)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: white silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_shape": "rectangular",
            "colour": "white",
            "strap_colour": "white",
            "strap_material": "silicone",
            "display": "transflective",
            "battery_hours": 8760,
            "water_rating": "5atm",
            "gps": "none",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": [],
            "contactless_payments": False,
        },
    },
    # ---------------------------------------------------------------------------------- hybrid_watch
    {
        "id": "hy-001",
        "name": "Withings ScanWatch 2 38mm - Rose Gold, White Dial",
        "product_type": "hybrid_watch",
        "price": 349.95,
        "description": (
            "A classic analog watch with real hands on a white dial, in a rose gold stainless steel case, "
            "that quietly records ECG, blood oxygen, heart rate and overnight temperature changes. A tiny "
            "OLED window shows steps and alerts when you need them."
        ),
        "features": [
            "Case: 38 mm stainless steel, rose gold",
            "Dial: white, analog hands with small OLED window",
            "Battery life: up to 720 hours",
            "Water rating: 10 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: white fluoroelastomer sport band",
        ],
        "attributes": {
            "brand": "withings",
            "case_material": "stainless steel",
            "case_size_mm": 38,
            "case_shape": "round",
            "colour": "rose gold",
            "dial_colour": "white",
            "strap_colour": "white",
            "strap_material": "fluoroelastomer",
            "display": "oled",
            "battery_hours": 720,
            "water_rating": "10atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": False,
        },
    },
    {
        "id": "hy-002",
        "name": "Withings ScanWatch 2 42mm - Black",
        "product_type": "hybrid_watch",
        "price": 349.95,
        "description": (
            "The larger ScanWatch 2 in black stainless steel with a black dial, for anyone who wants serious "
            "health tracking in something that still looks like a traditional watch. The hands step aside "
            "when the small OLED window shows a reading."
        ),
        "features": [
            "Case: 42 mm stainless steel, black",
            "Dial: black, analog hands with small OLED window",
            "Battery life: up to 720 hours",
            "Water rating: 10 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black fluoroelastomer sport band",
        ],
        "attributes": {
            "brand": "withings",
            "case_material": "stainless steel",
            "case_size_mm": 42,
            "case_shape": "round",
            "colour": "black",
            "dial_colour": "black",
            "strap_colour": "black",
            "strap_material": "fluoroelastomer",
            "display": "oled",
            "battery_hours": 720,
            "water_rating": "10atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature"],
            "contactless_payments": False,
        },
    },
    {
        "id": "hy-003",
        "name": "Withings ScanWatch Light 37mm - Silver, Blue Dial",
        "product_type": "hybrid_watch",
        "price": 249.95,
        "description": (
            "A lighter, simpler sibling of the ScanWatch with a silver stainless steel case and a deep blue "
            "dial. It covers heart rate, sleep, cycle tracking and activity, but drops the ECG and blood "
            "oxygen readings to lower the price."
        ),
        "features": [
            "Case: 37 mm stainless steel, silver",
            "Dial: blue, analog hands with small OLED window",
            "Battery life: up to 720 hours",
            "Water rating: 5 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: blue fluoroelastomer sport band",
        ],
        "attributes": {
            "brand": "withings",
            "case_material": "stainless steel",
            "case_size_mm": 37,
            "case_shape": "round",
            "colour": "silver",
            "dial_colour": "blue",
            "strap_colour": "blue",
            "strap_material": "fluoroelastomer",
            "display": "oled",
            "battery_hours": 720,
            "water_rating": "5atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate"],
            "contactless_payments": False,
        },
    },
    {
        "id": "hy-004",
        "name": "Garmin vivomove Trend - Cream Gold and Ivory",
        "product_type": "hybrid_watch",
        "price": 299.99,
        "description": (
            "Analog hands over a hidden colour touchscreen that lights up when you lift your wrist, in an "
            "ivory case with a cream gold stainless steel bezel. It tracks sleep, stress and heart rate, "
            "charges wirelessly and pays at the register with Garmin Pay."
        ),
        "features": [
            "Case: 40 mm fiber-reinforced polymer, cream gold stainless steel bezel",
            "Dial: ivory, analog hands over hidden AMOLED touchscreen",
            "Battery life: up to 120 hours in smartwatch mode",
            "Water rating: 5 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: ivory silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 40,
            "case_shape": "round",
            "colour": "gold",
            "dial_colour": "white",
            "strap_colour": "white",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 120,
            "water_rating": "5atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": True,
        },
    },
    {
        "id": "hy-005",
        "name": "Fossil Gen 6 Hybrid Wellness Edition 45mm - Silver and Brown Leather",
        "product_type": "hybrid_watch",
        "price": 199.00,
        "description": (
            "A dress-watch look with a silver stainless steel case, a black dial and a brown leather strap, "
            "hiding an always-on E Ink readout behind the hands. It tracks heart rate, blood oxygen and "
            "sleep; being rated for splashes and brief dunks only, it comes off for water sports."
        ),
        "features": [
            "Case: 45 mm stainless steel, silver",
            "Dial: black, analog hands over E Ink readout",
            "Battery life: up to 336 hours",
            "Water rating: 3 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: heart rate, blood oxygen (SpO2)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: brown leather, 22 mm",
        ],
        "attributes": {
            "brand": "fossil",
            "case_material": "stainless steel",
            "case_size_mm": 45,
            "case_shape": "round",
            "colour": "silver",
            "dial_colour": "black",
            "strap_colour": "brown",
            "strap_material": "leather",
            "display": "e-ink",
            "battery_hours": 336,
            "water_rating": "3atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2"],
            "contactless_payments": False,
        },
    },
    {
        "id": "hy-006",
        "name": "Withings Move ECG 38mm - Black",
        "product_type": "hybrid_watch",
        "price": 129.95,
        "description": (
            "A minimalist analog watch with a black case, a white dial and a small sub-dial that shows "
            "progress toward the step goal. Touch the bezel to take a 30-second ECG; it runs on a coin cell "
            "rather than a charger and has no screen at all."
        ),
        "features": [
            "Case: 38 mm polymer, black",
            "Dial: white, analog hands and activity sub-dial, no screen",
            "Battery life: about 8,760 hours (one year), coin cell",
            "Water rating: 5 ATM",
            "GPS: connected (uses the paired handset)",
            "Sensors: ECG (no continuous heart rate)",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "withings",
            "case_material": "polymer",
            "case_size_mm": 38,
            "case_shape": "round",
            "colour": "black",
            "dial_colour": "white",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "none",
            "battery_hours": 8760,
            "water_rating": "5atm",
            "gps": "connected",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["ecg"],
            "contactless_payments": False,
        },
    },
    # ------------------------------------------------------------------------------------ kids_watch
    {
        "id": "kw-001",
        "name": "Gabb Watch 3 - Blue",
        "product_type": "kids_watch",
        "price": 149.99,
        "description": (
            "A first wearable for kids in a blue square case with calling and texting to a parent-approved "
            "contact list, location sharing and no internet browsing, games or social media. Parents manage "
            "contacts, safe zones and school quiet hours from an app."
        ),
        "features": [
            "Case: 44 mm square polymer, blue",
            "Display: colour LCD touchscreen",
            "Battery life: up to 36 hours",
            "Water rating: IP68",
            "GPS: built-in location tracking",
            "Cellular: LTE (Gabb plan required)",
            "Sensors: step counter only",
            "Parent app: iOS and Android",
            "Strap: blue silicone band",
        ],
        "attributes": {
            "brand": "gabb",
            "case_material": "polymer",
            "case_size_mm": 44,
            "case_shape": "square",
            "colour": "blue",
            "strap_colour": "blue",
            "strap_material": "silicone",
            "display": "lcd",
            "battery_hours": 36,
            "water_rating": "ip68",
            "gps": "built-in",
            "cellular": True,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": [],
            "contactless_payments": False,
        },
    },
    {
        "id": "kw-002",
        "name": "Verizon Gizmo Watch 3 Adventure - Black",
        "product_type": "kids_watch",
        "price": 99.99,
        "description": (
            "Verizon's kids watch in a black square case lets a child call and message up to 20 approved "
            "contacts, take photos with the built-in camera and share location. Parents set schedules, "
            "reminders and safe zones in the Gizmo Hub app."
        ),
        "features": [
            "Case: 46 mm square polymer, black",
            "Display: colour LCD touchscreen",
            "Battery life: up to 48 hours",
            "Water rating: IP68",
            "GPS: built-in location tracking",
            "Cellular: LTE (Verizon plan required)",
            "Camera: built-in",
            "Parent app: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "verizon",
            "case_material": "polymer",
            "case_size_mm": 46,
            "case_shape": "square",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "lcd",
            "battery_hours": 48,
            "water_rating": "ip68",
            "gps": "built-in",
            "cellular": True,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": [],
            "contactless_payments": False,
        },
    },
    {
        "id": "kw-003",
        "name": "Garmin Bounce 2 - Purple",
        "product_type": "kids_watch",
        "price": 149.99,
        "description": (
            "A round, tough kids watch in purple with a bright AMOLED screen, LTE calling and messaging to "
            "approved contacts, and location sharing with parents. It also counts activity and sleep, "
            "with chores and reward tracking built into the Garmin Jr. app."
        ),
        "features": [
            "Case: 40 mm round polymer, purple",
            "Display: AMOLED touchscreen",
            "Battery life: up to 60 hours",
            "Water rating: 5 ATM",
            "GPS: built-in location tracking",
            "Cellular: LTE (Garmin plan required)",
            "Sensors: heart rate",
            "Parent app: iOS and Android",
            "Strap: purple silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 40,
            "case_shape": "round",
            "colour": "purple",
            "strap_colour": "purple",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 60,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": True,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate"],
            "contactless_payments": False,
        },
    },
    {
        "id": "kw-004",
        "name": "Fitbit Ace LTE - Green",
        "product_type": "kids_watch",
        "price": 229.95,
        "description": (
            "A kids smartwatch in a green rounded-square case that mixes LTE calling and location sharing "
            "with activity games that unlock as the child moves. Schooltime mode locks it down during class, "
            "and parents approve every contact."
        ),
        "features": [
            "Case: 38 mm rounded-square polymer, green",
            "Display: AMOLED touchscreen",
            "Battery life: up to 16 hours",
            "Water rating: 5 ATM",
            "GPS: built-in location tracking",
            "Cellular: LTE (Fitbit Ace plan required)",
            "Sensors: heart rate",
            "Parent app: iOS and Android",
            "Strap: green silicone band",
        ],
        "attributes": {
            "brand": "fitbit",
            "case_material": "polymer",
            "case_size_mm": 38,
            "case_shape": "square",
            "colour": "green",
            "strap_colour": "green",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 16,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": True,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate"],
            "contactless_payments": False,
        },
    },
    {
        "id": "kw-005",
        "name": "Fitbit Ace 3 - Black and Sport Red",
        "product_type": "kids_watch",
        "price": 79.95,
        "description": (
            "A kid-sized activity band with a black case, a sport red strap and animated clock faces that "
            "grow as the day's goals are met. It tracks steps and sleep and nudges with bedtime reminders, "
            "with no calling, location or internet."
        ),
        "features": [
            "Case: black polymer band module",
            "Display: monochrome OLED touchscreen",
            "Battery life: up to 192 hours",
            "Water rating: WR50 (50 m)",
            "GPS: none",
            "Cellular: none",
            "Sensors: step counter only (no heart rate)",
            "Parent app: iOS and Android",
            "Strap: sport red silicone band",
        ],
        "attributes": {
            "brand": "fitbit",
            "case_material": "polymer",
            "case_shape": "rectangular",
            "colour": "black",
            "strap_colour": "red",
            "strap_material": "silicone",
            "display": "oled",
            "battery_hours": 192,
            "water_rating": "wr50",
            "gps": "none",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": [],
            "contactless_payments": False,
        },
    },
    {
        "id": "kw-006",
        "name": "VTech KidiZoom Smartwatch DX4 - Pink",
        "product_type": "kids_watch",
        "price": 59.99,
        "description": (
            "A pink square toy watch for younger children with two cameras, a video recorder, games and "
            "learning activities. It needs no plan and no pairing, loads photos onto a computer over USB, "
            "and is only splash resistant."
        ),
        "features": [
            "Case: 44 mm square polymer, pink",
            "Display: colour LCD touchscreen",
            "Battery life: up to 48 hours",
            "Water rating: IP54 (splash resistant)",
            "GPS: none",
            "Cellular: none",
            "Cameras: two, photo and video",
            "Pairing: standalone, no app (computer over USB)",
            "Strap: pink silicone band",
        ],
        "attributes": {
            "brand": "vtech",
            "case_material": "polymer",
            "case_size_mm": 44,
            "case_shape": "square",
            "colour": "pink",
            "strap_colour": "pink",
            "strap_material": "silicone",
            "display": "lcd",
            "battery_hours": 48,
            "water_rating": "ip54",
            "gps": "none",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": [],
            "sensors": [],
            "contactless_payments": False,
        },
    },
    # ---------------------------------------------------------------------------------- rugged_watch
    {
        "id": "rg-001",
        "name": "Apple Watch Ultra 2 49mm - Natural Titanium, Orange Alpine Loop",
        "product_type": "rugged_watch",
        "price": 799.00,
        "description": (
            "Apple's expedition watch: a 49 mm natural titanium case with a raised edge around a very bright "
            "screen, a customisable action button and a siren for emergencies. Dual-frequency GPS, cellular "
            "service and a dive-computer-grade depth gauge are all built in."
        ),
        "features": [
            "Case: 49 mm titanium, natural (silver)",
            "Display: AMOLED, 3000 nits, sapphire crystal",
            "Battery life: up to 36 hours (72 hours in low power mode)",
            "Water rating: WR100 (100 m), EN13319 dive accessory",
            "GPS: built-in, dual-frequency",
            "Music: 64 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature, altimeter, compass",
            "Payments: Apple Pay",
            "Compatibility: iOS only",
            "Strap: orange woven nylon Alpine Loop",
        ],
        "attributes": {
            "brand": "apple",
            "case_material": "titanium",
            "case_size_mm": 49,
            "case_shape": "square",
            "colour": "silver",
            "strap_colour": "orange",
            "strap_material": "nylon",
            "display": "amoled",
            "battery_hours": 36,
            "water_rating": "wr100",
            "gps": "built-in",
            "cellular": True,
            "music_storage": True,
            "os_compatibility": ["ios"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature", "altimeter", "compass"],
            "contactless_payments": True,
        },
    },
    {
        "id": "rg-002",
        "name": "Samsung Galaxy Watch Ultra 47mm LTE - Titanium Gray",
        "product_type": "rugged_watch",
        "price": 649.99,
        "description": (
            "Samsung's toughest watch sets a round screen inside a cushion-shaped titanium gray case, with a "
            "quick button for workouts and a loud siren. It carries LTE, dual-frequency GPS and the full "
            "Galaxy health suite, and meets military drop and temperature tests."
        ),
        "features": [
            "Case: 47 mm cushion-shaped titanium, gray",
            "Display: AMOLED, 3000 nits, sapphire crystal",
            "Battery life: up to 60 hours",
            "Water rating: 10 ATM and IP68",
            "GPS: built-in, dual-frequency",
            "Music: 32 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature, altimeter, compass",
            "Payments: Samsung Wallet (NFC)",
            "Compatibility: Android only",
            "Strap: orange silicone marine band",
        ],
        "attributes": {
            "brand": "samsung",
            "case_material": "titanium",
            "case_size_mm": 47,
            "case_shape": "cushion",
            "colour": "gray",
            "strap_colour": "orange",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 60,
            "water_rating": "10atm",
            "gps": "built-in",
            "cellular": True,
            "music_storage": True,
            "os_compatibility": ["android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature", "altimeter", "compass"],
            "contactless_payments": True,
        },
    },
    {
        "id": "rg-003",
        "name": "Garmin Instinct 3 AMOLED 45mm - Neotropic",
        "product_type": "rugged_watch",
        "price": 449.99,
        "description": (
            "A rugged, military-tested outdoor watch in a neotropic green polymer case with a raised bezel "
            "that guards a vivid AMOLED screen. It adds a built-in flashlight, full navigation sensors and "
            "Garmin Pay, while keeping the price well below premium adventure watches."
        ),
        "features": [
            "Case: 45 mm fiber-reinforced polymer, neotropic green",
            "Display: AMOLED",
            "Battery life: up to 432 hours in smartwatch mode",
            "Water rating: 10 ATM",
            "GPS: built-in, multi-band",
            "Music: no on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: green silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 45,
            "case_shape": "round",
            "colour": "green",
            "strap_colour": "green",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 432,
            "water_rating": "10atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": True,
        },
    },
    {
        "id": "rg-004",
        "name": "Garmin fenix 8 47mm AMOLED - Slate Gray",
        "product_type": "rugged_watch",
        "price": 999.99,
        "description": (
            "Garmin's flagship multisport adventure watch, with a slate gray stainless steel bezel on a "
            "reinforced case, leak-proof metal buttons and a built-in LED flashlight. It brings topo maps, "
            "music, voice calls through the paired handset and every training metric Garmin makes."
        ),
        "features": [
            "Case: 47 mm fiber-reinforced polymer, slate gray stainless steel bezel",
            "Display: AMOLED, Corning Gorilla Glass",
            "Battery life: up to 384 hours in smartwatch mode",
            "Water rating: 10 ATM, dive rated to 40 m",
            "GPS: built-in, multi-band, preloaded topo maps",
            "Music: 32 GB on-watch storage",
            "Sensors: heart rate, ECG, blood oxygen (SpO2), skin temperature, altimeter, compass",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 47,
            "case_shape": "round",
            "colour": "gray",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 384,
            "water_rating": "10atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "ecg", "spo2", "skin temperature", "altimeter", "compass"],
            "contactless_payments": True,
        },
    },
    {
        "id": "rg-005",
        "name": "COROS Vertix 2S - Space Black",
        "product_type": "rugged_watch",
        "price": 699.00,
        "description": (
            "A big expedition watch for ultrarunners and mountaineers, with a titanium alloy bezel, sapphire "
            "glass and a sunlight-readable memory-in-pixel screen. Offline maps and song storage are built "
            "in, and one charge covers a very long expedition."
        ),
        "features": [
            "Case: 50 mm fiber-reinforced polymer, black titanium alloy bezel",
            "Display: transflective memory-in-pixel, always-on, sapphire",
            "Battery life: up to 960 hours in daily use",
            "Water rating: 10 ATM",
            "GPS: built-in, dual-frequency, offline topo maps",
            "Music: 32 GB on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black nylon band",
        ],
        "attributes": {
            "brand": "coros",
            "case_material": "polymer",
            "case_size_mm": 50,
            "case_shape": "round",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "nylon",
            "display": "transflective",
            "battery_hours": 960,
            "water_rating": "10atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": False,
        },
    },
    {
        "id": "rg-006",
        "name": "Amazfit T-Rex 3 - Onyx",
        "product_type": "rugged_watch",
        "price": 199.99,
        "description": (
            "An affordable rugged watch in onyx black with a tough polymer case, a bright AMOLED screen and "
            "free offline maps with turn-by-turn routing. It has passed military-style tests for cold, heat "
            "and shock, and its runtime is among the longest at this price."
        ),
        "features": [
            "Case: 48 mm polymer, onyx black",
            "Display: AMOLED, 1.5 inch",
            "Battery life: up to 648 hours",
            "Water rating: 10 ATM",
            "GPS: built-in, dual-band, offline maps",
            "Music: playback controls only (no storage)",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "amazfit",
            "case_material": "polymer",
            "case_size_mm": 48,
            "case_shape": "round",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 648,
            "water_rating": "10atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": False,
        },
    },
    {
        "id": "rg-007",
        "name": "Casio G-Shock GBD-H2000 - Black",
        "product_type": "rugged_watch",
        "price": 449.00,
        "description": (
            "A shock-resistant G-Shock built around a carbon-reinforced resin case, with solar-assisted "
            "charging, GPS and a wrist heart-rate sensor for training. The memory-in-pixel screen stays "
            "readable in full sun, and the buttons work with gloves on."
        ),
        "features": [
            "Case: 53 mm carbon-reinforced resin (polymer), black",
            "Display: transflective memory-in-pixel, always-on",
            "Battery life: up to 336 hours, solar assisted",
            "Water rating: WR200 (200 m)",
            "GPS: built-in",
            "Music: none",
            "Sensors: heart rate, altimeter, compass",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black resin band",
        ],
        "attributes": {
            "brand": "casio",
            "case_material": "polymer",
            "case_size_mm": 53,
            "case_shape": "round",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "resin",
            "display": "transflective",
            "battery_hours": 336,
            "water_rating": "wr200",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "altimeter", "compass"],
            "contactless_payments": False,
        },
    },
    # --------------------------------------------------------------------------------- running_watch
    {
        "id": "rn-001",
        "name": "Garmin Forerunner 165 Music - Mist Gray and Whitestone",
        "product_type": "running_watch",
        "price": 299.99,
        "description": (
            "A lightweight running watch with an AMOLED screen, a whitestone case and a band to match, that "
            "gives newer runners adaptive daily workouts, recovery advice and race predictions. This edition "
            "stores songs and pays at the register."
        ),
        "features": [
            "Case: 43 mm fiber-reinforced polymer, whitestone (white)",
            "Display: AMOLED",
            "Battery life: up to 264 hours in smartwatch mode",
            "Water rating: 5 ATM",
            "GPS: built-in",
            "Music: on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: whitestone silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 43,
            "case_shape": "round",
            "colour": "white",
            "strap_colour": "white",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 264,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": True,
        },
    },
    {
        "id": "rn-002",
        "name": "Garmin Forerunner 265S - Light Pink",
        "product_type": "running_watch",
        "price": 449.99,
        "description": (
            "The smaller Forerunner 265 in light pink, with a bright AMOLED screen, multi-band GPS for "
            "accurate pacing among tall buildings and training readiness scores. It stores music and "
            "supports Garmin Pay, in a case sized for slimmer wrists."
        ),
        "features": [
            "Case: 42 mm fiber-reinforced polymer, light pink",
            "Display: AMOLED, Gorilla Glass 3",
            "Battery life: up to 360 hours in smartwatch mode",
            "Water rating: 5 ATM",
            "GPS: built-in, multi-band",
            "Music: on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: light pink silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 42,
            "case_shape": "round",
            "colour": "pink",
            "strap_colour": "pink",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 360,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": True,
        },
    },
    {
        "id": "rn-003",
        "name": "Garmin Forerunner 965 - Carbon Gray Titanium",
        "product_type": "running_watch",
        "price": 599.99,
        "description": (
            "Garmin's top running and triathlon watch, with a carbon gray titanium bezel, a large AMOLED "
            "screen and full-colour maps for route planning. Training load, recovery and race-day pacing "
            "tools are all on the wrist, plus music and Garmin Pay."
        ),
        "features": [
            "Case: 47 mm fiber-reinforced polymer, carbon gray titanium bezel",
            "Display: AMOLED, 1.4 inch",
            "Battery life: up to 552 hours in smartwatch mode",
            "Water rating: 5 ATM",
            "GPS: built-in, multi-band, full-colour maps",
            "Music: 32 GB on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: Garmin Pay (NFC)",
            "Compatibility: iOS and Android",
            "Strap: black silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 47,
            "case_shape": "round",
            "colour": "gray",
            "strap_colour": "black",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 552,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": True,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": True,
        },
    },
    {
        "id": "rn-004",
        "name": "Garmin Forerunner 55 - Aqua",
        "product_type": "running_watch",
        "price": 199.99,
        "description": (
            "A no-fuss starter running watch in aqua blue with an always-on memory-in-pixel screen, GPS and "
            "suggested daily workouts. It keeps to the basics: no maps, music or payments, and a "
            "featherweight case."
        ),
        "features": [
            "Case: 42 mm fiber-reinforced polymer, aqua (blue)",
            "Display: transflective memory-in-pixel, always-on",
            "Battery life: up to 336 hours in smartwatch mode",
            "Water rating: 5 ATM",
            "GPS: built-in",
            "Music: controls only (no storage)",
            "Sensors: heart rate",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: aqua silicone band",
        ],
        "attributes": {
            "brand": "garmin",
            "case_material": "polymer",
            "case_size_mm": 42,
            "case_shape": "round",
            "colour": "blue",
            "strap_colour": "blue",
            "strap_material": "silicone",
            "display": "transflective",
            "battery_hours": 336,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate"],
            "contactless_payments": False,
        },
    },
    {
        "id": "rn-005",
        "name": "COROS Pace 3 - Black Nylon",
        "product_type": "running_watch",
        "price": 229.00,
        "description": (
            "A very light running watch with a black case, a soft nylon band and dual-frequency GPS that "
            "holds its line in cities and forests. The always-on memory-in-pixel screen and a very long "
            "runtime suit marathon training blocks."
        ),
        "features": [
            "Case: 42 mm fiber-reinforced polymer, black",
            "Display: transflective memory-in-pixel, always-on",
            "Battery life: up to 576 hours in daily use",
            "Water rating: 5 ATM",
            "GPS: built-in, dual-frequency",
            "Music: no on-watch storage",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: black nylon band",
        ],
        "attributes": {
            "brand": "coros",
            "case_material": "polymer",
            "case_size_mm": 42,
            "case_shape": "round",
            "colour": "black",
            "strap_colour": "black",
            "strap_material": "nylon",
            "display": "transflective",
            "battery_hours": 576,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": False,
        },
    },
    {
        "id": "rn-006",
        "name": "Suunto Race S - Power Gray",
        "product_type": "running_watch",
        "price": 349.00,
        "description": (
            "A compact training watch from Finland's Suunto, in gray with a stainless steel bezel, a sharp "
            "AMOLED screen and a digital crown for scrolling on the run. Dual-band GPS and free offline maps "
            "are built in, without music or payments."
        ),
        "features": [
            "Case: 45 mm fiber-reinforced polymer, gray stainless steel bezel",
            "Display: AMOLED, 1.32 inch",
            "Battery life: up to 240 hours in daily use",
            "Water rating: 5 ATM",
            "GPS: built-in, dual-band, offline maps",
            "Music: controls only (no storage)",
            "Sensors: heart rate, blood oxygen (SpO2), altimeter, compass",
            "Payments: none",
            "Compatibility: iOS and Android",
            "Strap: gray silicone band",
        ],
        "attributes": {
            "brand": "suunto",
            "case_material": "polymer",
            "case_size_mm": 45,
            "case_shape": "round",
            "colour": "gray",
            "strap_colour": "gray",
            "strap_material": "silicone",
            "display": "amoled",
            "battery_hours": 240,
            "water_rating": "5atm",
            "gps": "built-in",
            "cellular": False,
            "music_storage": False,
            "os_compatibility": ["ios", "android"],
            "sensors": ["heart rate", "spo2", "altimeter", "compass"],
            "contactless_payments": False,
        },
    },
]

# ------------------------------------------------------------------------------------- derived attributes

MULTI_DAY_HOURS = 72
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
    """The derived attributes, by the rules `DOMAIN_KNOWLEDGE` states."""
    return {
        "swim_proof": _swim_proof(str(attributes.get("water_rating", ""))),
        "multi_day_battery": float(attributes.get("battery_hours", 0)) >= MULTI_DAY_HOURS,
        "phone_free_running": attributes.get("gps") == "built-in" and bool(attributes.get("music_storage")),
        "works_with_iphone": "ios" in attributes.get("os_compatibility", []),
    }


# ------------------------------------------------------------------------------------------- attributes

_ALL = ("smartwatch", "fitness_tracker", "hybrid_watch", "kids_watch", "rugged_watch", "running_watch")

ATTRIBUTES: list[AttributeSpec] = [
    AttributeSpec("brand", "categorical", description="maker of the device"),
    AttributeSpec(
        "case_material",
        "categorical",
        description="material of the case body (aluminum, stainless steel, titanium, polymer); not the bezel",
    ),
    AttributeSpec("colour", "categorical", description="colour of the case (the strap may differ)"),
    AttributeSpec(
        "case_shape",
        "categorical",
        types=("smartwatch", "kids_watch", "rugged_watch"),
        description="shape of the case: round, square, cushion or rectangular",
    ),
    AttributeSpec(
        "display",
        "categorical",
        types=("smartwatch", "fitness_tracker", "kids_watch", "rugged_watch", "running_watch"),
        description="screen technology: amoled, lcd, oled, e-ink, transflective (memory-in-pixel), screenless",
    ),
    AttributeSpec(
        "case_size_mm",
        "number",
        higher_is_better=False,
        types=("smartwatch", "hybrid_watch", "kids_watch", "rugged_watch", "running_watch"),
        unit="mm",
        description="case diameter or height in millimetres",
    ),
    AttributeSpec(
        "battery_hours",
        "number",
        higher_is_better=True,
        unit="hours",
        description="rated battery life in typical smartwatch use, in hours",
    ),
    AttributeSpec(
        "cellular",
        "boolean",
        types=("smartwatch", "kids_watch", "rugged_watch"),
        mentions=("cellular", "lte"),
        description="has its own LTE radio for calls and data",
    ),
    AttributeSpec(
        "sensors",
        "list",
        description="health and outdoor sensors: heart rate, spo2, ecg, skin temperature, altimeter, compass",
    ),
    AttributeSpec(
        "contactless_payments",
        "boolean",
        types=("smartwatch", "fitness_tracker", "hybrid_watch", "rugged_watch", "running_watch"),
        mentions=("contactless", "pay"),
        description="can pay at a contactless terminal (Apple Pay, Google Wallet, Samsung Wallet, Garmin Pay)",
    ),
    AttributeSpec(
        "swim_proof",
        "boolean",
        derived=True,
        mentions=("swim", "pool"),
        description="safe for swimming: water rating of 5 ATM / WR50 or more (IP ratings are not enough)",
    ),
    AttributeSpec(
        "multi_day_battery",
        "boolean",
        derived=True,
        mentions=("days", "multi-day"),
        description="rated for at least 72 hours between charges",
    ),
    AttributeSpec(
        "phone_free_running",
        "boolean",
        derived=True,
        types=("smartwatch", "rugged_watch", "running_watch"),
        mentions=("leave", "leaving", "phone-free", "without my phone"),
        description="built-in GPS and on-watch music storage, so a run needs no phone",
    ),
    AttributeSpec(
        "works_with_iphone",
        "boolean",
        derived=True,
        mentions=("iphone",),
        description="its companion app supports iOS",
    ),
]

TYPE_NOUNS: dict[str, str] = {
    "smartwatch": "smartwatch",
    "fitness_tracker": "fitness tracker",
    "hybrid_watch": "hybrid smartwatch",
    "kids_watch": "kids smartwatch",
    "rugged_watch": "rugged outdoor watch",
    "running_watch": "GPS running watch",
}

USES: dict[str, list[str]] = {
    "smartwatch": [
        "keeping up with work messages without pulling out the phone in meetings",
        "tracking sleep and resting heart rate after a doctor's nudge",
        "morning gym sessions and evening walks",
        "paying for coffee and the train fare with a flick of the wrist",
        "catching calls while cooking or carrying groceries",
        "a long commute by bike and on foot",
        "keeping an eye on heart rhythm at the cardiologist's suggestion",
        "daily step goals and reminders to stand up at the desk",
        "staying reachable while out with the kids at the park",
        "a graduation gift for someone starting a first office job",
    ],
    "fitness_tracker": [
        "counting steps on long hospital shifts",
        "tracking sleep during a busy semester",
        "a new year's resolution to walk 10,000 steps",
        "keeping tabs on heart rate during spin classes",
        "a simple band to wear around the clock without noticing it",
        "logging workouts at the community gym",
        "watching stress and recovery during a demanding work season",
        "a low-key activity nudge while working from home",
        "lifting sessions where a bulky watch gets in the way",
    ],
    "hybrid_watch": [
        "office wear where a smartwatch screen would look out of place",
        "a wedding anniversary gift that doubles as a health tracker",
        "tracking heart health without giving up a classic watch look",
        "client meetings and dinners out",
        "a watch that rarely needs charging on business trips",
        "quietly logging sleep and steps without constant buzzing",
        "a retirement gift with real hands and a proper dial",
        "church on Sunday and gardening the rest of the week",
    ],
    "kids_watch": [
        "a third-grader's walk home from school",
        "staying in touch with a ten-year-old at soccer practice",
        "a first device before a first phone",
        "keeping track of a child at the county fair and theme parks",
        "a birthday present for an eight-year-old",
        "letting a fifth-grader bike to a friend's house",
        "summer camp check-ins",
        "a child who splits the week between two homes",
        "after-school pickup changes and quick check-ins",
    ],
    "rugged_watch": [
        "backcountry hiking and overnight backpacking",
        "weekend hikes with the dog",
        "a construction site where ordinary watches get smashed",
        "hunting and fishing trips in cold weather",
        "trail races and mountain ultramarathons",
        "kayaking and paddleboarding on the lake",
        "ski touring and snowshoeing",
        "a deployment-ready watch for field training",
        "summiting peaks on a national parks road trip",
    ],
    "running_watch": [
        "training for a first marathon",
        "a couch-to-5K plan",
        "interval sessions at the track",
        "chasing a half-marathon personal best",
        "early-morning runs through the neighborhood",
        "triathlon training with bike and run workouts",
        "trail running on the weekend",
        "a running club that meets three times a week",
        "getting back into running after an injury",
    ],
}

# ---------------------------------------------------------------------------------------------- wording

_BRAND_NAMES = {
    "apple": "Apple",
    "samsung": "Samsung",
    "google": "Google",
    "garmin": "Garmin",
    "amazfit": "Amazfit",
    "oneplus": "OnePlus",
    "cmf": "CMF",
    "fitbit": "Fitbit",
    "withings": "Withings",
    "fossil": "Fossil",
    "gabb": "Gabb",
    "verizon": "Verizon",
    "vtech": "VTech",
    "coros": "COROS",
    "suunto": "Suunto",
    "casio": "Casio",
}
_DISPLAY_NAMES = {
    "amoled": "an AMOLED screen",
    "lcd": "an LCD screen",
    "oled": "an OLED screen",
    "e-ink": "an E Ink screen",
    "transflective": "a transflective screen",
    "screenless": "a screenless design",
    "none": "no screen (none)",
}
_SENSOR_NAMES = {
    "heart rate": "a heart rate sensor",
    "spo2": "SpO2 (blood oxygen) tracking",
    "ecg": "an ECG",
    "skin temperature": "skin temperature sensing",
    "altimeter": "a barometric altimeter",
    "compass": "a compass",
}
_TYPE_WORDS = {
    "smartwatch": "smartwatch",
    "fitness_tracker": "fitness tracker",
    "hybrid_watch": "hybrid watch",
    "kids_watch": "kids watch",
    "rugged_watch": "rugged watch",
    "running_watch": "running watch",
}


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _join_or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} or {items[-1]}"


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def _noun_phrase(attribute: str, values: list[str]) -> str:
    """`values` as the thing a shopper wants or rules out, e.g. "a titanium or aluminum case"."""
    if attribute == "brand":
        return _join_or([_BRAND_NAMES.get(v, v.title()) for v in values])
    if attribute == "display":
        if len(values) == 1:
            return _DISPLAY_NAMES.get(values[0], f"a {values[0]} screen")
        words = [_DISPLAY_NAMES.get(v, v).split(" ", 1)[1].removesuffix(" screen") for v in values]
        words = [w.removesuffix(" design") for w in words]
        return f"{_article(words[0])} {_join_or(words)} screen"
    shown = [v.replace("_", " ") for v in values]
    if attribute == "case_material":
        shown = ["polymer (plastic)" if v == "polymer" else v for v in shown]
        return f"{_article(shown[0])} {_join_or(shown)} case"
    if attribute == "colour":
        return f"{_article(shown[0])} {_join_or(shown)} case"
    if attribute == "case_shape":
        shown = ["cushion-shaped" if v == "cushion" else v for v in shown]
        return f"{_article(shown[0])} {_join_or(shown)} case"
    return _join_or(shown)


_CATEGORICAL = {
    ("brand", "want", "dealbreaker"): [
        "It has to be made by {np}.",
        "I won't consider anything that isn't from {np}.",
        "I'm only buying {np}; I've been burned by other brands.",
        "The brand has to be {np}, no exceptions.",
    ],
    ("brand", "want", "preference"): [
        "Ideally it would come from {np}.",
        "I'd lean toward {np} if there's a good option.",
        "Bonus points if it's made by {np}.",
        "I've had good luck with {np}, so I'd prefer that.",
    ],
    ("brand", "avoid", "dealbreaker"): [
        "I won't buy anything made by {np}.",
        "Anything from {np} is off my list.",
        "No {np}, please; that's a firm no for me.",
        "I refuse to get another device from {np}.",
    ],
    ("brand", "avoid", "preference"): [
        "I'd rather skip {np} if I can.",
        "Ideally not {np} this time.",
        "I'd lean away from {np}.",
        "If there's a choice, I'd pass on {np}.",
    ],
    ("case_shape", "want", "dealbreaker"): [
        "It has to have {np}; other shapes just look wrong.",
        "I won't consider anything without {np}.",
        "{np} is a must.",
        "Only {np} will do.",
    ],
    ("case_shape", "want", "preference"): [
        "Ideally it would have {np}.",
        "I'd lean toward {np}.",
        "Bonus points for {np}.",
        "I like the look of {np} best.",
    ],
    ("case_shape", "avoid", "dealbreaker"): [
        "I won't buy one with {np}.",
        "{np} is a dealbreaker for me.",
        "Anything with {np} is out.",
        "Please don't show me {np}; I can't stand that shape.",
    ],
    ("case_shape", "avoid", "preference"): [
        "I'd rather not have {np}.",
        "Ideally it won't have {np}.",
        "I'd lean away from {np}.",
        "If I can, I'll skip {np}.",
    ],
    ("default", "want", "dealbreaker"): [
        "It has to have {np}.",
        "I won't consider anything that doesn't have {np}.",
        "{np} is non-negotiable for me.",
        "No deal unless it comes with {np}.",
    ],
    ("default", "want", "preference"): [
        "Ideally it would have {np}.",
        "I'd lean toward {np}.",
        "Bonus points for {np}.",
        "I'd love {np} if possible.",
    ],
    ("default", "avoid", "dealbreaker"): [
        "I won't buy one with {np}.",
        "{np} is a dealbreaker for me.",
        "Anything with {np} is out.",
        "I refuse to end up with {np}.",
    ],
    ("default", "avoid", "preference"): [
        "I'd rather not have {np}.",
        "Ideally it won't have {np}.",
        "I'd lean away from {np}.",
        "If I can, I'll skip {np}.",
    ],
}

_NUMBER = {
    ("case_size_mm", "dealbreaker"): [
        "The wrist it's going on is small, so the case can't be bigger than {v} mm.",
        "Anything over {v} mm across is too big; I won't consider it.",
        "It has to be {v} mm or smaller.",
        "The case must measure {v} mm or less.",
    ],
    ("case_size_mm", "preference"): [
        "Ideally the case is {v} mm or smaller.",
        "I'd lean toward something no bigger than {v} mm.",
        "Bonus points if it's {v} mm or under; big watches swallow a slim wrist.",
        "I'd prefer a case of at most {v} mm.",
    ],
    ("battery_hours", "dealbreaker"): [
        "It has to last at least {v} hours on a charge.",
        "I won't consider anything rated for less than {v} hours of battery.",
        "Battery life of {v} hours or more is a must.",
        "It needs a battery rating of no less than {v} hours.",
    ],
    ("battery_hours", "preference"): [
        "Ideally it runs {v} hours or more between charges.",
        "I'd lean toward one rated for at least {v} hours.",
        "Bonus points if the battery is good for {v} hours or longer.",
        "I'd prefer a battery rating of {v} hours or better.",
    ],
}

_SENSOR = {
    ("contains", "dealbreaker"): [
        "It has to have {s}.",
        "I won't consider anything without {s}.",
        "{s} is non-negotiable for me.",
        "I'm counting on {s}, so it must be there.",
    ],
    ("contains", "preference"): [
        "Ideally it has {s}.",
        "Bonus points for {s}.",
        "I'd lean toward one with {s}.",
        "It would be nice to get {s}.",
    ],
    ("not_contains", "dealbreaker"): [
        "I don't want {s} on it at all; I'd rather not have that data collected.",
        "It must not have {s}; that's a dealbreaker for me.",
        "Anything with {s} is out.",
        "I won't buy a model that includes {s}.",
    ],
    ("not_contains", "preference"): [
        "I'd rather it didn't have {s}.",
        "Ideally it skips {s}; I'd rather not pay for it.",
        "I'd lean toward a model without {s}.",
        "If possible, leave out {s}; I'd never use it.",
    ],
}

_BOOLEAN = {
    ("cellular", True, "dealbreaker"): [
        "It has to have its own cellular connection so it can call and text by itself.",
        "I won't consider a model without LTE built in.",
        "Cellular service on the watch itself is a must.",
        "It must be an LTE model; Wi-Fi and Bluetooth alone won't do.",
    ],
    ("cellular", True, "preference"): [
        "Ideally it would have cellular so it works on its own.",
        "Bonus points for a built-in LTE connection.",
        "I'd lean toward a cellular model.",
        "An LTE version would be nice to have.",
    ],
    ("cellular", False, "dealbreaker"): [
        "I don't want a cellular model; I refuse to pay for another monthly line.",
        "It must not need an LTE plan; no cellular, period.",
        "No cellular watches for me; I won't add a data plan.",
        "Anything with its own LTE radio is out.",
    ],
    ("cellular", False, "preference"): [
        "I'd rather skip cellular and the extra line fee.",
        "Ideally it's a non-LTE model.",
        "I'd lean toward a version without cellular.",
        "I don't really need LTE, so I'd prefer to go without it.",
    ],
    ("contactless_payments", True, "dealbreaker"): [
        "It has to do contactless payments.",
        "I won't consider one I can't pay with at the register.",
        "Tap-to-pay from the wrist is a must.",
        "It must support contactless pay; I leave my wallet at home a lot.",
    ],
    ("contactless_payments", True, "preference"): [
        "Ideally I could pay for things with it.",
        "Bonus points for contactless payments.",
        "I'd lean toward one with tap-to-pay.",
        "Being able to pay at the checkout with it would be nice.",
    ],
    ("contactless_payments", False, "dealbreaker"): [
        "I don't want any payment features on it; no contactless wallet.",
        "It must not do contactless payments; I keep my cards separate.",
        "Anything with tap-to-pay built in is out for me.",
        "I won't buy a watch that can pay for things; too much risk if I lose it.",
    ],
    ("contactless_payments", False, "preference"): [
        "I'd rather it didn't have contactless pay.",
        "Ideally it skips the payment features.",
        "I'd lean toward a model without tap-to-pay.",
        "I don't care for payments on a watch, so I'd prefer one without.",
    ],
    ("swim_proof", True, "dealbreaker"): [
        "It has to be safe to wear in the pool.",
        "It must survive swimming; anything that can't handle water sports is out.",
        "I won't consider a watch that has to come off before a swim.",
        "It has to be fine for swimming in the lake and the pool.",
    ],
    ("swim_proof", True, "preference"): [
        "Ideally it could be worn swimming.",
        "Bonus points if it's safe for the pool.",
        "I'd lean toward one that's fine to swim with.",
        "It would be great to keep it on for a swim now and then.",
    ],
    ("swim_proof", False, "dealbreaker"): [
        "Nobody will swim with it, and I won't pay for a watch built for swimming.",
        "It shouldn't be a swim-rated model; I don't want to pay extra for that.",
        "No swim-proof models, please; I'd rather put the money elsewhere.",
        "I refuse to pay for pool-ready water sealing that will never get used.",
    ],
    ("swim_proof", False, "preference"): [
        "It won't go near water, so I'd rather skip a swim-rated model.",
        "Ideally it's not one of the swim-proof ones; I won't use that.",
        "I'd lean toward something not built for the pool, if that saves money.",
        "Swimming features would be wasted here, so I'd prefer a watch without them.",
    ],
    ("multi_day_battery", True, "dealbreaker"): [
        "It has to run for several days between charges.",
        "I won't consider anything I'd have to charge every night; it needs multi-day battery life.",
        "It must go days without a charger; nobody will remember to charge it nightly.",
        "Multi-day battery is a must for me.",
    ],
    ("multi_day_battery", True, "preference"): [
        "Ideally it would last a few days on a charge.",
        "Bonus points for multi-day battery life.",
        "I'd lean toward one that goes days between charges.",
        "I'd love not to think about charging it for days at a time.",
    ],
    ("multi_day_battery", False, "dealbreaker"): [
        "Nightly charging is fine, and I won't take a multi-day model with a dimmer, simpler screen.",
        "I don't want one of those multi-day battery watches; I want the full smartwatch that charges daily.",
        "It should not be a multi-day model; those skimp on the features I use.",
        "No watches that run for days on end; they're too basic for me.",
    ],
    ("multi_day_battery", False, "preference"): [
        "I'd rather have a nightly-charge smartwatch than a multi-day one.",
        "Ideally it's not a multi-day battery model; I'd trade runtime for features.",
        "I'd lean away from the watches that last for days.",
        "Charging it every night is fine; I'd prefer that over a multi-day model.",
    ],
    ("phone_free_running", True, "dealbreaker"): [
        "I need to leave my phone at home on runs, so it has to track GPS and play music by itself.",
        "It must let me go running without my phone.",
        "Leaving my phone behind on a run is the whole point, so it has to work on its own.",
        "I won't consider anything that still needs my phone along on a run; I want to leave it behind.",
    ],
    ("phone_free_running", True, "preference"): [
        "Ideally I could leave my phone at home when I run.",
        "Bonus points if I can go out for a run without my phone.",
        "I'd lean toward one that lets me go phone-free on runs.",
        "It would be great to leave the phone on the counter for my morning run.",
    ],
    ("phone_free_running", False, "dealbreaker"): [
        "I always carry my phone, so I won't pay for a watch built to leave it behind.",
        "It shouldn't be a phone-free running model; I'd be paying for music and GPS I'll never use.",
        "No watches made for leaving your phone at home; that's money wasted on me.",
        "I refuse to pay for phone-free running features; my phone comes with me anyway.",
    ],
    ("phone_free_running", False, "preference"): [
        "I never leave my phone at home, so I'd rather not pay for a watch built for that.",
        "Ideally it's a simpler model, not one made for phone-free running.",
        "I'd lean away from the pricier phone-free running watches.",
        "Since I run with my phone anyway, I'd prefer one without phone-free running features.",
    ],
    ("works_with_iphone", True, "dealbreaker"): [
        "I have an iPhone, so it has to work with it.",
        "It must be compatible with my iPhone.",
        "I won't consider anything that doesn't pair with an iPhone.",
        "Our whole family uses iPhones, so iPhone support is non-negotiable.",
    ],
    ("works_with_iphone", True, "preference"): [
        "Ideally it would work with my iPhone.",
        "Bonus points if it pairs with an iPhone.",
        "I'd lean toward one that supports the iPhone, in case I switch back.",
        "It would be nice if it worked with my partner's iPhone too.",
    ],
    ("works_with_iphone", False, "dealbreaker"): [
        "I'm done with Apple, and I won't buy anything made to work with an iPhone.",
        "It must not be an iPhone-compatible watch; I want something built for Android alone.",
        "No iPhone-compatible watches, please; that's a firm rule in our house.",
        "I refuse to get a watch that works with iPhone; I want an Android-only device.",
    ],
    ("works_with_iphone", False, "preference"): [
        "I'd rather skip anything that works with iPhone and stay fully on Android.",
        "Ideally it's an Android-only watch, not one that pairs with an iPhone.",
        "I'd lean toward a watch that doesn't support the iPhone.",
        "Something that isn't iPhone-compatible would suit me better.",
    ],
}

_PRODUCT_TYPE = {
    "smartwatch": [
        "I'm shopping for a smartwatch.",
        "It has to be a proper smartwatch.",
        "What I need is a smartwatch, nothing else.",
        "I only want a smartwatch.",
        "My plan is to buy a smartwatch.",
    ],
    "fitness_tracker": [
        "I'm shopping for a fitness tracker.",
        "It has to be a fitness tracker, not a full watch.",
        "What I need is a slim fitness tracker.",
        "I only want a fitness tracker.",
        "My plan is to buy a fitness tracker.",
    ],
    "hybrid_watch": [
        "I'm shopping for a hybrid watch with real hands.",
        "It has to be a hybrid watch, not a screen on my wrist.",
        "What I need is a hybrid watch.",
        "I only want a hybrid watch.",
        "My plan is to buy a hybrid watch.",
    ],
    "kids_watch": [
        "I'm shopping for a kids watch for my child.",
        "It has to be a kids watch, made for children.",
        "What I need is a kids watch.",
        "I only want a kids watch.",
        "My plan is to buy a kids watch.",
    ],
    "rugged_watch": [
        "I'm shopping for a rugged watch that can take a beating.",
        "It has to be a rugged watch for the outdoors.",
        "What I need is a rugged watch.",
        "I only want a rugged watch.",
        "My plan is to buy a rugged watch.",
    ],
    "running_watch": [
        "I'm shopping for a GPS running watch.",
        "It has to be a running watch.",
        "What I need is a running watch.",
        "I only want a dedicated running watch.",
        "My plan is to buy a running watch.",
    ],
}


def _capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def phrase(constraint: Constraint, rng: random.Random) -> str:
    """One sentence in a shopper's words stating `constraint`."""
    attribute, op, value, kind = constraint.attribute, constraint.op, constraint.value, constraint.kind
    if attribute == "product_type":
        if op not in ("eq", "in"):
            raise ValueError(f"unsupported product_type op {op!r}")
        values = value if isinstance(value, list) else [value]
        if len(values) == 1 and values[0] in _PRODUCT_TYPE:
            return rng.choice(_PRODUCT_TYPE[values[0]])
        words = _join_or([_TYPE_WORDS.get(v, v.replace("_", " ")) for v in values])
        return f"I'm shopping for a {words}."
    if isinstance(value, bool):
        templates = _BOOLEAN.get((attribute, value, kind))
        if templates is None or op != "eq":
            raise ValueError(f"unsupported boolean constraint {constraint!r}")
        return rng.choice(templates)
    if op in ("gte", "lte", "gt", "lt"):
        templates = _NUMBER.get((attribute, kind))
        if templates is None:
            raise ValueError(f"unsupported number constraint {constraint!r}")
        return rng.choice(templates).format(v=_number(float(value)))
    if op in ("contains", "not_contains"):
        item = str(value).lower()
        sensor = _SENSOR_NAMES.get(item, item)
        return _capital(rng.choice(_SENSOR[(op, kind)]).format(s=sensor))
    if op in ("eq", "in", "ne", "not_in"):
        values = [str(v).lower() for v in (value if isinstance(value, list) else [value])]
        mood = "want" if op in ("eq", "in") else "avoid"
        group = attribute if (attribute, mood, kind) in _CATEGORICAL else "default"
        noun_phrase = _noun_phrase(attribute, values)
        return _capital(rng.choice(_CATEGORICAL[(group, mood, kind)]).format(np=noun_phrase))
    raise ValueError(f"unsupported constraint {constraint!r}")


# ---------------------------------------------------------------------------------------- buying guide

BUYING_GUIDE: list[dict] = [
    {
        "id": "choosing-a-type",
        "title": "Which kind of wearable do you need?",
        "text": (
            "Start from how you will use it. A smartwatch runs apps, shows messages in full, takes calls and "
            "usually pays at the register, but most need charging every night or two. A fitness tracker is a "
            "slim band for steps, sleep and heart rate that disappears on the wrist and runs much longer. A "
            "hybrid watch has real hands and a dial, with tracking hidden inside, for people who want a "
            "traditional look. Running watches put GPS accuracy and training tools first; rugged outdoor "
            "watches add toughness, navigation sensors and long battery life. Kids watches focus on calling "
            "approved contacts and location sharing, with parents in control."
        ),
    },
    {
        "id": "phone-compatibility",
        "title": "Check it works with your phone",
        "text": (
            "Compatibility is the first thing to rule in or out. An Apple Watch pairs only with Apple's "
            "phones, so an Android user cannot set one up at all. Samsung Galaxy watches and bands, Google "
            "Pixel watches and the OnePlus Watch are built for Android and do not support iOS. Garmin, "
            "Fitbit trackers, Amazfit, Withings, COROS, Suunto, Casio and the kids watches with parent apps "
            "work with both iOS and Android. Look for the compatibility line in the specs: if it lists iOS, "
            "the device works with Apple's phones; 'Android only' means it does not. Switching phones later "
            "can strand a watch, so think ahead."
        ),
    },
    {
        "id": "battery-life",
        "title": "Understanding battery life",
        "text": (
            "Battery figures are quoted in hours of typical use with the screen mostly off. Full "
            "smartwatches with bright screens and app stores usually manage 18 to 40 hours, which means "
            "charging nightly. Watches built on simpler software, or with memory-in-pixel screens, run for "
            "hundreds of hours. As a rule of thumb, anything rated for 72 hours or more lets you skip the "
            "charger for several nights. Real life is shorter: an always-on display, GPS workouts, LTE and "
            "music streaming all drain the battery faster. If you want sleep tracking, pick a model that can "
            "be charged while you shower instead of overnight."
        ),
    },
    {
        "id": "water-ratings",
        "title": "What water ratings really mean",
        "text": (
            "Water ratings come in two families. ATM and WR figures describe pressure resistance: 5 ATM or "
            "WR50 (50 metres) is the minimum for swimming laps, 10 ATM or WR100 handles snorkeling and water "
            "sports, and WR200 is diver-grade toughness. IP ratings such as IP67 and IP68 are dust and "
            "immersion tests made in still water; they cover rain, hand washing and a quick dunk, but not "
            "the pressure of swimming strokes or diving in. A watch rated only IP68 should come off before "
            "the pool. 3 ATM is splash-level too. Hot tubs and saunas are hard on every seal, whatever the "
            "rating."
        ),
    },
    {
        "id": "gps-types",
        "title": "Built-in, connected or no GPS",
        "text": (
            "Built-in GPS means the watch has its own satellite receiver and can map a run, ride or hike on "
            "its own. Connected GPS borrows your phone's location, so distance and pace are only recorded "
            "when the phone comes along. Devices with no GPS estimate distance from steps. Dual-frequency or "
            "multi-band receivers listen on two satellite bands and stay accurate among tall buildings, "
            "canyons and dense trees, which matters for runners who care about pace. GPS is the biggest "
            "battery drain during workouts, so check the GPS-mode runtime if you plan long events."
        ),
    },
    {
        "id": "cellular-models",
        "title": "Do you need a cellular (LTE) model?",
        "text": (
            "A cellular watch has its own LTE radio and phone number or shared line, so it can call, text, "
            "stream and send emergency alerts with no phone nearby. Expect to pay about $50 to $100 more for "
            "the hardware and roughly $10 a month to a carrier; kids watches need their own plan from the "
            "maker or a carrier. The radio shortens battery life when it is in use. If you always carry your "
            "phone, the cheaper Bluetooth or Wi-Fi model does everything else the same. Cellular is most "
            "useful for runners, swimmers, older relatives and children without a phone."
        ),
    },
    {
        "id": "display-types",
        "title": "Screen technologies compared",
        "text": (
            "AMOLED screens are vivid and sharp, with true blacks, and look best indoors, but they use more "
            "power, especially when always-on. LCD screens are cheaper and common on kids watches; they are "
            "less crisp and harder to see at an angle. Small monochrome OLED screens appear on budget bands "
            "and in hybrid watch windows. E Ink looks like printed paper and sips power. Transflective, or "
            "memory-in-pixel, screens reflect sunlight, so they get easier to read outdoors and can stay on "
            "permanently for very little battery, at the cost of muted colours. Screenless bands skip the "
            "display and show everything in the app."
        ),
    },
    {
        "id": "health-sensors",
        "title": "Health sensors: what each one does",
        "text": (
            "Almost every wearable has an optical heart-rate sensor for workouts, resting heart rate and "
            "sleep staging. SpO2 estimates blood oxygen, mostly useful overnight and at altitude. An ECG "
            "takes a 30-second single-lead reading when you touch the watch and can flag signs of atrial "
            "fibrillation for a doctor to review. Skin temperature sensing tracks nightly deviations, useful "
            "for cycle tracking and spotting illness early. Outdoor watches add a barometric altimeter for "
            "elevation and storm alerts and a compass for navigation. None of these replace medical devices, "
            "and features can vary by country."
        ),
    },
    {
        "id": "case-materials",
        "title": "Case materials and what they cost",
        "text": (
            "Aluminum is light and affordable but scratches and dents more easily. Stainless steel is "
            "heavier, polished and dressier, and it shrugs off scuffs. Titanium is as strong as steel at "
            "about half the weight and is the premium choice for big outdoor watches, and it suits people "
            "with nickel sensitivity. Fiber-reinforced polymer is a tough plastic used by most sports and "
            "kids watches; it keeps weight low and does not dent. Many polymer watches wear a metal bezel "
            "ring on top: the bezel adds style and scratch resistance, but the case itself is still polymer. "
            "Sapphire crystal over the screen resists scratches best."
        ),
    },
    {
        "id": "sizing",
        "title": "Getting the size right",
        "text": (
            "Case size is given in millimetres, across the face for round watches or top to bottom for "
            "square ones. As a guide, wrists under about 15 cm (6 inches) look best with cases of 38 to 42 "
            "mm; average wrists suit 42 to 46 mm; larger wrists carry 46 mm and up. The distance between the "
            "lugs matters as much as the diameter: if the lugs overhang the wrist, the watch will rock and "
            "read heart rate poorly. Larger cases hold bigger batteries and screens, so there is a "
            "trade-off. For children, pick the smallest case available and a band with plenty of holes."
        ),
    },
    {
        "id": "straps",
        "title": "Straps and bands",
        "text": (
            "Silicone and fluoroelastomer sport bands are the workout standard: sweat-proof, easy to rinse, "
            "and fluoroelastomer feels smoother and resists lint. Woven nylon loops breathe well and adjust "
            "finely, which helps for sleep tracking, but they hold water and take time to dry. Leather looks "
            "smart at the office but should stay away from sweat and water. Stainless steel links and mesh "
            "loops are dressy and durable but heavy for exercise. Resin bands on tough watches are thick and "
            "nearly indestructible. Most watches use standard quick-release pins or a maker's own connector, "
            "so check before buying spare bands."
        ),
    },
    {
        "id": "contactless-payments",
        "title": "Paying with your watch",
        "text": (
            "Watches with an NFC chip can pay at any contactless terminal: Apple Pay on Apple Watch, Google "
            "Wallet on Pixel, Fitbit Charge and other Wear OS models, Samsung Wallet on Galaxy watches and "
            "Garmin Pay on many Garmin models. Check that your bank supports the wallet your watch uses; "
            "Garmin Pay and smaller wallets list fewer banks than Apple's or Google's. Payments are "
            "protected by a passcode that is asked again whenever the watch leaves your wrist. Budget bands, "
            "most Amazfit watches sold in the US, Withings hybrids and kids watches do not offer payments."
        ),
    },
    {
        "id": "music-and-phone-free",
        "title": "Music storage and leaving the phone at home",
        "text": (
            "To go out for a run with nothing but the watch, two things are needed: built-in GPS to record "
            "the route and pace, and on-watch music storage to play songs or podcasts over Bluetooth "
            "headphones. 'Controls only' means the watch merely skips tracks playing on your phone. Most "
            "Apple, Samsung, Pixel and Garmin music editions can download playlists from Spotify or other "
            "services. A cellular model can also stream and take calls, but it is not required for a "
            "phone-free run. Check the spec sheet for both lines before you buy."
        ),
    },
    {
        "id": "kids-watches",
        "title": "Choosing a watch for a child",
        "text": (
            "Kids watches sit between a toy and a first phone. Cellular models let a child call and message "
            "a short list of parent-approved contacts and share location, with no browser, app store or "
            "social media; they need a monthly plan. School or quiet modes lock the watch during class. "
            "Non-cellular options, such as activity bands and camera watches, cost less and need no plan, "
            "but cannot call. Look at battery life (a full school day plus the evening at minimum), a sturdy "
            "case, a strap that fits a small wrist, and how the watch handles water if your child plays "
            "outdoors."
        ),
    },
    {
        "id": "hybrid-watches",
        "title": "Hybrid watches: analog looks, smart insides",
        "text": (
            "A hybrid watch keeps physical hands on a real dial and hides its tracking inside. Some add a "
            "small OLED or E Ink window or a hidden touchscreen that shows steps, heart rate and "
            "notifications on demand; the simplest ones use a sub-dial to show progress. Because they skip a "
            "large colour screen, hybrids run for weeks or even a year on a coin cell. They cannot run apps "
            "or show long messages, and GPS usually comes from the phone. They suit offices, formal events "
            "and people who dislike a glowing screen on their wrist."
        ),
    },
    {
        "id": "running-watches",
        "title": "What sets a running watch apart",
        "text": (
            "Running watches are built around pace accuracy and training feedback. Look for multi-band GPS "
            "if you run among buildings or trees, physical buttons that work with sweaty fingers, and a "
            "screen you can read mid-stride. Useful extras are suggested daily workouts, recovery time, "
            "race-time predictions and interval programming. Memory-in-pixel screens last longest and read "
            "well in sun; AMOLED looks nicer indoors. Music storage matters only if you want to run without "
            "a phone. A lighter case, 40 to 45 mm, is easier to wear for long runs and overnight."
        ),
    },
    {
        "id": "rugged-watches",
        "title": "Rugged outdoor watches",
        "text": (
            "Outdoor watches are built to survive drops, cold, heat and grit, often tested to military "
            "standards, with raised bezels protecting the glass and buttons that work with gloves. The "
            "altimeter, barometer and compass trio helps with navigation and storm warnings, and many add "
            "offline topographic maps, a flashlight or a siren. Battery life is the main difference between "
            "models: expedition watches with memory-in-pixel screens or solar charging run for weeks, while "
            "bright AMOLED adventure smartwatches need charging every couple of nights. Cases are large, so "
            "check the size against your wrist."
        ),
    },
    {
        "id": "care-and-cleaning",
        "title": "Care, cleaning and comfort",
        "text": (
            "Wipe the sensor window and band regularly; sweat and sunscreen build-up cause skin irritation "
            "and poor heart-rate readings. Rinse silicone and fluoroelastomer bands with fresh water after "
            "salt water or chlorine, and let nylon dry fully before wearing it overnight. Keep leather dry. "
            "Wear the watch a finger's width above the wrist bone, snug during workouts and a notch looser "
            "the rest of the time. Avoid hot water, steam rooms and high-pressure jets even on water-rated "
            "models, and charge with the maker's cable only. Give the skin a break if redness appears."
        ),
    },
]

DOMAIN_KNOWLEDGE = """\
# Wearables: what the specs tell you

Product pages list the water rating, battery hours, GPS type, music storage and phone compatibility, but not
what they mean in practice. Apply these rules:

- **Safe for swimming (swim-proof)**: only with a water rating of **5 ATM or more** (5 ATM, 10 ATM) or **WR50 or
  more** (WR50, WR100, WR200). An IP rating alone (IP54, IP67, IP68) only covers dust, rain, splashes and a brief
  dunk in still water, so such a watch is **not** swim-proof; neither is a 3 ATM watch.
- **Multi-day battery** (going days between charges): a rated battery life of **72 hours or more**. Anything
  rated under 72 hours needs charging every night or two.
- **Phone-free running** (you can leave the phone at home on a run): only with **built-in GPS** *and*
  **on-watch music storage**. Connected GPS uses the phone, "no GPS" cannot record a route, and "controls only"
  music means the songs stay on the phone. Cellular is not required.
- **Works with iPhone**: only if the compatibility list includes **iOS**. "Android only" devices (Samsung
  Galaxy watches and bands, Google Pixel Watch, OnePlus Watch) cannot be set up with an iPhone; a standalone
  toy watch with no app does not pair with any phone.

General know-how:
- Case material means the case body: a polymer watch with a stainless steel or titanium bezel ring is still a
  polymer watch.
- Case size is in millimetres; 38-42 mm suits small wrists, 44 mm and up suits larger ones.
- AMOLED screens are the brightest and sharpest but use the most power; transflective (memory-in-pixel) and
  E Ink screens read best in sunlight and last longest.
- Cellular (LTE) models need a carrier plan, usually about $10 a month; kids watches need the maker's plan.
- ECG, SpO2 and skin temperature readings are wellness tools, not a diagnosis.
"""

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
