"""Finding catalog product names in free text, robustly but never by accident.

`CatalogNames` precomputes, once per catalog, a token trie of every form under which a product may be
written:

- its **full name**, normalised: case, accents, apostrophes, markdown emphasis and punctuation do not
  matter, hyphens inside words are dropped ("G-Shock" = "GShock"), and a plural "s" is ignored;
- **short forms**: the name without a parenthetical or a trailing " - ..." qualifier, without a size
  word ("45mm", "XL", "size 8"), without its leading brand word(s) (the first one or two words) or a
  leading "The".

A short form is kept only if it is safe:

- it is unambiguous: no other product has the same short form, and it is not another product's full
  name (a full name always wins);
- it has at least two words, at least one of them *specific* (not a generic product, colour, material
  or descriptor word, e.g. "Pintuck Sweatpant" but not "Gold Ring");
- in running text it must be written as a name (every word capitalised, or digits), so that prose like
  "a relaxed jogger sweatpant" does not count as naming "Nike Relaxed Jogger Sweatpant".

Where several forms overlap in a text, the longest wins (so "Apple Watch Series 9 GPS" is not read as
"Apple Watch Series 9"), and matches never overlap.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["CatalogNames", "normalize_name", "tokens"]

# Words that on their own never identify a product: product types, colours, materials, descriptors.
GENERIC_WORDS = frozenset(
    """
    a an the and or of for with in on by to at from new
    men mens man women womens woman unisex kid kids girl girls boy boys ladies lady
    black white red blue green yellow pink purple orange brown grey gray silver gold golden rose navy
    beige cream ivory tan olive khaki charcoal burgundy maroon teal turquoise coral mint lavender
    cotton denim leather wool silk linen polyester nylon spandex fleece cashmere suede canvas knit
    steel stainless titanium platinum diamond gemstone sapphire ruby emerald pearl sterling karat
    ring band bands watch smartwatch smart shirt tee tshirt t dress jean pant trouser jacket coat
    sweater hoodie sweatpant sweatpants jogger joggers short shorts skirt blouse top shoe sneaker boot
    sock legging leggings vest suit blazer cardigan polo chino cargo
    car sedan suv truck coupe hatchback wagon van minivan convertible pickup
    game games console controller headset keyboard mouse gaming edition bundle
    classic slim regular relaxed fit straight skinny wide leg long sleeve sleeveless crew neck v
    sport sports active athletic running casual formal everyday essential essentials vintage modern
    premium deluxe standard basic plus mini max ultra lite light heavy soft style collection set pack
    pro series model original signature comfort fashion design solitaire halo engagement wedding
    eternity stackable
    """.split()
)

# Words that may stand between capitalised words of a name ("Band of Gold") without breaking it.
_SMALL_WORDS = frozenset("a an the and or of for with in on by to at de la le".split())
_ARTICLES = frozenset("the a an this that".split())

_SIZE_LABELS = frozenset("xxs xs s m l xl xxl xxxl 2xl 3xl small medium large petite tall".split())
_UNITS = "mm|cm|in|inch|inche|inches|oz|ml|l|gb|tb|ft|lb|lbs"
_SIZE_TOKEN = re.compile(rf"^\d+(?:{_UNITS})$")
# A unit written apart from its number ("45 mm"); not "in" or "l", which are also words.
_UNIT_TOKEN = re.compile(r"^(?:mm|cm|inch|inche|inches|oz|ml|gb|tb|ft|lb|lbs)$")
_NUMBER = re.compile(r"^\d+$")

_MARKDOWN = re.compile(r"[*_`~#>|]+")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u0060\u00b4]")
_INNER_HYPHEN = re.compile(r"(?<=[^\W_])[-\u2010\u2011](?=[^\W_])")
_TOKEN = re.compile(r"[^\W_]+")
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_QUALIFIER = re.compile(r"(?:\s*[,:]|\s+[-\u2013\u2014|])\s+.*$")
_PRICE = re.compile(r"(?:US)?\$\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:USD|dollars)\b", re.IGNORECASE)


def _fold(text: str) -> str:
    """Unicode-fold: compatibility forms, accents removed, '&' as 'and', apostrophes and markdown dropped."""
    if not text.isascii():  # ASCII is its own NFKD form, without combining marks
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("&", " and ")
    text = _APOSTROPHES.sub("", text)
    text = _MARKDOWN.sub(" ", text)
    return text


def _norm_token(token: str) -> str:
    token = token.casefold()
    # Plural-insensitive: "sweatpants" = "sweatpant", "levis" = "levi" (consistently on both sides).
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss") and not token[-2].isdigit():
        token = token[:-1]
    return token


_GENERIC = frozenset(_norm_token(w) for w in GENERIC_WORDS)


def _raw_tokens(text: str) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(_fold(text)):
        # "45 mm" is written as one token, like "45mm".
        if out and _UNIT_TOKEN.match(tok.casefold()) and _NUMBER.match(out[-1]):
            out[-1] += tok
        else:
            out.append(tok)
    return out


def tokens(text: str) -> tuple[str, ...]:
    """The normalised tokens of `text`, as names are matched."""
    return tuple(_norm_token(t) for t in _raw_tokens(text))


def normalize_name(text: str) -> str:
    """A product name in comparable form: `normalize_name("**The Levi’s 501 Jeans**") == "the levi 501 jean"`."""
    return " ".join(tokens(text))


def _is_specific(token: str) -> bool:
    return token not in _GENERIC and token not in _SIZE_LABELS and not _SIZE_TOKEN.match(token)


def _safe_in_text(toks: tuple[str, ...]) -> bool:
    """Whether a short form may be matched in running text: two words or more, one specific, led by a word."""
    return len(toks) >= 2 and any(_is_specific(t) for t in toks) and any(c.isalpha() for c in toks[0])


def _variants(name: str) -> set[tuple[str, ...]]:
    """The full name's token forms: hyphenated words split ("g shock") and joined ("gshock")."""
    return {tokens(name), tokens(_INNER_HYPHEN.sub("", name))}


