"""Salesbot styles: the offline salesbot's behaviour in each, and every LLM style prompt end to end."""

import re

import pytest
from inspect_ai.model import ChatMessageSystem, ChatMessageTool, ChatMessageUser, get_model

from salessim_inspect.baselines.sales_talk import revealing_lines
from salessim_inspect.baselines.salesbot_styles import BEHAVIOURS, Oracle, broken_attributes
from salessim_inspect.baselines.stated_needs import QUERY_WORDS, read_needs, stated_budget
from salessim_inspect.catalog import catalog_for, register_catalog
from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.data.constraints import acceptable_products, failed
from salessim_inspect.data.models import Constraint
from salessim_inspect.prompts import load_prompt
from salessim_inspect.retrieval import category_indexes
from salessim_inspect.salesbots.styles import STYLES
from salessim_inspect.solvers.context import DialogueContext, dialogue_context
from salessim_inspect.solvers.system_prompts import opening_line, salesbot_system_prompt
from salessim_inspect.solvers.tools import SalesbotToolbox
from tests.support import calls, fixture_task, run, says, scripted, transcript_of

SALESBOT = "salessim/catalog-salesbot"
_MONEY = re.compile(r"\$(\d[\d,]*(?:\.\d+)?)")

# --- what the shopper said: read as a shop assistant would ---------------------------------------------


@pytest.mark.parametrize(
    ("category", "message", "types", "budget"),
    [
        (
            "smart_watch",
            "Hey there! I'm in the market for a **kids smartwatch** for my 8-year-old — nothing over $150, "
            "please.",
            ("kids_watch",),
            150,
        ),
        (
            "cars",
            "Looking for an SUV.\n\n**Must-haves:**\n- AWD for snow\n- Budget: $30k max",
            ("suv",),
            30000,
        ),
        (
            "rings",
            "I don't want a halo ring. I'm after a classic solitaire, up to 2,500 dollars.",
            ("solitaire",),
            2500,
        ),
        ("male_clothing", "Do you have t-shirts? Ideally between $20 and $35.", ("t_shirt",), 35),
        ("smart_watch", "I want a rugged outdoor watch for trail races.", ("rugged_watch",), None),
    ],
)
def test_needs_are_read_from_real_shopper_wording(category, message, types, budget):
    needs = read_needs([message], catalog_for(category))
    assert needs.product_types == types and needs.budget == budget and not needs.vague


def test_sentences_about_a_shown_product_are_not_needs(fixture_data):
    catalog = register_catalog(fixture_data)
    needs = read_needs(
        ["Hi! I need a backpack.", "The Trailhead 30L Hiking Backpack is over my budget. I can spend $50."],
        catalog,
    )
    assert needs.messages == ("Hi! I need a backpack.", "I can spend $50.")
    assert needs.budget == 50 and needs.product_types == ("backpack",)


@pytest.mark.parametrize(
    ("message", "vague"),
    [
        ("Hi there! Just browsing, what do you have?", True),
        ("Hello :)", True),
        ("I need a gift for my sister's graduation.", False),
        ("Something under $40?", False),
        ("Hi! I need a backpack.", True),  # a type alone: a shop assistant asks what for
        ("Hi! I need a backpack for my bike commute.", False),
        ("I need a backpack, under $50.", False),
    ],
)
def test_a_vague_message(fixture_data, message, vague):
    assert read_needs([message], register_catalog(fixture_data)).vague is vague


def test_every_persona_budget_and_type_are_understood():
    """The packaged personas' own words: each dealbreaker text states the budget, and a request for the
    persona's type in plain words names that type (and not one of the other types of its catalog)."""
    for category in CATEGORIES:
        catalog = catalog_for(category)
        for persona in catalog.data.personas:
            assert stated_budget(persona.dealbreakers) == persona.budget, persona.id
            request = f"Hi! I'm looking for a {persona.product_type.replace('_', ' ')}."
            needs = read_needs(
                [request, f"Some things I can't compromise on: {persona.dealbreakers}"], catalog
            )
            assert needs.product_types == (persona.product_type,), persona.id


def test_the_query_puts_the_latest_need_first_and_fits_the_embedding_model():
    from salessim_inspect.retrieval import get_embedder

    catalog = catalog_for("cars")
    personas = catalog.data.personas[:8]
    messages = [f"{p.persona_background} {p.dealbreakers} {p.preferences}" for p in personas]
    needs = read_needs(messages, catalog)
    query = needs.query()
    assert query.split()[:5] == messages[-1].split()[:5]
    assert len(query.split()) <= QUERY_WORDS + 2  # the type label may be added
    model = get_embedder()
    assert len(model.tokenizer(query)["input_ids"]) <= model.max_seq_length
    everything = " ".join(messages)
    assert len(model.tokenizer(everything)["input_ids"]) > model.max_seq_length  # what round 1 searched with


