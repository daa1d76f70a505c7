"""Whose work the event loop does: py-spy samples of one thread, split between this package and Inspect.

`py-spy record --threads --full-filenames -f raw` writes one line per distinct stack, outermost frame
first: `thread (TID): NAME;func (path:line);...;func (path:line) COUNT`. A sample belongs to the owner
of its innermost frame that is either this package or Inspect: spaCy, torch or pydantic called from
our scorer count as ours, the openai client and httpx called from Inspect's provider as Inspect's.
Samples under neither (the asyncio loop's own selector and callbacks) are "runtime".

Only samples of an active thread are recorded (py-spy leaves out idle ones), so shares of samples are
shares of the thread's busy time; `ProfileSplit.ms_per_call` turns them into CPU milliseconds with
the thread's measured CPU time.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

OURS = ("/salessim_inspect/",)
INSPECT = ("/inspect_ai/",)
_LINE = re.compile(r"^thread \((?P<tid>\d+)\): (?P<name>[^;]*);(?P<stack>.*) (?P<count>\d+)$")
_FRAME = re.compile(r"^(?P<func>.*) \((?P<path>[^()]*?)(?::(?P<line>\d+))?\)$")


def py_spy() -> str | None:
    """The py-spy executable, if installed (next to this Python, or on PATH)."""
    import sys

    beside = Path(sys.executable).with_name("py-spy")
    return str(beside) if beside.is_file() else shutil.which("py-spy")


def _frames(stack: str) -> list[tuple[str, str]]:
    frames = []
    for part in stack.split(";"):
        match = _FRAME.match(part)
        frames.append((match["func"], match["path"]) if match else (part, ""))
    return frames


def _owner(path: str) -> str | None:
    if any(marker in path for marker in OURS):
        return "ours"
    if any(marker in path for marker in INSPECT):
        return "inspect"
    return None


def _module(path: str, package: str) -> str:
    """`inspect_ai/model/_model.py` from a full path."""
    index = path.rfind(f"/{package}/")
    return path[index + 1 :] if index >= 0 else path


@dataclass
class ProfileSplit:
    """Samples of one thread by owner, and the busiest modules of each owner."""

    samples: Counter[str] = field(default_factory=Counter)
    inspect_modules: Counter[str] = field(default_factory=Counter)
    our_functions: Counter[str] = field(default_factory=Counter)
    # Inclusive: every Inspect function on the stack of an Inspect-owned sample, once per sample.
    inspect_functions: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.samples.values())

    def share(self, owner: str) -> float:
        return self.samples[owner] / self.total if self.total else 0.0

    def ms_per_call(self, owner: str, thread_cpu_s: float, calls: int) -> float:
        """CPU milliseconds per model call of `owner`'s work, given the thread's CPU time."""
        return 1000 * thread_cpu_s * self.share(owner) / max(calls, 1)

    def as_dict(self, top: int = 15) -> dict:
        return {
            "samples": dict(self.samples),
            "inspect_modules": self.inspect_modules.most_common(top),
            "inspect_functions": self.inspect_functions.most_common(top),
            "our_functions": self.our_functions.most_common(top),
        }


def split_profile(raw: str, thread_name: str = "MainThread") -> ProfileSplit:
    """Split the samples of `thread_name` in py-spy raw output (see the module docstring)."""
    split = ProfileSplit()
    for line in raw.splitlines():
        match = _LINE.match(line.strip())
        if not match or match["name"].strip() != thread_name:
            continue
        count = int(match["count"])
        frames = _frames(match["stack"])
        owner, at = "runtime", None
        for func, path in reversed(frames):
            found = _owner(path)
            if found:
                owner, at = found, (func, path)
                break
        split.samples[owner] += count
        if owner == "inspect" and at:
            split.inspect_modules[_module(at[1], "inspect_ai")] += count
            on_stack = {
                f"{func} ({_module(path, 'inspect_ai')})"
                for func, path in frames
                if _owner(path) == "inspect"
            }
            for function in on_stack:
                split.inspect_functions[function] += count
        elif owner == "ours" and at:
            split.our_functions[f"{at[0]} ({_module(at[1], 'salessim_inspect')})"] += count
    return split
