"""Category `cars`: new 2025 model-year vehicles at believable US MSRPs (destination included).

Products are written compactly in `_RECORDS` and expanded by `_product` into the data-contract shape,
so that the "Key: Value" features always agree with the base attributes. Derived attributes
(`derive`) are never stated in the product text; `DOMAIN_KNOWLEDGE` states their rules in words.
"""

import math
import random

from PIL import Image, ImageDraw

from datagen.spec import AttributeSpec
from salessim_inspect.data.models import Constraint, Product

CATEGORY = "cars"
PERSONA_COUNT = 147
AGE_RANGE = (18, 85)
GENDER = None

# ---------------------------------------------------------------------------------------------------------
# Products
# ---------------------------------------------------------------------------------------------------------
# Compact records. Keys: name, type, price, color, make, model, pt (powertrain), dt (drivetrain),
# trans (transmission category), engine and gearbox (display text), hp, mpg (gas/hybrid/plug-in hybrid),
# range (electric/plug-in hybrid miles), seats, cargo (cu ft behind the rear seats) or bed (ft, trucks),
# tow (lbs, where the maker rates it), length and clear (inches), nhtsa (overall stars, where rated),
# iihs ("top safety pick plus", "top safety pick" or "none"), equip (list), desc.
# fmt: off
_RECORDS: list[dict] = [
    # ----- sedans -----
    {
        "name": "2025 Toyota Corolla LE", "type": "sedan", "price": 23185, "color": "white",
        "make": "toyota", "model": "corolla", "pt": "gas", "dt": "fwd", "trans": "cvt",
        "engine": "2.0L four-cylinder", "gearbox": "CVT automatic", "hp": 169, "mpg": 35,
        "seats": 5, "cargo": 13.1, "length": 182.5, "clear": 5.3, "nhtsa": 5, "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay"],
        "desc": "Toyota's long-running small sedan in its sensible LE trim, with a smooth 2.0-liter engine "
        "and a CVT that keeps the cabin calm. The full Toyota Safety Sense suite, including radar cruise "
        "control, is standard, and an 8-inch touchscreen brings wireless Apple CarPlay. A low-fuss daily "
        "driver with a strong record for reliability.",
    },
    {
        "name": "2025 Honda Civic Si", "type": "sedan", "price": 31100, "color": "blue",
        "make": "honda", "model": "civic", "pt": "gas", "dt": "fwd", "trans": "manual",
        "engine": "1.5L turbo four-cylinder", "gearbox": "6-speed manual", "hp": 200, "mpg": 31,
        "seats": 5, "cargo": 14.4, "length": 184.0, "clear": 5.0, "nhtsa": 5, "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "premium audio"],
        "desc": "The enthusiast's Civic: a turbocharged 1.5-liter engine sends 200 hp to the front wheels "
        "through a slick six-speed manual and a limited-slip differential. Bolstered sport seats, a "
        "firmer suspension and a 12-speaker Bose stereo make it a sedan that is genuinely fun on a back road.",
    },
    {
        "name": "2025 Honda Accord Sport Hybrid", "type": "sedan", "price": 34750, "color": "gray",
        "make": "honda", "model": "accord", "pt": "hybrid", "dt": "fwd", "trans": "cvt",
        "engine": "2.0L four-cylinder two-motor hybrid", "gearbox": "electronic CVT", "hp": 204, "mpg": 44,
        "seats": 5, "cargo": 16.7, "length": 195.7, "clear": 5.7, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "wireless charging"],
        "desc": "A roomy midsize sedan built around Honda's two-motor hybrid system, which runs on electric "
        "power at low speeds and blends in the engine when more push is needed. Sport trim adds 19-inch "
        "black wheels, heated front seats, a wireless phone pad and a 12.3-inch touchscreen. Rear legroom "
        "is among the best in its class.",
    },
    {
        "name": "2025 Toyota Camry XSE AWD", "type": "sedan", "price": 37090, "color": "red",
        "make": "toyota", "model": "camry", "pt": "hybrid", "dt": "awd", "trans": "cvt",
        "engine": "2.5L four-cylinder hybrid with rear e-motor", "gearbox": "electronic CVT", "hp": 232,
        "mpg": 44, "seats": 5, "cargo": 15.1, "length": 193.5, "clear": 5.7, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "ventilated seats", "sunroof",
                  "wireless charging"],
        "desc": "The latest Camry is sold only as a hybrid, and this sporty XSE adds a rear electric motor "
        "so all four wheels can pull. It comes with a power sunroof, heated and ventilated front seats and "
        "a 12.3-inch screen, plus a firmer suspension than the softer trims. A comfortable highway cruiser "
        "with Toyota's durability record behind it.",
    },
    {
        "name": "2025 Subaru Legacy Limited", "type": "sedan", "price": 34115, "color": "green",
        "make": "subaru", "model": "legacy", "pt": "gas", "dt": "awd", "trans": "cvt",
        "engine": "2.5L flat-four (boxer)", "gearbox": "CVT with paddle shifters", "hp": 180, "mpg": 30,
        "seats": 5, "cargo": 15.1, "length": 190.6, "clear": 5.9, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "ventilated seats",
                  "heated steering wheel"],
        "desc": "Subaru's midsize sedan comes with symmetrical all-wheel drive as standard, driven by a "
        "2.5-liter boxer four. The Limited trim adds leather upholstery, heated and ventilated front seats, "
        "a heated steering wheel and an 11.6-inch portrait touchscreen. EyeSight driver assistance with "
        "lane centering is included.",
    },
    {
        "name": "2025 Tesla Model 3 Long Range AWD", "type": "sedan", "price": 47490, "color": "black",
        "make": "tesla", "model": "model 3", "pt": "electric", "dt": "awd", "trans": "automatic",
        "engine": "Dual electric motors", "gearbox": "single-speed direct drive", "hp": 394, "range": 346,
        "seats": 5, "cargo": 19.8, "length": 184.8, "clear": 5.5, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "heated seats", "ventilated seats", "wireless charging",
                  "premium audio", "heated steering wheel"],
        "desc": "A sleek all-electric sedan with a motor on each axle, brisk acceleration and an EPA-rated "
        "346 miles per charge. The minimalist cabin is run almost entirely from a 15.4-inch center screen "
        "with Tesla's own software, so Apple CarPlay is not offered. A fixed glass roof, a small front "
        "trunk and access to the Supercharger network round it out.",
    },
    {
        "name": "2025 BMW 330e xDrive", "type": "sedan", "price": 49675, "color": "white",
        "make": "bmw", "model": "3 series", "pt": "plug-in hybrid", "dt": "awd", "trans": "automatic",
        "engine": "2.0L turbo four-cylinder plug-in hybrid", "gearbox": "8-speed automatic", "hp": 288,
        "mpg": 28, "range": 20, "seats": 5, "cargo": 13.2, "length": 185.7, "clear": 5.6,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "sunroof", "wireless charging",
                  "heated steering wheel"],
        "desc": "BMW's 3 Series sport sedan in plug-in hybrid form: a turbocharged four-cylinder teams "
        "with an electric motor for 288 hp, and a battery charged at home covers roughly 20 miles before "
        "the engine starts. This car has xDrive all-wheel drive, a curved dual-screen dashboard and a "
        "power moonroof. The trunk is a little smaller than a regular 330i's because of the battery.",
    },
    {
        "name": "2025 Hyundai Ioniq 6 SE Long Range RWD", "type": "sedan", "price": 46615, "color": "red",
        "make": "hyundai", "model": "ioniq 6", "pt": "electric", "dt": "rwd", "trans": "automatic",
        "engine": "Single rear electric motor", "gearbox": "single-speed reduction gear", "hp": 225,
        "range": 342, "seats": 5, "cargo": 11.2, "length": 191.1, "clear": 5.5, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel"],
        "desc": "A streamlined electric sedan whose teardrop shape helps it cover an EPA-estimated 342 "
        "miles on a charge. Its 800-volt battery can go from 10 to 80 percent in about 18 minutes on a "
        "fast public charger. Inside are twin 12.3-inch screens, heated front seats and a heated steering "
        "wheel; the trunk is modest for the class.",
    },
    # ----- SUVs -----
    {
        "name": "2025 Subaru Crosstrek Premium", "type": "suv", "price": 28385, "color": "orange",
        "make": "subaru", "model": "crosstrek", "pt": "gas", "dt": "awd", "trans": "cvt",
        "engine": "2.0L flat-four (boxer)", "gearbox": "CVT automatic", "hp": 152, "mpg": 29,
        "seats": 5, "cargo": 19.9, "tow": 1500, "length": 176.4, "clear": 8.7, "nhtsa": 5,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats"],
        "desc": "A lifted subcompact SUV with standard all-wheel drive, roof rails and rugged body "
        "cladding that shrugs off gravel roads. The Premium trim adds heated front seats and an 11.6-inch "
        "touchscreen with wireless phone mirroring, and EyeSight adaptive cruise is standard. The 2.0-liter "
        "engine is adequate rather than quick.",
    },
    {
        "name": "2025 Toyota RAV4 Hybrid XLE", "type": "suv", "price": 35915, "color": "blue",
        "make": "toyota", "model": "rav4", "pt": "hybrid", "dt": "awd", "trans": "cvt",
        "engine": "2.5L four-cylinder hybrid", "gearbox": "electronic CVT", "hp": 219, "mpg": 39,
        "seats": 5, "cargo": 37.6, "tow": 1750, "length": 180.9, "clear": 8.1, "nhtsa": 5,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "sunroof"],
        "desc": "The country's favorite compact SUV in hybrid form, with electronic on-demand all-wheel "
        "drive that powers the rear axle with its own motor. The XLE trim brings a power moonroof, "
        "dual-zone climate control and Toyota Safety Sense with radar cruise. Cargo space is generous "
        "for its footprint.",
    },
    {
        "name": "2025 Hyundai Tucson SEL FWD", "type": "suv", "price": 32485, "color": "white",
        "make": "hyundai", "model": "tucson", "pt": "gas", "dt": "fwd", "trans": "automatic",
        "engine": "2.5L four-cylinder", "gearbox": "8-speed automatic", "hp": 187, "mpg": 28,
        "seats": 5, "cargo": 38.7, "tow": 2000, "length": 183.5, "clear": 6.4, "nhtsa": 5,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "wireless charging", "power liftgate"],
        "desc": "A roomy, sharply styled compact SUV whose front-wheel-drive SEL trim keeps the price in "
        "check while adding heated front seats, a hands-free power liftgate and a wireless charging pad. "
        "Rear-seat room and cargo space are among the best in its class, and Hyundai's long powertrain "
        "warranty is a plus.",
    },
    {
        "name": "2025 Kia Telluride SX X-Line AWD", "type": "suv", "price": 51185, "color": "green",
        "make": "kia", "model": "telluride", "pt": "gas", "dt": "awd", "trans": "automatic",
        "engine": "3.8L V6", "gearbox": "8-speed automatic", "hp": 291, "mpg": 21,
        "seats": 7, "cargo": 21.0, "tow": 5500, "length": 197.2, "clear": 8.4, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "ventilated seats", "sunroof",
                  "360 camera", "power liftgate", "premium audio", "heated steering wheel"],
        "desc": "A handsome three-row SUV that feels more expensive than it is. This SX X-Line has "
        "captain's chairs in the second row, a dual sunroof, Harman Kardon audio and a surround-view "
        "camera, plus a slightly raised suspension and standard all-wheel drive. The V6 is smooth, and "
        "the third row fits adults on shorter drives.",
    },
    {
        "name": "2025 Ford Explorer Active RWD", "type": "suv", "price": 42095, "color": "silver",
        "make": "ford", "model": "explorer", "pt": "gas", "dt": "rwd", "trans": "automatic",
        "engine": "2.3L turbo four-cylinder", "gearbox": "10-speed automatic", "hp": 300, "mpg": 24,
        "seats": 7, "cargo": 18.2, "tow": 5300, "length": 198.7, "clear": 7.9, "nhtsa": 4, "iihs": "none",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "power liftgate", "wireless charging"],
        "desc": "Ford's three-row SUV rides on a rear-drive platform, and this Active trim uses a "
        "turbocharged 300-hp four-cylinder with a 10-speed automatic. A 13.2-inch touchscreen, heated "
        "front seats and a hands-free liftgate are included, and a second-row bench gives it seats for "
        "seven. BlueCruise hands-free highway driving is available as a subscription.",
    },
    {
        "name": "2025 Chevrolet Tahoe LT 4WD", "type": "suv", "price": 67090, "color": "black",
        "make": "chevrolet", "model": "tahoe", "pt": "gas", "dt": "4wd", "trans": "automatic",
        "engine": "5.3L V8", "gearbox": "10-speed automatic", "hp": 355, "mpg": 17,
        "seats": 8, "cargo": 25.5, "tow": 8200, "length": 210.7, "clear": 8.0, "nhtsa": 4, "iihs": "none",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "power liftgate",
                  "heated steering wheel", "remote start", "wireless charging", "premium audio"],
        "desc": "A full-size body-on-frame SUV with a 5.3-liter V8, a two-speed transfer case and an "
        "independent rear suspension that makes the third row genuinely usable. The LT seats eight with a "
        "second-row bench and adds leather, heated seats and steering wheel, remote start and a Bose sound "
        "system. It is a large vehicle in every dimension.",
    },
    {
        "name": "2025 Jeep Wrangler Sahara 4xe", "type": "suv", "price": 56390, "color": "yellow",
        "make": "jeep", "model": "wrangler", "pt": "plug-in hybrid", "dt": "4wd", "trans": "automatic",
        "engine": "2.0L turbo four-cylinder plug-in hybrid", "gearbox": "8-speed automatic", "hp": 375,
        "mpg": 20, "range": 21, "seats": 5, "cargo": 27.7, "tow": 3500, "length": 188.4, "clear": 10.0,
        "iihs": "none",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel", "remote start"],
        "desc": "The four-door Wrangler with a plug-in hybrid powertrain: a turbo four and two electric "
        "motors make 375 hp, and the battery covers about 21 miles on its own. It keeps the solid axles, "
        "removable doors and full-time transfer case that define a Wrangler, and the Sahara trim adds "
        "heated front seats and a 12.3-inch screen. On pavement the ride is busier than a crossover's.",
    },
    {
        "name": "2025 Toyota Highlander Hybrid XLE AWD", "type": "suv", "price": 49060, "color": "gray",
        "make": "toyota", "model": "highlander", "pt": "hybrid", "dt": "awd", "trans": "cvt",
        "engine": "2.5L four-cylinder hybrid", "gearbox": "electronic CVT", "hp": 243, "mpg": 35,
        "seats": 8, "cargo": 16.0, "tow": 3500, "length": 194.9, "clear": 8.0, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "sunroof", "power liftgate",
                  "wireless charging"],
        "desc": "A three-row midsize SUV with Toyota's hybrid system and electronic all-wheel drive. This "
        "XLE seats eight with a second-row bench and comes with SofTex-trimmed heated seats, a power "
        "moonroof and a hands-free liftgate. The third row is best suited to kids and short trips.",
    },
    # ----- pickup trucks -----
    {
        "name": "2025 Ford Maverick XLT Hybrid", "type": "truck", "price": 30085, "color": "blue",
        "make": "ford", "model": "maverick", "pt": "hybrid", "dt": "fwd", "trans": "cvt",
        "engine": "2.5L four-cylinder hybrid", "gearbox": "electronic CVT", "hp": 191, "mpg": 37,
        "seats": 5, "bed": 4.5, "tow": 2000, "length": 199.7, "clear": 8.3, "iihs": "none",
        "equip": ["apple carplay", "remote start"],
        "desc": "A compact unibody pickup with a hybrid powertrain and front-wheel drive, sized "
        "closer to a crossover than a full-size truck. The 4.5-foot bed has clever slots and tie-downs for "
        "do-it-yourself dividers, and the XLT adds alloy wheels and remote start. It rides and handles "
        "much like a car.",
    },
    {
        "name": "2025 Toyota Tacoma TRD Off-Road Double Cab", "type": "truck", "price": 46150,
        "color": "orange", "make": "toyota", "model": "tacoma", "pt": "gas", "dt": "4wd",
        "trans": "automatic", "engine": "2.4L turbo four-cylinder", "gearbox": "8-speed automatic",
        "hp": 278, "mpg": 21, "seats": 5, "bed": 5.0, "tow": 6500, "length": 213.0, "clear": 9.5,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "wireless charging"],
        "desc": "The midsize Tacoma in its trail-focused TRD Off-Road trim, with Bilstein shocks, a "
        "locking rear differential and Crawl Control. A turbocharged 2.4-liter four replaces the old V6 "
        "and delivers more torque, and the double cab seats five. Toyota's newest multimedia system with "
        "wireless phone integration is standard.",
    },
    {
        "name": "2025 Ford F-150 XLT SuperCrew 4x4", "type": "truck", "price": 55210, "color": "white",
        "make": "ford", "model": "f-150", "pt": "gas", "dt": "4wd", "trans": "automatic",
        "engine": "2.7L EcoBoost twin-turbo V6", "gearbox": "10-speed automatic", "hp": 325, "mpg": 20,
        "seats": 6, "bed": 5.5, "tow": 10100, "length": 231.7, "clear": 9.4, "nhtsa": 4, "iihs": "none",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "remote start", "360 camera"],
        "desc": "The best-selling full-size pickup in crew-cab XLT form, with the punchy 2.7-liter "
        "twin-turbo V6 and a 5.5-foot bed. A front bench gives it room for six, and this truck includes "
        "heated front seats, remote start and a 360-degree camera. Pro Power Onboard outlets are available "
        "as an option.",
    },
    {
        "name": "2025 Ford F-150 Lightning Flash", "type": "truck", "price": 64590, "color": "silver",
        "make": "ford", "model": "f-150 lightning", "pt": "electric", "dt": "4wd", "trans": "automatic",
        "engine": "Dual electric motors, extended-range battery", "gearbox": "single-speed", "hp": 580,
        "range": 290, "seats": 5, "bed": 5.5, "tow": 7700, "length": 232.7, "clear": 8.4, "nhtsa": 5,
        "iihs": "none",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel",
                  "wireless charging", "360 camera", "premium audio"],
        "desc": "The electric F-150 pairs two motors with an extended-range battery for 580 hp and an "
        "EPA-estimated 290 miles of range. The front trunk is a big lockable storage bin, and the truck "
        "can power tools or even a house during an outage. The Flash trim adds a 15.5-inch touchscreen, a "
        "B&O sound system and BlueCruise hardware.",
    },
    {
        "name": "2025 Chevrolet Silverado 1500 LT Duramax Crew Cab 2WD", "type": "truck", "price": 57395,
        "color": "red", "make": "chevrolet", "model": "silverado 1500", "pt": "diesel", "dt": "rwd",
        "trans": "automatic", "engine": "3.0L Duramax turbo-diesel inline-six",
        "gearbox": "10-speed automatic", "hp": 305, "mpg": 26, "seats": 6, "bed": 5.8, "tow": 13000,
        "length": 231.7, "clear": 7.9, "nhtsa": 4, "iihs": "none",
        "equip": ["apple carplay", "heated seats", "remote start", "wireless charging"],
        "desc": "A full-size crew-cab pickup powered by Chevy's smooth 3.0-liter turbo-diesel six, which "
        "makes 495 lb-ft of torque for heavy work. This two-wheel-drive LT sends power to the rear axle, "
        "has a 5-foot-8 bed and a front bench for six, and includes heated seats and remote start. The "
        "13.4-inch touchscreen is easy to use.",
    },
    {
        "name": "2025 Honda Ridgeline RTL", "type": "truck", "price": 46430, "color": "gray",
        "make": "honda", "model": "ridgeline", "pt": "gas", "dt": "awd", "trans": "automatic",
        "engine": "3.5L V6", "gearbox": "9-speed automatic", "hp": 280, "mpg": 21,
        "seats": 5, "bed": 5.3, "tow": 5000, "length": 210.2, "clear": 7.6, "nhtsa": 5,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "sunroof", "wireless charging",
                  "remote start"],
        "desc": "A unibody pickup that drives like a big crossover, with standard torque-vectoring "
        "all-wheel drive and a smooth 3.5-liter V6. Its bed hides a lockable in-bed trunk under the floor, "
        "and the tailgate swings sideways or folds down. The RTL trim brings leather, heated front seats "
        "and a power moonroof.",
    },
    {
        "name": "2025 Hyundai Santa Cruz SEL AWD", "type": "truck", "price": 33545, "color": "beige",
        "make": "hyundai", "model": "santa cruz", "pt": "gas", "dt": "awd", "trans": "automatic",
        "engine": "2.5L four-cylinder", "gearbox": "8-speed automatic", "hp": 191, "mpg": 23,
        "seats": 5, "bed": 4.3, "tow": 3500, "length": 195.7, "clear": 8.6, "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "remote start", "wireless charging"],
        "desc": "A crossover-based pickup with a short open bed that hides a lockable under-floor storage "
        "well. This SEL has HTRAC all-wheel drive, heated front seats and a wireless charging pad, and it "
        "is easy to live with on pavement. It suits light hauling rather than heavy work.",
    },
    # ----- minivans -----
    {
        "name": "2025 Honda Odyssey EX-L", "type": "minivan", "price": 43870, "color": "white",
        "make": "honda", "model": "odyssey", "pt": "gas", "dt": "fwd", "trans": "automatic",
        "engine": "3.5L V6", "gearbox": "10-speed automatic", "hp": 280, "mpg": 22,
        "seats": 8, "cargo": 32.8, "tow": 3000, "length": 205.2, "clear": 5.3, "nhtsa": 5,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "sunroof", "power liftgate",
                  "power sliding doors"],
        "desc": "A well-rounded minivan with a strong V6, a quiet ride and Magic Slide second-row seats "
        "that shift sideways for easier third-row access. The EX-L trim adds leather, a power moonroof "
        "and a power tailgate alongside the power sliding doors. It seats eight with the center "
        "second-row seat installed.",
    },
    {
        "name": "2025 Toyota Sienna XLE AWD", "type": "minivan", "price": 47560, "color": "silver",
        "make": "toyota", "model": "sienna", "pt": "hybrid", "dt": "awd", "trans": "cvt",
        "engine": "2.5L four-cylinder hybrid", "gearbox": "electronic CVT", "hp": 245, "mpg": 35,
        "seats": 8, "cargo": 33.5, "tow": 3500, "length": 203.7, "clear": 6.9, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "power liftgate", "power sliding doors",
                  "wireless charging"],
        "desc": "Every Sienna is a hybrid, and this XLE adds electronic all-wheel drive, which uses a "
        "separate motor for the rear wheels. It seats eight and has heated front seats, a hands-free power "
        "liftgate and power sliding doors, and the second-row seats slide a long way fore and aft. The "
        "cargo well behind the third row is deep.",
    },
    {
        "name": "2025 Chrysler Pacifica Plug-in Hybrid Select", "type": "minivan", "price": 52335,
        "color": "black", "make": "chrysler", "model": "pacifica", "pt": "plug-in hybrid", "dt": "fwd",
        "trans": "cvt", "engine": "3.6L V6 plug-in hybrid", "gearbox": "electrically variable transmission",
        "hp": 260, "mpg": 30, "range": 32, "seats": 7, "cargo": 32.3, "length": 204.3, "clear": 5.1,
        "nhtsa": 5, "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel",
                  "power liftgate", "power sliding doors", "360 camera", "remote start"],
        "desc": "The only plug-in hybrid minivan on the market, able to cover about 32 miles on battery "
        "power before its V6 takes over. This Select trim includes leather seats, a heated steering "
        "wheel, a surround-view camera and hands-free sliding doors and liftgate. Because the battery sits "
        "under the floor, the second row uses removable seats instead of Stow 'n Go.",
    },
    {
        "name": "2025 Kia Carnival Hybrid EX", "type": "minivan", "price": 45075, "color": "blue",
        "make": "kia", "model": "carnival", "pt": "hybrid", "dt": "fwd", "trans": "automatic",
        "engine": "1.6L turbo four-cylinder hybrid", "gearbox": "6-speed automatic", "hp": 242, "mpg": 33,
        "seats": 8, "cargo": 40.2, "tow": 3500, "length": 207.3, "clear": 6.8, "nhtsa": 5,
        "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "power liftgate", "power sliding doors",
                  "wireless charging"],
        "desc": "Kia's boxy, SUV-styled minivan now offers a turbocharged hybrid powertrain with a "
        "conventional six-speed automatic. The EX trim includes heated front seats, a wireless charger, "
        "power sliding doors on both sides and a power liftgate. Cargo space behind the third row is "
        "especially generous.",
    },
    {
        "name": "2025 Chrysler Voyager LX", "type": "minivan", "price": 41990, "color": "red",
        "make": "chrysler", "model": "voyager", "pt": "gas", "dt": "fwd", "trans": "automatic",
        "engine": "3.6L V6", "gearbox": "9-speed automatic", "hp": 287, "mpg": 22,
        "seats": 7, "cargo": 32.3, "tow": 3600, "length": 204.3, "clear": 5.1, "nhtsa": 5, "iihs": "none",
        "equip": ["apple carplay"],
        "desc": "The value version of the Pacifica, with the same body and 287-hp V6 but a simpler "
        "equipment list and cloth seats. Stow 'n Go second-row seats fold into the floor, so a flat load "
        "area is a few pulls away. Apple CarPlay and Android Auto run through a 10.1-inch touchscreen.",
    },
    # ----- hatchbacks -----
    {
        "name": "2025 Toyota Prius LE", "type": "hatchback", "price": 29045, "color": "silver",
        "make": "toyota", "model": "prius", "pt": "hybrid", "dt": "fwd", "trans": "cvt",
        "engine": "2.0L four-cylinder hybrid", "gearbox": "electronic CVT", "hp": 194, "mpg": 57,
        "seats": 5, "cargo": 20.3, "length": 181.1, "clear": 5.1, "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay"],
        "desc": "The current Prius traded its science-project look for a low, sleek hatchback profile and "
        "a much stronger 194-hp hybrid system. The LE trim keeps things simple with cloth seats, an 8-inch "
        "touchscreen and Toyota's full driver-assist suite. Its EPA rating is 57 mpg combined.",
    },
    {
        "name": "2025 Volkswagen Golf GTI S", "type": "hatchback", "price": 33670, "color": "red",
        "make": "volkswagen", "model": "golf gti", "pt": "gas", "dt": "fwd", "trans": "dual-clutch",
        "engine": "2.0L turbo four-cylinder", "gearbox": "7-speed dual-clutch automatic", "hp": 241,
        "mpg": 28, "seats": 5, "cargo": 19.9, "length": 168.8, "clear": 5.3, "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "wireless charging"],
        "desc": "The original hot hatch, now with 241 hp from its turbocharged 2.0-liter engine and a "
        "quick-shifting seven-speed DSG automatic. It blends sharp handling with a usable cargo area and "
        "a comfortable ride. The 2025 update brings a larger 12.9-inch touchscreen and the return of "
        "physical steering-wheel buttons.",
    },
    {
        "name": "2025 Mazda3 2.5 Turbo Premium Plus Hatchback", "type": "hatchback", "price": 38205,
        "color": "gray", "make": "mazda", "model": "mazda3", "pt": "gas", "dt": "awd",
        "trans": "automatic", "engine": "2.5L turbo four-cylinder", "gearbox": "6-speed automatic",
        "hp": 250, "mpg": 27, "seats": 5, "cargo": 20.1, "length": 175.6, "clear": 5.5, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "sunroof", "360 camera",
                  "premium audio", "heated steering wheel"],
        "desc": "An upscale-feeling compact hatch with a turbocharged engine rated at 250 hp on premium "
        "fuel and i-Activ all-wheel drive. The Premium Plus trim adds a 12-speaker Bose stereo, a "
        "360-degree view monitor, a power moonroof and heated front seats and steering wheel. Thick rear "
        "pillars limit the view over the driver's shoulder.",
    },
    {
        "name": "2025 Subaru Impreza RS", "type": "hatchback", "price": 27995, "color": "blue",
        "make": "subaru", "model": "impreza", "pt": "gas", "dt": "awd", "trans": "cvt",
        "engine": "2.5L flat-four (boxer)", "gearbox": "CVT automatic", "hp": 182, "mpg": 29,
        "seats": 5, "cargo": 20.4, "length": 176.2, "clear": 5.1, "nhtsa": 5, "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats"],
        "desc": "Subaru's compact five-door with standard all-wheel drive, here in sporty RS form with the "
        "larger 2.5-liter boxer engine, 18-inch wheels and sport seats. An 11.6-inch touchscreen, heated "
        "front seats and EyeSight driver assistance are included. A practical, affordable hatch that "
        "sends power to all four corners.",
    },
    {
        "name": "2025 Mini Cooper S 2 Door", "type": "hatchback", "price": 33975, "color": "green",
        "make": "mini", "model": "cooper", "pt": "gas", "dt": "fwd", "trans": "dual-clutch",
        "engine": "2.0L turbo four-cylinder", "gearbox": "7-speed dual-clutch automatic", "hp": 201,
        "mpg": 31, "seats": 4, "cargo": 8.7, "length": 152.6, "clear": 5.2, "iihs": "none",
        "equip": ["apple carplay", "heated seats", "heated steering wheel"],
        "desc": "A tiny, go-kart-nimble two-door hatch with a turbocharged 201-hp engine and a round "
        "9.4-inch OLED display in the middle of the dash. It seats four, though the rear seats are best "
        "for short hops, and the cargo area is small. This car has heated front seats and a heated "
        "steering wheel.",
    },
    {
        "name": "2025 Nissan Leaf S", "type": "hatchback", "price": 29280, "color": "white",
        "make": "nissan", "model": "leaf", "pt": "electric", "dt": "fwd", "trans": "automatic",
        "engine": "Front electric motor, 40-kWh battery", "gearbox": "single-speed", "hp": 147,
        "range": 149, "seats": 5, "cargo": 23.6, "length": 176.4, "clear": 5.9, "iihs": "none",
        "equip": ["apple carplay"],
        "desc": "One of the longest-running electric cars on sale, the Leaf is a simple, quiet five-door "
        "with a 40-kWh battery good for about 149 miles. It uses a CHAdeMO fast-charge port, which is "
        "getting rarer at public stations, so most owners charge at home. Cargo room behind the rear seats "
        "is large for a small car.",
    },
    # ----- coupes -----
    {
        "name": "2025 Subaru BRZ Premium", "type": "coupe", "price": 32450, "color": "blue",
        "make": "subaru", "model": "brz", "pt": "gas", "dt": "rwd", "trans": "manual",
        "engine": "2.4L flat-four (boxer)", "gearbox": "6-speed manual", "hp": 228, "mpg": 22,
        "seats": 4, "cargo": 6.3, "length": 167.9, "clear": 5.1, "iihs": "none",
        "equip": ["apple carplay"],
        "desc": "A lightweight, rear-wheel-drive sports coupe built around balance rather than raw power, "
        "with a 2.4-liter boxer engine and a crisp six-speed manual. The back seats are token, but folding "
        "the rear seatback lets a set of spare wheels fit inside. One of the purest driving cars at its "
        "price.",
    },
    {
        "name": "2025 Ford Mustang GT Fastback", "type": "coupe", "price": 46125, "color": "yellow",
        "make": "ford", "model": "mustang", "pt": "gas", "dt": "rwd", "trans": "manual",
        "engine": "5.0L Coyote V8", "gearbox": "6-speed manual", "hp": 480, "mpg": 18,
        "seats": 4, "cargo": 13.5, "length": 189.4, "clear": 5.2, "nhtsa": 5, "iihs": "none",
        "equip": ["apple carplay", "wireless charging"],
        "desc": "The last V8 pony car standing, with a 480-hp 5.0-liter engine, a six-speed manual and a "
        "rev-matching feature for clean downshifts. A curved digital display combines the gauges with a "
        "13.2-inch touchscreen. The rear seats are tight, but the trunk is surprisingly usable.",
    },
    {
        "name": "2025 Dodge Charger Daytona R/T", "type": "coupe", "price": 61590, "color": "black",
        "make": "dodge", "model": "charger daytona", "pt": "electric", "dt": "awd", "trans": "automatic",
        "engine": "Dual electric motors", "gearbox": "single-speed", "hp": 456, "range": 308,
        "seats": 5, "cargo": 22.7, "length": 206.6, "clear": 5.0, "iihs": "none",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel",
                  "wireless charging"],
        "desc": "Dodge's muscle car goes electric: this two-door liftback coupe has a motor on each axle "
        "and makes 456 hp, with a PowerShot button for short bursts of extra thrust. The Fratzonic "
        "Chambered Exhaust plays an engineered soundtrack so it never glides by silently. Unlike most "
        "coupes it seats five, and the rear hatch opens onto a deep cargo area.",
    },
    {
        "name": "2025 BMW M240i xDrive Coupe", "type": "coupe", "price": 53675, "color": "white",
        "make": "bmw", "model": "2 series", "pt": "gas", "dt": "awd", "trans": "automatic",
        "engine": "3.0L turbo inline-six", "gearbox": "8-speed automatic", "hp": 382, "mpg": 26,
        "seats": 4, "cargo": 10.0, "length": 179.0, "clear": 5.2, "iihs": "none",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "sunroof", "wireless charging",
                  "premium audio"],
        "desc": "A compact luxury coupe with a silky 382-hp turbocharged straight six and xDrive all-wheel "
        "drive that keeps it planted on wet roads. This example adds a power moonroof, Harman Kardon "
        "audio and heated front seats. The rear seats suit occasional passengers.",
    },
    {
        "name": "2025 Chevrolet Corvette Stingray 1LT", "type": "coupe", "price": 69995, "color": "red",
        "make": "chevrolet", "model": "corvette", "pt": "gas", "dt": "rwd", "trans": "dual-clutch",
        "engine": "6.2L V8, mid-mounted", "gearbox": "8-speed dual-clutch automatic", "hp": 490, "mpg": 19,
        "seats": 2, "cargo": 12.6, "length": 182.3, "clear": 3.6, "iihs": "none",
        "equip": ["apple carplay", "wireless charging", "premium audio"],
        "desc": "America's mid-engine sports car: a 6.2-liter V8 sits behind the two seats and drives the "
        "rear wheels through a lightning-quick dual-clutch gearbox. The roof panel lifts off and stows in "
        "the rear trunk, and there is a second trunk up front. The 1LT includes a Bose sound system and a "
        "wireless phone charger.",
    },
    # ----- EV crossovers -----
    {
        "name": "2025 Tesla Model Y Long Range AWD", "type": "ev_crossover", "price": 47630,
        "color": "white", "make": "tesla", "model": "model y", "pt": "electric", "dt": "awd",
        "trans": "automatic", "engine": "Dual electric motors", "gearbox": "single-speed direct drive",
        "hp": 384, "range": 327, "seats": 5, "cargo": 30.2, "tow": 3500, "length": 188.6, "clear": 6.6,
        "nhtsa": 5, "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "heated seats", "ventilated seats", "wireless charging", "premium audio",
                  "heated steering wheel", "power liftgate"],
        "desc": "Tesla's best-selling electric crossover, refreshed with a quieter cabin, ventilated "
        "front seats and a rear touchscreen for second-row passengers. Dual motors give it all-wheel drive "
        "and an EPA-estimated 327 miles per charge, and the Supercharger network makes road trips simple. "
        "Like every Tesla it runs its own software instead of Apple CarPlay.",
    },
    {
        "name": "2025 Hyundai Ioniq 5 SEL AWD", "type": "ev_crossover", "price": 51275, "color": "silver",
        "make": "hyundai", "model": "ioniq 5", "pt": "electric", "dt": "awd", "trans": "automatic",
        "engine": "Dual electric motors", "gearbox": "single-speed reduction gear", "hp": 320,
        "range": 269, "seats": 5, "cargo": 27.2, "tow": 2300, "length": 183.3, "clear": 6.1, "nhtsa": 5,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel",
                  "power liftgate", "wireless charging"],
        "desc": "A retro-futuristic electric crossover with pixel-style lights, a flat floor and a sliding "
        "center console. The 800-volt system charges from 10 to 80 percent in roughly 20 minutes at a "
        "fast DC station, and the 2025 model adds a built-in NACS port for Tesla Superchargers. The SEL "
        "trim brings heated seats and steering wheel and a hands-free liftgate.",
    },
    {
        "name": "2025 Kia EV9 Land AWD", "type": "ev_crossover", "price": 66495, "color": "black",
        "make": "kia", "model": "ev9", "pt": "electric", "dt": "awd", "trans": "automatic",
        "engine": "Dual electric motors, long-range battery", "gearbox": "single-speed reduction gear",
        "hp": 379, "range": 280, "seats": 7, "cargo": 20.2, "tow": 5000, "length": 197.4, "clear": 7.8,
        "nhtsa": 5, "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "ventilated seats", "sunroof",
                  "360 camera", "power liftgate", "premium audio", "heated steering wheel"],
        "desc": "A big, boxy three-row electric SUV with captain's chairs in the second row and real adult "
        "space in the third. The Land trim pairs two motors with the long-range battery and adds "
        "ventilated first- and second-row seats, a dual sunroof, Meridian audio and a surround-view "
        "monitor. Its 800-volt architecture supports very fast DC charging.",
    },
    {
        "name": "2025 Chevrolet Equinox EV 1LT", "type": "ev_crossover", "price": 36390, "color": "blue",
        "make": "chevrolet", "model": "equinox ev", "pt": "electric", "dt": "fwd", "trans": "automatic",
        "engine": "Front electric motor", "gearbox": "single-speed", "hp": 213, "range": 319,
        "seats": 5, "cargo": 26.4, "tow": 1500, "length": 190.8, "clear": 7.4, "nhtsa": 5,
        "iihs": "top safety pick",
        "equip": ["apple carplay", "heated seats", "remote start"],
        "desc": "One of the most affordable long-range electric crossovers, with an EPA-estimated 319 "
        "miles from a single front motor. The 1LT comes with an 11-inch driver display, a 17.7-inch "
        "touchscreen with wireless phone projection and heated front seats. The cabin is roomy, though "
        "some interior plastics feel basic.",
    },
    {
        "name": "2025 Ford Mustang Mach-E Premium AWD", "type": "ev_crossover", "price": 53090,
        "color": "red", "make": "ford", "model": "mustang mach-e", "pt": "electric", "dt": "awd",
        "trans": "automatic", "engine": "Dual electric motors, extended-range battery",
        "gearbox": "single-speed", "hp": 346, "range": 300, "seats": 5, "cargo": 29.7, "tow": 2000,
        "length": 186.7, "clear": 5.7, "nhtsa": 5, "iihs": "top safety pick",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel",
                  "premium audio", "wireless charging", "360 camera", "power liftgate"],
        "desc": "An electric crossover with Mustang styling cues, a motor on each axle and an "
        "extended-range battery rated for about 300 miles. The Premium trim brings a Bang & Olufsen sound "
        "bar, heated front seats and steering wheel, a 360-degree camera and a power liftgate, and the "
        "drainable front trunk can double as a cooler. It sits low and feels car-like on the road.",
    },
    {
        "name": "2025 Volvo EX30 Single Motor Extended Range Plus", "type": "ev_crossover", "price": 42240,
        "color": "blue", "make": "volvo", "model": "ex30", "pt": "electric", "dt": "rwd",
        "trans": "automatic", "engine": "Single rear electric motor", "gearbox": "single-speed",
        "hp": 268, "range": 261, "seats": 5, "cargo": 14.1, "tow": 2000, "length": 166.7, "clear": 6.9,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "apple carplay", "heated seats", "heated steering wheel",
                  "premium audio", "wireless charging"],
        "desc": "Volvo's smallest model is a compact electric crossover with a Scandinavian-minimal cabin, "
        "where nearly every control lives in a 12.3-inch center screen. A single rear motor makes a lively "
        "268 hp, and a Harman Kardon soundbar runs across the dash. Interior materials include recycled "
        "denim and flax-based trim.",
    },
    {
        "name": "2025 Rivian R1S Dual Large", "type": "ev_crossover", "price": 84700, "color": "green",
        "make": "rivian", "model": "r1s", "pt": "electric", "dt": "awd", "trans": "automatic",
        "engine": "Dual electric motors, large battery pack", "gearbox": "single-speed", "hp": 533,
        "range": 352, "seats": 7, "cargo": 17.6, "tow": 7700, "length": 200.8, "clear": 14.9,
        "iihs": "top safety pick plus",
        "equip": ["adaptive cruise", "heated seats", "ventilated seats", "heated steering wheel",
                  "360 camera", "power liftgate", "premium audio", "wireless charging"],
        "desc": "A seven-seat electric SUV built for rough terrain: its air suspension can raise the body "
        "as high as 14.9 inches off the ground, and two motors make 533 hp. The interior mixes ash wood, "
        "vegan leather and a Meridian audio system, and there is a large front trunk. Rivian's software "
        "does not support Apple CarPlay.",
    },
]
# fmt: on

