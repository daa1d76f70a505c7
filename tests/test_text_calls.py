"""Reading shopper output: reasoning, and tool calls written as text in every syntax real models use.

The appendix cases quote the SalesSim paper's transcripts (Appendix D) where the quote is short; the
open-model cases are written in each model family's own tool-call syntax.
"""

import pytest
from inspect_ai.model import ChatMessageAssistant, ContentReasoning, ContentText
from inspect_ai.tool import ToolCall

from salessim_inspect.solvers.shopper_moves import read_shopper_output
from salessim_inspect.solvers.taken_product import taken_product
from salessim_inspect.solvers.text_calls import find_text_tool_calls, scan_text, split_reasoning
from tests.support import fixture_task, run, says, scripted, transcript_of

ADD, END = "add_to_cart", "end_conversation"


def _read(text: str, **options):
    return read_shopper_output(ChatMessageAssistant(content=text), True, **options)


def _decided(move) -> tuple[str, str | None] | None:
    return (move.decision.action, move.decision.product) if move.decision else None


_MARKUP_WORDS = (
    "tool_call",
    "add_to_cart",
    "end_conversation",
    "<|",
    "[TOOL",
    "arg_key",
    "```",
    "{",
    "function",
)

# (what the shopper wrote, the decision it is read as, the words the salesbot is left with)
APPENDIX = [
    pytest.param(
        'Great! I’ll take the Standard Cloth Pintuck Sweatpant. <tool_call>{"function": "add_to_cart", '
        '"arguments": "{"product": "Standard Cloth Pintuck Sweatpant"}"}</tool_call>',
        (ADD, "Standard Cloth Pintuck Sweatpant"),
        "Great! I’ll take the Standard Cloth Pintuck Sweatpant.",
        id="chatgpt-tagged-json-nested-quotes",
    ),
    pytest.param(
        "Since you don’t have anything that fits my budget, I’ll have to keep looking elsewhere. Thank you, "
        "but I’ll head out for now. <tool_call>end_conversation</tool_call>",
        (END, None),
        "Since you don’t have anything that fits my budget, I’ll have to keep looking elsewhere. Thank you, "
        "but I’ll head out for now.",
        id="gemini-tagged-bare-name",
    ),
    pytest.param(
        "Thank you so much for understanding. I’ll keep those priorities in mind as I continue my search. "
        "I appreciate your help today! <tool_call>default_api:end_conversation{}</tool_call>",
        (END, None),
        "Thank you so much for understanding. I’ll keep those priorities in mind as I continue my search. "
        "I appreciate your help today!",
        id="gemini-tagged-default-api",
    ),
    pytest.param(
        "Hey, need a smartwatch for fitness tracking.\n<tool_call>add_to_cart(Apple Watch Series 8)</tool_call>",
        (ADD, "Apple Watch Series 8"),
        "Hey, need a smartwatch for fitness tracking.",
        id="glm-tagged-call-unquoted-argument",
    ),
    pytest.param("<tool_call>end_conversation</tool_call>", (END, None), "", id="glm-tagged-name-alone"),
    pytest.param(
        "Hey, need a laptop for freelance writing.\n<|begin_of_box|>add_to_cart\n<arg_key>product</arg_key>\n"
        "<arg_value>Basic Laptop for Freelance Writing</arg_value>\n</tool_call>",
        (ADD, "Basic Laptop for Freelance Writing"),
        "Hey, need a laptop for freelance writing.",
        id="glm-box-arg-key-value",
    ),
    pytest.param(
        "Alright, I think I’ve made up my mind. I will buy the Acer Aspire 5 Slim.\n"
        '{"function": "add_to_cart", "arguments": "{"product": "Acer Aspire 5 Slim"}"}',
        (ADD, "Acer Aspire 5 Slim"),
        "Alright, I think I’ve made up my mind. I will buy the Acer Aspire 5 Slim.",
        id="glm-bare-json-nested-quotes",
    ),
    pytest.param(
        'Great! I will take the Pebble Smartwatch Black.\n<tool_call>{"function": "add_to_cart", '
        '"arguments": "{"product": "Pebble Smartwatch Black"}"}</tool_call>',
        (ADD, "Pebble Smartwatch Black"),
        "Great! I will take the Pebble Smartwatch Black.",
        id="gemma-tagged-json-nested-quotes",
    ),
    pytest.param(
        "No, that’s alright. Thanks for everything - I’m all set. end_conversation()",
        (END, None),
        "No, that’s alright. Thanks for everything - I’m all set.",
        id="gemma-call-at-end-of-sentence",
    ),
    pytest.param("end_conversation()", (END, None), "", id="gemma-call-alone"),
    pytest.param(
        "You are absolutely right. My apologies for continuing the conversation after the user indicated "
        "they were finished. end_conversation()",
        (END, None),
        "You are absolutely right. My apologies for continuing the conversation after the user indicated "
        "they were finished.",
        id="gemma-call-after-apology",
    ),
    pytest.param(
        "Great summary — thanks for the clear, practical guidance. Based on everything reviewed, I’m confident "
        'the **Getac B360** is the best fit for my needs. {"function": "add_to_cart", "arguments": '
        '"{"product": "Getac B360"}"}',
        (ADD, "Getac B360"),
        "Great summary — thanks for the clear, practical guidance. Based on everything reviewed, I’m confident "
        "the **Getac B360** is the best fit for my needs.",
        id="qwen-bare-json-after-markdown",
    ),
    pytest.param(
        "Great! I will take the Honda Accord Hybrid. <tool_call>add_to_cart</tool_call>",
        (ADD, "Honda Accord Hybrid"),
        "Great! I will take the Honda Accord Hybrid.",
        id="qwen-argumentless-product-in-sentence",
    ),
    pytest.param(
        "Thanks! I’m set to grab the Honda Accord Hybrid. Have a great day! <tool_call>end_conversation</tool_call>",
        (END, None),
        "Thanks! I’m set to grab the Honda Accord Hybrid. Have a great day!",
        id="qwen-tagged-end-after-naming-a-product",
    ),
    pytest.param(
        "That sounds perfect. The Platinum Mixed Metal Perfect Fit Solitaire Ring aligns exactly with what I’m "
        'looking for in terms of style and budget. I’ll take it.\n<tool_call>{"function": "add_to_cart", '
        '"arguments": "{"product": "Platinum Mixed Metal Perfect Fit Solitaire Ring" }"}</tool_call>',
        (ADD, "Platinum Mixed Metal Perfect Fit Solitaire Ring"),
        "That sounds perfect. The Platinum Mixed Metal Perfect Fit Solitaire Ring aligns exactly with what I’m "
        "looking for in terms of style and budget. I’ll take it.",
        id="gemma-tagged-json-space-before-brace",
    ),
    pytest.param(
        "Great! I will take it the Destiny. <tool_call>add_to_cart</tool_call>",
        (ADD, "Destiny"),
        "Great! I will take it the Destiny.",
        id="prompt-worked-example",
    ),
]


