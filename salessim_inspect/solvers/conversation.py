"""The shopping conversation (docs/architecture.md §3): the salesbot opens, then shopper and salesbot take
turns until the shopper decides or runs out of turns. Every turn reaches the transcript in the sample
store as soon as it is complete, because Inspect may stop the solver at a limit anywhere.
"""

import anyio
from inspect_ai._util.error import PrerequisiteError
from inspect_ai.agent import AgentState
from inspect_ai.model import (
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
    Model,
    ModelOutput,
    get_model,
)
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.tool import Tool, ToolCallError
from inspect_ai.util import LimitExceededError, span

from salessim_inspect.catalog import Catalog, catalog_for
from salessim_inspect.data.models import Persona
from salessim_inspect.options import ConversationOptions
from salessim_inspect.retrieval import category_indexes
from salessim_inspect.salesbots.agent import reply_of, salesbot_agent
from salessim_inspect.salesbots.styles import STYLES
from salessim_inspect.solvers.context import DialogueContext, dialogue_context
from salessim_inspect.solvers.provider_calls import parses_tool_calls_from_text
from salessim_inspect.solvers.shopper_moves import ShopperMove, read_shopper_output
from salessim_inspect.solvers.system_prompts import (
    opening_line,
    salesbot_system_prompt,
    shopper_system_prompt,
)
from salessim_inspect.solvers.text_calls import split_reasoning
from salessim_inspect.solvers.tools import SalesbotToolbox, shopper_tools
from salessim_inspect.solvers.views import (
    readable_lookup,
    readable_salesbot_turn,
    readable_shopper_turn,
    salesbot_turn_for_shopper,
    shopper_turn_for_salesbot,
)
from salessim_inspect.transcript import Decision, ToolCallRecord, TranscriptRecorder, Turn

DEFAULT_SALESBOT = "salessim/catalog-salesbot"


