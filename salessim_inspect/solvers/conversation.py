"""The shopping conversation (ARCHITECTURE.md §3): the salesbot opens, then shopper and salesbot take
turns until the shopper decides or runs out of turns. Every turn reaches the transcript in the sample
store as soon as it is complete, because Inspect may stop the solver at a limit anywhere.
"""

import anyio
from inspect_ai.model import (
    ChatMessage,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
    Model,
    ModelOutput,
    get_model,
)
from inspect_ai.solver import Generate, Solver, TaskState, solver
from inspect_ai.tool import Tool, ToolCallError
from inspect_ai.util import LimitExceededError
from pydantic import BaseModel, Field

from salessim_inspect.catalog import Catalog, catalog_for
from salessim_inspect.data.models import Persona
from salessim_inspect.retrieval import DEFAULT_RETRIEVAL_MODEL, category_indexes
from salessim_inspect.solvers.shopper_moves import ShopperMove, read_shopper_output
from salessim_inspect.solvers.system_prompts import (
    PromptStyle,
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


class ConversationOptions(BaseModel):
    """Options of the conversation (validated by the task before anything is loaded)."""

    max_turns: int = Field(default=16, ge=1)
    prompt: PromptStyle = "reasoning"
    images: bool = True
    retrieval_model: str = Field(default=DEFAULT_RETRIEVAL_MODEL, min_length=1)
    retrieval_k: int = Field(default=4, ge=1)
    act_on_text_tool_calls: bool = True
    max_tool_rounds: int = Field(default=4, ge=0)


class _Conversation:
    """The state of one sample's dialogue: both speakers' views, the store transcript and the log view."""

    def __init__(
        self,
        state: TaskState,
        options: ConversationOptions,
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
        self.salesbot = salesbot
        self.transcript = TranscriptRecorder(
            state.store, shopper_model=str(shopper), salesbot_model=str(salesbot)
        )
        persona = Persona.model_validate(state.metadata["persona"])
        shopper_prompt = shopper_system_prompt(
            persona, catalog.category, catalog.data.domain_knowledge, options.prompt
        )
        self.shopper_view: list[ChatMessage] = [ChatMessageSystem(content=shopper_prompt)]
        self.salesbot_view: list[ChatMessage] = [
            ChatMessageSystem(content=salesbot_system_prompt(catalog.category))
        ]
        self.shopper_tools: list[Tool] = shopper_tools()
        self.salesbot_tools: list[Tool] = toolbox.tools()
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

    async def _shopper_output(self) -> tuple[ModelOutput, ShopperMove]:
        output = await self.shopper.generate(self.shopper_view, tools=self.shopper_tools)
        move = read_shopper_output(output.message, self.options.act_on_text_tool_calls)
        if move.empty:
            # One retry: empty outputs are often transient (a filtered or truncated response).
            output = await self.shopper.generate(self.shopper_view, tools=self.shopper_tools)
            move = read_shopper_output(output.message, self.options.act_on_text_tool_calls)
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
        self.salesbot_view.append(shopper_turn_for_salesbot(turn))
        return False

    async def _salesbot_generate(self, last_round: bool) -> ModelOutput:
        return await self.salesbot.generate(
            self.salesbot_view,
            tools=self.salesbot_tools,
            tool_choice="none" if last_round else "auto",
        )

    async def salesbot_turn(self) -> None:
        """One salesbot turn: up to `max_tool_rounds` rounds of lookups, then a reply to the shopper."""
        records: list[ToolCallRecord] = []
        retrieved: list[str] = []
        problems: list[str] = []
        rounds = 0
        retried = False
        while True:
            last_round = rounds >= self.options.max_tool_rounds
            output = await self._salesbot_generate(last_round)
            message = output.message
            if message.tool_calls and not last_round:
                rounds += 1
                self.salesbot_view.append(message)
                for call in message.tool_calls:
                    outcome = await self.toolbox.call(call)
                    record = ToolCallRecord(
                        function=call.function,
                        arguments=dict(call.arguments or {}),
                        result=None if outcome.error else outcome.text,
                        error=outcome.error,
                    )
                    records.append(record)
                    retrieved.extend(n for n in outcome.retrieved if n not in retrieved)
                    self.salesbot_view.append(
                        ChatMessageTool(
                            content=outcome.content,
                            tool_call_id=call.id,
                            function=call.function,
                            error=ToolCallError(outcome.error_type, outcome.error) if outcome.error else None,
                        )
                    )
                    self.state.messages.append(readable_lookup(record, outcome.retrieved))
                continue
            if message.tool_calls:
                problems.append(
                    f"tool calls after {self.options.max_tool_rounds} lookup rounds were ignored: "
                    + ", ".join(call.function for call in message.tool_calls)
                )
                message = message.model_copy(update={"tool_calls": None})
            text, _ = split_reasoning(message.text or "")
            if not text and not retried:
                retried = True
                continue
            break
        empty = not text
        turn = self._record(
            Turn(
                index=self._next_index(),
                speaker="salesbot",
                text=text,
                tool_calls=records,
                products_retrieved=retrieved,
                products_named=self.catalog.mentions(text, prefer=self._retrieved_so_far() + retrieved),
                format_problems=problems,
                empty=empty,
            )
        )
        if not empty:
            self.salesbot_view.append(message)
        self.shopper_view.append(salesbot_turn_for_shopper(turn, self.catalog, self.options.images))
        self.state.messages.append(readable_salesbot_turn(text))

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


@solver
def shopping_conversation(
    max_turns: int = 16,
    prompt: PromptStyle = "reasoning",
    images: bool = True,
    retrieval_model: str = DEFAULT_RETRIEVAL_MODEL,
    retrieval_k: int = 4,
    act_on_text_tool_calls: bool = True,
    max_tool_rounds: int = 4,
) -> Solver:
    """The shopper (the evaluated model) talks with the salesbot (model role `salesbot`) until it decides.

    The sample's metadata names its `category` (whose catalog must be registered with
    `salessim_inspect.catalog.register_catalog` or be packaged) and carries the `persona` record.

    Args:
        max_turns: Most shopper turns before the dialogue ends undecided.
        prompt: Shopper prompt style: "reasoning", "basic" or "human_steering".
        images: Attach product images to lookups (salesbot) and to named products (shopper).
        retrieval_model: sentence-transformers model of the lookups.
        retrieval_k: Results per lookup.
        act_on_text_tool_calls: Act on decisions the shopper writes as text instead of calling the tool.
        max_tool_rounds: Most rounds of lookups the salesbot may make before each reply.
    """
    options = ConversationOptions(
        max_turns=max_turns,
        prompt=prompt,
        images=images,
        retrieval_model=retrieval_model,
        retrieval_k=retrieval_k,
        act_on_text_tool_calls=act_on_text_tool_calls,
        max_tool_rounds=max_tool_rounds,
    )

    async def solve(state: TaskState, generate: Generate) -> TaskState:
        catalog = catalog_for(state.metadata["category"])
        indexes = await anyio.to_thread.run_sync(category_indexes, catalog.data, options.retrieval_model)
        toolbox = SalesbotToolbox(catalog, indexes, options.retrieval_k, options.images)
        shopper = get_model()
        salesbot = get_model(role="salesbot", default=DEFAULT_SALESBOT)
        await _Conversation(state, options, catalog, toolbox, shopper, salesbot).run()
        return state

    return solve