@pytest.mark.parametrize(("text", "decision", "left"), APPENDIX)
def test_every_format_of_the_papers_transcripts_is_read_counted_and_removed(text, decision, left):
    move = _read(text)
    assert _decided(move) == decision
    assert move.decision.source == "text"
    assert move.problems and move.problems[0].startswith("tool call written as text")
    assert move.text == left


SMARTWATCH = "Garmin Venu 3 - Slate"
OPEN_MODELS = [
    pytest.param(
        f'Sounds good, I\'ll go with that one.\n<tool_call>\n{{"name": "add_to_cart", "arguments": {{"product": "{SMARTWATCH}"}}}}\n</tool_call>',
        (ADD, SMARTWATCH),
        "Sounds good, I'll go with that one.",
        id="hermes-qwen",
    ),
    pytest.param(
        '<tool_call>\n{"name": "end_conversation", "arguments": {}}\n</tool_call>',
        (END, None),
        "",
        id="hermes-empty",
    ),
    pytest.param(
        f'Perfect, that is the one.<function=add_to_cart>{{"product": "{SMARTWATCH}"}}</function>',
        (ADD, SMARTWATCH),
        "Perfect, that is the one.",
        id="llama-function-tag",
    ),
    pytest.param(
        f'<|python_tag|>{{"name": "add_to_cart", "parameters": {{"product": "{SMARTWATCH}"}}}}<|eom_id|>',
        (ADD, SMARTWATCH),
        "",
        id="llama-python-tag-json",
    ),
    pytest.param(
        f'<|python_tag|>add_to_cart.call(product="{SMARTWATCH}")',
        (ADD, SMARTWATCH),
        "",
        id="llama-python-tag-call",
    ),
    pytest.param(f'[add_to_cart(product="{SMARTWATCH}")]', (ADD, SMARTWATCH), "", id="llama-pythonic-list"),
    pytest.param(
        f'Great choice!\n\n```tool_code\nprint(default_api.add_to_cart(product="{SMARTWATCH}"))\n```',
        (ADD, SMARTWATCH),
        "Great choice!",
        id="gemma-tool-code-print",
    ),
    pytest.param(
        '```tool_code\nadd_to_cart(product_name="Levi\'s 501 Original Fit Jeans")\n```',
        (ADD, "Levi's 501 Original Fit Jeans"),
        "",
        id="gemma-tool-code-product-name-key",
    ),
    pytest.param(
        f'[TOOL_CALLS] [{{"name": "add_to_cart", "arguments": {{"product": "{SMARTWATCH}"}}}}]',
        (ADD, SMARTWATCH),
        "",
        id="mistral-old",
    ),
    pytest.param(
        f'I\'ll take it![TOOL_CALLS]add_to_cart[ARGS]{{"product": "{SMARTWATCH}"}}</s>',
        (ADD, SMARTWATCH),
        "I'll take it!",
        id="mistral-new",
    ),
    pytest.param(
        "Thanks for your help.[TOOL_CALLS]end_conversation[CALL_ID]a1B2c3D4e[ARGS]{}",
        (END, None),
        "Thanks for your help.",
        id="mistral-new-call-id",
    ),
    pytest.param(
        f'That works for me.\n{{"name": "add_to_cart", "arguments": {{"product": "{SMARTWATCH}"}}}}',
        (ADD, SMARTWATCH),
        "That works for me.",
        id="bare-json",
    ),
    pytest.param(
        '{"name": "add_to_cart", "arguments": {"product": "Levi"s 501 Original Fit Jeans"}}',
        (ADD, 'Levi"s 501 Original Fit Jeans'),
        "",
        id="json-unescaped-inner-quote",
    ),
    pytest.param(
        "{'name': 'add_to_cart', 'arguments': {'product': 'Catan Base Game'}}",
        (ADD, "Catan Base Game"),
        "",
        id="python-dict-repr",
    ),
    pytest.param(
        f'Let\'s do it.\n\n```json\n{{\n  "name": "add_to_cart",\n  "arguments": {{"product": "{SMARTWATCH}"}}\n}}\n```',
        (ADD, SMARTWATCH),
        "Let's do it.",
        id="markdown-fenced-json",
    ),
    pytest.param(
        f'{{"type": "function", "function": {{"name": "add_to_cart", "arguments": "{{\\"product\\": \\"{SMARTWATCH}\\"}}"}}}}',
        (ADD, SMARTWATCH),
        "",
        id="openai-shaped-json",
    ),
    pytest.param(
        "<｜tool▁calls▁begin｜><｜tool▁call▁begin｜>function<｜tool▁sep｜>add_to_cart\n```json\n"
        f'{{"product": "{SMARTWATCH}"}}\n```<｜tool▁call▁end｜><｜tool▁calls▁end｜>',
        (ADD, SMARTWATCH),
        "",
        id="deepseek",
    ),
    pytest.param(
        "Great.<|tool_calls_section_begin|><|tool_call_begin|>functions.add_to_cart:0<|tool_call_argument_begin|>"
        f'{{"product": "{SMARTWATCH}"}}<|tool_call_end|><|tool_calls_section_end|>',
        (ADD, SMARTWATCH),
        "Great.",
        id="kimi",
    ),
    pytest.param(
        "<|channel|>commentary to=functions.end_conversation <|constrain|>json<|message|>{}<|call|>",
        (END, None),
        "",
        id="gpt-oss-harmony",
    ),
    pytest.param(
        f"<start_function_call>call:add_to_cart{{product:<escape>{SMARTWATCH}<escape>}}<end_function_call>",
        (ADD, SMARTWATCH),
        "",
        id="function-gemma",
    ),
    pytest.param(
        f"Done.\n<tool_call>\n<function=add_to_cart>\n<parameter=product>\n{SMARTWATCH}\n</parameter>\n</function>\n</tool_call>",
        (ADD, SMARTWATCH),
        "Done.",
        id="qwen3-coder",
    ),
    pytest.param(
        f'Thought: it is in budget.\nAction: add_to_cart\nAction Input: {{"product": "{SMARTWATCH}"}}',
        (ADD, SMARTWATCH),
        "Thought: it is in budget.",
        id="react-labelled",
    ),
    pytest.param(
        f'I\'ll take it. `add_to_cart("**{SMARTWATCH}**")`',
        (ADD, SMARTWATCH),
        "I'll take it.",
        id="inline-code-markdown",
    ),
    pytest.param(
        "Okay, add_to_cart(\u201cCatan Base Game\u201d)", (ADD, "Catan Base Game"), "Okay,", id="curly-quotes"
    ),
    pytest.param("Thanks anyway!\nend_conversation", (END, None), "Thanks anyway!", id="bare-name-own-line"),
    pytest.param("Thanks anyway! **end_conversation**", (END, None), "Thanks anyway!", id="bare-name-bold"),
    pytest.param(
        'I\'ll go ahead and call add_to_cart("Catan Base Game") now.',
        (ADD, "Catan Base Game"),
        "I'll go ahead and call now.",
        id="call-narrated-in-a-sentence",
    ),
    pytest.param(
        'I\'m not keen on the others, but add_to_cart("Catan Base Game")',
        (ADD, "Catan Base Game"),
        "I'm not keen on the others, but",
        id="negation-in-an-earlier-clause",
    ),
]


