"""Games and gadgets for play: board, card, party and video games, and puzzles.

Shoppers are adults (often buying for children or for a whole table of players). Derived attributes
(`family_friendly`, `party_sized`, `quick_to_play`, `solo_playable`) are computed from the base attributes
by the rules that `DOMAIN_KNOWLEDGE` states in words; product texts give only the base facts (ages,
player counts, play time, complexity).
"""

import random

from PIL import Image, ImageDraw

from datagen.spec import AttributeSpec
from salessim_inspect.data.models import Constraint, Product

CATEGORY = "games"
PERSONA_COUNT = 147
AGE_RANGE = (18, 80)
GENDER = None

BOARD, CARD, PARTY, VIDEO, PUZZLE = "board_game", "card_game", "party_game", "video_game", "puzzle"
TABLETOP = (BOARD, CARD, PARTY)

# fmt: off
PRODUCTS: list[dict] = [
    # ----------------------------------------------------------------------------------- board games
    {
        "id": "gm-001", "name": "Catan Base Game", "product_type": BOARD, "price": 54.99,
        "description": (
            "Players settle a newly charted island, collecting brick, lumber, wool, grain and ore from the "
            "hexes their settlements touch. Resources arrive on dice rolls and change hands through lively "
            "trading, so bargaining matters as much as planning. The modular board is reassembled every "
            "game, so no two sessions look alike."
        ),
        "features": [
            "Players: 3-4", "Ages: 10+", "Play Time: about 90 minutes", "Complexity: Medium",
            "Mode: Competitive", "Genre: Strategy", "Theme: Exploration",
            "Mechanics: Dice rolling, trading, route building",
            "Language Dependence: Low (icons on cards, text only in the rulebook)", "Box Colour: Red",
        ],
        "attributes": {
            "min_players": 3, "max_players": 4, "min_age": 10, "play_time": 90, "genre": "strategy",
            "complexity": "medium", "play_mode": "competitive", "theme": "exploration", "box_colour": "red",
            "language_dependence": "low", "mechanics": ["dice rolling", "trading", "route building"],
        },
    },
    {
        "id": "gm-002", "name": "Ticket to Ride", "product_type": BOARD, "price": 54.99,
        "description": (
            "Collect sets of coloured train cards and spend them to claim railway routes between North "
            "American cities. Secret destination tickets reward linking distant cities, so every turn "
            "balances drawing cards against grabbing track before a rival does. The rules fit on a few "
            "pages and most newcomers are confident after a single round."
        ),
        "features": [
            "Players: 2-5", "Ages: 8+", "Play Time: about 60 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Strategy", "Theme: Trains",
            "Mechanics: Set collection, route building, hand management",
            "Language Dependence: Low (city names on tickets)", "Box Colour: Yellow",
        ],
        "attributes": {
            "min_players": 2, "max_players": 5, "min_age": 8, "play_time": 60, "genre": "strategy",
            "complexity": "light", "play_mode": "competitive", "theme": "trains", "box_colour": "yellow",
            "language_dependence": "low", "mechanics": ["set collection", "route building", "hand management"],
        },
    },
    {
        "id": "gm-003", "name": "Wingspan", "product_type": BOARD, "price": 64.99,
        "description": (
            "Each player builds a wildlife preserve by attracting birds to forests, grasslands and wetlands, "
            "and every bird card adds a power that makes later turns stronger. The box holds 170 illustrated "
            "bird cards with real facts about each species, a birdfeeder dice tower and pastel egg "
            "miniatures. An automated opponent deck is included for one-player games."
        ),
        "features": [
            "Players: 1-5", "Ages: 10+", "Play Time: about 70 minutes", "Complexity: Medium",
            "Mode: Competitive", "Genre: Strategy", "Theme: Animals (birds)",
            "Mechanics: Engine building, drafting, dice rolling",
            "Language Dependence: Moderate (ability text on cards)", "Box Colour: Teal",
        ],
        "attributes": {
            "min_players": 1, "max_players": 5, "min_age": 10, "play_time": 70, "genre": "strategy",
            "complexity": "medium", "play_mode": "competitive", "theme": "animals", "box_colour": "teal",
            "language_dependence": "moderate", "mechanics": ["engine building", "drafting", "dice rolling"],
        },
    },
    {
        "id": "gm-004", "name": "Pandemic", "product_type": BOARD, "price": 44.99,
        "description": (
            "Players act as a team of disease specialists racing to cure four outbreaks spreading across a "
            "world map. Each role has a special ability, and the whole table wins or loses together, so "
            "planning aloud and sharing cards is the heart of the game. Outbreaks can chain from city to "
            "city, which keeps the tension high until the final turn."
        ),
        "features": [
            "Players: 2-4", "Ages: 8+", "Play Time: about 45 minutes", "Complexity: Medium",
            "Mode: Cooperative", "Genre: Strategy", "Theme: Science",
            "Mechanics: Hand management, set collection, action points",
            "Language Dependence: Low (short event card text)", "Box Colour: Black",
        ],
        "attributes": {
            "min_players": 2, "max_players": 4, "min_age": 8, "play_time": 45, "genre": "strategy",
            "complexity": "medium", "play_mode": "cooperative", "theme": "science", "box_colour": "black",
            "language_dependence": "low", "mechanics": ["hand management", "set collection", "action points"],
        },
    },
    {
        "id": "gm-005", "name": "Azul", "product_type": BOARD, "price": 39.99,
        "description": (
            "Draft chunky resin tiles from shared factory displays and arrange them on a personal board to "
            "decorate a palace wall in the Portuguese azulejo style. Points come from completing rows, "
            "columns and colour sets, while tiles you cannot place count against you. It takes minutes to "
            "teach, yet choosing when to take a tile and when to deny one gives it real depth."
        ),
        "features": [
            "Players: 2-4", "Ages: 8+", "Play Time: about 40 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Abstract", "Theme: Art",
            "Mechanics: Tile placement, pattern building, drafting",
            "Language Dependence: None", "Box Colour: Blue",
        ],
        "attributes": {
            "min_players": 2, "max_players": 4, "min_age": 8, "play_time": 40, "genre": "abstract",
            "complexity": "light", "play_mode": "competitive", "theme": "art", "box_colour": "blue",
            "language_dependence": "none", "mechanics": ["tile placement", "pattern building", "drafting"],
        },
    },
    {
        "id": "gm-006", "name": "Gloomhaven: Jaws of the Lion", "product_type": BOARD, "price": 49.99,
        "description": (
            "A standalone entry point to the Gloomhaven world in which four heroes fight through 25 linked "
            "scenarios in a dark fantasy city. The first five scenarios teach the rules step by step, and a "
            "spiral-bound scenario book replaces the map tiles of the larger original. Card-driven combat "
            "rewards careful planning, and the story unfolds over many sessions as characters level up."
        ),
        "features": [
            "Players: 1-4", "Ages: 14+", "Play Time: about 120 minutes per scenario", "Complexity: Heavy",
            "Mode: Cooperative", "Genre: Adventure", "Theme: Fantasy",
            "Mechanics: Hand management, campaign, grid movement",
            "Language Dependence: High (story book and card text)", "Box Colour: Brown",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 14, "play_time": 120, "genre": "adventure",
            "complexity": "heavy", "play_mode": "cooperative", "theme": "fantasy", "box_colour": "brown",
            "language_dependence": "high", "mechanics": ["hand management", "campaign", "grid movement"],
        },
    },
    {
        "id": "gm-007", "name": "Terraforming Mars", "product_type": BOARD, "price": 69.99,
        "description": (
            "Corporations compete to make Mars habitable by raising its temperature, oxygen level and ocean "
            "coverage, earning reputation for every contribution. More than 200 project cards let each "
            "player grow a distinct economy, and placing cities, forests and oceans on the map reshapes the "
            "planet over a long game. A single-player variant asks you to finish the job within 14 "
            "generations."
        ),
        "features": [
            "Players: 1-5", "Ages: 12+", "Play Time: about 120 minutes", "Complexity: Heavy",
            "Mode: Competitive", "Genre: Strategy", "Theme: Space",
            "Mechanics: Engine building, drafting, tile placement",
            "Language Dependence: Moderate (card text)", "Box Colour: Orange",
        ],
        "attributes": {
            "min_players": 1, "max_players": 5, "min_age": 12, "play_time": 120, "genre": "strategy",
            "complexity": "heavy", "play_mode": "competitive", "theme": "space", "box_colour": "orange",
            "language_dependence": "moderate", "mechanics": ["engine building", "drafting", "tile placement"],
        },
    },
    {
        "id": "gm-008", "name": "Clue Classic Mystery Game", "product_type": BOARD, "price": 21.99,
        "description": (
            "The long-running whodunit: move through the rooms of a mansion, make suggestions and cross off "
            "suspects, weapons and rooms on your detective notepad. The first player to make a correct "
            "accusation wins. This edition has refreshed character art and a simple setup."
        ),
        "features": [
            "Players: 2-6", "Ages: 8+", "Play Time: about 45 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Deduction", "Theme: Mystery",
            "Mechanics: Deduction, dice rolling, roll and move",
            "Language Dependence: Low", "Box Colour: Purple",
        ],
        "attributes": {
            "min_players": 2, "max_players": 6, "min_age": 8, "play_time": 45, "genre": "deduction",
            "complexity": "light", "play_mode": "competitive", "theme": "mystery", "box_colour": "purple",
            "language_dependence": "low", "mechanics": ["deduction", "dice rolling", "roll and move"],
        },
    },
    {
        "id": "gm-009", "name": "Outfoxed!", "product_type": BOARD, "price": 19.99,
        "description": (
            "A prized pot pie has been stolen, and players team up to work out which of sixteen fox suspects "
            "took it before the thief escapes to its den. On each turn you roll dice to either reveal clues "
            "or uncover suspects, then slide clue cards into a decoder that shows whether the culprit wears "
            "a given item. No reading is needed, which makes it a gentle first deduction game for young "
            "children."
        ),
        "features": [
            "Players: 2-4", "Ages: 5+", "Play Time: about 20 minutes", "Complexity: Light",
            "Mode: Cooperative", "Genre: Deduction", "Theme: Animals",
            "Mechanics: Deduction, push your luck, memory", "Language Dependence: None",
            "Box Colour: Yellow",
        ],
        "attributes": {
            "min_players": 2, "max_players": 4, "min_age": 5, "play_time": 20, "genre": "deduction",
            "complexity": "light", "play_mode": "cooperative", "theme": "animals", "box_colour": "yellow",
            "language_dependence": "none", "mechanics": ["deduction", "push your luck", "memory"],
        },
    },
    {
        "id": "gm-010", "name": "King of Tokyo", "product_type": BOARD, "price": 39.99,
        "description": (
            "Giant monsters, robots and aliens brawl for control of Tokyo using chunky custom dice. Each turn "
            "you roll up to three times, keeping faces that heal, attack, earn energy or score points, while "
            "the monster inside Tokyo takes hits from everyone else. Energy buys power cards that bend the "
            "rules in wild ways."
        ),
        "features": [
            "Players: 2-6", "Ages: 8+", "Play Time: about 30 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Dice", "Theme: Monsters",
            "Mechanics: Dice rolling, push your luck, take that",
            "Language Dependence: Low (short power card text)", "Box Colour: Blue",
        ],
        "attributes": {
            "min_players": 2, "max_players": 6, "min_age": 8, "play_time": 30, "genre": "dice",
            "complexity": "light", "play_mode": "competitive", "theme": "monsters", "box_colour": "blue",
            "language_dependence": "low", "mechanics": ["dice rolling", "push your luck", "take that"],
        },
    },
    {
        "id": "gm-011", "name": "Horrified: Universal Monsters", "product_type": BOARD, "price": 34.99,
        "description": (
            "Classic movie monsters such as Dracula and the Creature from the Black Lagoon terrorize a "
            "village, and players must defeat them together before terror overwhelms the townsfolk. Every "
            "monster is beaten a different way, from solving small puzzles to escorting villagers to safety. "
            "Mixing and matching monsters sets the challenge level."
        ),
        "features": [
            "Players: 1-5", "Ages: 10+", "Play Time: about 60 minutes", "Complexity: Medium",
            "Mode: Cooperative", "Genre: Adventure", "Theme: Monsters",
            "Mechanics: Action points, pick up and deliver, dice rolling",
            "Language Dependence: Low", "Box Colour: Black",
        ],
        "attributes": {
            "min_players": 1, "max_players": 5, "min_age": 10, "play_time": 60, "genre": "adventure",
            "complexity": "medium", "play_mode": "cooperative", "theme": "monsters", "box_colour": "black",
            "language_dependence": "low", "mechanics": ["action points", "pick up and deliver", "dice rolling"],
        },
    },
    {
        "id": "gm-012", "name": "Cascadia", "product_type": BOARD, "price": 39.99,
        "description": (
            "Build a Pacific Northwest landscape by drafting habitat tiles paired with wildlife tokens, then "
            "place bears, elk, salmon, hawks and foxes to match scoring patterns. Large connected habitats "
            "also score, so the tile and the animal you pick each turn pull in different directions. Calm "
            "and colourful, it also includes achievement scenarios for one-player challenges."
        ),
        "features": [
            "Players: 1-4", "Ages: 10+", "Play Time: about 45 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Abstract", "Theme: Animals (wildlife)",
            "Mechanics: Tile placement, drafting, pattern building", "Language Dependence: None",
            "Box Colour: Green",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 10, "play_time": 45, "genre": "abstract",
            "complexity": "light", "play_mode": "competitive", "theme": "animals", "box_colour": "green",
            "language_dependence": "none", "mechanics": ["tile placement", "drafting", "pattern building"],
        },
    },
    # ------------------------------------------------------------------------------------ card games
    {
        "id": "gm-013", "name": "UNO Classic Card Game", "product_type": CARD, "price": 7.99,
        "description": (
            "Match the top card of the discard pile by colour or number and be the first to empty your hand. "
            "Action cards skip, reverse or make the next player draw, and blank wild cards let you write in "
            "your own house rules. The 112-card deck comes in a compact tuck box."
        ),
        "features": [
            "Players: 2-10", "Ages: 7+", "Play Time: about 30 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Casual", "Theme: Abstract",
            "Mechanics: Hand management, matching, take that", "Language Dependence: None",
            "Box Colour: Red",
        ],
        "attributes": {
            "min_players": 2, "max_players": 10, "min_age": 7, "play_time": 30, "genre": "casual",
            "complexity": "light", "play_mode": "competitive", "theme": "abstract", "box_colour": "red",
            "language_dependence": "none", "mechanics": ["hand management", "matching", "take that"],
        },
    },
    {
        "id": "gm-014", "name": "Exploding Kittens Original Edition", "product_type": CARD, "price": 19.99,
        "description": (
            "A card-game take on Russian roulette with cats: players draw until someone pulls an exploding "
            "kitten, unless a defuse card saves them. Attack, skip, see-the-future and shuffle cards let you "
            "dodge danger or pass it to a neighbour. The oddball artwork from The Oatmeal keeps the mood "
            "silly."
        ),
        "features": [
            "Players: 2-5", "Ages: 7+", "Play Time: about 15 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Casual", "Theme: Animals (cats)",
            "Mechanics: Push your luck, hand management, take that",
            "Language Dependence: Low (short card text)", "Box Colour: Black",
        ],
        "attributes": {
            "min_players": 2, "max_players": 5, "min_age": 7, "play_time": 15, "genre": "casual",
            "complexity": "light", "play_mode": "competitive", "theme": "animals", "box_colour": "black",
            "language_dependence": "low", "mechanics": ["push your luck", "hand management", "take that"],
        },
    },
    {
        "id": "gm-015", "name": "Sushi Go!", "product_type": CARD, "price": 9.99,
        "description": (
            "Pick one card from your hand and pass the rest, trying to assemble the best sushi meal over "
            "three rounds. Tempura pairs, sashimi sets, dumplings and maki rolls each score differently, and "
            "puddings count at the very end. It comes in a small metal tin, and the cheerful food art makes "
            "it easy to teach."
        ),
        "features": [
            "Players: 2-5", "Ages: 8+", "Play Time: about 15 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Casual", "Theme: Food", "Mechanics: Drafting, set collection",
            "Language Dependence: None", "Box Colour: Blue",
        ],
        "attributes": {
            "min_players": 2, "max_players": 5, "min_age": 8, "play_time": 15, "genre": "casual",
            "complexity": "light", "play_mode": "competitive", "theme": "food", "box_colour": "blue",
            "language_dependence": "none", "mechanics": ["drafting", "set collection"],
        },
    },
    {
        "id": "gm-016", "name": "The Crew: Mission Deep Sea", "product_type": CARD, "price": 19.99,
        "description": (
            "A cooperative trick-taking game in which the whole table works to complete task cards while "
            "searching for a lost continent beneath the ocean. Talking about your hand is strictly limited, "
            "so you learn to read your partners' plays instead. A logbook of 32 missions ramps up the "
            "challenge gradually."
        ),
        "features": [
            "Players: 2-5", "Ages: 10+", "Play Time: about 20 minutes", "Complexity: Medium",
            "Mode: Cooperative", "Genre: Strategy", "Theme: Exploration (deep sea)",
            "Mechanics: Trick taking, hand management, limited communication",
            "Language Dependence: Low (task cards use icons)", "Box Colour: Teal",
        ],
        "attributes": {
            "min_players": 2, "max_players": 5, "min_age": 10, "play_time": 20, "genre": "strategy",
            "complexity": "medium", "play_mode": "cooperative", "theme": "exploration", "box_colour": "teal",
            "language_dependence": "low",
            "mechanics": ["trick taking", "hand management", "limited communication"],
        },
    },
    {
        "id": "gm-017", "name": "Dominion Second Edition", "product_type": CARD, "price": 44.99,
        "description": (
            "The game that launched deck building: everyone starts with the same small deck and buys cards "
            "from a shared market to grow a medieval realm. Twenty-six kingdom card types come in the box and "
            "any ten form the market, so each game plays differently. Many cards carry rules text, so fluent "
            "reading helps."
        ),
        "features": [
            "Players: 2-4", "Ages: 13+", "Play Time: about 30 minutes", "Complexity: Medium",
            "Mode: Competitive", "Genre: Strategy", "Theme: History (medieval)",
            "Mechanics: Deck building, hand management", "Language Dependence: High (card text)",
            "Box Colour: Green",
        ],
        "attributes": {
            "min_players": 2, "max_players": 4, "min_age": 13, "play_time": 30, "genre": "strategy",
            "complexity": "medium", "play_mode": "competitive", "theme": "history", "box_colour": "green",
            "language_dependence": "high", "mechanics": ["deck building", "hand management"],
        },
    },
    {
        "id": "gm-018", "name": "Love Letter", "product_type": CARD, "price": 12.99,
        "description": (
            "Suitors try to get their letter to the princess by holding the highest court card when a round "
            "ends. With only 21 cards, every turn is a small gamble: guess an opponent's card, peek at a "
            "hand or force a discard. A round lasts a few minutes and the whole game fits in a pocket-sized "
            "box."
        ),
        "features": [
            "Players: 2-6", "Ages: 10+", "Play Time: about 20 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Deduction", "Theme: History (royal court)",
            "Mechanics: Bluffing, deduction, hand management", "Language Dependence: Low",
            "Box Colour: Red",
        ],
        "attributes": {
            "min_players": 2, "max_players": 6, "min_age": 10, "play_time": 20, "genre": "deduction",
            "complexity": "light", "play_mode": "competitive", "theme": "history", "box_colour": "red",
            "language_dependence": "low", "mechanics": ["bluffing", "deduction", "hand management"],
        },
    },
    {
        "id": "gm-019", "name": "Marvel Champions: The Card Game", "product_type": CARD, "price": 64.99,
        "description": (
            "Play as Marvel heroes such as Spider-Man, Captain Marvel and Iron Man to foil villains like "
            "Rhino, Klaw and Ultron. Each hero flips between a hero side and an alter-ego side, trading "
            "action for recovery, and you customise your deck from aspect cards. Hero and campaign packs "
            "keep extending the game."
        ),
        "features": [
            "Players: 1-4", "Ages: 14+", "Play Time: about 60 minutes", "Complexity: Heavy",
            "Mode: Cooperative", "Genre: Adventure", "Theme: Superheroes",
            "Mechanics: Deck building, hand management, resource management",
            "Language Dependence: High (card text)", "Box Colour: Black",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 14, "play_time": 60, "genre": "adventure",
            "complexity": "heavy", "play_mode": "cooperative", "theme": "superheroes", "box_colour": "black",
            "language_dependence": "high",
            "mechanics": ["deck building", "hand management", "resource management"],
        },
    },
    {
        "id": "gm-020", "name": "Sprawlopolis", "product_type": CARD, "price": 14.00,
        "description": (
            "Build a city out of just 18 double-sided cards, overlapping them to form blocks of parks, homes, "
            "factories and shops. Three random scoring cards set the goals each game, giving hundreds of "
            "combinations. Everyone shares one city and one score, and the cards pack into a slim wallet "
            "that fits a jacket pocket."
        ),
        "features": [
            "Players: 1-4", "Ages: 8+", "Play Time: about 20 minutes", "Complexity: Medium",
            "Mode: Cooperative", "Genre: Strategy", "Theme: City",
            "Mechanics: Tile placement, hand management, pattern building", "Language Dependence: Low",
            "Box Colour: Yellow",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 8, "play_time": 20, "genre": "strategy",
            "complexity": "medium", "play_mode": "cooperative", "theme": "city", "box_colour": "yellow",
            "language_dependence": "low", "mechanics": ["tile placement", "hand management", "pattern building"],
        },
    },
    {
        "id": "gm-021", "name": "Lost Cities: The Card Game", "product_type": CARD, "price": 24.99,
        "description": (
            "A head-to-head card game for two: launch expeditions to five lost cities by laying cards in "
            "rising order, and decide when an investment will pay off. Starting an expedition costs points, "
            "so committing too early can sink your score. A match runs over three rounds and includes a "
            "compact playing board."
        ),
        "features": [
            "Players: 2", "Ages: 10+", "Play Time: about 30 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Strategy", "Theme: Exploration",
            "Mechanics: Hand management, set collection, push your luck", "Language Dependence: None",
            "Box Colour: Orange",
        ],
        "attributes": {
            "min_players": 2, "max_players": 2, "min_age": 10, "play_time": 30, "genre": "strategy",
            "complexity": "light", "play_mode": "competitive", "theme": "exploration", "box_colour": "orange",
            "language_dependence": "none", "mechanics": ["hand management", "set collection", "push your luck"],
        },
    },
    # ----------------------------------------------------------------------------------- party games
    {
        "id": "gm-022", "name": "Codenames", "product_type": PARTY, "price": 19.99,
        "description": (
            "Two rival spymasters give one-word clues that link several of their team's secret agents hidden "
            "in a five-by-five grid of words. Teammates guess one location at a time, and touching the "
            "assassin ends the round at once. Two hundred double-sided word cards keep every game fresh."
        ),
        "features": [
            "Players: 2-8", "Ages: 14+", "Play Time: about 15 minutes", "Complexity: Light", "Mode: Team",
            "Genre: Word", "Theme: Spies", "Mechanics: Word guessing, team play, deduction",
            "Language Dependence: High (English word cards)", "Box Colour: Black",
        ],
        "attributes": {
            "min_players": 2, "max_players": 8, "min_age": 14, "play_time": 15, "genre": "word",
            "complexity": "light", "play_mode": "team", "theme": "spies", "box_colour": "black",
            "language_dependence": "high", "mechanics": ["word guessing", "team play", "deduction"],
        },
    },
    {
        "id": "gm-023", "name": "Telestrations 8 Player: The Original", "product_type": PARTY, "price": 29.99,
        "description": (
            "Telephone meets sketching: everyone draws a secret word in a dry-erase sketchbook, passes it on, "
            "and the next player guesses what the doodle shows. Words drift hilariously as the books move "
            "around the table, and the worst drawings often get the biggest laughs. The box includes eight "
            "sketchbooks, markers, cloths and about 1,700 words."
        ),
        "features": [
            "Players: 4-8", "Ages: 12+", "Play Time: about 30 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Drawing", "Theme: Humor", "Mechanics: Drawing, word guessing",
            "Language Dependence: Moderate", "Box Colour: Orange",
        ],
        "attributes": {
            "min_players": 4, "max_players": 8, "min_age": 12, "play_time": 30, "genre": "drawing",
            "complexity": "light", "play_mode": "competitive", "theme": "humor", "box_colour": "orange",
            "language_dependence": "moderate", "mechanics": ["drawing", "word guessing"],
        },
    },
    {
        "id": "gm-024", "name": "Dixit", "product_type": PARTY, "price": 39.99,
        "description": (
            "Each turn a storyteller picks one of 84 dreamlike picture cards and offers a word, phrase or "
            "sound as a hint. Everyone else slips in a card that might fit, then all vote on which was the "
            "original. Clues that are too obvious or too obscure both score nothing, so the sweet spot is a "
            "hint that only some will catch."
        ),
        "features": [
            "Players: 3-8", "Ages: 8+", "Play Time: about 30 minutes", "Complexity: Light",
            "Mode: Competitive", "Genre: Storytelling", "Theme: Fantasy", "Mechanics: Storytelling, voting",
            "Language Dependence: None (picture cards)", "Box Colour: Blue",
        ],
        "attributes": {
            "min_players": 3, "max_players": 8, "min_age": 8, "play_time": 30, "genre": "storytelling",
            "complexity": "light", "play_mode": "competitive", "theme": "fantasy", "box_colour": "blue",
            "language_dependence": "none", "mechanics": ["storytelling", "voting"],
        },
    },
    {
        "id": "gm-025", "name": "Wavelength", "product_type": PARTY, "price": 34.99,
        "description": (
            "One player sees where a hidden target sits on a dial between two opposites, such as hot and "
            "cold, and gives a clue to steer teammates toward it. The team debates and turns the dial, then "
            "the screen opens to reveal how close they came. The dial is built into a sturdy plastic device "
            "that stays on the table all game."
        ),
        "features": [
            "Players: 2-12", "Ages: 14+", "Play Time: about 45 minutes", "Complexity: Light", "Mode: Team",
            "Genre: Guessing", "Theme: Abstract", "Mechanics: Team play, guessing",
            "Language Dependence: Moderate", "Box Colour: Black",
        ],
        "attributes": {
            "min_players": 2, "max_players": 12, "min_age": 14, "play_time": 45, "genre": "guessing",
            "complexity": "light", "play_mode": "team", "theme": "abstract", "box_colour": "black",
            "language_dependence": "moderate", "mechanics": ["team play", "guessing"],
        },
    },
    {
        "id": "gm-026", "name": "Just One", "product_type": PARTY, "price": 24.99,
        "description": (
            "Everyone helps one guesser find a mystery word by writing a one-word hint on a small easel. "
            "Before the guesser looks, identical hints cancel out, so originality matters as much as "
            "accuracy. All players are on the same side, aiming for the best score over thirteen cards."
        ),
        "features": [
            "Players: 3-7", "Ages: 8+", "Play Time: about 20 minutes", "Complexity: Light",
            "Mode: Cooperative", "Genre: Word", "Theme: Abstract",
            "Mechanics: Word guessing, simultaneous action", "Language Dependence: High",
            "Box Colour: White",
        ],
        "attributes": {
            "min_players": 3, "max_players": 7, "min_age": 8, "play_time": 20, "genre": "word",
            "complexity": "light", "play_mode": "cooperative", "theme": "abstract", "box_colour": "white",
            "language_dependence": "high", "mechanics": ["word guessing", "simultaneous action"],
        },
    },
    {
        "id": "gm-027", "name": "Taboo", "product_type": PARTY, "price": 21.99,
        "description": (
            "Get your teammates to say the word on the card without using any of the forbidden words printed "
            "beneath it. A sand timer runs while you talk, and the other team watches with a buzzer, ready to "
            "pounce if you slip. Several hundred guess cards come in the box."
        ),
        "features": [
            "Players: 4-10", "Ages: 13+", "Play Time: about 45 minutes", "Complexity: Light", "Mode: Team",
            "Genre: Word", "Theme: Abstract", "Mechanics: Word guessing, team play, real time",
            "Language Dependence: High", "Box Colour: Purple",
        ],
        "attributes": {
            "min_players": 4, "max_players": 10, "min_age": 13, "play_time": 45, "genre": "word",
            "complexity": "light", "play_mode": "team", "theme": "abstract", "box_colour": "purple",
            "language_dependence": "high", "mechanics": ["word guessing", "team play", "real time"],
        },
    },
    {
        "id": "gm-028", "name": "The Resistance: Avalon", "product_type": PARTY, "price": 19.99,
        "description": (
            "Loyal servants of Arthur try to complete three quests while hidden minions of Mordred sabotage "
            "them from within. Players vote on who goes on each quest and quest cards are played in secret, "
            "so accusations and alibis fill the room. Merlin knows the traitors but must guide the good side "
            "without being unmasked."
        ),
        "features": [
            "Players: 5-10", "Ages: 13+", "Play Time: about 30 minutes", "Complexity: Medium", "Mode: Team",
            "Genre: Social deduction", "Theme: Fantasy", "Mechanics: Hidden roles, bluffing, voting",
            "Language Dependence: Low", "Box Colour: Blue",
        ],
        "attributes": {
            "min_players": 5, "max_players": 10, "min_age": 13, "play_time": 30, "genre": "social deduction",
            "complexity": "medium", "play_mode": "team", "theme": "fantasy", "box_colour": "blue",
            "language_dependence": "low", "mechanics": ["hidden roles", "bluffing", "voting"],
        },
    },
    # ----------------------------------------------------------------------------------- video games
    {
        "id": "gm-029", "name": "Mario Kart 8 Deluxe (Nintendo Switch)", "product_type": VIDEO, "price": 59.99,
        "description": (
            "Nintendo's kart racer with 48 courses in the base game, featuring gliders, underwater stretches "
            "and anti-gravity track. Smart Steering and Auto-Accelerate assists let newer racers keep up with "
            "experienced ones. Battle Mode adds arena games such as Balloon Battle and Shine Thief."
        ),
        "features": [
            "Platform: Nintendo Switch", "Local Players: 1-4 on one console",
            "Online Multiplayer: Yes, up to 12 racers (Nintendo Switch Online)",
            "Age Rating: ESRB E, Everyone (6+)", "Genre: Racing", "Complexity: Light", "Mode: Competitive",
            "Theme: Cartoon", "Box Colour: Red", "Format: Physical game card",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 6, "platform": "switch", "genre": "racing",
            "complexity": "light", "play_mode": "competitive", "theme": "cartoon", "box_colour": "red",
            "online_multiplayer": True, "esrb_rating": "e",
        },
    },
    {
        "id": "gm-030", "name": "The Legend of Zelda: Tears of the Kingdom (Nintendo Switch)",
        "product_type": VIDEO, "price": 69.99,
        "description": (
            "Link explores Hyrule again, now with sky islands drifting above and a vast cavern world below. "
            "New abilities let you fuse objects into weapons and build working vehicles from logs, fans and "
            "wheels, so most puzzles can be solved several ways. It is a long single-player adventure with "
            "no multiplayer of any kind."
        ),
        "features": [
            "Platform: Nintendo Switch", "Local Players: 1", "Online Multiplayer: No",
            "Age Rating: ESRB E10+, Everyone 10+", "Genre: Adventure", "Complexity: Medium",
            "Mode: Single player", "Theme: Fantasy", "Box Colour: Green", "Format: Physical game card",
        ],
        "attributes": {
            "min_players": 1, "max_players": 1, "min_age": 10, "platform": "switch", "genre": "adventure",
            "complexity": "medium", "play_mode": "single player", "theme": "fantasy", "box_colour": "green",
            "online_multiplayer": False, "esrb_rating": "e10+",
        },
    },
    {
        "id": "gm-031", "name": "Super Smash Bros. Ultimate (Nintendo Switch)", "product_type": VIDEO,
        "price": 59.99,
        "description": (
            "Every fighter from the series' history returns in one crossover brawler, from Mario and Pikachu "
            "to guest characters from other franchises. Up to eight players can battle on a single console "
            "with items, stage hazards and custom rules. The World of Light adventure and Classic Mode give "
            "one player plenty to do between matches."
        ),
        "features": [
            "Platform: Nintendo Switch", "Local Players: 1-8 on one console",
            "Online Multiplayer: Yes (Nintendo Switch Online)", "Age Rating: ESRB E10+, Everyone 10+",
            "Genre: Fighting", "Complexity: Medium", "Mode: Competitive", "Theme: Cartoon",
            "Box Colour: Black",
        ],
        "attributes": {
            "min_players": 1, "max_players": 8, "min_age": 10, "platform": "switch", "genre": "fighting",
            "complexity": "medium", "play_mode": "competitive", "theme": "cartoon", "box_colour": "black",
            "online_multiplayer": True, "esrb_rating": "e10+",
        },
    },
    {
        "id": "gm-032", "name": "Just Dance 2025 Edition (Nintendo Switch)", "product_type": VIDEO,
        "price": 49.99,
        "description": (
            "Follow an on-screen dancer through a tracklist of recent pop hits, with your moves scored by the "
            "Joy-Con held in your right hand. Up to six people can dance in the same room with one Joy-Con "
            "each. Workout and playlist modes turn it into a light cardio session."
        ),
        "features": [
            "Platform: Nintendo Switch", "Local Players: 1-6 on one console",
            "Online Multiplayer: Yes (online dance events)", "Age Rating: ESRB E10+, Everyone 10+",
            "Genre: Rhythm", "Complexity: Light", "Mode: Competitive", "Theme: Music", "Box Colour: Pink",
            "Format: Download code in box",
        ],
        "attributes": {
            "min_players": 1, "max_players": 6, "min_age": 10, "platform": "switch", "genre": "rhythm",
            "complexity": "light", "play_mode": "competitive", "theme": "music", "box_colour": "pink",
            "online_multiplayer": True, "esrb_rating": "e10+",
        },
    },
    {
        "id": "gm-033", "name": "It Takes Two (Nintendo Switch)", "product_type": VIDEO, "price": 39.99,
        "description": (
            "A co-op-only adventure about a quarrelling couple shrunk into dolls who must work together to "
            "get home. Every chapter hands out new gadgets split between the two players, so neither can "
            "progress without the other. Play split-screen on one console or online, where a Friend's Pass "
            "lets a partner join without buying a copy."
        ),
        "features": [
            "Platform: Nintendo Switch", "Local Players: 2 (split-screen, two players required)",
            "Online Multiplayer: Yes (online co-op with Friend's Pass)", "Age Rating: ESRB T, Teen (13+)",
            "Genre: Adventure", "Complexity: Medium", "Mode: Cooperative", "Theme: Fantasy",
            "Box Colour: Yellow",
        ],
        "attributes": {
            "min_players": 2, "max_players": 2, "min_age": 13, "platform": "switch", "genre": "adventure",
            "complexity": "medium", "play_mode": "cooperative", "theme": "fantasy", "box_colour": "yellow",
            "online_multiplayer": True, "esrb_rating": "t",
        },
    },
    {
        "id": "gm-034", "name": "Marvel's Spider-Man 2 (PS5)", "product_type": VIDEO, "price": 69.99,
        "description": (
            "Play as both Peter Parker and Miles Morales swinging across an expanded Marvel's New York that "
            "now includes Brooklyn and Queens. Web wings let you glide between districts, and each "
            "Spider-Man has distinct gadgets and powers in combat. The story pits the pair against Kraven "
            "the Hunter and the symbiote Venom."
        ),
        "features": [
            "Platform: PlayStation 5 (PS5)", "Local Players: 1", "Online Multiplayer: No",
            "Age Rating: ESRB T, Teen (13+)", "Genre: Action", "Complexity: Medium", "Mode: Single player",
            "Theme: Superheroes", "Box Colour: Red", "Format: Blu-ray disc",
        ],
        "attributes": {
            "min_players": 1, "max_players": 1, "min_age": 13, "platform": "ps5", "genre": "action",
            "complexity": "medium", "play_mode": "single player", "theme": "superheroes", "box_colour": "red",
            "online_multiplayer": False, "esrb_rating": "t",
        },
    },
    {
        "id": "gm-035", "name": "EA Sports FC 25 (PS5)", "product_type": VIDEO, "price": 69.99,
        "description": (
            "The follow-up to the long-running football series formerly called FIFA, with licensed clubs, "
            "leagues and players from around the world. The new Rush mode plays five-a-side on a smaller "
            "pitch, while Ultimate Team, Career and Clubs modes cover the long haul. Up to four people can "
            "play on one console, against each other or on the same side."
        ),
        "features": [
            "Platform: PlayStation 5 (PS5)", "Local Players: 1-4 on one console",
            "Online Multiplayer: Yes (PlayStation Plus for most modes)", "Age Rating: ESRB E, Everyone (6+)",
            "Genre: Sports", "Complexity: Medium", "Mode: Competitive", "Theme: Sports",
            "Box Colour: White", "Format: Blu-ray disc",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 6, "platform": "ps5", "genre": "sports",
            "complexity": "medium", "play_mode": "competitive", "theme": "sports", "box_colour": "white",
            "online_multiplayer": True, "esrb_rating": "e",
        },
    },
    {
        "id": "gm-036", "name": "Forza Horizon 5 (Xbox)", "product_type": VIDEO, "price": 59.99,
        "description": (
            "An open-world racing festival set across Mexico, from jungles and beaches to a volcano, with "
            "hundreds of licensed cars to collect and tune. Seasons change weekly and reshape routes and "
            "events. Racing is one player per console, with online events and convoys for playing with "
            "others."
        ),
        "features": [
            "Platform: Xbox Series X|S and Xbox One", "Local Players: 1",
            "Online Multiplayer: Yes (online races and convoys)", "Age Rating: ESRB E, Everyone (6+)",
            "Genre: Racing", "Complexity: Medium", "Mode: Competitive", "Theme: Vehicles",
            "Box Colour: Orange", "Format: Disc",
        ],
        "attributes": {
            "min_players": 1, "max_players": 1, "min_age": 6, "platform": "xbox", "genre": "racing",
            "complexity": "medium", "play_mode": "competitive", "theme": "vehicles", "box_colour": "orange",
            "online_multiplayer": True, "esrb_rating": "e",
        },
    },
    {
        "id": "gm-037", "name": "Minecraft (Xbox)", "product_type": VIDEO, "price": 29.99,
        "description": (
            "Build anything from a simple hut to a working castle in a blocky world that stretches almost "
            "without end. Survival mode adds hunger, tools and night-time creatures, while Creative mode "
            "hands you unlimited blocks. Up to four players can share a split-screen world on one console, "
            "and online servers connect friends on other devices."
        ),
        "features": [
            "Platform: Xbox Series X|S and Xbox One", "Local Players: 1-4 (split-screen)",
            "Online Multiplayer: Yes (cross-play)", "Age Rating: ESRB E10+, Everyone 10+",
            "Genre: Sandbox", "Complexity: Light", "Mode: Cooperative", "Theme: Exploration",
            "Box Colour: Green", "Format: Disc",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 10, "platform": "xbox", "genre": "sandbox",
            "complexity": "light", "play_mode": "cooperative", "theme": "exploration", "box_colour": "green",
            "online_multiplayer": True, "esrb_rating": "e10+",
        },
    },
    {
        "id": "gm-038", "name": "Stardew Valley (PC)", "product_type": VIDEO, "price": 14.99,
        "description": (
            "Inherit an overgrown farm and turn it into a thriving homestead by planting crops, raising "
            "animals, fishing and exploring the mines. The nearby town is full of residents to befriend, and "
            "each season brings festivals and new crops. Up to four farmers can share one farm online or in "
            "split-screen on one computer."
        ),
        "features": [
            "Platform: PC (Windows, download code)", "Local Players: 1-4 (split-screen)",
            "Online Multiplayer: Yes (online co-op)", "Age Rating: ESRB E10+, Everyone 10+",
            "Genre: Simulation", "Complexity: Light", "Mode: Cooperative", "Theme: Farming",
            "Box Colour: Blue",
        ],
        "attributes": {
            "min_players": 1, "max_players": 4, "min_age": 10, "platform": "pc", "genre": "simulation",
            "complexity": "light", "play_mode": "cooperative", "theme": "farming", "box_colour": "blue",
            "online_multiplayer": True, "esrb_rating": "e10+",
        },
    },
    {
        "id": "gm-039", "name": "Baldur's Gate 3 (PC)", "product_type": VIDEO, "price": 59.99,
        "description": (
            "A sprawling Dungeons & Dragons role-playing game in which choices in dialogue and turn-based "
            "combat reshape the story. You create a character from a wide range of races and classes, recruit "
            "companions and live with consequences that carry through three acts. Expect well over 75 hours "
            "for one playthrough, with mature content throughout."
        ),
        "features": [
            "Platform: PC (Windows, download code)", "Local Players: 1",
            "Online Multiplayer: Yes (online co-op for up to 4)", "Age Rating: ESRB M, Mature (17+)",
            "Genre: Role playing", "Complexity: Heavy", "Mode: Single player", "Theme: Fantasy",
            "Box Colour: Purple",
        ],
        "attributes": {
            "min_players": 1, "max_players": 1, "min_age": 17, "platform": "pc", "genre": "role playing",
            "complexity": "heavy", "play_mode": "single player", "theme": "fantasy", "box_colour": "purple",
            "online_multiplayer": True, "esrb_rating": "m",
        },
    },
    # ---------------------------------------------------------------------------------------- puzzles
    {
        "id": "gm-040", "name": "Ravensburger Starry Night 1000-Piece Jigsaw Puzzle", "product_type": PUZZLE,
        "price": 21.99,
        "description": (
            "Van Gogh's swirling night sky over a sleeping village, printed on thick board with a "
            "linen-textured, glare-free finish. Every piece has a unique shape and locks in firmly, so "
            "finished sections can be lifted without falling apart. The completed picture measures about "
            "27 by 20 inches."
        ),
        "features": [
            "Piece Count: 1000", "Ages: 12+", "Puzzle Type: Jigsaw", "Complexity: Medium", "Theme: Art",
            "Material: Cardboard with linen finish", "Finished Size: 27 x 20 in", "Box Colour: Blue",
        ],
        "attributes": {
            "min_age": 12, "genre": "jigsaw", "complexity": "medium", "theme": "art", "box_colour": "blue",
            "piece_count": 1000, "material": "cardboard",
        },
    },
    {
        "id": "gm-041", "name": "Buffalo Games Cinque Terre 2000-Piece Jigsaw Puzzle", "product_type": PUZZLE,
        "price": 24.99,
        "description": (
            "Pastel houses stacked above a Mediterranean harbour fill this large scenic puzzle, with boats "
            "and cliffs adding plenty of fine detail. Pieces are cut from recycled board and fit snugly. The "
            "finished image is roughly 38 by 27 inches, so plan on a dedicated table, and a reference poster "
            "is included."
        ),
        "features": [
            "Piece Count: 2000", "Ages: 12+", "Puzzle Type: Jigsaw", "Complexity: Heavy",
            "Theme: Landscape", "Material: Recycled cardboard", "Finished Size: 38.5 x 26.5 in",
            "Box Colour: White", "Extras: Reference poster",
        ],
        "attributes": {
            "min_age": 12, "genre": "jigsaw", "complexity": "heavy", "theme": "landscape",
            "box_colour": "white", "piece_count": 2000, "material": "cardboard",
        },
    },
    {
        "id": "gm-042", "name": "Melissa & Doug Dinosaurs Floor Puzzle (48 Pieces)", "product_type": PUZZLE,
        "price": 14.99,
        "description": (
            "A big two-by-three-foot floor puzzle of friendly dinosaurs for toddlers and preschoolers. The "
            "extra-thick pieces are sized for small hands and wipe clean after snack-time spills. A sturdy "
            "box keeps every piece together between play sessions."
        ),
        "features": [
            "Piece Count: 48", "Ages: 3+", "Puzzle Type: Jigsaw (floor puzzle)", "Complexity: Light",
            "Theme: Animals (dinosaurs)", "Material: Extra-thick cardboard", "Finished Size: 24 x 36 in",
            "Box Colour: Green",
        ],
        "attributes": {
            "min_age": 3, "genre": "jigsaw", "complexity": "light", "theme": "animals", "box_colour": "green",
            "piece_count": 48, "material": "cardboard",
        },
    },
    {
        "id": "gm-043", "name": "Ravensburger Eiffel Tower 3D Puzzle", "product_type": PUZZLE, "price": 44.99,
        "description": (
            "Numbered plastic pieces snap together into a 3D model of the Paris landmark that stands nearly "
            "30 inches tall. No glue is needed, and the pieces are shaped so the structure stays stable as it "
            "rises. The finished tower makes a striking shelf display."
        ),
        "features": [
            "Piece Count: 216", "Ages: 10+", "Puzzle Type: 3D", "Complexity: Medium",
            "Theme: Architecture", "Material: Plastic", "Finished Height: about 29 in", "Box Colour: Black",
        ],
        "attributes": {
            "min_age": 10, "genre": "3d", "complexity": "medium", "theme": "architecture",
            "box_colour": "black", "piece_count": 216, "material": "plastic",
        },
    },
    {
        "id": "gm-044", "name": "Ugears Tram Line Mechanical Wooden Model", "product_type": PUZZLE,
        "price": 44.99,
        "description": (
            "Press out laser-cut plywood parts and assemble a city tram that rolls along its own track, "
            "driven by a rubber-band motor. Gears, a turntable and opening doors reward patient assembly, and "
            "no glue is required. Expect several evenings of building for a moving desk model."
        ),
        "features": [
            "Piece Count: 153", "Ages: 14+", "Puzzle Type: 3D mechanical model", "Complexity: Heavy",
            "Theme: Vehicles", "Material: Plywood", "Assembly Time: about 6 hours", "Box Colour: Brown",
        ],
        "attributes": {
            "min_age": 14, "genre": "3d", "complexity": "heavy", "theme": "vehicles", "box_colour": "brown",
            "piece_count": 153, "material": "wood",
        },
    },
    {
        "id": "gm-045", "name": "ThinkFun Rush Hour Traffic Jam Logic Game", "product_type": PUZZLE,
        "price": 21.99,
        "description": (
            "Slide cars and trucks around a six-by-six grid to clear a path for the red car to exit. Forty "
            "challenge cards run from beginner to expert, with solutions printed on the back. It is a "
            "one-person puzzle that builds step-by-step planning skills."
        ),
        "features": [
            "Pieces: 16 vehicles and a grid", "Ages: 8+", "Puzzle Type: Logic", "Complexity: Light",
            "Theme: Vehicles", "Material: Plastic", "Challenges: 40 cards, beginner to expert",
            "Box Colour: Red",
        ],
        "attributes": {
            "min_age": 8, "genre": "logic", "complexity": "light", "theme": "vehicles", "box_colour": "red",
            "piece_count": 16, "material": "plastic",
        },
    },
    {
        "id": "gm-046", "name": "ThinkFun Gravity Maze Marble Run Logic Game", "product_type": PUZZLE,
        "price": 32.99,
        "description": (
            "Each challenge card shows a few towers already on the grid; place the remaining towers so a "
            "marble dropped at the start lands in the target. Sixty challenges climb from beginner to expert, "
            "mixing spatial reasoning with marble-run fun. The transparent towers stack on a sturdy base "
            "grid."
        ),
        "features": [
            "Pieces: 9 towers, 3 marbles and a base grid", "Ages: 8+", "Puzzle Type: Logic",
            "Complexity: Medium", "Theme: Abstract", "Material: Plastic",
            "Challenges: 60 cards, beginner to expert", "Box Colour: Purple",
        ],
        "attributes": {
            "min_age": 8, "genre": "logic", "complexity": "medium", "theme": "abstract",
            "box_colour": "purple", "piece_count": 13, "material": "plastic",
        },
    },
]
# fmt: on


