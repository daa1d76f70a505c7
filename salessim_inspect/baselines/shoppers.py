"""Offline shoppers: the trivial baselines of every report, and a shopper that checks the obvious.

They read their persona from the dialogue's context (`salessim_inspect.solvers.context`), the salesbot's
latest message from their messages, and resolve the products it names against the category's catalog.
"""

from inspect_ai.model import ChatMessage, ModelOutput
from inspect_ai.tool import ToolChoice, ToolInfo

from salessim_inspect.baselines.dialogue import ShopperBrief, last_user_text, own_turns, shopper_brief
from salessim_inspect.baselines.output import call, say
from salessim_inspect.catalog import catalog_for
from salessim_inspect.data.models import Product
from salessim_inspect.solvers.system_prompts import money
from salessim_inspect.solvers.tools import ADD_TO_CART, END_CONVERSATION


def _article(noun: str) -> str:
    return "an" if noun[:1].lower() in "aeiou" else "a"


def _need(brief: ShopperBrief) -> str:
    return f"Hi! I'm looking for {_article(brief.product_type)} {brief.product_type}."


def _named_products(brief: ShopperBrief, messages: list[ChatMessage]) -> list[Product]:
    """Catalog products the salesbot named in its latest message, in order."""
    catalog = catalog_for(brief.category)
    return [catalog.by_name[name] for name in catalog.mentions(last_user_text(messages))]


class AcceptFirst:
    """Buys the first product it is shown."""

    name = "accept-first"

    def respond(
        self, model: str, messages: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice
    ) -> ModelOutput:
        brief = shopper_brief(self.name)
        turn = own_turns(messages)
        if turn == 0:
            return say(model, _need(brief))
        named = _named_products(brief, messages)
        if named:
            choice = named[0].name
            return call(model, ADD_TO_CART, {"product": choice}, f"buy-{turn}", f"I'll take the {choice}.")
        return say(model, "Could you recommend something?")


class WalkAway:
    """States its need once, then leaves."""

    name = "walk-away"

    def respond(
        self, model: str, messages: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice
    ) -> ModelOutput:
        brief = shopper_brief(self.name)
        turn = own_turns(messages)
        if turn == 0:
            return say(model, f"{_need(brief)} My budget is {money(brief.budget)}.")
        return call(model, END_CONVERSATION, {}, f"leave-{turn}", "Thanks, but I'll keep looking elsewhere.")


class HeuristicShopper:
    """Reveals its needs a little at a time; buys the first product of its type within budget."""

    name = "heuristic-shopper"
    # After this many replies without finding anything, it leaves.
    patience = 6

    def _reveal(self, brief: ShopperBrief, turn: int) -> str | None:
        steps = [
            _need(brief),
            f"My budget is {money(brief.budget)} at most.",
            f"Some things I can't compromise on: {brief.dealbreakers}" if brief.dealbreakers else "",
            f"Nice to have, but not essential: {brief.preferences}" if brief.preferences else "",
        ]
        steps = [s for s in steps if s]
        return steps[turn] if turn < len(steps) else None

    def respond(
        self, model: str, messages: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice
    ) -> ModelOutput:
        brief = shopper_brief(self.name)
        turn = own_turns(messages)
        objections: list[str] = []
        if turn > 0:
            for product in _named_products(brief, messages):
                if product.product_type.casefold() != brief.product_type.casefold():
                    objections.append(
                        f"The {product.name} isn't {_article(brief.product_type)} {brief.product_type}."
                    )
                elif product.price is None:
                    objections.append(f"The {product.name} has no price listed.")
                elif product.price > brief.budget:
                    objections.append(f"The {product.name} is over my budget.")
                else:
                    return call(
                        model,
                        ADD_TO_CART,
                        {"product": product.name},
                        f"buy-{turn}",
                        f"The {product.name} works for me.",
                    )
        if turn >= self.patience:
            return call(
                model, END_CONVERSATION, {}, f"leave-{turn}", "Nothing here fits what I need. Thanks anyway."
            )
        reveal = self._reveal(brief, turn) or "Do you have anything else?"
        return say(model, " ".join([*objections, reveal]))
