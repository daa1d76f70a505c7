"""The conversation solver, with scripted models in each role (mockllm custom outputs) on the fixture."""

from inspect_ai.model import ChatMessageTool, ChatMessageUser, ContentImage

from salessim_inspect.salesbots.agent import PICTURES_NOTE
from salessim_inspect.solvers.system_prompts import opening_line
from tests.support import calls, fixture_task, run, says, scripted, transcript_of


def _sample(log):
    assert log.status == "success", log.error
    (sample,) = log.samples
    return sample


def _task(data, **options):
    options.setdefault(
        "feasible", "infeasible"
    )  # one persona: bags-003, a tote under $40 with a laptop sleeve
    return fixture_task(data, **options)


def test_offline_agents_decide_and_everything_is_recorded(fixture_data):
    log = run(fixture_task(fixture_data, feasible="feasible", per_category=None))
    assert log.status == "success"
    for sample in log.samples:
        transcript = transcript_of(sample)
        assert transcript.ended_by == "decision" and transcript.decision is not None
        assert transcript.shopper_model == "salessim/heuristic-shopper"
        assert transcript.salesbot_model == "salessim/catalog-salesbot"
        assert transcript.turns[0].speaker == "salesbot" and transcript.turns[0].text == opening_line()
        assert [t.index for t in transcript.turns] == list(range(len(transcript.turns)))
        lookups = [t for t in transcript.salesbot_turns() if t.products_retrieved]
        assert lookups and set(lookups[0].products_named) <= set(lookups[0].products_retrieved)
        # The readable dialogue: the shopper's prompt, the greeting, then the turns as they happened.
        assert sample.messages[0].role == "system" and "Shopping for: backpack" in sample.messages[0].text
        assert sample.messages[1].text == f"Salesbot: {opening_line()}"
        assert any(
            m.role == "user" and m.text.startswith("Salesbot looked up lookup_product_items")
            for m in sample.messages
        )


def test_a_decision_in_the_first_turn_is_recorded(fixture_data):
    sample = _sample(run(_task(fixture_data), shopper=scripted([calls("end_conversation")])))
    transcript = transcript_of(sample)
    assert transcript.decision.action == "end_conversation" and transcript.decision.turn == 0
    assert transcript.ended_by == "decision" and len(transcript.turns) == 2


def test_text_written_tool_calls_are_acted_on_and_counted(fixture_data):
    shopper = scripted(
        [says("Hi, I need a tote for class."), says('Great. add_to_cart("Canvas Market Tote")')]
    )
    transcript = transcript_of(_sample(run(_task(fixture_data), shopper=shopper)))
    assert transcript.decision.model_dump() == {
        "action": "add_to_cart",
        "product": "Canvas Market Tote",
        "turn": 1,
        "source": "text",
    }
    last = transcript.shopper_turns()[-1]
    assert last.text == "Great." and last.format_problems and last.tool_calls[0].source == "text"


def test_text_written_tool_calls_can_be_left_unacted(fixture_data):
    shopper = scripted([says('add_to_cart("Canvas Market Tote")'), says("Hmm."), says("Still thinking.")])
    task = _task(fixture_data, act_on_text_tool_calls=False, max_turns=3)
    transcript = transcript_of(_sample(run(task, shopper=shopper)))
    assert transcript.decision is None and transcript.ended_by == "max_turns"
    assert transcript.shopper_turns()[0].format_problems


def test_empty_output_is_retried_once_then_recorded(fixture_data):
    shopper = scripted([says(""), says(""), says(""), says("A tote, please."), calls("end_conversation")])
    transcript = transcript_of(_sample(run(_task(fixture_data), shopper=shopper)))
    first, second, third = transcript.shopper_turns()
    assert first.empty and first.text == ""
    assert not second.empty and second.text == "A tote, please."  # its first try was empty, the retry was not
    assert third.tool_calls[0].function == "end_conversation" and transcript.ended_by == "decision"


def test_a_shopper_that_never_decides_runs_out_of_turns(fixture_data):
    shopper = scripted(lambda input, tools, tool_choice, config: says("Tell me more."))
    transcript = transcript_of(_sample(run(_task(fixture_data, max_turns=3), shopper=shopper)))
    assert transcript.ended_by == "max_turns" and transcript.decision is None
    assert [t.speaker for t in transcript.turns] == [
        "salesbot",
        "shopper",
        "salesbot",
        "shopper",
        "salesbot",
        "shopper",
    ]


def test_a_salesbot_calling_an_unknown_tool_gets_an_error_and_carries_on(fixture_data):
    salesbot = scripted([calls("search_web", query="tote"), says("We have the Canvas Market Tote at $24.")])
    shopper = scripted([says("A tote, please."), calls("add_to_cart", product="Canvas Market Tote")])
    transcript = transcript_of(_sample(run(_task(fixture_data), shopper=shopper, salesbot=salesbot)))
    reply = transcript.turns[2]
    assert reply.speaker == "salesbot" and "search_web not found" in reply.tool_calls[0].error
    assert reply.products_named == ["Canvas Market Tote"] and reply.products_retrieved == []
    assert transcript.decision.product == "Canvas Market Tote"


def test_salesbot_lookup_rounds_are_bounded(fixture_data):
    salesbot = scripted(
        lambda input, tools, tool_choice, config: calls(
            "lookup_product_items", text="One moment.", query="tote"
        )
    )
    shopper = scripted([says("A tote, please."), calls("end_conversation")])
    transcript = transcript_of(
        _sample(run(_task(fixture_data, max_tool_rounds=2), shopper=shopper, salesbot=salesbot))
    )
    reply = transcript.turns[2]
    assert len(reply.tool_calls) == 2 and reply.text == "One moment."
    assert reply.format_problems and "ignored" in reply.format_problems[0]