@pytest.mark.parametrize(("text", "decision", "left"), OPEN_MODELS)
def test_every_open_model_syntax_is_read_counted_and_removed(text, decision, left):
    move = _read(text)
    assert _decided(move) == decision and move.decision.source == "text"
    assert move.problems[0].startswith("tool call written as text")
    assert move.text == left
    assert not any(word in move.text for word in ("<|", "[TOOL", "tool_call", "```", "<function"))


MENTIONS = [
    "maybe I'll add_to_cart later",
    "I could use end_conversation but I'd like to hear about one more option.",
    "I could use end_conversation() but I'd like to hear about one more option.",
    'Should I add_to_cart("Catan Base Game")?',
    "I won't call end_conversation() yet, tell me about the warranty.",
    'I\'ll add_to_cart("Catan Base Game") once you confirm the price.',
    "Before I add_to_cart(...), can you check stock?",
    "So end_conversation is how I leave?",
    "If nothing fits I'll just end_conversation.",
    'The spec sheet says {"name": "Garmin Venu 3", "price": 449.99}.',
    "Do you have a tool_call feature on the watch?",
]


@pytest.mark.parametrize("text", MENTIONS)
def test_prose_that_only_mentions_a_tool_is_no_decision_and_no_format_error(text):
    move = _read(text)
    assert move.decision is None and move.problems == [] and move.records == []
    assert move.text == text