# ------------------------------------------------------------------------------------------- derivation
FAMILY_MAX_AGE = 8
CROWD_MIN_PLAYERS = 6
QUICK_MAX_MINUTES = 30


def derive(product_type: str, attributes: dict) -> dict:
    """Derived attributes, by the rules DOMAIN_KNOWLEDGE states."""
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


# ------------------------------------------------------------------------------------------- attributes
ATTRIBUTES: list[AttributeSpec] = [
    AttributeSpec(
        "min_age",
        "number",
        higher_is_better=False,
        unit="years",
        description="youngest recommended player age (box age; for video games from the ESRB rating)",
    ),
    AttributeSpec(
        "max_players",
        "number",
        higher_is_better=True,
        types=TABLETOP,
        unit="players",
        description="most players at once (for video games: local players on one console)",
    ),
    AttributeSpec(
        "platform", "categorical", types=(VIDEO,), description="console or computer: switch, ps5, xbox, pc"
    ),
    AttributeSpec(
        "genre", "categorical", description="style of game or puzzle (strategy, word, racing, jigsaw)"
    ),
    AttributeSpec(
        "complexity", "categorical", description="how demanding the rules are: light, medium, heavy"
    ),
    AttributeSpec(
        "play_mode",
        "categorical",
        types=(BOARD, CARD, PARTY, VIDEO),
        description="competitive, cooperative, team or single player",
    ),
    AttributeSpec("theme", "categorical", description="subject of the artwork and story"),
    AttributeSpec("box_colour", "categorical", description="dominant colour of the box or case cover"),
    AttributeSpec(
        "online_multiplayer",
        "boolean",
        types=(VIDEO,),
        mentions=("online",),
        description="whether people can play together over the internet",
    ),
    AttributeSpec(
        "mechanics", "list", types=TABLETOP, description="core mechanics (dice rolling, drafting, ...)"
    ),
    AttributeSpec(
        "family_friendly",
        "boolean",
        derived=True,
        mentions=("family",),
        description="minimum age 8 or lower and complexity light or medium",
    ),
    AttributeSpec(
        "party_sized",
        "boolean",
        derived=True,
        types=(BOARD, CARD, VIDEO),
        mentions=("crowd",),
        description="supports 6 or more players at once (video games: local players)",
    ),
    AttributeSpec(
        "quick_to_play",
        "boolean",
        derived=True,
        types=TABLETOP,
        mentions=("quick",),
        description="typical play time of 30 minutes or less",
    ),
    AttributeSpec(
        "solo_playable",
        "boolean",
        derived=True,
        types=(BOARD, CARD, VIDEO),
        mentions=("solo",),
        description="the player count starts at 1",
    ),
]