def test_reasoning_stays_private_and_images_reach_the_shopper(fixture_data):
    seen_by_salesbot: list[str] = []
    seen_by_shopper = []

    def salesbot(input, tools, tool_choice, config):
        seen_by_salesbot.extend(m.text for m in input)
        return says("Try the Metro Commuter Laptop Backpack at $64.50.")

    def shopper(input, tools, tool_choice, config):
        seen_by_shopper.append(list(input))
        if len(seen_by_shopper) == 1:
            return says("<reasoning>secret budget plan</reasoning>I need a backpack.")
        return calls("end_conversation")

    task = fixture_task(fixture_data, feasible="feasible", per_category=1)
    transcript = transcript_of(_sample(run(task, shopper=scripted(shopper), salesbot=scripted(salesbot))))
    assert transcript.shopper_turns()[0].reasoning == "secret budget plan"
    assert transcript.shopper_turns()[0].text == "I need a backpack."
    assert not any("secret" in text for text in seen_by_salesbot)
    last_salesbot_message = seen_by_shopper[1][-1]
    assert isinstance(last_salesbot_message, ChatMessageUser)
    assert any(isinstance(c, ContentImage) for c in last_salesbot_message.content)


def test_images_can_be_turned_off(fixture_data):
    seen_by_shopper = []

    def shopper(input, tools, tool_choice, config):
        seen_by_shopper.append(list(input))
        return says("I need a backpack.") if len(seen_by_shopper) == 1 else calls("end_conversation")

    task = fixture_task(fixture_data, feasible="feasible", per_category=1, images=False)
    _sample(run(task, shopper=scripted(shopper)))
    assert isinstance(seen_by_shopper[1][-1].content, str)


def test_malformed_native_decisions_are_answered_and_the_dialogue_continues(fixture_data):
    seen = []

    def shopper(input, tools, tool_choice, config):
        seen.append(list(input))
        return [calls("add_to_cart"), says("Sorry, which one?"), calls("end_conversation")][len(seen) - 1]

    transcript = transcript_of(_sample(run(_task(fixture_data), shopper=scripted(shopper))))
    first = transcript.shopper_turns()[0]
    assert first.format_problems == ["add_to_cart called without a product"]
    assert any(isinstance(m, ChatMessageTool) and m.error for m in seen[1])
    assert transcript.decision.action == "end_conversation" and transcript.decision.turn == 2


def test_a_limit_leaves_the_transcript_so_far(fixture_data):
    shopper = scripted(lambda input, tools, tool_choice, config: says("Tell me more."))
    log = run(_task(fixture_data), shopper=shopper, message_limit=6)
    transcript = transcript_of(log.samples[0])
    assert transcript.ended_by == "limit" and transcript.decision is None
    assert len(transcript.shopper_turns()) >= 2


def test_lookups_are_inspect_tool_events_in_the_log(fixture_data, tmp_path):
    """The salesbot is an Inspect agent: its lookups run through Inspect and are logged as tool events."""
    from inspect_ai.event import ToolEvent
    from inspect_ai.log import read_eval_log

    log = run(fixture_task(fixture_data, feasible="feasible", per_category=1), log_dir=tmp_path)
    sample = read_eval_log(log.location).samples[0]
    events = [e for e in sample.events if isinstance(e, ToolEvent)]
    assert events and {e.function for e in events} <= {"lookup_product_items", "lookup_buying_guide"}
    lookup = events[0]
    assert lookup.arguments["query"] and not lookup.error
    transcript = transcript_of(sample)
    recorded = [call for turn in transcript.salesbot_turns() for call in turn.tool_calls]
    assert [(c.function, c.arguments) for c in recorded] == [(e.function, e.arguments) for e in events]


def test_each_picture_reaches_each_side_once(fixture_data):
    """A product named or retrieved again is not attached again: requests stop growing with old pictures."""
    seen_by_shopper = []
    seen_by_salesbot = []

    def salesbot(input, tools, tool_choice, config):
        seen_by_salesbot.append(list(input))
        asked = sum(1 for m in input if m.role == "user" and "Pictures" not in m.text)
        if input[-1].role == "user" and asked <= 3 and tool_choice != "none":
            return calls("lookup_product_items", call_id=f"look-{asked}", query="backpack for a laptop")
        return says("The Metro Commuter Laptop Backpack at $64.50 is still my pick.")

    def shopper(input, tools, tool_choice, config):
        seen_by_shopper.append(list(input))
        return says("Tell me more.") if len(seen_by_shopper) < 4 else calls("end_conversation")

    task = fixture_task(fixture_data, feasible="feasible", per_category=1)
    _sample(run(task, shopper=scripted(shopper), salesbot=scripted(salesbot)))

    def pictures(messages):
        return sum(
            isinstance(c, ContentImage) for m in messages if not isinstance(m.content, str) for c in m.content
        )

    # The shopper sees the same product named three times, with its picture only the first time.
    assert [pictures(view) for view in seen_by_shopper[1:]] == [1, 1, 1]
    # The salesbot looks the same query up three times; the pictures of its results come once, in a message
    # labelled as the store's (mockllm cannot take pictures inside tool results).
    last = seen_by_salesbot[-1]
    assert sum(m.role == "tool" for m in last) >= 3
    notes = [m for m in last if m.role == "user" and m.text.startswith(PICTURES_NOTE)]
    assert len(notes) == 1 and pictures(notes) == pictures(last) > 0