_DRIVETRAIN_TEXT = {
    "fwd": "Front-wheel drive (FWD)",
    "rwd": "Rear-wheel drive (RWD)",
    "awd": "All-wheel drive (AWD)",
    "4wd": "Four-wheel drive (4WD) with low range",
}
_IIHS_TEXT = {
    "top safety pick plus": "IIHS Top Safety Pick+",
    "top safety pick": "IIHS Top Safety Pick",
    "none": "no IIHS award",
}
_EQUIP_TEXT = {
    "adaptive cruise": "adaptive cruise control",
    "apple carplay": "Apple CarPlay",
    "heated seats": "heated seats",
    "ventilated seats": "ventilated seats",
    "sunroof": "sunroof",
    "360 camera": "360 camera",
    "wireless charging": "wireless charging",
    "heated steering wheel": "heated steering wheel",
    "premium audio": "premium audio",
    "power liftgate": "power liftgate",
    "power sliding doors": "power sliding doors",
    "remote start": "remote start",
}


def _num(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def _product(index: int, r: dict) -> dict:
    """Expand a compact record into the data-contract shape (base attributes only)."""
    attributes: dict = {
        "make": r["make"],
        "model": r["model"],
        "model_year": 2025,
        "body_color": r["color"],
        "powertrain": r["pt"],
        "drivetrain": r["dt"],
        "transmission": r["trans"],
        "horsepower": r["hp"],
        "seats": r["seats"],
        "length_in": r["length"],
        "ground_clearance_in": r["clear"],
        "iihs_award": r["iihs"],
        "equipment": list(r["equip"]),
    }
    features = [
        f"Powertrain: {r['engine']}, {r['hp']} hp, {r['gearbox']}",
        f"Drivetrain: {_DRIVETRAIN_TEXT[r['dt']]}",
    ]
    if "mpg" in r:
        attributes["mpg_combined"] = r["mpg"]
    if "range" in r:
        attributes["electric_range_miles"] = r["range"]
    if r["pt"] == "electric":
        features.append(f"Range: {r['range']} miles per charge (EPA estimate)")
    elif r["pt"] == "plug-in hybrid":
        features.append(
            f"Fuel economy: {r['mpg']} mpg combined on gas, plus about {r['range']} miles of "
            "battery-only driving"
        )
    else:
        features.append(f"Fuel economy: {r['mpg']} mpg combined (EPA estimate)")
    features.append(f"Seating: {r['seats']} passengers")
    if "bed" in r:
        attributes["bed_length_ft"] = r["bed"]
        features.append(f"Bed length: {_num(r['bed'])} ft")
    else:
        attributes["cargo_cu_ft"] = r["cargo"]
        features.append(f"Cargo space: {_num(r['cargo'])} cu ft behind the rear seats")
    if "tow" in r:
        attributes["towing_lbs"] = r["tow"]
        features.append(f"Max towing: {_num(r['tow'])} lbs")
    features.append(f"Dimensions: {_num(r['length'])} in long, {_num(r['clear'])} in ground clearance")
    if "nhtsa" in r:
        attributes["nhtsa_stars"] = r["nhtsa"]
        crash = f"{r['nhtsa']}-star NHTSA overall, {_IIHS_TEXT[r['iihs']]}"
    else:
        crash = f"not rated overall by NHTSA, {_IIHS_TEXT[r['iihs']]}"
    features.append(f"Crash ratings: {crash}")
    features.append(f"Exterior color: {r['color'].title()}")
    features.append("Equipment: " + ", ".join(_EQUIP_TEXT[e] for e in r["equip"]))
    return {
        "id": f"car-{index:03d}",
        "name": r["name"],
        "product_type": r["type"],
        "price": r["price"],
        "description": r["desc"],
        "features": features,
        "attributes": attributes,
    }


PRODUCTS: list[dict] = [_product(i, r) for i, r in enumerate(_RECORDS, start=1)]

# ---------------------------------------------------------------------------------------------------------
# Derived attributes
# ---------------------------------------------------------------------------------------------------------
FAMILY_MIN_SEATS = 7
SNOW_MIN_CLEARANCE_IN = 6.5
EFFICIENT_MIN_MPG = 35
CAMPER_MIN_TOWING_LBS = 5000
CITY_MAX_LENGTH_IN = 185


def derive(product_type: str, attributes: dict) -> dict:
    """Derived attributes, by the rules `DOMAIN_KNOWLEDGE` states in words."""
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


DOMAIN_KNOWLEDGE = """# Car know-how: reading the spec sheet

A dealer listing gives you hard numbers (seats, drivetrain, ground clearance, fuel economy, towing,
length). Use these rules to decide what a vehicle is good for:

- **Family-sized**: a vehicle is family-sized only if it seats at least 7 people (a usable third row).
  Five- and six-seat vehicles are not family-sized.
- **Snow-ready**: a vehicle is snow-ready only if it has all-wheel drive (AWD) or four-wheel drive (4WD)
  *and* at least 6.5 inches of ground clearance. Front- or rear-wheel drive is never snow-ready, and a
  low AWD car (under 6.5 inches of clearance) is not snow-ready either.
- **Fuel-efficient**: a vehicle is fuel-efficient if it is fully electric or a plug-in hybrid, or if it
  is rated at least 35 mpg combined. A regular hybrid or gas vehicle under 35 mpg combined is not
  fuel-efficient.
- **Can tow a camper**: a vehicle can tow a camper (a typical travel trailer) only if its maximum
  towing rating is at least 5,000 lbs. Vehicles with a lower rating, or none, cannot.
- **City-friendly**: a vehicle is city-friendly (easy to maneuver and park in the city) only if it is
  185 inches long or shorter.

General know-how:
- Prices are MSRP including the destination charge; taxes, registration and dealer add-ons come on top.
- EPA range and mpg figures are estimates; cold weather, high speeds and towing reduce both.
- A plug-in hybrid only delivers its best economy when it is charged regularly.
- Towing ratings assume a properly equipped vehicle and a trained driver; stay well under the maximum
  for long trips.
- Cargo figures here are measured behind the rearmost row of seats with every seat in use.
"""

# ---------------------------------------------------------------------------------------------------------
# Attributes personas may test
# ---------------------------------------------------------------------------------------------------------
_ALL_BUT_EV = ("sedan", "suv", "truck", "minivan", "hatchback", "coupe")

ATTRIBUTES: list[AttributeSpec] = [
    AttributeSpec("make", "categorical", description="Manufacturer brand, e.g. toyota, honda, ford"),
    AttributeSpec("body_color", "categorical", description="Exterior paint colour in plain words"),
    AttributeSpec(
        "powertrain",
        "categorical",
        types=_ALL_BUT_EV,
        description="gas, hybrid, plug-in hybrid, electric or diesel",
    ),
    AttributeSpec("drivetrain", "categorical", description="fwd, rwd, awd or 4wd"),
    AttributeSpec(
        "seats",
        "number",
        higher_is_better=True,
        unit="seats",
        types=("suv", "truck", "minivan", "hatchback", "coupe", "ev_crossover"),
        description="Seating capacity",
    ),
    AttributeSpec(
        "cargo_cu_ft",
        "number",
        higher_is_better=True,
        unit="cu ft",
        types=("sedan", "suv", "minivan", "hatchback", "coupe", "ev_crossover"),
        description="Cargo volume behind the rearmost seats",
    ),
    AttributeSpec(
        "towing_lbs",
        "number",
        higher_is_better=True,
        unit="lbs",
        types=("suv", "truck", "ev_crossover"),
        description="Maximum rated towing capacity",
    ),
    AttributeSpec(
        "electric_range_miles",
        "number",
        higher_is_better=True,
        unit="miles",
        types=("ev_crossover",),
        description="EPA-estimated driving range per charge",
    ),
    AttributeSpec(
        "equipment",
        "list",
        description="Equipment on the vehicle: adaptive cruise, apple carplay, heated seats, sunroof, ...",
    ),
    AttributeSpec(
        "family_sized",
        "boolean",
        derived=True,
        types=("suv", "ev_crossover"),
        mentions=("family",),
        description="Seats at least 7",
    ),
    AttributeSpec(
        "snow_ready",
        "boolean",
        derived=True,
        types=("suv", "truck", "minivan", "ev_crossover"),
        mentions=("snow", "winter"),
        description="AWD or 4WD and at least 6.5 in of ground clearance",
    ),
    AttributeSpec(
        "fuel_efficient",
        "boolean",
        derived=True,
        types=_ALL_BUT_EV,
        mentions=("efficient", "economical"),
        description="Electric or plug-in hybrid, or at least 35 mpg combined",
    ),
    AttributeSpec(
        "can_tow_camper",
        "boolean",
        derived=True,
        types=("suv", "truck", "ev_crossover"),
        mentions=("camper", "trailer"),
        description="Rated to tow at least 5,000 lbs",
    ),
    AttributeSpec(
        "city_friendly",
        "boolean",
        derived=True,
        types=("sedan", "suv", "coupe", "ev_crossover"),
        mentions=("city",),
        description="At most 185 in long",
    ),
]

TYPE_NOUNS: dict[str, str] = {
    "sedan": "sedan",
    "suv": "SUV",
    "truck": "pickup truck",
    "minivan": "minivan",
    "hatchback": "hatchback",
    "coupe": "coupe",
    "ev_crossover": "EV crossover",
}

USES: dict[str, list[str]] = {
    "sedan": [
        "a long daily commute on the interstate",
        "weekend visits to the grandkids two states over",
        "driving to client meetings around the region",
        "a dependable first car after graduation",
        "rideshare shifts on evenings and weekends",
        "shuttling kids to school and practice",
        "road trips along the coast",
        "getting to and from night classes",
        "regular drives to medical appointments",
    ],
    "suv": [
        "weekend camping trips in the mountains",
        "hauling sports gear for the kids' teams",
        "ski weekends every season",
        "carpooling to school",
        "trips to the home improvement store",
        "road trips with the dog",
        "visiting relatives across the state",
        "gravel roads out to a lake cabin",
        "volunteering at the animal shelter with crates in the back",
    ],
    "truck": [
        "hauling mulch and lumber for home projects",
        "towing a fishing boat to the lake",
        "running a small landscaping business",
        "trips to the farm supply store",
        "weekend dirt-bike outings",
        "moving furniture for friends",
        "getting to job sites as a contractor",
        "hauling firewood every fall",
        "pulling a horse trailer to shows",
    ],
    "minivan": [
        "school drop-offs and soccer practice",
        "road trips with three kids and a dog",
        "carpooling the neighborhood kids",
        "hauling band equipment to gigs",
        "taking the grandparents to appointments",
        "youth-group outings on weekends",
        "beach weekends with the cousins",
        "shuttling kids for a home daycare",
        "moving a college student in and out of the dorm",
    ],
    "hatchback": [
        "a daily commute through downtown traffic",
        "weekend trips to the farmers market",
        "hauling photography gear to shoots",
        "a first car after college",
        "delivering baked goods for a side business",
        "getting to the climbing gym with all the gear",
        "running errands around town",
        "a short commute to campus",
        "visiting friends across town",
    ],
    "coupe": [
        "weekend drives on twisty back roads",
        "occasional track days",
        "a fun commute to the office",
        "a reward for finally retiring",
        "cruise nights with the local car club",
        "scenic drives along the coast",
        "autocross events on weekends",
        "date nights out on the town",
        "a weekend toy after years of sensible cars",
    ],
    "ev_crossover": [
        "a daily commute with charging at home",
        "cutting down on trips to the gas station",
        "weekend trips to the lake",
        "ferrying kids between school and activities",
        "road trips using fast chargers",
        "a quiet, modern daily driver for work",
        "weekend hikes with the dog",
        "errands around the suburbs",
        "visiting the grandparents a couple of hours away",
    ],
}

# ---------------------------------------------------------------------------------------------------------
# Phrasing constraints as a shopper would
# ---------------------------------------------------------------------------------------------------------
_POS_DEALBREAKER = (
    "It has to be {np}.",
    "I won't consider anything other than {np}.",
    "I'm only interested in {np}.",
    "It absolutely must be {np}.",
)
_POS_PREFERENCE = (
    "Ideally it would be {np}.",
    "I'd lean toward {np}.",
    "Bonus points if it's {np}.",
    "I'd prefer {np} if possible.",
)
_NEG_DEALBREAKER = (
    "I won't consider {np}.",
    "{np} is a dealbreaker for me.",
    "I'm not buying {np}, period.",
    "No way am I getting {np}.",
)
_NEG_PREFERENCE = (
    "I'd rather not end up with {np}.",
    "If possible, I'd avoid {np}.",
    "I'd lean away from {np}.",
    "I'm not too keen on {np}.",
)

_TYPE_WORDS = {**TYPE_NOUNS, "suv": "SUV"}
_MAKE_TEXT = {"bmw": "BMW", "mini": "Mini", "gmc": "GMC"}
_POWERTRAIN_TEXT = {
    "gas": "gas-powered",
    "hybrid": "regular (non-plug-in) hybrid",
    "plug-in hybrid": "plug-in hybrid",
    "electric": "fully electric",
    "diesel": "diesel",
}
_DRIVETRAIN_WORDS = {
    "fwd": "front-wheel drive (FWD)",
    "rwd": "rear-wheel drive (RWD)",
    "awd": "all-wheel drive (AWD)",
    "4wd": "four-wheel drive (4WD)",
}
_EQUIP_NP = {
    "adaptive cruise": "adaptive cruise control",
    "apple carplay": "Apple CarPlay",
    "heated seats": "heated seats",
    "ventilated seats": "ventilated seats",
    "sunroof": "a sunroof",
    "360 camera": "a 360 camera",
    "wireless charging": "wireless charging",
    "heated steering wheel": "a heated steering wheel",
    "premium audio": "a premium audio system",
    "power liftgate": "a power liftgate",
    "power sliding doors": "power sliding doors",
    "remote start": "remote start",
}
_BOOLEAN_NPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # attribute: (noun phrases for "is X", noun phrases for "is not X")
    "family_sized": (
        (
            "something family-sized with a real third row",
            "a family-sized vehicle",
            "one big enough to carry the whole family",
        ),
        (
            "a family-sized three-row hauler",
            "something family-sized that's bigger than I need",
            "a big family-sized vehicle",
        ),
    ),
    "snow_ready": (
        (
            "something snow-ready",
            "a vehicle that can handle deep snow",
            "one that's truly ready for winter roads",
        ),
        (
            "a snow-ready rig I'd never use that way",
            "something built for snow and ice",
            "a winter-ready setup I'd be paying extra for",
        ),
    ),
    "fuel_efficient": (
        (
            "something fuel-efficient",
            "a genuinely efficient vehicle",
            "one that's economical to run",
        ),
        (
            "one of those fuel-efficient economy models",
            "something tuned to be efficient rather than fun",
            "an economical commuter appliance",
        ),
    ),
    "can_tow_camper": (
        (
            "one that can tow our camper",
            "something able to pull a camper",
            "a vehicle that can handle a travel trailer",
        ),
        (
            "a heavy-duty rig built to pull a camper",
            "something sized for towing a big trailer",
            "a camper-hauling beast",
        ),
    ),
    "city_friendly": (
        (
            "something city-friendly",
            "one that's easy to maneuver and park in the city",
            "a size that works on tight city streets",
        ),
        (
            "a small city-friendly car",
            "something city-sized",
            "a tiny runabout built for city streets",
        ),
    ),
}
_NUMBER_NPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # attribute: (noun phrases for "at least n", noun phrases for "at most n")
    "seats": (
        ("one with at least {n} seats", "one that seats {n} or more", "something with room for at least {n}"),
        (
            "one with no more than {n} seats",
            "one that seats {n} at most",
            "something with {n} seats or fewer",
        ),
    ),
    "cargo_cu_ft": (
        (
            "one with at least {n} cubic feet of cargo space",
            "something with {n} or more cubic feet behind the rear seats",
            "one offering at least {n} cu ft of cargo room",
        ),
        (
            "one with no more than {n} cubic feet of cargo space",
            "something with {n} cubic feet of cargo room or less",
            "one offering at most {n} cu ft of cargo room",
        ),
    ),
    "towing_lbs": (
        (
            "one rated to tow at least {n} lbs",
            "something that can tow {n} pounds or more",
            "one with a towing capacity of at least {n} lbs",
        ),
        (
            "one rated to tow no more than {n} lbs",
            "something with a towing rating of {n} pounds or less",
            "one with a towing capacity of at most {n} lbs",
        ),
    ),
    "electric_range_miles": (
        (
            "one with at least {n} miles of range",
            "something that goes {n} miles or more on a charge",
            "one rated for at least {n} miles per charge",
        ),
        (
            "one with no more than {n} miles of range",
            "something rated for {n} miles per charge or less",
            "one with at most {n} miles of range",
        ),
    ),
}