TYPE_NOUNS: dict[str, str] = {
    BOARD: "board game",
    CARD: "card game",
    PARTY: "party game",
    VIDEO: "video game",
    PUZZLE: "puzzle",
}

USES: dict[str, list[str]] = {
    BOARD: [
        "weekly game nights with close friends",
        "rainy weekends at home with the kids",
        "a housewarming gift for new neighbours",
        "holiday evenings with visiting relatives",
        "cosy date nights in",
        "a birthday present for a teenager who loves strategy",
        "keeping grandparents and grandchildren entertained at the same table",
        "a long weekend at a lake cabin",
        "the games shelf at a community centre",
        "a retirement hobby with old college friends",
    ],
    CARD: [
        "camping trips where space in the bag is tight",
        "lunch breaks with coworkers",
        "long flights and train rides",
        "a stocking stuffer",
        "after-dinner games with the kids",
        "a college dorm room",
        "two-person evenings at home",
        "killing time at restaurants and waiting rooms",
        "a beach vacation with cousins",
    ],
    PARTY: [
        "a milestone birthday party",
        "the office holiday party",
        "New Year's Eve at home",
        "a teenager's sleepover",
        "a college reunion weekend",
        "icebreakers at a youth club",
        "backyard barbecues with the neighbours",
        "a bridal shower",
        "Thanksgiving after dinner",
        "a church fellowship evening",
    ],
    VIDEO: [
        "a child's birthday present",
        "couch co-op nights with a roommate",
        "unwinding after long shifts",
        "a holiday gift for a nephew",
        "keeping the kids busy over summer break",
        "online sessions with far-away friends",
        "a college student's dorm setup",
        "a graduation present for a younger sibling",
        "rainy Saturday afternoons",
    ],
    PUZZLE: [
        "quiet winter evenings",
        "a retirement gift",
        "a coffee-table project that visitors can chip in on",
        "a preschooler's playroom",
        "screen-free afternoons with the grandkids",
        "a brain workout during lunch breaks",
        "a long stay at a rental cottage",
        "a desk display at the office",
        "a get-well gift for someone stuck at home",
    ],
}