LEFTOVER = [
    ("Hmm, let me think.\n<tool_call>", "<tool_call>", "Hmm, let me think."),
    ("Thanks for the details. </tool_call>", "</tool_call>", "Thanks for the details."),
    ("[TOOL_CALLS] Can you show me cheaper ones?", "[TOOL_CALLS]", "Can you show me cheaper ones?"),
    (
        "<|begin_of_box|>I need something under $300.<|end_of_box|>",
        "<|begin_of_box|>",
        "I need something under $300.",
    ),
    ("<|python_tag|>", "<|python_tag|>", ""),
    ("<tool_call>I am not sure yet which one</tool_call>", "<tool_call>", "I am not sure yet which one"),
    ("What colours? <arg_key>product</arg_key>", "<arg_key>", "What colours? product"),
    (
        "Hmm.\n```tool_code\n# still weighing the Venu against the Forerunner\n```\nAny thoughts?",
        "```tool_code",
        "Hmm.\n# still weighing the Venu against the Forerunner\n\nAny thoughts?",
    ),
]


@pytest.mark.parametrize(("text", "token", "left"), LEFTOVER)
def test_leftover_tool_markup_is_a_format_error_and_is_removed(text, token, left):
    move = _read(text)
    assert move.decision is None and move.records == []
    assert f"tool markup that could not be read: {token}" in move.problems
    assert move.text == left


