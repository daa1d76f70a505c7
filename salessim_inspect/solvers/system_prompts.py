"""The system prompts of the two speakers, assembled from the prompt files."""

from salessim_inspect.data.models import Persona
from salessim_inspect.options import DEFAULT_SALESBOT_STYLE, PROMPT_STYLES, PromptStyle
from salessim_inspect.prompts import load_prompt, render_prompt
from salessim_inspect.salesbots.styles import STYLES, style_instructions

# Which prompt files each shopper prompt style is made of, in order (the persona always comes last).
_SHOPPER_SECTIONS: dict[PromptStyle, tuple[str, ...]] = {
    "reasoning": ("shopper_rules.md", "shopper_worked_example.md"),
    "basic": ("shopper_rules.md",),
    "human_steering": ("shopper_rules.md", "shopper_human_steering.md", "shopper_worked_example.md"),
}


def opening_line() -> str:
    """The salesbot's fixed first message."""
    return load_prompt("opening.txt")


def category_label(category: str) -> str:
    """A category as a person would say it ("smart_watch" -> "smart watch")."""
    return category.replace("_", " ")


def category_from_label(label: str) -> str:
    return label.strip().replace(" ", "_")


def money(amount: float | None) -> str:
    if amount is None:
        return "price not listed"
    return f"${amount:,.0f}" if float(amount).is_integer() else f"${amount:,.2f}"


def persona_section(persona: Persona, category: str) -> str:
    return render_prompt(
        "shopper_persona.md",
        name=persona.name,
        age=persona.age,
        category_label=category_label(category),
        product_type=persona.product_type,
        budget=money(persona.budget),
        background=persona.persona_background,
        dealbreakers=persona.dealbreakers,
        preferences=persona.preferences,
    )


def shopper_system_prompt(persona: Persona, category: str, domain_knowledge: str, style: str) -> str:
    """The shopper's instructions: rules, the style's extra sections, product knowledge, then the persona."""
    if style not in _SHOPPER_SECTIONS:
        raise ValueError(f"Unknown prompt {style!r}; valid values are: {', '.join(PROMPT_STYLES)}")
    sections = [load_prompt(name) for name in _SHOPPER_SECTIONS[style]]
    if domain_knowledge.strip():
        sections.append(
            render_prompt("shopper_domain_knowledge.md", domain_knowledge=domain_knowledge.strip())
        )
    sections.append(persona_section(persona, category))
    return "\n\n".join(sections)


def salesbot_system_prompt(category: str, style: str = DEFAULT_SALESBOT_STYLE) -> str:
    """The salesbot's instructions: the store's facts and tools, then how this style sells.

    The offline-only `oracle` style gets the honest instructions (its offline behaviour ignores them).
    """
    instructions = style_instructions(style if STYLES[style].prompt_file else DEFAULT_SALESBOT_STYLE)
    return render_prompt(
        "salesbot.md", category_label=category_label(category), opening=opening_line(), style=instructions
    )
