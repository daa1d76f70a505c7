"""salessim/catalog-salesbot: the deterministic offline salesbot, in the dialogue's salesbot style.

Each call reads the dialogue back from the messages (`salesbot_turn.read_turn`) and lets the style's
behaviour (`salesbot_styles`) act on it: a lookup through the salesbot's tool, or a reply. The style
comes from the dialogue's context (`-T salesbot=`), like the persona, which only the styles that declare
it read (the adversaries and `oracle`; never `honest`).
"""

from inspect_ai.model import ChatMessage, ModelOutput
from inspect_ai.tool import ToolChoice, ToolInfo

from salessim_inspect.baselines.output import call, say
from salessim_inspect.baselines.salesbot_styles import behaviour
from salessim_inspect.baselines.salesbot_turn import Lookup, read_turn
from salessim_inspect.catalog import catalog_for
from salessim_inspect.solvers.context import current_dialogue
from salessim_inspect.solvers.tools import LOOKUP_PRODUCT_ITEMS


class CatalogSalesbot:
    """The offline salesbot; its behaviour is the dialogue's salesbot style."""

    name = "catalog-salesbot"

    def respond(
        self, model: str, messages: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice
    ) -> ModelOutput:
        context = current_dialogue(self.name)
        turn = read_turn(messages, tools, tool_choice, catalog_for(context.category))
        style = behaviour(context.salesbot_style)
        # Only the styles that declare it see the persona: honest works from the shopper's words alone.
        action = style.act(turn, context.persona if style.reads_persona else None)
        if isinstance(action, Lookup):
            call_id = f"lookup-{turn.replies}-{len(turn.queries)}"
            return call(model, LOOKUP_PRODUCT_ITEMS, {"query": action.query}, call_id)
        return say(model, action.text)