def _drop_sizes(toks: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    skip_next = False
    for i, tok in enumerate(toks):
        if skip_next:
            skip_next = False
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if _SIZE_TOKEN.match(tok) or tok in _SIZE_LABELS:
            continue
        if _NUMBER.match(tok) and nxt is not None and _UNIT_TOKEN.match(nxt):
            skip_next = True
            continue
        if tok == "size" and nxt is not None:
            skip_next = True
            continue
        out.append(tok)
    return tuple(out)


def _short_forms(name: str) -> set[tuple[str, ...]]:
    """Every shorter way of writing `name` that drops a qualifier, a size, a leading "The" or the brand."""
    bases: set[tuple[str, ...]] = set()
    for variant in (name, _INNER_HYPHEN.sub("", name)):
        bases |= {tokens(variant), tokens(_PAREN.sub(" ", variant)), tokens(_QUALIFIER.sub("", variant))}
    bases |= {_drop_sizes(b) for b in list(bases)}
    forms = set(bases)
    for base in bases:
        if base and base[0] == "the":
            forms.add(base[1:])
        for drop in (1, 2):
            if len(base) - drop >= 2:
                forms.add(base[drop:])
    forms -= _variants(name)
    return {f for f in forms if f}


@dataclass(frozen=True)
class _Form:
    names: tuple[str, ...]  # catalog names written this way (more than one only for clashing full names)
    full: bool
    needs_case: bool  # in running text, only when written as a name (capitalised)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    name: str
    full: bool


class _Node(dict):
    """A trie node: token -> child; `form` set where a product form ends."""

    __slots__ = ("form",)

    def __init__(self) -> None:
        super().__init__()
        self.form: _Form | None = None


_MENTIONS_CACHE_SIZE = 20_000


class CatalogNames:
    """The product names of one catalog, and how to find them in text.

    Args:
        names: the catalog's product names (unique).
    """

    def __init__(self, names: Iterable[str]):
        self.names: tuple[str, ...] = tuple(dict.fromkeys(names))
        self._tokens: dict[str, tuple[str, ...]] = {n: tokens(n) for n in self.names}

        full: dict[tuple[str, ...], list[str]] = {}
        for name in self.names:
            for toks in _variants(name):
                if toks:
                    full.setdefault(toks, []).append(name)

        short: dict[tuple[str, ...], set[str]] = {}
        for name in self.names:
            for form in _short_forms(name):
                short.setdefault(form, set()).add(name)

        self._root = _Node()
        self._max_len = 0
        for toks, owners in full.items():
            specific = len(toks) >= 2 and any(_is_specific(t) for t in toks)
            self._insert(toks, _Form(tuple(owners), full=True, needs_case=not specific))
        # Unique short forms that are nobody's full name. Those too generic for running text are kept
        # for `resolve` only, where the text is known to be a single product reference.
        self._weak: dict[tuple[str, ...], str] = {}
        for toks, owners in short.items():
            if len(owners) != 1 or toks in full:
                continue
            (owner,) = owners
            if _safe_in_text(toks):
                self._insert(toks, _Form((owner,), full=False, needs_case=True))
            else:
                self._weak[toks] = owner
        self._full = {toks: tuple(owners) for toks, owners in full.items()}
        self._mentions: dict[str, tuple[str, ...]] = {}

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self._tokens

    def _insert(self, toks: tuple[str, ...], form: _Form) -> None:
        node = self._root
        for tok in toks:
            node = node.setdefault(tok, _Node())
        node.form = form
        self._max_len = max(self._max_len, len(toks))

    @staticmethod
    def _capitalised(raw: str) -> bool:
        return raw[0].isupper() or raw[0].isdigit() or raw.casefold() in _SMALL_WORDS

    @staticmethod
    def _pick(form: _Form, text: str) -> str | None:
        """The product a matched form stands for; clashing full names need the exact spelling in `text`."""
        if len(form.names) == 1:
            return form.names[0]
        folded = text.casefold()
        exact = [n for n in form.names if n.casefold() in folded]
        return exact[0] if len(exact) == 1 else None

    def _matches(self, text: str, *, relaxed: bool) -> list[_Match]:
        raw = _raw_tokens(text)
        norm = [_norm_token(t) for t in raw]
        candidates: list[_Match] = []
        for start in range(len(norm)):
            node = self._root
            for end in range(start, len(norm)):
                node = node.get(norm[end])
                if node is None:
                    break
                form = node.form
                if form is None:
                    continue
                if (
                    form.needs_case
                    and not relaxed
                    and not all(self._capitalised(t) for t in raw[start : end + 1])
                ):
                    continue
                name = self._pick(form, text)
                if name is not None:
                    candidates.append(_Match(start, end + 1, name, form.full))
        # Longest first (a full name before a short form of the same length), then leftmost.
        candidates.sort(key=lambda m: (-(m.end - m.start), not m.full, m.start))
        taken = [False] * len(norm)
        chosen: list[_Match] = []
        for match in candidates:
            if any(taken[match.start : match.end]):
                continue
            for i in range(match.start, match.end):
                taken[i] = True
            chosen.append(match)
        chosen.sort(key=lambda m: m.start)
        return chosen

    def mentions(self, text: str) -> list[str]:
        """Catalog names mentioned in `text`, each once, in order of first appearance."""
        if not text:
            return []
        # Dialogues are scanned again and again (each agent call, each turn, each scorer): remember texts.
        found = self._mentions.get(text)
        if found is None:
            found = tuple(dict.fromkeys(m.name for m in self._matches(text, relaxed=False)))
            if len(self._mentions) >= _MENTIONS_CACHE_SIZE:
                self._mentions.clear()
            self._mentions[text] = found
        return list(found)

    def resolve(self, text: str | None) -> str | None:
        """The catalog name a single product reference (as a shopper wrote it) stands for.

        None if it fits no product, fits several, or names a product with something that contradicts
        it (another size or model number).
        """
        if not text or not text.strip():
            return None
        if text in self._tokens:
            return text
        cleaned = _PRICE.sub(" ", text)
        raw = _raw_tokens(cleaned)
        toks = tuple(_norm_token(t) for t in raw)
        while toks and toks[0] in _ARTICLES:
            toks, raw = toks[1:], raw[1:]
        if not toks:
            return None

        owners = self._full.get(toks)
        if owners is not None:
            return self._pick(_Form(owners, True, False), text)
        node = self._root
        for tok in toks:
            node = node.get(tok) if node is not None else None
        if node is not None and node.form is not None and not node.form.full:
            return node.form.names[0]
        if toks in self._weak:
            return self._weak[toks]

        # The reference contains a name (plus harmless words, e.g. "the ... please"):
        matches = self._matches(" ".join(raw), relaxed=True)
        found = {m.name for m in matches}
        if len(found) == 1:
            name = found.pop()
            covered = {i for m in matches for i in range(m.start, m.end)}
            leftover = [t for i, t in enumerate(toks) if i not in covered]
            if self._contradicts(name, leftover):
                return None
            return name
        if len(found) > 1:
            return None

        # The reference is an abbreviation: a run of words found in exactly one name.
        if len(toks) < 2 and not _is_specific(toks[0]):
            return None
        n = len(toks)
        hits = [
            name
            for name, ntoks in self._tokens.items()
            if any(ntoks[i : i + n] == toks for i in range(len(ntoks) - n + 1))
        ]
        return hits[0] if len(hits) == 1 else None

    def _contradicts(self, name: str, leftover: list[str]) -> bool:
        """Whether words left around a matched name give it another size than the catalog name's own.

        A size next to a name without one ("Pintuck Sweatpant, size M") is an option, not a contradiction.
        """
        own = self._tokens[name]
        own_sizes = set(own) - set(_drop_sizes(own))
        if not own_sizes:
            return False
        extra = [t for t in leftover if t not in own]
        sizes = set(extra) - set(_drop_sizes(tuple(extra)))
        return bool(sizes - {"size"})
