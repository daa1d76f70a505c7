"""Text as name matching sees it: words with their normal form, how they are written, and what stands between.

Normal forms ignore case, accents, apostrophes and a plural "s" ("Levi’s" = "levis" = "levi"). A number
and its unit written apart are one word ("45 mm" = "45mm"). Each word keeps where it is in the original
text and the characters before it, so that a matcher can tell a name from prose: whether it is
capitalised, starts a sentence or line, is set in markdown emphasis, or runs straight on from the previous
word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from salessim_inspect.data.names.words import SMALL_WORDS

# A word: a decimal number with what follows it ("1.5mm", "2.5"), letters and digits with apostrophes inside
# ("Levi's", "Baldur's"), or "&" (read as "and"). A decimal point is no sentence end.
_WORD = re.compile(r"\d+(?:\.\d+)+[^\W_]*|[^\W_]+(?:['\u2019\u02bc][^\W_]+)*|&")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u0060\u00b4]")
_UNIT = re.compile(r"^(?:mm|cm|inch|inches|oz|ml|gb|tb|ft|lb|lbs)$", re.IGNORECASE)
_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
# Characters that mark emphasis or quotation around a name in markdown.
_EMPHASIS = frozenset("*_`\"\u201c\u201d\u2018\u2019'")
_SENTENCE_END = frozenset(".!?:;")
_LINE_NOISE = " \t*_`#>-+|\"\u201c\u201d\u2018\u2019'([{"


def fold(text: str) -> str:
    """Compatibility forms and accents removed, apostrophes dropped: `fold("Fēnix Levi’s") == "Fenix Levis"`."""
    if not text.isascii():  # ASCII is its own NFKD form, without combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _APOSTROPHES.sub("", text)


@lru_cache(maxsize=1 << 16)
def norm_token(token: str) -> str:
    """A folded word's normal form: lower case, a plural "s" dropped ("sweatpants" = "sweatpant")."""
    token = token.casefold()
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss") and not token[-2].isdigit():
        token = token[:-1]
    return token


class Word(NamedTuple):
    """One word of a text, as name matching sees it."""

    raw: str  # folded surface form: "Levis", "45mm"
    norm: str  # normal form: "levi"
    start: int  # offsets in the original text
    end: int
    gap: str  # the original characters between the previous word and this one
    small: bool  # a small word ("of", "the") that may stand inside a name but never identifies it
    # Written as part of a name: an upper-case first letter, or a number or model code.
    capitalised: bool

    @property
    def has_digit(self) -> bool:
        return any(ch.isdigit() for ch in self.raw)

    @property
    def new_line(self) -> bool:
        return "\n" in self.gap

    @property
    def attached(self) -> bool:
        """Whether this word runs straight on from the previous one: only spaces between."""
        return self.gap != "" and self.gap.strip(" \t\u00a0") == ""

    @property
    def sentence_start(self) -> bool:
        """First word of a line (after list markers and markdown) or of a sentence."""
        if self.new_line or self.start == len(self.gap):  # a line's or the text's first word
            return True
        rest = self.gap.strip(" \t\u00a0" + "".join(_EMPHASIS) + "()[]")
        return bool(rest) and rest[-1] in _SENTENCE_END

    @property
    def emphasised(self) -> bool:
        """Set off by markdown emphasis or quotes just before it ("**Catan**", "`Catan`")."""
        tail = self.gap.rstrip(" \t")
        return bool(tail) and tail[-1] in _EMPHASIS


def words(text: str) -> list[Word]:
    """The words of `text`, in order."""
    out: list[Word] = []
    previous_end = 0
    for match in _WORD.finditer(text):
        raw = match.group()
        raw = raw.replace("'", "") if raw.isascii() else fold(raw)
        if raw == "&":
            raw = "and"
        gap = text[previous_end : match.start()]
        # "45 mm" is written as one word, like "45mm".
        if out and _UNIT.match(raw) and _NUMBER.match(out[-1].raw) and gap.strip() == "":
            last = out[-1]
            merged = last.raw + raw.lower()
            out[-1] = Word(merged, merged.casefold(), last.start, match.end(), last.gap, False, True)
        else:
            norm = norm_token(raw)
            first = raw[0]
            capitalised = first.isupper() or first.isdigit()
            out.append(Word(raw, norm, match.start(), match.end(), gap, norm in SMALL_WORDS, capitalised))
        previous_end = match.end()
    return out


def tokens(text: str) -> tuple[str, ...]:
    """The normal forms of the words of `text`, as names are matched."""
    return tuple(w.norm for w in words(text))


def normalize_name(text: str) -> str:
    """A product name in comparable form: `normalize_name("**The Levi’s 501 Jeans**") == "the levi 501 jean"`."""
    return " ".join(tokens(text))


def line_is_title_case(text: str, start: int) -> bool:
    """Whether the line around offset `start` is written In Title Case, where capitals say nothing.

    Headings like "### Best Balance of Price and Features" capitalise every word; a single product word
    in them is not written as a name.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip(_LINE_NOISE)
    long_words = [
        w for w in _WORD.findall(line) if len(w) > 2 and w.isalpha() and w.lower() not in SMALL_WORDS
    ]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return capitals >= 3 and capitals >= 0.75 * len(long_words)