LONG_MARKDOWN = """Thanks — this is really helpful. Let me weigh them against what matters to me:

**Garmin Venu 3 - Slate ($449.99)**
- ✅ AMOLED screen, 14-day battery
- ✅ works with my iPhone
- ❌ a bit over what I hoped to spend, but still under my $500 cap

**Forerunner 265**
- ✅ great GPS
- ❌ the band looks too sporty for the office

I was tempted to add_to_cart the Forerunner right away, but the Venu suits my days better.
So I'll go with the **Garmin Venu 3 - Slate**.

<tool_call>add_to_cart</tool_call>"""


def test_a_long_markdown_message_keeps_its_markdown_and_loses_only_the_call():
    move = _read(LONG_MARKDOWN)
    assert _decided(move) == (ADD, "Garmin Venu 3 - Slate")
    assert move.text == LONG_MARKDOWN.removesuffix("\n\n<tool_call>add_to_cart</tool_call>")
    assert len(move.records) == 1  # "add_to_cart the Forerunner" inside a sentence is prose


def test_a_long_message_with_a_hermes_call_in_the_middle():
    text = (
        "Okay, the **Catan Base Game** checks every box:\n\n1. 3–4 players\n2. about 60 minutes\n3. $44\n\n"
        '<tool_call>\n{"name": "add_to_cart", "arguments": {"product": "Catan Base Game"}}\n</tool_call>\n\n'
        "Thanks so much for walking me through the options!"
    )
    move = _read(text)
    assert _decided(move) == (ADD, "Catan Base Game")
    assert move.text == (
        "Okay, the **Catan Base Game** checks every box:\n\n1. 3–4 players\n2. about 60 minutes\n3. $44\n\n"
        "Thanks so much for walking me through the options!"
    )


def test_a_call_to_a_tool_the_shopper_does_not_have_is_removed_and_counted():
    move = _read(
        'Let me check. <tool_call>{"name": "lookup_product_items", "arguments": {"query": "tote"}}</tool_call>'
    )
    assert move.decision is None and move.text == "Let me check."
    assert move.records[0].function == "lookup_product_items" and move.records[0].source == "text"
    assert "unknown tool 'lookup_product_items'" in move.problems


def test_the_first_decision_of_a_message_wins():
    move = _read('add_to_cart("Catan Base Game")\n<tool_call>end_conversation</tool_call>')
    assert _decided(move) == (ADD, "Catan Base Game")
    assert move.records[1].error == "another decision was already made in this message"