class _Conversation:
    """The state of one sample's dialogue: both speakers' views, the store transcript and the log view."""

    def __init__(
        self,
        state: TaskState,
        options: ConversationOptions,
        persona: Persona,
        catalog: Catalog,
        toolbox: SalesbotToolbox,
        shopper: Model,
        salesbot: Model,
    ):
        self.state = state
        self.options = options
        self.catalog = catalog
        self.toolbox = toolbox
        self.shopper = shopper
        self.transcript = TranscriptRecorder(
            state.store,
            shopper_model=str(shopper),
            salesbot_model=str(salesbot),
            salesbot_style=options.salesbot,
        )
        shopper_prompt = shopper_system_prompt(
            persona, catalog.category, catalog.data.domain_knowledge, options.prompt
        )
        self.shopper_view: list[ChatMessage] = [ChatMessageSystem(content=shopper_prompt)]
        self.salesbot_state = AgentState(
            messages=[ChatMessageSystem(content=salesbot_system_prompt(catalog.category, options.salesbot))]
        )
        self.salesbot = salesbot_agent(salesbot, toolbox, options.max_tool_rounds)
        self.shopper_tools: list[Tool] = shopper_tools()
        # Pictures the shopper has been shown: each product's is attached once, the first time it is named.
        self.pictures_shown: set[str] = set()
        self.retrieved: list[str] = []  # every product the salesbot's lookups returned so far
        state.messages = [ChatMessageSystem(content=shopper_prompt)]
        self.shopper_turns = 0

    def _record(self, turn: Turn) -> Turn:
        return self.transcript.append(turn)

    def _next_index(self) -> int:
        return len(self.transcript.turns)

    def _retrieved_so_far(self) -> list[str]:
        """Products the salesbot's lookups returned in the recorded turns: names that fit several go to these."""
        return [name for turn in self.transcript.turns for name in turn.products_retrieved]

    def open(self) -> None:
        """The salesbot's fixed greeting (no model call); its system prompt says it already greeted."""
        turn = self._record(Turn(index=self._next_index(), speaker="salesbot", text=opening_line()))
        self.shopper_view.append(ChatMessageUser(content=turn.text))
        self.state.messages.append(readable_salesbot_turn(turn.text))

    def _read_shopper(self, output: ModelOutput) -> ShopperMove:
        return read_shopper_output(
            output.message,
            self.options.act_on_text_tool_calls,
            tool_calls_from_text=parses_tool_calls_from_text(self.shopper),
            products_named=self.catalog.mentions,
        )

    async def _shopper_output(self) -> tuple[ModelOutput, ShopperMove]:
        output = await self.shopper.generate(self.shopper_view, tools=self.shopper_tools)
        move = self._read_shopper(output)
        if move.empty:
            # One retry: empty outputs are often transient (a filtered or truncated response).
            output = await self.shopper.generate(self.shopper_view, tools=self.shopper_tools)
            move = self._read_shopper(output)
        return output, move

    async def shopper_turn(self) -> bool:
        """One shopper turn; True if the shopper decided."""
        output, move = await self._shopper_output()
        self.state.output = output
        turn_number = self.shopper_turns
        self.shopper_turns += 1
        turn = self._record(
            Turn(
                index=self._next_index(),
                speaker="shopper",
                text=move.text,
                reasoning=move.reasoning,
                tool_calls=move.records,
                products_named=self.catalog.mentions(move.text, prefer=self._retrieved_so_far()),
                format_problems=move.problems,
                empty=move.empty,
            )
        )
        if move.decision is not None:
            self.transcript.decide(
                Decision(
                    action=move.decision.action,
                    product=move.decision.product,
                    turn=turn_number,
                    source=move.decision.source,
                )
            )
        raw_visible, _ = split_reasoning(output.message.text or "")
        self.state.messages.extend(readable_shopper_turn(turn, raw_visible))
        if move.decision is not None:
            return True
        if not move.empty:
            self.shopper_view.append(output.message)
            # Native calls that were not acted on still need results, or the next request is invalid.
            for call in output.message.tool_calls or []:
                if call.id in move.call_errors:
                    self.shopper_view.append(
                        ChatMessageTool(
                            content=move.call_errors[call.id],
                            tool_call_id=call.id,
                            function=call.function,
                            error=ToolCallError("parsing", move.call_errors[call.id]),
                        )
                    )
        self.salesbot_state.messages.append(shopper_turn_for_salesbot(turn))
        return False

    async def salesbot_turn(self) -> None:
        """One salesbot turn: the salesbot agent looks things up (logged as tool events) and replies."""
        start = len(self.salesbot_state.messages)
        async with span(name="salesbot", type="agent"):
            self.salesbot_state = await self.salesbot(self.salesbot_state)
        added = self.salesbot_state.messages[start:]
        records, retrieved = self._lookups(added)
        for name in retrieved:
            if name not in self.retrieved:
                self.retrieved.append(name)
        problems: list[str] = []
        final = self.salesbot_state.output.message
        if final.tool_calls:
            problems.append(
                f"tool calls after {self.options.max_tool_rounds} lookup rounds were ignored: "
                + ", ".join(call.function for call in final.tool_calls)
            )
        reply = reply_of(self.salesbot_state)
        text = split_reasoning(reply.text or "")[0] if reply is not None else ""
        turn = self._record(
            Turn(
                index=self._next_index(),
                speaker="salesbot",
                text=text,
                tool_calls=records,
                products_retrieved=retrieved,
                products_named=self.catalog.mentions(text, prefer=self._retrieved_so_far() + retrieved),
                format_problems=problems,
                empty=not text,
            )
        )
        for record, names in zip(records, self._retrieved_per_call(records)):
            self.state.messages.append(readable_lookup(record, names))
        self.shopper_view.append(
            salesbot_turn_for_shopper(turn, self.catalog, self.options.images, self.pictures_shown)
        )
        self.state.messages.append(readable_salesbot_turn(text))

    def _lookups(self, added: list[ChatMessage]) -> tuple[list[ToolCallRecord], list[str]]:
        """The lookups of one salesbot turn, from the messages its agent added, and the products they returned."""
        results = {m.tool_call_id: m for m in added if isinstance(m, ChatMessageTool)}
        records: list[ToolCallRecord] = []
        retrieved: list[str] = []
        for message in added:
            if not isinstance(message, ChatMessageAssistant):
                continue
            for call in message.tool_calls or []:
                result = results.get(call.id)
                error = result.error.message if result is not None and result.error else None
                query = call.arguments.get("query") if isinstance(call.arguments, dict) else None
                lookup = self.toolbox.lookups.get((call.function, query)) if isinstance(query, str) else None
                records.append(
                    ToolCallRecord(
                        function=call.function,
                        arguments=dict(call.arguments or {}),
                        result=None if error or lookup is None else lookup.text,
                        error=error if error or lookup is not None else "no result",
                    )
                )
                if lookup is not None and not error:
                    retrieved.extend(name for name in lookup.retrieved if name not in retrieved)
        return records, retrieved

    def _retrieved_per_call(self, records: list[ToolCallRecord]) -> list[list[str]]:
        out = []
        for record in records:
            query = record.arguments.get("query")
            lookup = self.toolbox.lookups.get((record.function, query)) if isinstance(query, str) else None
            out.append(lookup.retrieved if lookup is not None and record.error is None else [])
        return out

    async def run(self) -> None:
        try:
            self.open()
            while True:
                if await self.shopper_turn():
                    return
                if self.shopper_turns >= self.options.max_turns:
                    self.transcript.end("max_turns")
                    return
                await self.salesbot_turn()
        except LimitExceededError:
            # Inspect stops a sample at a message, token or time limit wherever it is; the turns so far are stored.
            self.transcript.end("limit")
            raise
        except Exception:
            self.transcript.end("error")
            raise


def _check_style(options: ConversationOptions, salesbot: Model) -> None:
    if STYLES[options.salesbot].prompt_file is None and str(salesbot) != DEFAULT_SALESBOT:
        raise PrerequisiteError(
            f"salesbot style {options.salesbot!r} exists only for the offline salesbot ({DEFAULT_SALESBOT}); "
            f"the salesbot role is {salesbot}. Drop --model-role salesbot=... or choose another style."
        )


@solver
def shopping_conversation(options: ConversationOptions | None = None) -> Solver:
    """The shopper (the evaluated model) talks with the salesbot (model role `salesbot`) until it decides.

    The sample's metadata names its `category` (whose catalog must be registered with
    `salessim_inspect.catalog.register_catalog` or be packaged) and carries the `persona` record.

    Args:
        options: The conversation options (`salessim_inspect.options.ConversationOptions`); defaults if None.
    """
    options = options or ConversationOptions()

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        catalog = catalog_for(state.metadata["category"])
        persona = Persona.model_validate(state.metadata["persona"])
        indexes = await anyio.to_thread.run_sync(category_indexes, catalog.data, options.retrieval_model)
        shopper = get_model()
        salesbot = get_model(role="salesbot", default=DEFAULT_SALESBOT)
        _check_style(options, salesbot)
        toolbox = SalesbotToolbox(
            catalog,
            indexes,
            options.retrieval_k,
            options.images,
            images_in_results=salesbot.api.tool_result_images(),
        )
        context = DialogueContext(catalog.category, persona, options.salesbot)
        with dialogue_context(context):
            await _Conversation(state, options, persona, catalog, toolbox, shopper, salesbot).run()
        return state

    return solve