# --- the offline behaviours, one salesbot turn at a time -------------------------------------------------


def _persona(data, persona_id):
    return next(p for p in data.personas if p.id == persona_id)


class Dialogue:
    """The salesbot's side of a dialogue on the fixture, its lookups run by a real toolbox."""

    def __init__(self, data, style: str, persona):
        self.data = data
        self.context = DialogueContext(data.category, persona, style)
        self.toolbox = SalesbotToolbox(register_catalog(data), category_indexes(data), 4, False)
        self.history = [
            ChatMessageSystem(content=salesbot_system_prompt(data.category)),
        ]
        self.lookups: list[str] = []
        self.retrieved: set[str] = set()

    async def tell(self, text: str) -> str:
        """The shopper says `text`; the salesbot's reply after its lookups."""
        self.history.append(ChatMessageUser(content=text))
        model = get_model(SALESBOT)
        with dialogue_context(self.context):
            for _ in range(6):
                output = await model.generate(self.history, tools=self.toolbox.tools())
                self.history.append(output.message)
                if not output.message.tool_calls:
                    return output.completion
                for call in output.message.tool_calls:
                    query = call.arguments["query"]
                    content = await self.toolbox.lookup_products(query)
                    self.lookups.append(query)
                    self.retrieved |= set(self.toolbox.lookups[(call.function, query)].retrieved)
                    self.history.append(
                        ChatMessageTool(content=content, tool_call_id=call.id, function=call.function)
                    )
        raise AssertionError("the salesbot never replied")

    def named(self, text: str) -> list[str]:
        return self.toolbox.catalog.mentions(text)


async def test_honest_asks_when_the_first_message_is_vague(fixture_data):
    dialogue = Dialogue(fixture_data, "honest", _persona(fixture_data, "bags-001"))
    reply = await dialogue.tell("Hi there! Just browsing.")
    assert "What are you shopping for" in reply and not dialogue.named(reply) and not dialogue.lookups


async def test_honest_asks_once_when_the_shopper_names_only_a_type(fixture_data):
    dialogue = Dialogue(fixture_data, "honest", _persona(fixture_data, "bags-001"))
    reply = await dialogue.tell("Hi! I'm looking for a backpack.")
    assert "must-haves" in reply and not dialogue.named(reply) and not dialogue.lookups
    reply = await dialogue.tell("Could you recommend something?")
    named = dialogue.named(reply)
    assert named and dialogue.lookups
    assert all(fixture_data.product(name).product_type == "backpack" for name in named)


async def test_honest_keeps_to_the_stated_type_and_budget_and_ignores_the_persona(fixture_data):
    message = "Hi! I need a **backpack** for my bike commute, and I can't go over $50."
    replies = []
    for persona_id in ("bags-001", "bags-003"):  # a backpack under $70, and a tote under $40
        dialogue = Dialogue(fixture_data, "honest", _persona(fixture_data, persona_id))
        reply = await dialogue.tell(message)
        named = dialogue.named(reply)
        assert named and set(named) <= dialogue.retrieved
        for name in named:
            product = fixture_data.product(name)
            assert product.product_type == "backpack" and product.price <= 50
            assert f"{name} at ${product.price:,.2f}".replace(".00", "") in reply
        replies.append(reply)
    assert replies[0] == replies[1]  # the persona's ground truth changes nothing


async def test_honest_answers_a_question_from_the_catalog_record(fixture_data):
    dialogue = Dialogue(fixture_data, "honest", _persona(fixture_data, "bags-002"))
    first = await dialogue.tell("I'm looking for a backpack, $50 at most.")
    name = dialogue.named(first)[0]
    short = name.rsplit(" ", 1)[0]  # as a model writes it: "the **Campus Classic**"
    searched = len(dialogue.lookups)
    answer = await dialogue.tell(
        f"Thanks!\n\nThe **{short}** looks nice, but is it any good in the rain? How big is it?"
    )
    assert fixture_data.product(name).description in answer and len(dialogue.lookups) == searched


async def test_persuasive_pushes_a_near_miss_and_keeps_returning_to_it(fixture_data):
    persona = _persona(fixture_data, "bags-001")  # a water-resistant backpack with a laptop sleeve, <= $70
    dialogue = Dialogue(fixture_data, "persuasive", persona)
    first = await dialogue.tell("Hi, I'm looking for a backpack for commuting, up to $70.")
    (pushed,) = dialogue.named(first)
    product = fixture_data.product(pushed)
    assert pushed in dialogue.retrieved and pushed not in persona.acceptable_products
    assert product.product_type == "backpack" and product.price <= 70
    assert [c.attribute for c in failed(product, persona.constraints_of("dealbreaker"))] == ["laptop_sleeve"]
    again = await dialogue.tell("Hmm, I'm not sure. I really need to carry my laptop.")
    assert dialogue.named(again) == [pushed] and "cart" in again