# --- add_to_cart written without its argument --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Great! I will take the Honda Accord Hybrid.", "Honda Accord Hybrid"),
        ("Sounds great! Let’s go with the Hyundai Tucson Plug-In Hybrid.", "Hyundai Tucson Plug-In Hybrid"),
        ("I’ll take the **Pebble Smartwatch Black** — it fits my budget.", "Pebble Smartwatch Black"),
        (
            "I'd like to buy the Platinum Mixed Metal Perfect Fit Solitaire Ring in 18K Yellow Gold, please.",
            "Platinum Mixed Metal Perfect Fit Solitaire Ring in 18K Yellow Gold",
        ),
        ("I'll take the Nike Club Bungee Sweatpant for my weekend runs.", "Nike Club Bungee Sweatpant"),
        ("I'll go with the Levi's 501 Original Fit Jeans, thanks!", "Levi's 501 Original Fit Jeans"),
        ("I'm going with the Basic Laptop for Freelance Writing.", "Basic Laptop for Freelance Writing"),
        ("I'll take the 2025 Honda Accord Sport Hybrid (the blue one).", "2025 Honda Accord Sport Hybrid"),
        ("I will buy “Acer Aspire 5 Slim”.", "Acer Aspire 5 Slim"),
        ("i'll take the honda accord hybrid please", "honda accord hybrid"),
        (
            "The Ioniq 6 is too dear. I won't take the Ioniq 6; I'll take the Honda Accord Hybrid instead.",
            "Honda Accord Hybrid",
        ),
        # Names nothing: a pronoun, an undecided object, a question, a negation.
        ("The Pebble is fine. I’ll take it.", None),
        ("I will take the Pebble or the Apple Watch.", None),
        ("Should I get the Pebble Smartwatch Black?", None),
        ("I won't take the Apple Watch Ultra 3.", None),
        ("Thanks for all the help!", None),
    ],
)
def test_the_product_a_shopper_says_it_takes(text, product):
    assert taken_product(text) == product


def _named(catalog: list[str]):
    return lambda text: [name for name in catalog if name in text]


def test_an_argumentless_add_to_cart_falls_back_on_the_one_product_its_message_names():
    text = "The Canvas Market Tote is exactly right. I'll take it! <tool_call>add_to_cart</tool_call>"
    move = _read(text, products_named=_named(["Canvas Market Tote", "Heritage Leather Tote"]))
    assert _decided(move) == (ADD, "Canvas Market Tote")
    assert (
        "add_to_cart written without a product; took 'Canvas Market Tote' from the message" in move.problems
    )


def test_an_argumentless_add_to_cart_that_names_no_single_product_decides_nothing():
    text = (
        "Both the Canvas Market Tote and the Heritage Leather Tote look good. I'll take it. "
        "<tool_call>add_to_cart</tool_call>"
    )
    move = _read(text, products_named=_named(["Canvas Market Tote", "Heritage Leather Tote"]))
    assert move.decision is None
    assert (
        "add_to_cart written without a product, and the message does not say which one it takes"
        in move.problems
    )
    assert move.text.endswith("I'll take it.")
    # Without a catalog to ask, a pronoun alone names nothing either.
    assert _read("I'll take it. <tool_call>add_to_cart</tool_call>").decision is None


def test_a_native_add_to_cart_must_still_name_its_product():
    message = ChatMessageAssistant(
        content="I will take the Canvas Market Tote.",
        tool_calls=[ToolCall(id="a", function=ADD, arguments={})],
    )
    move = read_shopper_output(message, True)
    assert move.decision is None and move.problems == ["add_to_cart called without a product"]
    assert move.call_errors == {"a": "add_to_cart called without a product"}


# --- reasoning, native calls, and acting ----------------------------------------------------------


def test_find_text_tool_calls_returns_the_calls_and_the_rest():
    calls, rest = find_text_tool_calls('I will take it. add_to_cart("Canvas Market Tote")')
    assert [(c.function, c.arguments, c.syntax) for c in calls] == [
        (ADD, {"product": "Canvas Market Tote"}, "python_call")
    ]
    assert rest == "I will take it."
    assert scan_text("Hi there.").calls == []


def test_reasoning_is_separated_from_what_the_salesbot_sees():
    visible, reasoning = split_reasoning("<reasoning>Over budget, so no.</reasoning>Anything cheaper?")
    assert (visible, reasoning) == ("Anything cheaper?", "Over budget, so no.")
    assert split_reasoning("<think>half a thought") == ("", "half a thought")
    assert split_reasoning("planned</reasoning>Hi") == ("Hi", "planned")
    assert split_reasoning("Just words.") == ("Just words.", None)


