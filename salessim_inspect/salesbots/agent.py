"""The salesbot's turn as an Inspect agent: lookups through Inspect's tool execution, then a reply.

Each call of the agent is one salesbot turn. It may make up to `max_tool_rounds` rounds of lookups (run by
`execute_tools`, so each is a tool event in the log), then must answer the customer: on the last round tools
are switched off. An empty reply is retried once. The agent's messages are the salesbot's own view of the
dialogue; the conversation reads the turn back from the messages it added.
"""

from inspect_ai.agent import Agent, AgentState, agent
from inspect_ai.model import (
    ChatMessageAssistant,
    ChatMessageUser,
    ContentImage,
    ContentText,
    Model,
    execute_tools,
)

from salessim_inspect.solvers.text_calls import split_reasoning
from salessim_inspect.solvers.tools import SalesbotToolbox

# Where the provider cannot put pictures into a tool result, they follow the results in a message that
# says where they come from, so the salesbot does not read them as the customer speaking.
PICTURES_NOTE = "[Store system, not the customer] Pictures of the products in the lookup results above:"


@agent(name="salesbot", description="The store's sales assistant: looks products up and recommends.")
def salesbot_agent(model: Model, toolbox: SalesbotToolbox, max_tool_rounds: int) -> Agent:
    """One salesbot turn.

    Args:
        model: The salesbot's model (role `salesbot`).
        toolbox: The dialogue's lookups (`lookup_product_items`, `lookup_buying_guide`).
        max_tool_rounds: Most rounds of lookups before the reply.
    """
    tools = toolbox.tools()

    async def execute(state: AgentState) -> AgentState:
        rounds = 0
        retried = False
        while True:
            last_round = rounds >= max_tool_rounds
            output = await model.generate(
                state.messages, tools=tools, tool_choice="none" if last_round else "auto"
            )
            message = output.message
            if message.tool_calls and not last_round:
                rounds += 1
                state.messages.append(message)
                result = await execute_tools(state.messages, tools)
                state.messages.extend(result.messages)
                pictures = toolbox.take_pending_pictures()
                if pictures:
                    content: list[ContentText | ContentImage] = [ContentText(text=PICTURES_NOTE)]
                    for name, image in pictures:
                        content += [ContentText(text=name), ContentImage(image=image)]
                    state.messages.append(ChatMessageUser(content=content))
                continue
            if message.tool_calls:
                # Tools were switched off for this round; a model that calls one anyway is not obeyed.
                message = message.model_copy(update={"tool_calls": None})
            text, _ = split_reasoning(message.text or "")
            if not text and not retried:
                retried = True
                continue
            state.output = output
            if text:
                state.messages.append(message)
            return state

    return execute


def reply_of(state: AgentState) -> ChatMessageAssistant | None:
    """The salesbot's reply in a state its agent returned (None if it said nothing)."""
    last = state.messages[-1] if state.messages else None
    return last if isinstance(last, ChatMessageAssistant) and not last.tool_calls else None