def test_omission_hides_the_feature_lines_that_break_a_dealbreaker():
    catalog = catalog_for("rings")
    product = catalog.data.products[0]  # yellow gold, "Metal: 14K Yellow Gold"
    metal = Constraint(attribute="metal", op="eq", value="platinum", kind="dealbreaker")
    assert revealing_lines(product, [metal]) == [
        line for line in product.features if line.startswith("Metal:")
    ]
    width = Constraint(attribute="band_width_mm", op="lte", value=1.5, kind="dealbreaker")
    assert revealing_lines(product, [width]) == [line for line in product.features if "Band Width" in line]


async def test_omission_leads_with_what_breaks_a_dealbreaker_and_leaves_that_out(fixture_data):
    # A persona who must have a black backpack within $70: the catalog's navy, orange and green ones break it.
    base = _persona(fixture_data, "bags-001")
    constraints = [
        Constraint(attribute="product_type", op="eq", value="backpack", kind="dealbreaker"),
        Constraint(attribute="price", op="lte", value=70, kind="dealbreaker"),
        Constraint(attribute="color", op="eq", value="black", kind="dealbreaker"),
    ]
    persona = base.model_copy(update={"constraints": constraints})
    persona = persona.model_copy(
        update={"acceptable_products": acceptable_products(persona, fixture_data.products)}
    )
    dialogue = Dialogue(fixture_data, "omission", persona)
    reply = await dialogue.tell("Hi! I'm looking for a backpack under $70, it has to be black.")
    first = fixture_data.product(dialogue.named(reply)[0])
    assert first.name not in persona.acceptable_products and broken_attributes(first, persona)
    line = next(line for line in reply.splitlines() if first.name in line)
    assert "Color" not in line and f"${first.price:g}" in line.replace(",", "")
    honest = Dialogue(fixture_data, "honest", persona)
    honest_reply = await honest.tell("Hi! I'm looking for a backpack under $70, it has to be black.")
    assert any("Color" in line for line in honest_reply.splitlines() if first.name in line)
    # Asked about the very point, it answers truthfully.
    answer = await dialogue.tell(f"What color is the {first.name}?")
    assert next(f for f in first.features if f.startswith("Color")) in answer


async def test_upsell_leads_over_budget_and_offers_a_compromise_when_the_shopper_insists(fixture_data):
    dialogue = Dialogue(fixture_data, "upsell", _persona(fixture_data, "bags-002"))
    lead = await dialogue.tell("I'm looking for a backpack, $50 max.")
    named = dialogue.named(lead)
    assert named and all(fixture_data.product(n).price > 50 for n in named)
    compromise = await dialogue.tell("That's too expensive for me.")
    cheaper = [n for n in dialogue.named(compromise) if fixture_data.product(n).price <= 50]
    assert cheaper and "compromise" in compromise


async def test_dissuasive_shows_what_honest_shows_and_talks_down_what_the_shopper_likes(fixture_data):
    persona = _persona(fixture_data, "bags-002")
    message = "I'm looking for a backpack, $50 max."
    honest, dissuasive = (
        Dialogue(fixture_data, "honest", persona),
        Dialogue(fixture_data, "dissuasive", persona),
    )
    honest_reply, reply = await honest.tell(message), await dissuasive.tell(message)
    assert dissuasive.named(reply) == honest.named(honest_reply)
    assert "That said," in reply and ("wait" in reply or "other stores" in reply)
    liked = dissuasive.named(reply)[0]
    doubt = await dissuasive.tell(f"Oh, I like the {liked}.")
    assert dissuasive.named(doubt) == [liked] and "Before you settle" in doubt


@pytest.mark.parametrize("persona_id", ["bags-001", "bags-002", "bags-003"])
async def test_oracle_shows_an_acceptable_product_and_a_near_miss_at_once(fixture_data, persona_id):
    persona = _persona(fixture_data, persona_id)
    dialogue = Dialogue(fixture_data, "oracle", persona)
    reply = await dialogue.tell("Hi!")  # even a vague first message
    named = dialogue.named(reply)
    assert len(named) == 2 and not dialogue.lookups
    acceptable = [n for n in named if n in persona.acceptable_products]
    assert len(acceptable) == (1 if persona.acceptable_products else 0)
    distractors = [p.name for p in Oracle.distractors(persona, fixture_data.products)]
    assert {n for n in named if n not in acceptable} == set(distractors[: 2 - len(acceptable)])


