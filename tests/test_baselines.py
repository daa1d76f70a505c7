"""The offline agents as model providers: deterministic, no network, usage filled in."""

import pytest
from inspect_ai.model import (
    ChatMessageAssistant,
    ChatMessageSystem,
    ChatMessageTool,
    ChatMessageUser,
    get_model,
)

from salessim_inspect.catalog import register_catalog
from salessim_inspect.retrieval import category_indexes
from salessim_inspect.solvers.context import DialogueContext, dialogue_context
from salessim_inspect.solvers.system_prompts import (
    opening_line,
    salesbot_system_prompt,
    shopper_system_prompt,
)
from salessim_inspect.solvers.tools import SalesbotToolbox, shopper_tools


def _shopper_prompt(data, persona_id="bags-002"):
    persona = next(p for p in data.personas if p.id == persona_id)
    return ChatMessageSystem(
        content=shopper_system_prompt(persona, data.category, data.domain_knowledge, "basic")
    )


def _context(data, persona_id="bags-002", style="honest"):
    persona = next(p for p in data.personas if p.id == persona_id)
    return dialogue_context(DialogueContext(data.category, persona, style))


async def _reply(model_name, messages, tools=None):
    return await get_model(model_name).generate(
        messages, tools=tools if tools is not None else shopper_tools()
    )


@pytest.fixture
def in_dialogue(fixture_data):
    """The baselines read the persona from the dialogue's context, as the conversation sets it."""
    with _context(fixture_data):
        yield


async def test_unknown_agent_lists_the_agents():
    with pytest.raises(ValueError, match="salessim/catalog-salesbot, salessim/accept-first"):
        get_model("salessim/nobody")


async def test_heuristic_shopper_reveals_needs_a_little_at_a_time(fixture_data, in_dialogue):
    history = [_shopper_prompt(fixture_data), ChatMessageUser(content=opening_line())]
    first = await _reply("salessim/heuristic-shopper", history)
    assert first.completion == "Hi! I'm looking for a backpack." and first.usage.total_tokens > 0
    history += [first.message, ChatMessageUser(content="What is your budget?")]
    second = await _reply("salessim/heuristic-shopper", history)
    assert second.completion == "My budget is $50 at most."


async def test_heuristic_shopper_rejects_wrong_type_and_over_budget_then_buys(fixture_data, in_dialogue):
    history = [_shopper_prompt(fixture_data), ChatMessageUser(content=opening_line())]
    history += [ChatMessageAssistant(content="Hi!")]
    history += [ChatMessageUser(content="Try the Canvas Market Tote or the Trailhead 30L Hiking Backpack.")]
    reply = await _reply("salessim/heuristic-shopper", history)
    assert not reply.message.tool_calls
    assert "The Canvas Market Tote isn't a backpack." in reply.completion
    assert "The Trailhead 30L Hiking Backpack is over my budget." in reply.completion
    history += [reply.message, ChatMessageUser(content="Then the Campus Classic Backpack, $39.99.")]
    buy = await _reply("salessim/heuristic-shopper", history)
    (call,) = buy.message.tool_calls
    assert (call.function, call.arguments) == ("add_to_cart", {"product": "Campus Classic Backpack"})


async def test_accept_first_and_walk_away(fixture_data, in_dialogue):
    history = [
        _shopper_prompt(fixture_data),
        ChatMessageUser(content=opening_line()),
        ChatMessageAssistant(content="Hi"),
    ]
    history.append(ChatMessageUser(content="The Heritage Leather Tote is lovely."))
    accept = await _reply("salessim/accept-first", history)
    assert accept.message.tool_calls[0].arguments == {"product": "Heritage Leather Tote"}
    leave = await _reply("salessim/walk-away", history)
    assert leave.message.tool_calls[0].function == "end_conversation"


async def test_a_baseline_outside_a_conversation_says_so():
    with pytest.raises(RuntimeError, match="salessim/walk-away plays a part in a SalesSim conversation"):
        await _reply("salessim/walk-away", [ChatMessageUser(content="hello")])


async def test_baselines_ignore_prompt_wording(fixture_data, in_dialogue):
    """Structured persona, not prompt parsing: a rewritten prompt changes nothing."""
    history = [ChatMessageSystem(content="You are a shopper."), ChatMessageUser(content=opening_line())]
    first = await _reply("salessim/heuristic-shopper", history)
    assert first.completion == "Hi! I'm looking for a backpack."