# -------------------------------------------------------------------------------------------- phrasing
def _num(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:g}"


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _article_number(digits: str) -> str:
    return "an" if digits.startswith("8") or digits in ("11", "18") else "a"


def _join(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return ", ".join(words[:-1]) + " or " + words[-1]


def _read(value: object) -> str:
    return str(value).replace("_", " ")


_PLATFORM_NAMES = {"switch": "Nintendo Switch", "ps5": "PS5", "xbox": "Xbox", "pc": "PC"}
_PLATFORM_ON = {"switch": "the Nintendo Switch", "ps5": "the PS5", "xbox": "the Xbox", "pc": "a PC"}
_PUZZLE_GENRES = {"jigsaw", "3d", "logic"}

# Wrappers around a bare verb phrase {p}: firm or soft, asking for or ruling out what {p} says.
_FIRM_YES = [
    "It has to {p}.",
    "The one I pick must {p}, or I'm not buying.",
    "This part is non-negotiable: it needs to {p}.",
    "Whatever I buy absolutely has to {p}.",
    "I'm firm on one thing: it must {p}.",
    "No deal unless it can {p}.",
    "Honestly, it really needs to {p}.",
    "I need it to {p}, full stop.",
    "For me it absolutely must {p}.",
]
_FIRM_NO = [
    "It can't {p}.",
    "What I buy must not {p}; that's a dealbreaker.",
    "I won't buy anything that would {p}.",
    "Whatever I get absolutely cannot {p}.",
    "Count me out if it would {p}.",
    "Under no circumstances should it {p}.",
]
_SOFT_YES = [
    "Ideally it would {p}.",
    "Bonus points if it can {p}.",
    "I'd lean toward something that would {p}.",
    "It would be nice if it could {p}.",
    "If possible, I'd like it to {p}.",
    "My preference is for it to {p}.",
]
_SOFT_NO = [
    "Ideally it wouldn't {p}.",
    "I'd rather it not {p}.",
    "I'd lean away from anything that would {p}.",
    "If possible, it shouldn't {p}.",
    "Preferably it won't {p}.",
]


def _predicates(attribute: str, op: str, value: object) -> tuple[list[str], bool]:
    """Bare verb phrases stating the positive form of the constraint, and whether it is negated."""
    negated = op in ("ne", "not_in", "not_contains") or value is False
    values = [_read(v) for v in value] if isinstance(value, list) else [_read(value)]
    joined = _join(values)
    first = values[0]
    if attribute == "product_type":
        noun = TYPE_NOUNS.get(str(value), _read(value))
        return [f"be {_article(noun)} {noun}", f"be {_article(noun)} {noun} specifically"], negated
    if attribute == "min_age":
        v = _num(value)  # type: ignore[arg-type]
        return [
            f"be fine for {_article_number(v)} {v}-year-old going by the age on the box",
            f"carry a minimum age of {v} or lower",
            f"be suitable for players as young as {v}",
        ], negated
    if attribute == "max_players":
        v = _num(value)  # type: ignore[arg-type]
        players = "player" if v == "1" else "players"
        return [
            f"handle at least {v} {players} at once",
            f"seat {v} or more {players}",
            f"let at least {v} {players} play together",
        ], negated
    if attribute == "platform":
        names = _join([_PLATFORM_NAMES.get(v, v) for v in values])
        on = _join([_PLATFORM_ON.get(v, v) for v in values])
        return [f"run on {on}", f"be a {names} game", f"be made for {on}"], negated
    if attribute == "genre":
        noun = "puzzle" if first in _PUZZLE_GENRES else "game"
        return [
            f"be {_article(first)} {joined} {noun}",
            f"fall in the {joined} genre",
            f"be {_article(first)} {joined} kind of {noun}",
        ], negated
    if attribute == "complexity":
        return [
            f"be {joined} in complexity",
            f"have {joined} complexity",
            f"be rated {joined} for complexity",
        ], negated
    if attribute == "play_mode":
        return [
            f"be {_article(first)} {joined} game",
            f"be played in {joined} mode",
            f"work as {_article(first)} {joined} game",
        ], negated
    if attribute == "theme":
        return [
            f"have {_article(first)} {joined} theme",
            f"go with {_article(first)} {joined} theme",
            f"use {joined} as its theme",
        ], negated
    if attribute == "box_colour":
        return [
            f"come in {_article(first)} {joined} box",
            f"have a mostly {joined} box",
            f"have {joined} as the main box colour",
        ], negated
    if attribute == "mechanics":
        return [f"include {joined}", f"use {joined} as one of its mechanics", f"have {joined} in it"], negated
    if attribute == "online_multiplayer":
        return [
            "have online multiplayer",
            "let people play together online",
            "support online play with friends",
        ], negated
    if attribute == "family_friendly":
        if value is False:
            return [
                "be a grown-up pick rather than a family one",
                "be meant for adults, not a family game",
                "skip the family-friendly stuff and suit adults",
            ], False
        return ["be family friendly", "be a family-friendly pick", "work as a family game"], negated
    if attribute == "party_sized":
        if value is False:
            return [
                "suit a handful of players rather than a crowd",
                "be made for a few players rather than a crowd",
                "stay small instead of catering to a crowd",
            ], False
        return ["handle a crowd", "be big enough for a crowd", "work for a crowd of players"], negated
    if attribute == "quick_to_play":
        if value is False:
            return [
                "be a longer game, not a quick one",
                "last a good while rather than be a quick filler",
                "be something meatier than a quick filler",
            ], False
        return ["be quick to play", "be a quick game", "be one of the quick ones"], negated
    if attribute == "solo_playable":
        if value is False:
            return [
                "need other players rather than be playable solo",
                "be a game you can't play solo",
                "require company instead of working solo",
            ], False
        return ["be playable solo", "work solo", "let someone play it solo"], negated
    # Generic fallback for any other attribute.
    return [f"have {attribute.replace('_', ' ')} {joined}"], negated


_TYPE_FIRM = [
    "I'm shopping for {a} {noun}, nothing else.",
    "I'm only looking at {noun}s today.",
    "What I need is {a} {noun}.",
    "I came in for {a} {noun} specifically.",
    "It has to be {a} {noun}.",
    "My list says {noun}, so that's what it has to be.",
    "Only {a} {noun} will do.",
]


def phrase(constraint: Constraint, rng: random.Random) -> str:
    """One sentence in a shopper's words stating `constraint`, firm or soft by its kind."""
    if constraint.attribute == "product_type" and constraint.op == "eq" and constraint.kind == "dealbreaker":
        noun = TYPE_NOUNS.get(str(constraint.value), _read(constraint.value))
        return rng.choice(_TYPE_FIRM).format(a=_article(noun), noun=noun)
    predicates, negated = _predicates(constraint.attribute, constraint.op, constraint.value)
    if constraint.kind == "dealbreaker":
        wrappers = _FIRM_NO if negated else _FIRM_YES
    else:
        wrappers = _SOFT_NO if negated else _SOFT_YES
    return rng.choice(wrappers).format(p=rng.choice(predicates))


# ------------------------------------------------------------------------------------------- knowledge
DOMAIN_KNOWLEDGE = """# Games: how to read a game box

Use these rules to judge a game from its listing; the listing gives the facts (ages, players, play time,
complexity) and you draw the conclusions.

- **Family friendly**: a game or puzzle is family friendly when its minimum age is 8 or lower *and* its
  complexity is light or medium (not heavy). Anything rated for ages 9 and up, or with heavy complexity,
  is not family friendly.
- **Video game ages**: the ESRB rating sets the minimum age of a video game: E (Everyone) counts as 6,
  E10+ as 10, T (Teen) as 13 and M (Mature) as 17.
- **Works for a crowd (party sized)**: a game handles a crowd when its maximum player count is 6 or more.
  For video games count only the players who can play together on one console (local players), not online
  players. A game for at most 5 players does not handle a crowd.
- **Quick to play**: a board, card or party game is quick to play when its typical play time is 30 minutes
  or less. Anything listed at more than 30 minutes is not quick.
- **Solo playable**: a game can be played solo when its player count starts at 1 (e.g. "Players: 1-4" or
  "Local Players: 1-8"). A game whose player count starts at 2 or more (e.g. "Players: 2-5") cannot be
  played solo.

General know-how:
- The player range on a box is what the rules allow; many games shine best in the middle of the range.
- Box play times assume players who know the rules; a first game usually takes half as long again.
- Light games teach in minutes, medium ones take a short rules explanation, heavy ones reward players who
  enjoy long, thinky sessions.
- Cooperative games have everyone win or lose together; team games split the table into sides.
- Online multiplayer on consoles usually needs a paid subscription (Nintendo Switch Online, PlayStation Plus,
  Xbox Game Pass Core); local play on one console does not.
- Jigsaw difficulty rises with piece count: up to about 100 pieces suits young children, 500-1000 pieces is
  a typical adult puzzle, and 2000 pieces needs a large table and many sittings.
"""

BUYING_GUIDE: list[dict] = [
    {
        "id": "games-player-count",
        "title": "Reading the player count",
        "text": (
            "The range printed on a box, such as 2-5, is what the rules allow, not always where a game is at "
            "its best. Many strategy games feel slow at the top of their range because you wait longer "
            "between turns, while some deduction and bluffing games feel thin with only two or three people. "
            "Count the people who will usually play, not the biggest gathering you can imagine, and pick a "
            "game whose range comfortably covers that number. If you often host more, a second, larger game "
            "for those nights is usually better than one compromise title."
        ),
    },
    {
        "id": "games-age-ratings",
        "title": "What the age on a tabletop box means",
        "text": (
            "The age on a board or card game box is the publisher's estimate of when a child can follow the "
            "rules and keep up with the decisions, and sometimes a safety note about small parts for children "
            "under three. It is not a content rating. A bright eight-year-old who already plays games can "
            "often handle a 10+ title with an adult at the table, while a 12+ strategy game may bore a child "
            "who simply cannot plan that far ahead. For mixed ages, pick a game whose box age fits the "
            "youngest regular player."
        ),
    },
    {
        "id": "games-esrb",
        "title": "ESRB ratings for video games",
        "text": (
            "Video games sold in the US carry an ESRB rating. E (Everyone) is suitable for all ages, E10+ for "
            "ages ten and up, T (Teen) for thirteen and up, and M (Mature) for seventeen and up. The rating "
            "reflects content such as violence, language and in-game purchases, and the back of the case "
            "lists the content descriptors behind it. Parents buying for younger children should read those "
            "descriptors, since two games with the same letter can differ a lot in tone, and online chat "
            "with strangers is not covered by the rating at all."
        ),
    },
    {
        "id": "games-play-time",
        "title": "Play time and how long a game really takes",
        "text": (
            "The play time on a box assumes players who already know the rules. A first game usually runs "
            "half again as long because of teaching and rule checks, and slow deciders add more. Short games "
            "of twenty or thirty minutes suit school nights, lunch breaks and restless children, and they "
            "can be played twice in a row. Games of ninety minutes or more need a planned evening and a "
            "table that can stay set up. Campaign games spread one story over many sessions, so check that "
            "the same people can meet regularly."
        ),
    },
    {
        "id": "games-complexity",
        "title": "Light, medium and heavy games",
        "text": (
            "Complexity describes how much there is to learn and how much each decision asks of you. Light "
            "games can be taught in five minutes and let people chat while playing. Medium games need a short "
            "rules explanation and reward some planning, which makes them good next steps for people who "
            "enjoyed a classic. Heavy games have many interacting rules, long turns and a steep first play; "
            "they delight dedicated hobbyists but can frustrate casual players. When buying a gift, choose "
            "one step above what the recipient already enjoys, not three."
        ),
    },
    {
        "id": "games-cooperative",
        "title": "Competitive, cooperative and team play",
        "text": (
            "In a competitive game each player tries to beat the others. In a cooperative game everyone plays "
            "against the game itself and wins or loses together, which suits young children, sore losers and "
            "couples who would rather not compete. Team games split the table into sides, so people help "
            "their partners while still enjoying rivalry. One caution with cooperative games: a confident "
            "player can end up directing everyone else, so games with hidden hands or limited talking help "
            "keep every voice in the decisions."
        ),
    },
    {
        "id": "games-one-player",
        "title": "Games for one player",
        "text": (
            "A growing number of tabletop games include a one-player mode, often with an automated opponent "
            "deck or a score to beat. Check the player count on the box: a range that starts at 1 means the "
            "rules support playing without anyone else. These modes are ideal for practising before teaching "
            "a game, for people whose partners dislike games, or for quiet evenings. Video games marked with "
            "1 local player are designed around a single person, though many also offer online play with "
            "friends."
        ),
    },
    {
        "id": "games-language",
        "title": "Language dependence and reading",
        "text": (
            "Some games have text on almost every card, while others use only icons and pictures. Language "
            "dependence matters when children who cannot yet read will play, when players do not share a "
            "first language, or when someone has trouble with small print. Word games such as Codenames or "
            "Taboo depend on a shared, fluent vocabulary. Games marked none or low dependence keep text in "
            "the rulebook, so once one person has learned the rules everyone can play regardless of reading "
            "level."
        ),
    },
    {
        "id": "games-platforms",
        "title": "Choosing the right platform",
        "text": (
            "A video game only runs on the system it was made for, so confirm the console before buying. "
            "Nintendo Switch games come on small game cards and often favour local multiplayer with detachable "
            "Joy-Con controllers. PS5 and Xbox games usually come on discs, and a digital-only console cannot "
            "read discs at all. PC games are typically sold as download codes for a launcher such as Steam, "
            "and the computer must meet the listed minimum specifications. When a game is a gift, ask what "
            "system the recipient owns rather than guessing from the brand they mention."
        ),
    },
    {
        "id": "games-local-online",
        "title": "Local versus online multiplayer",
        "text": (
            "Local multiplayer means several people play on one console and one screen, either sharing the "
            "screen or taking turns. It needs an extra controller per player but no subscription. Online "
            "multiplayer connects players in different homes over the internet and usually requires a paid "
            "membership such as Nintendo Switch Online, PlayStation Plus or Xbox Game Pass Core. Parents "
            "should also check the console's parental controls, which can limit or switch off online "
            "chat and purchases for a child's account."
        ),
    },
    {
        "id": "games-party",
        "title": "Picking a party game",
        "text": (
            "Good party games teach in a minute, let people join or leave between rounds and keep everyone "
            "involved even when it is not their turn. Word and drawing games reward creativity over strategy, "
            "hidden-role games bring out bluffing and laughter, and team games work well with mixed ages. "
            "Check the minimum as well as the maximum player count: some party games are flat with fewer "
            "than five people. Adult-humour games are best kept for grown-up gatherings, so read the box "
            "before bringing one to a mixed crowd of guests."
        ),
    },
    {
        "id": "games-jigsaw",
        "title": "Choosing a jigsaw puzzle",
        "text": (
            "Piece count sets both difficulty and table space. Floor puzzles of 24 to 48 large pieces suit "
            "toddlers and preschoolers, 100 to 300 pieces suit older children, and 500 to 1000 pieces is the "
            "classic adult puzzle that fills a card table. A 2000-piece puzzle can be over three feet wide and "
            "take weeks. Images with large areas of one colour, such as sky or water, are much harder than "
            "busy scenes. Thick board, a matte finish and snug-fitting pieces are signs of a better-quality "
            "puzzle."
        ),
    },
    {
        "id": "games-3d-logic",
        "title": "3D puzzles, mechanical models and logic games",
        "text": (
            "3D puzzles build a free-standing object, such as a landmark, from plastic, foam or wooden pieces. "
            "Mechanical wooden models go further, with gears and rubber-band motors that really move; they "
            "need patience and a clear desk for several evenings. Logic games such as sliding-block or "
            "marble-run challenges come with a stack of graded challenge cards, so one box grows with the "
            "player from beginner to expert. They make good screen-free gifts for children who enjoy "
            "figuring things out and adults who like a brain workout."
        ),
    },
    {
        "id": "games-kids",
        "title": "Buying games for children",
        "text": (
            "For preschoolers, look for games with no reading, short turns and little waiting, where luck "
            "evens out the gap between children and adults. Cooperative games avoid tears over losing. From "
            "about seven or eight, children enjoy simple strategy such as collecting sets or claiming routes, "
            "and card games with action cards. By ten, many can manage medium-weight games if an adult "
            "teaches them. Choose sturdy components, since cards get bent and small pieces get lost, and "
            "check small-parts warnings if younger siblings are around."
        ),
    },
    {
        "id": "games-care",
        "title": "Caring for games and puzzles",
        "text": (
            "Card sleeves protect cards that are shuffled often, and they are worth it for deck-building or "
            "collectible games. Store boxes flat, not on their side, so components stay in their trays, and "
            "keep small parts in zip bags. Keep games away from damp and direct sunlight, which warps board "
            "and fades colours. For finished jigsaws, a roll-up mat saves work in progress, and puzzle glue "
            "lets you frame a favourite. Game discs should go back in their cases and be held by the edges."
        ),
    },
    {
        "id": "games-expansions",
        "title": "Expansions, editions and gifting",
        "text": (
            "An expansion adds cards, scenarios or players to a game but cannot be played without the base "
            "box, so check which one a recipient owns before buying. Standalone entries, by contrast, include "
            "everything needed. Editions can differ: a newer printing may change the player count, art or "
            "rules, and video game bundles may include a download code instead of a disc. For a first game "
            "as a gift, a well-known base game with clear rules beats a rare title, and a gift receipt helps "
            "when someone already owns it."
        ),
    },
    {
        "id": "games-mechanics",
        "title": "Common game mechanics explained",
        "text": (
            "Mechanics are the core actions of a game. Drafting means picking a card or tile from a shared "
            "selection and passing the rest on. Deck building starts everyone with a small deck that grows as "
            "they buy better cards. Tile placement has players lay tiles to build a map or pattern. Engine "
            "building rewards early choices that produce more each turn. Push your luck asks whether to stop "
            "safely or risk more. Trick taking is the classic card play of winning rounds with higher cards, "
            "and hidden roles keep some players' loyalties secret."
        ),
    },
]


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
