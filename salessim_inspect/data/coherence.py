"""Whether a persona's life story contradicts itself: rules read off the finished text and the age.

These rules are written independently of the generator (which combines only parts whose life facts agree,
`datagen/life.py`), so that they check it rather than repeat it. Each claim is a set of phrases that commit
a background to a fact about the shopper's own life; a rule rejects a claim at an age it cannot fit, or two
claims that cannot both hold. Phrases about other people ("a retirement gift", "visiting the grandparents")
are deliberately not claims.
"""

import re
from dataclasses import dataclass

from salessim_inspect.data.models import Persona

# Claims: name -> pattern matched against the lowercased background.
CLAIMS: dict[str, str] = {
    "has grandchildren": r"\bgrand(kids?|child|children|sons?|daughters?)\b|\bgrandparent of\b",
    "is retired": r"(?<!semi-)\bretired\b|\bretirement hobby\b|\bfinally retiring\b|\bin retirement\b",
    "works": (
        r"\bworks as\b|\bwork (party|messages|season|outfits|trip)\b|\b(at|for|to|after) work\b|\boffice\b"
        r"|\bco-?workers\b|\bclients?\b|\bjob sites?\b|\bshifts\b|\bcommut\w*|\bdress code\b|\bbusiness trips\b"
        r"|\bjob interviews?\b|\bconference sessions\b|\bclassroom\b|\bpromotion\b|\bworkdays?\b"
    ),
    "has no parking": r"\bno parking\b|\bwithout a parking\b",
    "parks at home": r"\bcharging at home\b|\bcharge at home\b|\bhome charg\w*|\bgarage\b|\bdriveway\b",
    "expects a first child": r"\bexpecting (a|their|her|his) first (baby|child)\b",
    "has children at home": (
        r"\braising\b.*\bkids\b|\bparent of\b|\bfoster parent\b|\bwith the kids\b|\bthe kids'|\bkids' teams\b"
        r"|\b(school drop-offs|carpooling the kids|shuttling kids to school|three kids)\b"
        r"|\b(daughter|son)('s)? (walk|bike|at soccer)|\bthird-grade daughter\b|\bfifth-grade son\b"
    ),
    "lives alone": r"\bliving alone\b|\blives alone\b",
    "is proposing": r"\bpropos(al|ing|e)\b|\bpopping the question\b",
    "is engaged or married": (
        r"\bengaged\b|\bnewly married\b|\b(spouse|husband|wife)\b|\banniversary soon\b"
        r"|\byears of marriage\b|\b(tenth|fifth|fifteenth|twentieth|twenty-fifth|fortieth|\d+(st|nd|rd|th)) "
        r"(wedding )?anniversary\b"
    ),
    "just graduated": r"\bfirst car after (graduation|graduating|college)\b",
}

# (claim, youngest, oldest, why): a claim at an age outside [youngest, oldest] contradicts the age.
AGE_RULES: list[tuple[str, int, int, str]] = [
    ("has grandchildren", 45, 120, "grandchildren before 45"),
    ("is retired", 55, 120, "retired before 55"),
    ("expects a first child", 16, 50, "a first baby after 50"),
    ("just graduated", 18, 35, "a new graduate past 35"),
]

# (claim, claim, why): the two cannot both hold of one shopper.
CLASHES: list[tuple[str, str, str]] = [
    ("is retired", "works", "retired but working"),
    ("has no parking", "parks at home", "no parking spot but parks or charges at home"),
    ("expects a first child", "has children at home", "expecting a first child with children at home"),
    ("expects a first child", "has grandchildren", "expecting a first child with grandchildren"),
    ("lives alone", "has children at home", "living alone with children at home"),
    ("is proposing", "is engaged or married", "proposing while already engaged or married"),
]


@dataclass(frozen=True)
class Contradiction:
    rule: str
    evidence: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.rule} ({'; '.join(repr(e) for e in self.evidence)})"


def claims(text: str) -> dict[str, str]:
    """The claims `text` makes, each with the words that make it."""
    folded = text.casefold()
    found = {}
    for name, pattern in CLAIMS.items():
        if match := re.search(pattern, folded):
            found[name] = match.group(0)
    return found


def contradictions(text: str, age: int) -> list[Contradiction]:
    """Every rule the background `text` of a shopper aged `age` breaks."""
    found = claims(text)
    problems = [
        Contradiction(f"{why} (age {age})", (found[claim],))
        for claim, youngest, oldest, why in AGE_RULES
        if claim in found and not youngest <= age <= oldest
    ]
    problems += [
        Contradiction(why, (found[a], found[b])) for a, b, why in CLASHES if a in found and b in found
    ]
    return problems


def persona_contradictions(persona: Persona) -> list[Contradiction]:
    return contradictions(persona.persona_background, persona.age)