async def test_catalog_salesbot_searches_with_the_shoppers_words_then_recommends(fixture_data, in_dialogue):
    toolbox = SalesbotToolbox(register_catalog(fixture_data), category_indexes(fixture_data), 4, False)
    tools = toolbox.tools()
    history = [
        ChatMessageSystem(content=salesbot_system_prompt(fixture_data.category)),
        ChatMessageUser(content="I want a laptop backpack for my commute."),
    ]
    search = await _reply("salessim/catalog-salesbot", history, tools)
    (call,) = search.message.tool_calls
    assert call.function == "lookup_product_items" and call.arguments == {
        "query": "I want a laptop backpack for my commute."
    }
    content = await toolbox.lookup_products(call.arguments["query"])
    retrieved = toolbox.lookups[(call.function, call.arguments["query"])].retrieved
    history += [
        search.message,
        ChatMessageTool(content=content, tool_call_id=call.id, function=call.function),
    ]
    answer = await _reply("salessim/catalog-salesbot", history, tools)
    named = toolbox.catalog.mentions(answer.completion)
    assert named and set(named) <= set(retrieved)  # never a product the lookup did not return
    assert "$" in answer.completion
    history += [answer.message, ChatMessageUser(content=f"Is the {named[0]} water resistant?")]
    details = await _reply("salessim/catalog-salesbot", history, tools)
    assert not details.message.tool_calls and fixture_data.product(named[0]).description in details.completion


async def test_latency_model_arg():
    model = get_model("salessim/walk-away", latency=0.01)
    assert model.api.latency == 0.01


def test_catalog_salesbot_reads_the_dialogue_back_from_its_messages(fixture_data):
    """Pictures sent by the store, failed lookups and its own earlier replies are told apart from the
    shopper's words; the products it named last are known (the persuasive style returns to them)."""
    from inspect_ai.model import ContentText
    from inspect_ai.tool import ToolCall, ToolCallError, ToolInfo

    from salessim_inspect.baselines.salesbot_turn import read_turn
    from salessim_inspect.salesbots.agent import PICTURES_NOTE

    catalog = register_catalog(fixture_data)
    history = [
        ChatMessageSystem(content=salesbot_system_prompt(fixture_data.category)),
        ChatMessageUser(content="I need a backpack under $50."),
        ChatMessageAssistant(
            content="",
            tool_calls=[ToolCall(id="a", function="lookup_product_items", arguments={"query": "q1"})],
        ),
        ChatMessageTool(
            content='Top 1 products for "q1":\n\n1. Campus Classic Backpack\n   Price: $39.99',
            tool_call_id="a",
            function="lookup_product_items",
        ),
        ChatMessageUser(
            content=[ContentText(text=PICTURES_NOTE), ContentText(text="Campus Classic Backpack")]
        ),
        ChatMessageAssistant(content="Try the Campus Classic Backpack at $39.99."),
        ChatMessageUser(content="Anything with a laptop sleeve?"),
        ChatMessageAssistant(
            content="",
            tool_calls=[ToolCall(id="b", function="lookup_product_items", arguments={"query": "q2"})],
        ),
        ChatMessageTool(
            content="1. Heritage Leather Tote",
            tool_call_id="b",
            function="lookup_product_items",
            error=ToolCallError("unknown", "failed"),
        ),
    ]
    lookup = ToolInfo(name="lookup_product_items", description="Search the catalog.")
    turn = read_turn(history, [lookup], "auto", catalog)
    assert turn.shopper_messages == ("I need a backpack under $50.", "Anything with a laptop sleeve?")
    assert turn.shown == ("Campus Classic Backpack",) and turn.last_named == ("Campus Classic Backpack",)
    assert turn.queries == ("q2",) and turn.found == ()  # this turn's lookup failed
    assert [p.name for p in turn.retrieved] == ["Campus Classic Backpack"] and turn.replies == 1
    assert turn.can_search and turn.needs.budget == 50
    assert not read_turn(history, [], "auto", catalog).can_search


async def test_catalog_salesbot_plays_the_dialogues_style(fixture_data):
    """The style comes from the dialogue's context: the same words get an honest or an upselling answer."""
    toolbox = SalesbotToolbox(register_catalog(fixture_data), category_indexes(fixture_data), 4, False)
    answers = {}
    for style in ("honest", "upsell"):
        history = [
            ChatMessageSystem(content=salesbot_system_prompt(fixture_data.category, style)),
            ChatMessageUser(content="I'm looking for a backpack, $50 max."),
        ]
        with _context(fixture_data, style=style):
            for _ in range(6):
                output = await _reply("salessim/catalog-salesbot", history, toolbox.tools())
                history.append(output.message)
                if not output.message.tool_calls:
                    break
                for call in output.message.tool_calls:
                    content = await toolbox.lookup_products(call.arguments["query"])
                    history.append(
                        ChatMessageTool(content=content, tool_call_id=call.id, function=call.function)
                    )
        answers[style] = [fixture_data.product(n).price for n in toolbox.catalog.mentions(output.completion)]
    assert answers["honest"] and max(answers["honest"]) <= 50
    assert answers["upsell"] and min(answers["upsell"]) > 50
