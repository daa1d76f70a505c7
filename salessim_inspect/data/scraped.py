"""Reading what a hand-curated file of scraped products holds: text as shops and scrapers leave it
(HTML entities, non-breaking and zero-width spaces, stray newlines) and prices as shops write them
("$1,299.99", "US $12", "$1,299.99 - $1,499.99", "", "Currently unavailable").

Everything here is a pure function; the published-data loader decides what to note and what to refuse.
"""

import html
import re
import unicodedata
from dataclasses import dataclass

# Spaces a page can carry that are not plain spaces; zero-width ones are dropped.
_WIDE_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\r\n]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")

# What shops write in a price field when there is no price.
NOT_LISTED = frozenset(
    {
        "",
        "-",
        "—",
        "n/a",
        "na",
        "none",
        "null",
        "tbd",
        "unavailable",
        "currently unavailable",
        "not available",
        "out of stock",
        "price not available",
        "price unavailable",
        "see price in cart",
    }
)
# One amount in US dollars: "$1,299.99", "1299.99", "US $12", "USD 12", "12.50 USD". Thousands separators
# must group by three, so a decimal comma ("12,99") is refused rather than read as 1299.
_AMOUNT = r"(?:US\s*)?(?:USD\s*)?\$?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:USD)?"
_ONE = re.compile(rf"^{_AMOUNT}$", re.IGNORECASE)
_RANGE = re.compile(rf"^{_AMOUNT}\s*(?:-|–|—|to)\s*{_AMOUNT}$", re.IGNORECASE)


def tidy_text(text: str) -> str:
    """`text` with HTML entities decoded, odd spaces made plain, zero-width characters dropped, runs of
    whitespace (newlines included) collapsed to one space, and no space at either end."""
    text = unicodedata.normalize("NFC", html.unescape(text))
    text = _ZERO_WIDTH.sub("", text)
    return re.sub(r"\s+", " ", _WIDE_SPACES.sub(" ", text)).strip()


def parse_amount(raw: object) -> float:
    """ "$1,800.00", "29.99", "US $12" or a number -> float; raises ValueError for anything else or a
    negative amount."""
    if isinstance(raw, bool):
        raise ValueError(f"price {raw!r} is not a number")
    if isinstance(raw, int | float):
        value = float(raw)
    elif isinstance(raw, str):
        match = _ONE.match(tidy_text(raw))
        if match is None:
            negative = re.match(r"^-\s*\$?\s*\d", raw.strip()) or re.match(r"^\$\s*-\s*\d", raw.strip())
            raise ValueError(f"price {raw!r} is {'negative' if negative else 'not a number'}")
        value = float(match.group(1).replace(",", ""))
    else:
        raise ValueError(f"price {raw!r} is not a number")
    if value < 0:
        raise ValueError(f"price {raw!r} is negative")
    return value


@dataclass(frozen=True)
class ListedPrice:
    """A product's price as its record lists it."""

    value: float | None  # None: the record lists no price
    range: tuple[float, float] | None = None  # the lowest and highest of a "from - to" price

    @property
    def listed(self) -> bool:
        return self.value is not None


def read_listed_price(raw: object) -> ListedPrice:
    """A product record's price field: an amount, a range (priced at its lowest), or nothing listed.

    Raises ValueError for anything else: words that are not a known "no price" phrase, another currency,
    a negative amount, a range whose low end is above its high end.
    """
    if raw is None:
        return ListedPrice(None)
    if isinstance(raw, str):
        text = tidy_text(raw)
        if text.casefold().rstrip(".!") in NOT_LISTED:
            return ListedPrice(None)
        spread = _RANGE.match(text)
        if spread:
            low, high = (float(g.replace(",", "")) for g in spread.groups())
            if low > high:
                raise ValueError(f"price range {raw!r} runs from high to low")
            return ListedPrice(low, (low, high))
    return ListedPrice(parse_amount(raw))