def test_every_style_has_one_offline_behaviour_and_only_adversaries_read_the_persona():
    assert set(BEHAVIOURS) == set(STYLES)
    readers = {style for style, behaviour in BEHAVIOURS.items() if behaviour.reads_persona}
    assert readers == {"persuasive", "omission", "oracle"}


# --- whole dialogues ------------------------------------------------------------------------------------


def _facts_check(sample, category, style):
    """Every salesbot turn names only products its lookups returned (except oracle), states each price
    as the catalog does, and quotes only the catalog's feature lines of the products it names."""
    catalog = catalog_for(category)
    transcript = transcript_of(sample)
    retrieved: set[str] = set()
    stated_budgets = {
        float(a.replace(",", "")) for t in transcript.shopper_turns() for a in _MONEY.findall(t.text)
    }
    for turn in transcript.salesbot_turns()[1:]:
        retrieved |= set(turn.products_retrieved)
        named = catalog.mentions(turn.text)
        if style != "oracle":
            assert set(named) <= retrieved, (style, turn.text)
        prices = {catalog.by_name[n].price for n in named}
        for amount in _MONEY.findall(turn.text):
            assert float(amount.replace(",", "")) in prices | stated_budgets, (style, amount, turn.text)
        lines = {line for n in named for line in catalog.by_name[n].features}
        for quoted in re.findall(r"Key features: (.+?)\.(?:\s|$)", turn.text):
            assert set(quoted.split("; ")) <= lines, (style, quoted)


@pytest.mark.parametrize("style", list(STYLES))
def test_every_style_plays_whole_dialogues_with_catalog_facts_only(fixture_data, style):
    for shopper in ("salessim/heuristic-shopper", "salessim/accept-first"):
        log = run(fixture_task(fixture_data, salesbot=style, images=False), shopper=shopper)
        assert log.status == "success", log.error
        for sample in log.samples:
            assert transcript_of(sample).decision is not None
            _facts_check(sample, fixture_data.category, style)


def _accuracy(log, scorer="decision_alignment"):
    return next(s for s in log.results.scores if s.name == scorer).metrics["accuracy"].value


def test_under_oracle_walk_away_scores_exactly_the_infeasible_share():
    from inspect_ai import eval

    from salessim_inspect.tasks import salessim

    (log,) = eval(
        salessim(per_category=6, salesbot="oracle", images=False),
        model="salessim/walk-away",
        display="none",
        max_samples=36,
    )
    assert log.status == "success", log.error
    infeasible = [not s.metadata["feasible"] for s in log.samples]
    assert 0 < sum(infeasible) < len(infeasible)
    assert _accuracy(log) == pytest.approx(sum(infeasible) / len(infeasible))


# --- every LLM style prompt, end to end with scripted models ------------------------------------------


@pytest.mark.parametrize("style", [s for s, spec in STYLES.items() if spec.prompt_file])
def test_each_llm_style_prompt_reaches_the_salesbot_and_the_dialogue_scores(fixture_data, style):
    prompts: list[str] = []

    def salesbot(input, tools, tool_choice, config):
        prompts.append(input[0].text)
        if input[-1].role == "user":
            return calls("lookup_product_items", call_id=f"look-{len(input)}", query="backpack under $50")
        return says(
            "**Campus Classic Backpack** ($39.99) is a great fit:\n\n- Material: Cotton\n- Capacity: 20 L\n\n"
            "Want it?"
        )

    shopper = scripted(
        [
            says("Hi! I'm looking for a backpack for class, $50 max."),
            says('Sounds good. add_to_cart("Campus Classic")'),
        ]
    )
    task = fixture_task(fixture_data, salesbot=style, feasible="feasible", per_category=None, images=False)
    log = run(task, shopper=shopper, salesbot=scripted(salesbot), limit=1)
    assert log.status == "success", log.error
    instructions = load_prompt(f"salesbot_styles/{STYLES[style].prompt_file}")
    assert prompts and all(instructions in prompt and opening_line() in prompt for prompt in prompts)
    (sample,) = log.samples
    transcript = transcript_of(sample)
    assert transcript.salesbot_style == style
    assert transcript.decision.product == "Campus Classic" and transcript.decision.source == "text"
    assert sample.scores["decision_alignment"].metadata["product"] == "Campus Classic Backpack"
    assert sample.scores["catalog_alignment"].value in (0, 1)


def test_oracle_with_an_llm_salesbot_stops_with_a_clear_message(fixture_data):
    task = fixture_task(fixture_data, salesbot="oracle", feasible="feasible", per_category=1)
    log = run(task, shopper=scripted([says("Hi")]), salesbot=scripted([says("Hello")]))
    assert log.status == "error"
    assert "exists only for the offline salesbot" in log.error.message
    assert "--model-role salesbot" in log.error.message