def _article(word: str) -> str:
    if word[:2].isupper():  # an acronym read letter by letter: "an SUV", "an EV", "a BMW"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _type_words(product_type: str) -> str:
    """How a shopper names the type in a sentence, with its article: "an SUV", "a pickup truck"."""
    noun = _TYPE_WORDS.get(product_type, product_type.replace("_", " "))
    return f"{_article(noun)} {noun}"


def _join(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " or " + items[-1]


def _values(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [str(v).lower() for v in items]


def _make_text(value: str) -> str:
    return _MAKE_TEXT.get(value, value.title())


def _categorical_nps(attribute: str, values: list[str]) -> list[str]:
    """Noun phrases naming a vehicle with one of `values` (read as "one of these")."""
    if attribute == "make":
        names = _join([_make_text(v) for v in values])
        first = _make_text(values[0])
        if len(values) == 1:
            return [f"{_article(first)} {first}", f"something made by {names}", f"one from {names}"]
        return [f"something from {names}", f"one made by {names}", f"a vehicle built by {names}"]
    if attribute == "body_color":
        names = _join(values)
        return [f"one in {names}", f"{_article(values[0])} {names} one", f"one painted {names}"]
    if attribute == "powertrain":
        names = _join([_POWERTRAIN_TEXT.get(v, v) for v in values])
        first = _POWERTRAIN_TEXT.get(values[0], values[0])
        return [
            f"{_article(first)} {names} model",
            f"one with a {names} powertrain",
            f"{_article(first)} {names} version",
        ]
    if attribute == "drivetrain":
        names = _join([_DRIVETRAIN_WORDS.get(v, v) for v in values])
        return [f"one with {names}", f"something with {names}", f"a model that has {names}"]
    if attribute == "product_type":
        names = _join([_type_words(v) for v in values])
        return [names]
    names = _join([v.replace("_", " ") for v in values])
    return [
        f"one with {attribute.replace('_', ' ')} {names}",
        f"something whose {attribute.replace('_', ' ')} is {names}",
        f"a model with {names} {attribute.replace('_', ' ')}",
    ]


def _capitalise(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _frame(positive: bool, kind: str, nps: list[str], rng: random.Random) -> str:
    if positive:
        frames = _POS_DEALBREAKER if kind == "dealbreaker" else _POS_PREFERENCE
    else:
        frames = _NEG_DEALBREAKER if kind == "dealbreaker" else _NEG_PREFERENCE
    return _capitalise(rng.choice(frames).format(np=rng.choice(nps)))


def _product_type_sentence(constraint: Constraint, rng: random.Random) -> str:
    values = _values(constraint.value)
    noun = _join([_type_words(v) for v in values])
    positive = constraint.op in ("eq", "in")
    if positive and constraint.kind == "dealbreaker":
        options = [
            f"I'm shopping for {noun}.",
            f"It has to be {noun}; nothing else will work for me.",
            f"What I need is {noun}.",
            f"I'm only looking at {noun}, nothing else.",
        ]
    elif positive:
        options = [
            f"I'm leaning toward {noun}.",
            f"Ideally I'd end up with {noun}.",
            f"I think {noun} would suit me best.",
        ]
    elif constraint.kind == "dealbreaker":
        options = [
            f"I won't consider {noun}.",
            f"I'm not buying {noun}, period.",
            f"No way am I getting {noun}.",
        ]
    else:
        options = [f"I'd rather not get {noun}.", f"I'd lean away from {noun}.", f"I'm not keen on {noun}."]
    return rng.choice(options)


def phrase(constraint: Constraint, rng: random.Random) -> str:
    """One sentence in a shopper's words stating `constraint` (firm for dealbreakers, soft for preferences)."""
    attribute, op, value, kind = constraint.attribute, constraint.op, constraint.value, constraint.kind
    if attribute == "product_type":
        return _product_type_sentence(constraint, rng)

    if isinstance(value, bool):
        positive_nps, negative_nps = _BOOLEAN_NPS[attribute]
        wants_true = value if op == "eq" else not value
        if wants_true:
            return _frame(True, kind, list(positive_nps), rng)
        return _frame(False, kind, list(negative_nps), rng)

    if op in ("gte", "gt", "lte", "lt", "eq", "ne") and isinstance(value, int | float):
        n = _num(value)
        at_least, at_most = _NUMBER_NPS.get(
            attribute,
            (
                (f"one with at least {{n}} for {attribute.replace('_', ' ')}",),
                (f"one with at most {{n}} for {attribute.replace('_', ' ')}",),
            ),
        )
        if op == "gt":
            nps = [f"one with more than {n} (" + at_least[0].format(n=n) + ")"]
            return _frame(True, kind, nps, rng)
        if op == "lt":
            nps = [f"one with less than {n} (" + at_most[0].format(n=n) + ")"]
            return _frame(True, kind, nps, rng)
        if op in ("eq", "ne"):
            nps = [f"one with exactly {n} {attribute.replace('_', ' ')}"]
            return _frame(op == "eq", kind, nps, rng)
        templates = at_least if op == "gte" else at_most
        return _frame(True, kind, [t.format(n=n) for t in templates], rng)

    if op in ("contains", "not_contains"):
        item = str(value).lower()
        np_item = _EQUIP_NP.get(item, item)
        nps = [f"one with {np_item}", f"something that has {np_item}", f"a model equipped with {np_item}"]
        return _frame(op == "contains", kind, nps, rng)

    # categorical: eq / in / ne / not_in
    nps = _categorical_nps(attribute, _values(value))
    return _frame(op in ("eq", "in"), kind, nps, rng)


# ---------------------------------------------------------------------------------------------------------
# Buying guide
# ---------------------------------------------------------------------------------------------------------
BUYING_GUIDE: list[dict] = [
    {
        "id": "body-styles",
        "title": "Choosing a body style",
        "text": "Start with how you actually use a vehicle on an ordinary week, not on the one trip a year. "
        "Sedans and hatchbacks are lighter, cheaper and handle better than taller vehicles. Hatchbacks add a "
        "big rear opening that swallows bulky items. SUVs and crossovers sit higher, which many people find "
        "easier to climb into, and usually offer more cargo room. Minivans are the most practical people "
        "movers, with sliding doors and three usable rows. Pickups carry dirty or tall loads in an open bed "
        "and tow the most. Coupes trade space for style and driving fun.",
    },
    {
        "id": "powertrains",
        "title": "Gas, hybrid, plug-in hybrid, electric or diesel",
        "text": "A gas engine is the simplest and cheapest to buy and refuels anywhere in minutes. A regular "
        "hybrid adds a small battery and electric motor that recharge while driving; it never needs "
        "plugging in and shines in stop-and-go traffic. A plug-in hybrid has a larger battery that you "
        "charge from the wall for 20 to 40 miles of electric driving, then runs as a hybrid. A fully "
        "electric vehicle has no engine at all: lowest running costs and maintenance, but you need a place "
        "to charge. Diesel suits heavy towing and long highway miles, with strong torque and good "
        "highway economy.",
    },
    {
        "id": "ev-range-charging",
        "title": "Electric range and charging",
        "text": "The EPA range is a useful yardstick, but real range drops in freezing weather, at sustained "
        "highway speeds and when towing, sometimes by a third. A good rule is to buy roughly double your "
        "longest regular day's driving. Home charging on a 240-volt Level 2 outlet refills most batteries "
        "overnight and is by far the cheapest way to charge. DC fast chargers add 150 to 200 miles in 20 "
        "to 30 minutes on most current models. Check which plug the vehicle uses: most brands are moving "
        "to the Tesla-style NACS connector, and adapters are available for older ports.",
    },
    {
        "id": "drivetrains",
        "title": "FWD, RWD, AWD and 4WD explained",
        "text": "Front-wheel drive (FWD) is light, roomy and predictable, and is fine for most drivers. "
        "Rear-wheel drive (RWD) gives sports cars and trucks better balance and towing behaviour but has "
        "less grip on slippery roads. All-wheel drive (AWD) powers all four wheels automatically and "
        "improves traction on wet, icy or gravel roads. Four-wheel drive (4WD) is the heavy-duty version "
        "found on trucks and rugged SUVs, usually with a low-range gear for steep trails and deep mud. "
        "Remember that AWD helps you get going, not stop: tires matter just as much.",
    },
    {
        "id": "ground-clearance",
        "title": "Ground clearance and rough roads",
        "text": "Ground clearance is the distance between the lowest part of the underbody and the road. "
        "Most sedans and sports cars sit around 4 to 6 inches up, which is fine on pavement but can scrape "
        "on steep driveways, unplowed streets or rutted dirt roads. Crossovers typically offer 6.5 to "
        "8.5 inches, and off-road trucks and SUVs 9 inches or more. If you face deep snow, a gravel road "
        "to the cabin or trailheads, combine generous clearance with AWD or 4WD. Air suspensions can raise "
        "and lower the body for the best of both.",
    },
    {
        "id": "towing",
        "title": "Understanding towing ratings",
        "text": "The maximum towing rating is the heaviest trailer the maker allows when the vehicle is "
        "properly equipped, usually with a factory hitch and cooling package. Small crossovers manage "
        "1,500 to 3,500 lbs, enough for a jet ski or small utility trailer. Most travel trailers and "
        "campers weigh 5,000 lbs or more once loaded, which calls for a midsize or full-size truck or a "
        "larger body-on-frame SUV. Leave a margin of 15 to 20 percent below the maximum, check the tongue "
        "weight and payload, and remember that electric vehicles lose a large share of their range when "
        "towing.",
    },
    {
        "id": "seating-third-row",
        "title": "Seating capacity and third rows",
        "text": "Count the people you carry regularly, then add one. Five seats cover most households. "
        "Seven or eight seats mean a third row, found in minivans, three-row SUVs and a few electric SUVs. "
        "Captain's chairs in the second row drop capacity by one but make it easier to reach the back. "
        "Many third rows are fine only for children, so sit in one before you buy, and check how much "
        "cargo space remains behind it. Minivans offer the roomiest third rows and easiest access thanks "
        "to their sliding doors.",
    },
    {
        "id": "cargo-space",
        "title": "Reading cargo volume numbers",
        "text": "Cargo volume is quoted in cubic feet. The most useful figure is the space behind the "
        "rearmost seats with every seat in use, which is what you have on a full trip. A compact sedan "
        "trunk holds 13 to 16 cubic feet, about four carry-on suitcases. Compact SUVs offer 30 to 40, and "
        "minivans 32 to 40 even behind the third row. Shape matters as much as volume: a hatchback's tall "
        "opening takes a bicycle or a dog crate that a sedan trunk cannot. Bring your stroller or golf bag "
        "to the test drive.",
    },
    {
        "id": "fuel-economy",
        "title": "Fuel economy and running costs",
        "text": "The EPA combined mpg figure blends city and highway driving and is the best single number "
        "for comparison. Moving from 25 to 40 mpg saves roughly 375 gallons over 15,000 miles a year. "
        "Hybrids gain the most in slow traffic, while diesels and some gas engines do best at steady "
        "highway speeds. Large trucks and V8 SUVs often land in the high teens. For electric vehicles, "
        "compare cost per mile: charging at home usually costs a half to a third of gasoline for the same "
        "distance. Insurance, tires and depreciation matter too.",
    },
    {
        "id": "safety-ratings",
        "title": "Safety ratings: NHTSA stars and IIHS awards",
        "text": "Two independent groups crash-test new vehicles in the US. The government's NHTSA program "
        "gives one to five stars, with an overall score combining frontal, side and rollover tests. The "
        "insurance-funded IIHS runs tougher tests, including small-overlap crashes and rear-seat "
        "protection, and names the best performers Top Safety Pick or Top Safety Pick+. Low-volume sports "
        "cars and some new models are not tested at all, which does not mean they are unsafe, only that "
        "there is no rating. Larger, heavier vehicles generally protect their occupants better in crashes.",
    },
    {
        "id": "driver-assistance",
        "title": "Driver-assistance features worth having",
        "text": "Automatic emergency braking and lane-keeping assist are now standard on most new vehicles. "
        "Adaptive cruise control keeps a set gap to the car ahead and, in most systems, handles stop-and-go "
        "traffic, which makes long commutes far less tiring. Blind-spot monitoring and rear cross-traffic "
        "alert help when changing lanes and backing out. A 360 camera stitches views from several cameras "
        "into a bird's-eye image, a big help with large vehicles in tight spots. None of these replace an "
        "attentive driver.",
    },
    {
        "id": "infotainment",
        "title": "Phone integration and infotainment",
        "text": "Apple CarPlay and Android Auto mirror your phone's maps, music and messages on the car's "
        "screen, and wireless versions connect without a cable. Most brands offer them, but a few electric "
        "makers, Tesla and Rivian among them, use only their own software, so check before buying if you "
        "rely on your phone's apps. A wireless charging pad keeps the phone topped up. Premium audio "
        "systems from Bose, Harman Kardon and others are noticeably clearer. Try the screen while parked: "
        "physical climate controls are easier to use on the move.",
    },
    {
        "id": "comfort-features",
        "title": "Heated and ventilated seats, sunroofs and convenience",
        "text": "Heated seats and a heated steering wheel warm up much faster than the cabin heater, and in "
        "electric vehicles they use less energy. Ventilated seats blow air through perforated upholstery "
        "and are welcome in hot, humid climates. A sunroof brightens the cabin but takes a little "
        "headroom; a fixed glass roof does not open. Remote start warms or cools the cabin before you get "
        "in. A power liftgate, often hands-free, opens the tailgate when your arms are full, and power "
        "sliding doors are a minivan favorite.",
    },
    {
        "id": "size-maneuverability",
        "title": "Size, length and maneuverability",
        "text": "Overall length decides how easily a vehicle fits a garage, a parallel-parking space or a "
        "narrow street. Small hatchbacks run 150 to 180 inches, compact sedans and crossovers 180 to 185, "
        "midsize sedans and three-row SUVs 190 to 200, and minivans and crew-cab pickups 200 to 230 or "
        "more. A standard garage is about 240 inches deep, so a full-size truck may not leave room to walk "
        "around it. Shorter vehicles also tend to have tighter turning circles. Measure your garage and "
        "try parking at the dealership.",
    },
    {
        "id": "transmissions",
        "title": "Manual, automatic, CVT and dual-clutch",
        "text": "Conventional automatics with eight to ten gears are smooth and durable. A CVT uses a belt "
        "instead of fixed gears, keeping the engine at its best speed; it is smooth but can drone under "
        "hard acceleration. Dual-clutch gearboxes shift very quickly and feel sporty, though some are "
        "less refined at parking speeds. Manual transmissions are now rare and found mainly in sports cars "
        "and enthusiast sedans; they are engaging but tiring in heavy traffic. Electric vehicles use a "
        "single-speed gear and never shift at all.",
    },
    {
        "id": "pricing",
        "title": "MSRP, destination fees and the real price",
        "text": "The sticker price, or MSRP, is the maker's suggested price; listings here include the "
        "destination charge, which every buyer pays. On top come sales tax, registration and title fees, "
        "and any dealer add-ons such as paint protection, which are negotiable or can be refused. Popular "
        "models sometimes sell above sticker, while slower sellers carry rebates or low-rate financing. "
        "Electric vehicles may qualify for federal or state incentives depending on where they are built "
        "and on the buyer's income. Compare total cost, not the monthly payment.",
    },
    {
        "id": "test-drive",
        "title": "How to test drive",
        "text": "Plan at least 30 minutes and drive the roads you use daily: highway merges, a rough street "
        "and a tight parking lot. Check the seat and steering adjustment, the view out the back and the "
        "blind spots, and how loud the cabin is at highway speed. Pair your phone, try the voice commands "
        "and adjust the climate without looking. Fit any child seats you own, load a stroller or bike, and "
        "sit in every row. If you are deciding between two models, drive them back-to-back on the same "
        "day.",
    },
]

# ---------------------------------------------------------------------------------------------------------
# Illustrations
# ---------------------------------------------------------------------------------------------------------
_SIZE = 256
_SCALE = 2  # draw at twice the size, then downsample for smooth edges
_BACKGROUND = (255, 255, 255)
_GROUND = (232, 234, 236)
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
    d.rectangle([0, _GROUND_Y * s, _SIZE * s, _SIZE * s], fill=_GROUND)

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
