"""Which catalog products a text names, read the way real salesbots and shoppers write names.

A **reference** is a run of words that all belong to one product's name, in any order and with any of
its words left out: "the 2025 Honda Accord Hybrid" and "Accord Hybrid" both fit "2025 Honda Accord Sport
Hybrid". Words inside a reference may be separated by punctuation or markdown, and small words ("of",
"in", "the") may stand between them ("Apple Watch Series 10 42mm in Aluminum"). A reference names a
product when it fits exactly one; when it fits several, it names the one among them that the salesbot's
lookups returned (`prefer`), if exactly one was; otherwise it names nothing. A product's full name
always names it, even where a longer name contains it ("Pegasus Trail" beside "Nike Pegasus Trail"), and
a reference that is the tail of exactly one candidate's name goes to that one ("Trail Runner" for "Acme
Trail Runner" beside "Acme Trail Runner Pro").

What makes a run of words a reference, in running text (`mentions`):

- **Identifying words.** A word is *generic* if it also describes products in ordinary prose (kinds,
  colours, materials, fits, trims: `words.GENERIC_WORDS`). A reference needs a word that is not: a
  *strong* reference has two such words, or one and a number or model code ("Charge 6", "EX30"); a
  *weak* one has a single such word ("the Telluride", "Sculpt leggings") or only a number beside generic
  words ("Series 10 46mm"). A reference of generic words only counts when it is a product's full name.
- **Written as a name.** Its identifying words are capitalised (or numbers, or spelled as the catalog
  spells them in lower case, like "vivoactive"); "a pintuck sweatpant" is prose. A full name of three
  words or more, with an identifying word, counts in any case ("cable-knit fisherman sweater").
- **Weak references are held to more.** They name only a product the salesbot's lookups returned
  (when `prefer` is given), and not where a capital says nothing: a line In Title Case, or the start of
  a sentence ("Charge time is two hours", "Balance that against...") unless set in markdown emphasis or
  followed by a dash, parenthesis or colon. A product whose name is in effect one word ("Catan",
  "Wingspan", "Minecraft (Xbox)") is exempt from these position rules.
- **No contradiction.** A capitalised word or number written straight after a reference that is not
  part of that product's name ("Pandemic Legacy", "Rivian R1T", "Apple Watch Series 10 44mm") means the
  text names another product, so the reference names nothing.

Where references overlap, the one with more identifying words wins, then the longer one: "Google Pixel
Watch 3" (ambiguous between two sizes) is never read as "Gabb Watch 3".

`resolve` reads a single add_to_cart argument the same way without the case and position rules, where
all its words must fit one product, or the references in it must all name one product (a name may be
split by words it lacks: "Apple Watch Ultra 2 with the orange Alpine Loop") and the words around them
must not contradict it (another size, model number, platform or trim: "Garmin Forerunner 265" for the
265S, "Minecraft for Nintendo Switch" for the Xbox edition).

`unresolved` lists what looks like a product reference in a salesbot text but names nothing, so that a
run can report how often a salesbot model writes names the matcher cannot place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from salessim_inspect.data.names.text import Word, line_is_title_case, tokens, words
from salessim_inspect.data.names.words import (
    ALIASES,
    FILLER_WORDS,
    GENERIC_WORDS,
    SIZE_LABELS,
    SMALL_WORDS,
    VARIANT_CLASSES,
)

__all__ = ["CatalogNames"]

_GENERIC = frozenset(tokens(" ".join(GENERIC_WORDS))) | GENERIC_WORDS
_VARIANT_CLASS = {word: cls for cls, members in VARIANT_CLASSES.items() for word in members}
_SIZE = re.compile(r"^\d+(?:\.\d+)?(?:mm|cm|in|inch|inche|inches|oz|ml|gb|tb|ft|lb|lbs)$")
_SIZE_OPTION = re.compile(r"^(?:\d+x\d+|\d+[wl]|\d+w\d+l?)$")
_JOINERS = re.compile(r"(?<=[^\W_])[-.\u2010\u2011/](?=[^\W_])")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)")
_PAREN = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*")
_QUALIFIER = re.compile(r"(?:\s*[,|]|\s+[-\u2013\u2014])\s+.*$")
_PRICE = re.compile(r"(?:US)?\$\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:USD|dollars)\b", re.IGNORECASE)
# Ratings and specifications written like model codes: "IP68", "5ATM", "120Hz", and engines ("5.3L", "V8").
_SPEC_CODE = re.compile(
    r"^(?:ip\d+x?|wr\d+|\d+atm|\d+k|\d+g|\d+hz|\d+nit|\d+mah|\d+p|\d+hp|\d+kwh?|\d+v|usb\w*|mil\w*|\d+x\d+"
    r"|\d+(?:\.\d+)?l|[vwi]\d{1,2})$"
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")
_NAME_PUNCTUATION = re.compile(r"^[ \t]*(?:[-\u2013\u2014(:*_\n]|$)")

_CACHE_SIZE = 20_000


@lru_cache(maxsize=1 << 16)
def _kind(norm: str) -> str:
    """How much a word identifies: "spec" (a specific word), "code" (a model code), "num", "gen"."""
    if norm in _GENERIC:
        return "gen"
    digits = any(ch.isdigit() for ch in norm)
    letters = any(ch.isalpha() for ch in norm)
    if digits:
        return "code" if letters and len(norm) >= 3 and not _SIZE.match(norm) else "num"
    if norm in _GENERIC or norm in SIZE_LABELS or len(norm) < 2 or not letters:
        return "gen"
    return "spec"


def _name_variants(name: str) -> list[tuple[str, ...]]:
    """The token sequences under which a name may be written: as is, joined ("gshock"), split ("watch 7")."""
    plain = tokens(name)
    joined = tokens(_JOINERS.sub("", name))
    split = tuple(part for tok in plain for part in _LETTER_DIGIT.sub(" ", tok).split())
    return list(dict.fromkeys(v for v in (plain, joined, split) if v))


def _content(seq: Iterable[str]) -> tuple[str, ...]:
    return tuple(t for t in seq if t not in SMALL_WORDS)


@dataclass(frozen=True)
class _Span:
    """A run of words [start, end) read as a reference."""

    start: int
    end: int
    candidates: int  # bitmask of the products it can name
    strength: str  # "full", "strong" or "weak"
    weight: int  # identifying words (and one for a number): overlapping spans go to the heavier
    product: int | None  # the product it names, if exactly one


@dataclass(frozen=True)
class _Reading:
    """What one text names: products in order, and references that named nothing."""

    names: tuple[str, ...]
    unresolved: tuple[str, ...]


class CatalogNames:
    """The product names of one catalog, and how to find them in text.

    Args:
        names: the catalog's product names (unique).
        facts: the text of the catalog's records (descriptions, feature lines). A capitalised phrase a
            salesbot quotes from them ("Platforms: Xbox One", "Powertrain: 2.7L EcoBoost") is a catalog
            fact, not a reference to a product, and is not reported by `unresolved`.
    """

    def __init__(self, names: Iterable[str], facts: Iterable[str] = ()):
        self.names: tuple[str, ...] = tuple(dict.fromkeys(names))
        # Compared as word sequences: a salesbot joins and punctuates quoted feature lines its own way.
        # Padded with spaces once, so that a phrase is found as whole words by a substring test.
        self._facts = f" {' '.join(_fact_words(fact) for fact in facts)} "
        self._index = {name: i for i, name in enumerate(self.names)}
        self._vocab: list[frozenset[str]] = []
        self._core: list[frozenset[str]] = []
        self._one_word: list[bool] = []
        self._variants: list[frozenset[str]] = []  # the variant classes (metal, karat) its name states
        self._heads: dict[tuple[str, ...], int] = {}
        self._sizes: list[frozenset[str]] = []
        self._bits: dict[str, int] = {}
        self._full: dict[tuple[str, ...], int] = {}
        self._full_starts: set[str] = set()  # first words of full names
        self._tails: dict[tuple[str, ...], int] = {}
        lower_spellings: set[str] = set()
        for i, name in enumerate(self.names):
            bit = 1 << i
            variants = _name_variants(name)
            vocab = frozenset(t for v in variants for t in v)
            self._vocab.append(vocab)
            for tok in vocab:
                self._bits[tok] = self._bits.get(tok, 0) | bit
            for variant in variants:
                content = _content(variant)
                self._full[content] = self._full.get(content, 0) | bit
                self._full_starts.add(content[0])
                for k in range(len(content)):
                    self._tails[content[k:]] = self._tails.get(content[k:], 0) | bit
            bare = _QUALIFIER.sub("", _PAREN.sub(" ", name))
            core = [t for t in _content(tokens(bare)) if _kind(t) in ("spec", "code", "num")]
            self._core.append(frozenset(t for t in core if _kind(t) != "num"))
            # A name that is in effect one word, the first, of a short name: "Catan Base Game",
            # "Minecraft (Xbox)"; not "Infinity Round Lab Diamond Eternity Band in 14K White Gold".
            bare_content = _content(tokens(bare))
            self._one_word.append(
                len(core) == 1 and 0 < len(bare_content) <= 4 and bare_content[0] == core[0]
            )
            for variant in variants:
                content = _content(variant)
                for k in range(2, len(content) + 1):
                    self._heads[content[:k]] = self._heads.get(content[:k], 0) | bit
            self._sizes.append(frozenset(t for t in vocab if _SIZE.match(t)))
            self._variants.append(frozenset(_VARIANT_CLASS[t] for t in vocab if t in _VARIANT_CLASS))
            lower_spellings.update(w.raw for w in words(name) if w.raw.islower() and w.raw.isalpha())
        self._lower_spellings = frozenset(lower_spellings)
        # Light misspellings: every vocabulary word of five letters or more under each one-letter deletion.
        self._deletions: dict[str, set[str]] = {}
        for tok in self._bits:
            if len(tok) >= 5 and tok.isalpha():
                for k in range(len(tok)):
                    self._deletions.setdefault(tok[:k] + tok[k + 1 :], set()).add(tok)
        self._readings: dict[tuple[str, int], _Reading] = {}

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self._index

    # --- public API ---------------------------------------------------------------------------------

    def mentions(self, text: str, prefer: Iterable[str] = ()) -> list[str]:
        """Catalog names a salesbot text names, each once, in order of first appearance.

        Args:
            text: the text (markdown allowed).
            prefer: products the writer is known to have seen (the salesbot's lookups so far): a
                reference that fits several products names the one of these it fits, if only one.
                Empty means no context: weak references then name any product they fit uniquely.
        """
        if not text:
            return []
        return list(self._reading(text, self._mask(prefer)).names)

    def unresolved(self, text: str, prefer: Iterable[str] = ()) -> list[str]:
        """Product-like references in a salesbot text that name no product, as written, in order.

        These are references that fit several products with none preferred ("the Ford Mustang" when
        two Mustangs exist), and capitalised names with a model code or a catalog brand or line word
        that fit no product ("Rivian R1T", "Apple Watch Series 9", "Getac B360"). Brand names alone
        ("Patagonia"), lower-case prose and phrases quoted from the catalog's records are not reported.
        """
        if not text:
            return []
        return [
            reference
            for reference in self._reading(text, self._mask(prefer)).unresolved
            if not self._quotes_a_fact(reference)
        ]

    def _quotes_a_fact(self, reference: str) -> bool:
        phrase = _fact_words(reference)
        return bool(phrase) and f" {phrase} " in self._facts

    def resolve(self, text: str | None, prefer: Iterable[str] = ()) -> str | None:
        """The catalog name a single product reference (an add_to_cart argument) stands for.

        Args:
            text: the reference as written.
            prefer: products the writer was shown (R, for a shopper): break ties among the products
                the reference fits; they never override a reference that fits one product only.

        Returns:
            The catalog name, or None if the reference fits no product, fits several (none preferred or
            several preferred), or names a product with something that contradicts it (another size,
            model number, platform or trim).
        """
        if not text or not text.strip():
            return None
        if text in self._index:
            return text
        prefer_mask = self._mask(prefer)
        ws = words(_PRICE.sub(" ", text))
        norms = [self._known(w, fuzzy=True) for w in ws]
        # Lower-case filler ("I'll take one ... please") is never part of the reference.
        norms = ["" if n in FILLER_WORDS and not w.capitalised else n for w, n in zip(ws, norms)]

        # Every word of the reference fits one product ("Honda Accord Hybrid", "the pintuck sweatpant").
        core = self._reference_words(ws, norms)
        if core:
            seq = tuple(norms[k] for k in core)
            if seq in self._full:
                return self._pick(self._full[seq], text)
            mask = -1
            for k in core:
                mask &= self._bits.get(norms[k], 0)
            if mask:
                chosen = self._narrow(mask, seq, prefer_mask)
                if chosen is None:
                    return None
                return None if self._contradicted(chosen, ws, norms, set(core)) else self.names[chosen]

        # References among other words ("I'll take the Wingspan board game"): one product, uncontradicted.
        # A name can be split by words it lacks ("Apple Watch Ultra 2 with the orange Alpine Loop"): its
        # parts are several references, and they count when they all name the same product.
        spans = self._choose(self._spans(text, ws, norms, prefer_mask, relaxed=True))
        products = {span.product for span in spans}
        if len(products) != 1 or None in products:
            return None
        product = products.pop()
        inside = {k for span in spans for k in range(span.start, span.end)}
        if self._contradicted(product, ws, norms, inside):
            return None
        return self.names[product]

    # --- reading a text -----------------------------------------------------------------------------

    def _mask(self, prefer: Iterable[str]) -> int:
        mask = 0
        for name in prefer:
            i = self._index.get(name)
            if i is not None:
                mask |= 1 << i
        return mask

    def _known(self, word: Word, *, fuzzy: bool) -> str:
        """A word's normal form as the catalog spells it: brand aliases, "501s", light misspellings."""
        norm = word.norm
        if norm in self._bits:
            return norm
        alias = ALIASES.get(norm)
        if alias in self._bits:
            return alias
        if norm.endswith("s") and norm[:-1] in self._bits and any(ch.isdigit() for ch in norm):
            return norm[:-1]  # "501s"
        if fuzzy and len(norm) >= 5 and norm.isalpha():
            near = set(self._deletions.get(norm, ()))  # one letter too many ("Telluuride")
            if norm in self._deletions:
                near |= self._deletions[norm]
            for k in range(len(norm)):
                shorter = norm[:k] + norm[k + 1 :]
                near |= self._deletions.get(shorter, set())  # one letter wrong or swapped
                if shorter in self._bits:
                    near.add(shorter)  # one letter missing
            near = {t for t in near if _one_edit(norm, t)}
            if len(near) == 1:
                return near.pop()
        return norm

    def _reading(self, text: str, prefer_mask: int) -> _Reading:
        # Dialogues are read again and again (each agent call, each turn, each scorer): remember texts.
        key = (text, prefer_mask)
        reading = self._readings.get(key)
        if reading is None:
            ws = words(text)
            norms = [self._known(w, fuzzy=w.capitalised and len(w.norm) >= 6) for w in ws]
            spans = self._choose(self._spans(text, ws, norms, prefer_mask, relaxed=False))
            named = tuple(dict.fromkeys(self.names[s.product] for s in spans if s.product is not None))
            unresolved = self._unresolved(text, ws, norms, spans)
            reading = _Reading(named, unresolved)
            if len(self._readings) >= _CACHE_SIZE:
                self._readings.clear()
            self._readings[key] = reading
        return reading

    def _name_cased(self, word: Word) -> bool:
        return word.capitalised or word.raw in self._lower_spellings

    def _extend(self, ws: list[Word], norms: list[str], start: int, *, relaxed: bool) -> tuple[int, int]:
        """The longest run from `start` whose words all fit one product; its end and candidates."""
        mask = self._bits.get(norms[start], 0)
        seen = {norms[start]}
        end = start + 1
        k = start + 1
        while k < len(ws) and mask:
            word = ws[k]
            if word.new_line or _SENTENCE_BREAK.search(word.gap) or _enumerator(ws, k):
                break
            if word.small:
                k += 1
                continue
            norm = norms[k]
            bits = self._bits.get(norm, 0)
            if not bits or norm in seen:
                break
            if not relaxed and _kind(norm) in ("spec", "code") and not self._name_cased(word):
                break
            if not mask & bits:
                break
            mask &= bits
            seen.add(norm)
            end = k + 1
            k += 1
        return end, mask

    def _spans(
        self, text: str, ws: list[Word], norms: list[str], prefer: int, *, relaxed: bool
    ) -> list[_Span]:
        spans: list[_Span] = []
        for start, word in enumerate(ws):
            if word.small or norms[start] not in self._bits or _enumerator(ws, start):
                continue
            span = self._full_name_span(text, ws, norms, start) if not relaxed else None
            if span is None:
                if not relaxed and _kind(norms[start]) in ("spec", "code") and not self._name_cased(word):
                    continue
                end, mask = self._extend(ws, norms, start, relaxed=relaxed)
                span = self._evaluate(text, ws, norms, start, end, mask, prefer, relaxed=relaxed)
            if span is not None:
                spans.append(span)
        return spans

    def _full_name_span(self, text: str, ws: list[Word], norms: list[str], start: int) -> _Span | None:
        """A product's full name from `start`, in any case if it has three words or more, one identifying."""
        if norms[start] not in self._full_starts:
            return None
        end, _ = self._extend(ws, norms, start, relaxed=True)
        while end > start:
            content = [k for k in range(start, end) if not ws[k].small]
            seq = tuple(norms[k] for k in content)
            owners = self._full.get(seq)
            if owners:
                kinds = [_kind(t) for t in seq]
                identifying = sum(1 for x in kinds if x in ("spec", "code"))
                cased = all(self._name_cased(ws[k]) for k in content if ws[k].raw[0].isalpha())
                if cased or (identifying and len(seq) >= 3):
                    picked = self._pick(owners, text[ws[start].start : ws[end - 1].end])
                    product = self._index[picked] if picked is not None else None
                    if product is not None and self._runs_on(ws, norms, start, end, product):
                        product = None
                    numbered = any(x in ("num", "code") for x in kinds)
                    return _Span(start, end, owners, "full", identifying + numbered + 1, product)
                return None
            end -= 1
            while end > start and ws[end - 1].small:
                end -= 1
        return None

    def _evaluate(
        self,
        text: str,
        ws: list[Word],
        norms: list[str],
        start: int,
        end: int,
        mask: int,
        prefer: int,
        *,
        relaxed: bool,
    ) -> _Span | None:
        content = [k for k in range(start, end) if not ws[k].small]
        seq = tuple(norms[k] for k in content)
        kinds = [_kind(t) for t in seq]
        specific = {t for t, x in zip(seq, kinds) if x == "spec"}
        numbered = any(x in ("num", "code") for x in kinds)
        head = not specific and not numbered and _single(self._heads.get(seq, 0)) is not None
        # Three capitalised words of one name, one of them identifying, are as good as two identifying words.
        covered = relaxed or sum(1 for k in content if self._name_cased(ws[k])) >= 3
        if len(specific) >= 2 or "code" in kinds or (specific and (numbered or covered)):
            strength = "strong"
        elif specific or (numbered and len(seq) >= 2) or head:
            strength = "weak"
        else:
            return None
        if not relaxed:
            if any(
                norms[k] != ws[k].norm
                for k in content
                if _kind(norms[k]) == "spec" and ws[k].norm not in ALIASES
            ):
                # A misspelled word counts only beside a correctly written identifying word.
                exact = [k for k in content if norms[k] == ws[k].norm and _kind(norms[k]) in ("spec", "code")]
                if strength != "strong" or not exact:
                    return None
            if head and not all(self._name_cased(ws[k]) for k in content):
                return None
            if not specific and not self._name_cased(ws[content[0]]):
                return None
        candidates = self._full.get(seq) or mask
        # Context breaks ties only for a reference with an identifying word: "Series 10" alone stays open.
        product = self._narrow(candidates, seq, prefer if specific or strength == "strong" else 0)
        weight = len(specific) + (1 if numbered else 0)
        if strength == "weak" and not relaxed:
            single_word = product is not None and self._one_word[product] and specific == self._core[product]
            if product is not None and prefer and not (prefer >> product) & 1 and not single_word:
                return None
            if not single_word:
                first = ws[start]
                after = text[ws[end - 1].end : ws[end - 1].end + 8]
                if (not first.emphasised and line_is_title_case(text, first.start)) or (
                    first.sentence_start and not first.emphasised and not _NAME_PUNCTUATION.match(after)
                ):
                    # Not written as a name. Still a reference that names nothing if it fits several
                    # products in two words or more ("Levi's jeans are ..."): reported, never a match.
                    if product is None and len(content) >= 2:
                        return _Span(start, end, candidates, strength, weight, None)
                    return None
        if product is not None and not relaxed and self._runs_on(ws, norms, start, end, product):
            return _Span(start, end, candidates, strength, weight, None)
        return _Span(start, end, candidates, strength, weight, product)

    def _narrow(self, candidates: int, seq: tuple[str, ...], prefer: int) -> int | None:
        """The one product among `candidates` that `seq` names: alone, by its name's tail, or preferred."""
        if candidates & (candidates - 1) == 0:
            return candidates.bit_length() - 1 if candidates else None
        tail = self._tails.get(seq, 0) & candidates
        if tail and tail & (tail - 1) == 0:
            return tail.bit_length() - 1
        preferred = candidates & prefer
        if preferred and preferred & (preferred - 1) == 0:
            return preferred.bit_length() - 1
        return None

    def _runs_on(self, ws: list[Word], norms: list[str], start: int, end: int, product: int) -> bool:
        """Whether a capitalised word or number right after the reference (or a number right before it)
        makes it name something else: "Pandemic Legacy", "Rivian R1T", "the 2024 Honda Accord"."""
        vocab = self._vocab[product]
        if end < len(ws):
            nxt = ws[end]
            if (
                nxt.attached
                and not nxt.small
                and not _enumerator(ws, end)
                and self._name_cased(nxt)
                and norms[end] not in vocab
                and _kind(norms[end]) != "gen"
            ):
                return True
        if start > 0:
            prev = ws[start - 1]
            before = ws[start]
            if (
                before.attached
                and prev.has_digit
                and norms[start - 1] not in vocab
                and not before.sentence_start
            ):
                return True
        return False

    @staticmethod
    def _choose(spans: list[_Span]) -> list[_Span]:
        """Non-overlapping references: the heavier first, then one that names a product, the longer, the leftmost."""
        ordered = sorted(spans, key=lambda s: (-s.weight, s.product is None, -(s.end - s.start), s.start))
        taken: set[int] = set()
        chosen: list[_Span] = []
        for span in ordered:
            if any(k in taken for k in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            chosen.append(span)
        chosen.sort(key=lambda s: s.start)
        return chosen

    # --- resolve helpers ----------------------------------------------------------------------------

    def _reference_words(self, ws: list[Word], norms: list[str]) -> list[int]:
        """Positions of the words that make up a reference: no small words, filler, sizes or size options."""
        keep: list[int] = []
        skip_next = False
        for k, word in enumerate(ws):
            if skip_next:
                skip_next = False
                continue
            norm = norms[k]
            if norm == "size" and k + 1 < len(ws):
                skip_next = True
                continue
            if word.small or norm in SIZE_LABELS or _SIZE_OPTION.match(norm):
                continue
            if norm in FILLER_WORDS and norm not in self._bits:
                continue
            if _SIZE.match(norm) and norm not in self._bits:
                continue  # a size the catalog does not list: checked as a contradiction
            keep.append(k)
        return keep

    def _contradicted(self, product: int, ws: list[Word], norms: list[str], inside: set[int]) -> bool:
        """Whether words outside the reference say it is another product than `product`."""
        vocab = self._vocab[product]
        own_sizes = self._sizes[product]
        first, last = (min(inside), max(inside)) if inside else (0, -1)
        skip_next = False
        for k, word in enumerate(ws):
            if skip_next:
                skip_next = False
                continue
            norm = norms[k]
            if k in inside or word.small or norm in vocab:
                continue
            if norm == "size":
                skip_next = True
                continue
            if norm in SIZE_LABELS or _SIZE_OPTION.match(norm):
                continue  # an option of the product, like its colour
            if _SIZE.match(norm):
                if own_sizes:
                    return True  # "Apple Watch Series 10 44mm" for the 42mm
                continue
            if word.has_digit:
                return True  # another model number or year: "Garmin Forerunner 265", "Levi's 505"
            adjacent = (k == last + 1 or k == first - 1) and (
                word.attached or ws[min(k + 1, len(ws) - 1)].attached
            )
            if adjacent and len(norm) == 1 and word.raw.isupper() and norm not in _GENERIC:
                return True  # a model letter the catalog does not list: "Nissan Z"
            variant = _VARIANT_CLASS.get(norm)
            if variant is not None and variant in self._variants[product]:
                return True  # another metal or karat than the product's own: "... in Platinum"
            if _kind(norm) == "gen" or norm in FILLER_WORDS:
                continue
            if word.capitalised:
                # Another product's word ("Minecraft for Nintendo Switch"), or an edition, trim or
                # expansion the catalog does not list ("Pandemic Legacy", "with the European expansion").
                return True
        return False

    def _pick(self, owners: int, text: str) -> str | None:
        """The product a full name stands for; clashing full names need the exact spelling in `text`."""
        product = _single(owners)
        if product is not None:
            return self.names[product]
        folded = text.casefold()
        exact = [n for i, n in enumerate(self.names) if (owners >> i) & 1 and n.casefold() in folded]
        return exact[0] if len(exact) == 1 else None

    # --- unresolved references ----------------------------------------------------------------------

    def _unresolved(self, text: str, ws: list[Word], norms: list[str], spans: list[_Span]) -> tuple[str, ...]:
        found: list[str] = []
        covered: set[int] = set()
        for span in spans:
            covered.update(range(span.start, span.end))
            if span.product is not None:
                continue
            content = [k for k in range(span.start, span.end) if not ws[k].small]
            if len(content) < 2 and not self._continues(ws, norms, span.end):
                continue  # a brand alone ("Patagonia") is not a reference to one product
            start, end = span.start, span.end
            while end < len(ws) and self._continues(ws, norms, end):
                end += 1
            covered.update(range(span.end, end))
            found.append(text[ws[start].start : ws[end - 1].end])
        # Capitalised names with a model code that fit no product at all ("Getac B360", "R1T").
        k = 0
        while k < len(ws):
            if k in covered or not ws[k].capitalised or ws[k].small:
                k += 1
                continue
            end = k + 1
            while end < len(ws) and end not in covered and ws[end].attached and ws[end].capitalised:
                end += 1
            run = range(k, end)
            if len(run) >= 2 and any(self._model_code(norms[j]) for j in run):
                found.append(text[ws[k].start : ws[end - 1].end])
            k = end
        return tuple(dict.fromkeys(found))

    def _model_code(self, norm: str) -> bool:
        """A model code the catalog does not list ("b360", "r1t"), not a rating like "IP68" or "5ATM"."""
        return _kind(norm) == "code" and norm not in self._bits and not _SPEC_CODE.match(norm)

    def _continues(self, ws: list[Word], norms: list[str], k: int) -> bool:
        """Whether word `k` carries a name on: attached, capitalised or a number, and not generic."""
        if k >= len(ws):
            return False
        word = ws[k]
        if not word.attached or word.small or _enumerator(ws, k):
            return False
        return self._name_cased(word) and _kind(norms[k]) != "gen"


def _fact_words(text: str) -> str:
    """`text` as the matcher's words separated by single spaces ("5.3L V8," -> "5.3l v8")."""
    return " ".join(tokens(text))


def _enumerator(ws: list[Word], k: int) -> bool:
    """Whether word `k` numbers a list item ("2. ", "3) "), which is never part of a name."""
    word = ws[k]
    if not word.raw.isdigit() or len(word.raw) > 2:
        return False
    after = ws[k + 1].gap if k + 1 < len(ws) else ""
    return after[:1] in (".", ")") and (after[1:2] in (" ", "*", "") or after[1:2].isspace())


def _single(mask: int) -> int | None:
    return mask.bit_length() - 1 if mask and mask & (mask - 1) == 0 else None


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one inserted, deleted, replaced or swapped letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
