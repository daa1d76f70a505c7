"""Which product a shopper says it takes, for an add_to_cart written without its argument.

The paper's Qwen transcript ends "Great! I will take the Honda Accord Hybrid. <tool_call>add_to_cart</tool_call>":
the decision is clear, the argument is in the sentence. We read the object of the last sentence in which the
shopper says it takes, buys, picks or goes with something ("I'll take the X", "Let's go with the X", "I'm set
to grab the X"), written as faithfully as an argument would be: markdown, quotes and a leading article
removed, nothing resolved against the catalog (`CatalogNames.resolve` does that later, as for any argument).

A pronoun ("I'll take it"), an undecided object ("the Pebble or the Apple Watch"), a question or a negated
sentence names nothing here; the caller may then fall back on the one catalog product the message names.
"""

import re

_SUBJECT = (
    r"(?:\bI(?:['’]ll|\s+will|\s+shall)?"
    r"|\bI(?:['’]m|\s+am)\s+(?:going|set|ready|happy|excited)\s+to"
    r"|\bI(?:['’]d|\s+would)\s+(?:like|love)\s+to"
    r"|\bI\s+want\s+to"
    r"|\bI(?:['’]ve|\s+have)\s+decided\s+to"
    r"|\blet(?:['’]s|\s+us|\s+me))"
)
_VERB = (
    r"(?:take|buy|purchase|get|grab|order|choose|pick|select|go\s+with|go\s+for|settle\s+on|opt\s+for"
    r"|add|have|do)"
)
_PROGRESSIVE = (
    r"(?:taking|buying|purchasing|getting|grabbing|ordering|choosing|picking|going\s+with|going\s+for)"
)
_ADVERBS = r"(?:\s+(?:just|definitely|simply|then|now|happily|gladly|go\s+ahead\s+and|ahead\s+and))*"
_TAKING = re.compile(
    rf"(?:{_SUBJECT}{_ADVERBS}\s+{_VERB}"
    rf"|\bI(?:['’]m|\s+am){_ADVERBS}\s+{_PROGRESSIVE}"
    rf"|\bI(?:['’]ve|\s+have)\s+(?:decided\s+on|chosen|picked|settled\s+on)"
    rf"|\bI(?:['’]m|\s+am)\s+sold\s+on"
    rf"|\bmy\s+(?:choice|pick|decision)\s+is)\s+",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")
_CLAUSE_END = re.compile(r"[.!?](?=\s|$)|\n|[,;]|\s[-–—]\s")
_PRONOUN = re.compile(r"^(?:it|this|that|them|this\s+one|that\s+one|one)\b[\s,:;\-–—]*", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an|your|this|that)\s+", re.IGNORECASE)
_MARKDOWN = re.compile(r"\*\*|__|`|\*")
_QUOTES = "\"'“”‘’"
# Lowercase words that may sit inside a product name, between capitalised or numbered words.
_CONNECTORS = {"of", "for", "and", "with", "in", "by", "on", "the", "&", "+", "x", "de", "to", "-", "–", "/"}
_COURTESY = re.compile(r"(?:\s+(?:please|now|then|today|for\s+me|thanks|thank\s+you|too|instead))+$", re.I)


def _namelike(token: str) -> bool:
    return bool(re.search(r"[A-Z0-9]", token)) or token in ("&", "+", "/")


def _object_phrase(rest: str) -> str | None:
    """The product phrase at the start of `rest` (the words after "I'll take"), or None."""
    rest = _MARKDOWN.sub("", rest).strip()
    pronoun = _PRONOUN.match(rest)
    if pronoun:
        rest = rest[pronoun.end() :]
        if not rest or not re.match(r"(?:the\s+)?[A-Z0-9]", rest):
            return None  # "I'll take it." / "I'll take it for now"
    rest = _ARTICLE.sub("", rest.strip(_QUOTES + " "))
    # Clause breaks; a spaced hyphen followed by a capital stays, as in "Amazfit Balance 46mm - Midnight".
    rest = re.split(r"\s[–—]\s|\s-\s(?![A-Z0-9])|[;:(]|,\s+(?=[a-z])", rest)[0]
    tokens = rest.split()
    if not tokens:
        return None
    if not _namelike(tokens[0]):
        # Written in lowercase: everything up to the end of the clause, less courtesy words.
        phrase = _COURTESY.sub("", rest.split(",")[0]).strip(_QUOTES + " ,")
        return None if re.search(r"\bor\b", phrase) else (phrase or None)
    kept: list[str] = []
    for index, token in enumerate(tokens):
        if _namelike(token):
            kept.append(token)
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if token.lower() == "or":
            return None  # "the Pebble or the Apple Watch": not decided
        if token.lower() in _CONNECTORS and _namelike(following.lstrip("(")):
            kept.append(token)
            continue
        if token.lower() == "the" or (token.lower() in _CONNECTORS and following.lower() == "the"):
            kept.append(token)
            continue
        break
    while kept and not _namelike(kept[-1]):
        kept.pop()
    phrase = " ".join(kept).strip(_QUOTES + " ,")
    return phrase or None


def taken_product(text: str) -> str | None:
    """The product the last "taking" sentence of `text` names, as written; None when none names one."""
    found = None
    for match in _TAKING.finditer(text):
        clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
        stop = _SENTENCE_END.search(text, match.end())
        end = stop.start() if stop else len(text)
        if stop is not None and stop.group(0) == "?":
            continue
        if re.search(r"\b(?:not|never|if|whether)\b|n['’]t\b", text[clause_start : match.start()], re.I):
            continue
        phrase = _object_phrase(text[match.end() : end])
        if phrase is not None:
            found = phrase
    return found
