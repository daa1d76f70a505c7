"""Prompt texts, kept as package data files and filled with `{{name}}` placeholders."""

import re
from functools import cache
from importlib.resources import files

_PLACEHOLDER = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@cache
def load_prompt(name: str) -> str:
    """The text of the prompt file `name` (e.g. "salesbot.md"), without its trailing newline."""
    resource = files("salessim_inspect.prompts") / name
    if not resource.is_file():
        raise FileNotFoundError(f"no prompt file {name!r} in salessim_inspect/prompts")
    return resource.read_text(encoding="utf-8").rstrip("\n")


def fill(template: str, /, **values: object) -> str:
    """Replace every `{{name}}` in `template`; a placeholder without a value is an error, not left in."""
    missing = sorted({m.group(1) for m in _PLACEHOLDER.finditer(template)} - values.keys())
    if missing:
        raise KeyError(f"prompt placeholders without a value: {', '.join(missing)}")
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), template)


def render_prompt(prompt_file: str, /, **values: object) -> str:
    return fill(load_prompt(prompt_file), **values)
