"""salessim/catalog-salesbot: a deterministic salesbot that only ever says what the catalog says.

Each turn it searches with the shopper's own words, then recommends the best results it has not shown
yet, by exact name with price and key features. A question about a product it showed is answered from
the catalog record. It never names a product its lookups did not return.
"""

import re

from inspect_ai.model import ChatMessage, ChatMessageAssistant, ModelOutput
from inspect_ai.tool import ToolChoice, ToolInfo

from salessim_inspect.baselines.dialogue import (
    last_user_text,
    tool_results_since_last_user,
    user_texts,
)
from salessim_inspect.baselines.output import call, say
from salessim_inspect.catalog import Catalog, catalog_for
from salessim_inspect.data.models import Product
from salessim_inspect.solvers.context import current_dialogue
from salessim_inspect.solvers.system_prompts import money
from salessim_inspect.solvers.tools import LOOKUP_PRODUCT_ITEMS
from salessim_inspect.solvers.views import NO_MESSAGE

RECOMMEND_PER_TURN = 2
KEY_FEATURES = 3
_RESULT_NAME = re.compile(r"^\d+\.\s+(.+?)\s*$", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _shopper_words(messages: list[ChatMessage], catalog: Catalog) -> list[str]:
    """What the shopper said about its needs, one entry per message. Sentences that name a catalog product
    react to products already shown ("The X is over my budget."): they say nothing new about the need and
    would pull the results back to those products, so they are left out."""
    words = []
    for text in user_texts(messages):
        if not text.strip() or text.strip() == NO_MESSAGE:
            continue
        kept = [s for s in _SENTENCE_END.split(text) if s.strip() and not catalog.mentions(s)]
        if kept:
            words.append(" ".join(" ".join(kept).split()))
    return words


def _questions(text: str) -> str:
    """The sentences of `text` that ask something."""
    return " ".join(s for s in _SENTENCE_END.split(text) if s.strip().endswith("?"))


def _pitch(product: Product) -> str:
    features = "; ".join(product.features[:KEY_FEATURES])
    details = f" Key features: {features}." if features else ""
    price = f"at {money(product.price)}" if product.price is not None else f"({money(None)})"
    return f"{product.name} {price}.{details}"


def _details(product: Product) -> str:
    features = "; ".join(product.features)
    return (
        f"Here is what our catalog says about the {product.name} ({money(product.price)}): "
        f"{product.description} Features: {features}."
    )


class CatalogSalesbot:
    name = "catalog-salesbot"

    def respond(
        self, model: str, messages: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice
    ) -> ModelOutput:
        catalog = catalog_for(current_dialogue(self.name).category)
        shown = self._already_recommended(catalog, messages)
        latest = last_user_text(messages)
        results = tool_results_since_last_user(messages)
        can_search = tool_choice != "none" and any(t.name == LOOKUP_PRODUCT_ITEMS for t in tools)
        turn = sum(1 for m in messages if isinstance(m, ChatMessageAssistant))

        asked_about = [n for n in catalog.mentions(_questions(latest)) if n in shown]
        if not results and asked_about:
            return say(model, _details(catalog.by_name[asked_about[0]]))

        words = _shopper_words(messages, catalog)
        if not words:
            return say(model, "Could you tell me a little about what you are looking for?")
        if not results and can_search:
            # Everything the shopper said so far: needs are often revealed a little at a time.
            return call(model, LOOKUP_PRODUCT_ITEMS, {"query": " ".join(words)}, f"lookup-{turn}-0")

        found = [catalog.by_name[n] for n in self._result_names(results) if n in catalog.by_name]
        fresh = [p for p in found if p.name not in shown]
        if not fresh and len(results) == 1 and can_search and len(words) > 1:
            # Nothing new for the whole request: try the latest message on its own.
            return call(model, LOOKUP_PRODUCT_ITEMS, {"query": words[-1]}, f"lookup-{turn}-1")
        if fresh:
            picks = fresh[:RECOMMEND_PER_TURN]
            lines = [f"- {_pitch(p)}" for p in picks]
            intro = (
                "Here is an option from our catalog:"
                if len(picks) == 1
                else "Here are some options from our catalog:"
            )
            return say(model, "\n".join([intro, *lines, "Would you like more details on any of them?"]))
        if found:
            return say(
                model,
                "I'm afraid I have nothing else that matches what you described. "
                f"The closest options are the ones I showed you, such as the {found[0].name}.",
            )
        return say(model, "I'm sorry, I couldn't find anything in our catalog that matches that.")

    @staticmethod
    def _already_recommended(catalog: Catalog, messages: list[ChatMessage]) -> set[str]:
        shown: set[str] = set()
        for message in messages:
            if isinstance(message, ChatMessageAssistant) and not message.tool_calls:
                shown.update(catalog.mentions(message.text))
        return shown

    @staticmethod
    def _result_names(results: list) -> list[str]:
        names: list[str] = []
        for result in results:
            for name in _RESULT_NAME.findall(result.text):
                if name not in names:
                    names.append(name)
        return names