def test_calls_inside_reasoning_are_not_acted_on():
    message = ChatMessageAssistant(
        content='<reasoning>maybe add_to_cart("Canvas Market Tote")</reasoning>Tell me more.'
    )
    move = read_shopper_output(message, act_on_text_tool_calls=True)
    assert move.decision is None and move.problems == [] and move.text == "Tell me more."


def test_native_reasoning_is_kept_as_reasoning():
    message = ChatMessageAssistant(
        content=[ContentReasoning(reasoning="cheap enough"), ContentText(text="Hi")]
    )
    move = read_shopper_output(message, act_on_text_tool_calls=True)
    assert (move.text, move.reasoning) == ("Hi", "cheap enough")


def test_malformed_native_calls_are_format_problems_and_not_decisions():
    message = ChatMessageAssistant(
        content="",
        tool_calls=[
            ToolCall(id="a", function="add_to_cart", arguments={}),
            ToolCall(id="b", function="checkout", arguments={}),
            ToolCall(id="c", function="add_to_cart", arguments={}, parse_error="bad JSON"),
        ],
    )
    move = read_shopper_output(message, act_on_text_tool_calls=True)
    assert move.decision is None
    assert len(move.problems) == 3 and set(move.call_errors) == {"a", "b", "c"}


def test_a_clean_native_call_is_no_format_problem():
    message = ChatMessageAssistant(
        content="I'll take it.",
        tool_calls=[ToolCall(id="a", function=ADD, arguments={"product": "Canvas Market Tote"})],
    )
    move = read_shopper_output(message, act_on_text_tool_calls=True)
    assert _decided(move) == (ADD, "Canvas Market Tote") and move.decision.source == "native"
    assert move.problems == [] and move.text == "I'll take it."


def test_text_calls_can_be_recorded_without_acting():
    message = ChatMessageAssistant(content='add_to_cart("Canvas Market Tote")')
    acted = read_shopper_output(message, act_on_text_tool_calls=True)
    assert acted.decision is not None and acted.decision.source == "text"
    assert acted.decision.product == "Canvas Market Tote"
    ignored = read_shopper_output(message, act_on_text_tool_calls=False)
    assert ignored.decision is None and ignored.problems and ignored.records[0].source == "text"


# --- in a conversation -----------------------------------------------------------------------------


def test_a_conversation_acts_on_text_calls_and_the_salesbot_never_sees_markup(fixture_data):
    from salessim_inspect.data.names import CatalogNames
    from salessim_inspect.scorers.tool_metrics import tool_use_values

    seen_by_salesbot: list[str] = []

    def salesbot(input, tools, tool_choice, config):
        seen_by_salesbot.append(input[-1].text)
        return says("The **Canvas Market Tote** is $24 and roomy; the Heritage Leather Tote is $149.")

    shopper = scripted(
        [
            says("I need a tote for class, under $40. </tool_call>"),
            says("The Canvas Market Tote sounds right. I'll take it!\n<tool_call>add_to_cart</tool_call>"),
        ]
    )
    task = fixture_task(fixture_data, feasible="infeasible")
    log = run(task, shopper=shopper, salesbot=scripted(salesbot))
    assert log.status == "success", log.error
    transcript = transcript_of(log.samples[0])
    assert transcript.decision.model_dump() == {
        "action": "add_to_cart",
        "product": "Canvas Market Tote",
        "turn": 1,
        "source": "text",
    }
    assert seen_by_salesbot == ["I need a tote for class, under $40."]
    first, second = transcript.shopper_turns()
    assert first.format_problems == ["tool markup that could not be read: </tool_call>"]
    assert second.text == "The Canvas Market Tote sounds right. I'll take it!"
    values, problems = tool_use_values(transcript, CatalogNames(p.name for p in fixture_data.products))
    assert values["format_error"] == 1 and len(problems) >= 3
