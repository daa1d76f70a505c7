"""Prompt files and how they are put together."""

import pytest

from salessim_inspect.prompts import fill, load_prompt
from salessim_inspect.solvers.system_prompts import (
    PROMPT_STYLES,
    opening_line,
    salesbot_system_prompt,
    shopper_system_prompt,
)


@pytest.mark.parametrize("style", PROMPT_STYLES)
def test_shopper_prompts_hold_the_persona_and_no_placeholders(fixture_data, style):
    persona = fixture_data.personas[0]
    prompt = shopper_system_prompt(persona, "fixture_bags", fixture_data.domain_knowledge, style)
    assert "{{" not in prompt
    for line in (
        "Shopping for: backpack",
        "Budget: $70",
        "Store section: fixture bags",
        persona.dealbreakers,
    ):
        assert line in prompt
    assert fixture_data.domain_knowledge.strip() in prompt
    assert ("<reasoning>" in prompt) == (style != "basic")
    assert ("Sound like a real shopper" in prompt) == (style == "human_steering")


def test_unknown_style_lists_the_styles(fixture_data):
    with pytest.raises(ValueError, match="reasoning, basic, human_steering"):
        shopper_system_prompt(fixture_data.personas[0], "fixture_bags", "", "fancy")


def test_salesbot_prompt_names_the_section_and_the_greeting():
    prompt = salesbot_system_prompt("smart_watch")
    assert "smart watch section" in prompt and opening_line() in prompt
    assert opening_line().startswith("Hello! I'm here to help you find the perfect product.")


def test_fill_refuses_missing_values():
    with pytest.raises(KeyError, match="budget"):
        fill("Budget: {{budget}}")
    assert fill("{{a}}-{{ b }}", a=1, b="x") == "1-x"
    with pytest.raises(FileNotFoundError):
        load_prompt("nope.md")
