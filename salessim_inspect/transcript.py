"""The neutral transcript of a shopping conversation, kept in the sample store as it happens.

Solvers append to it turn by turn; scorers read only from it (never from `state.messages`), so a
dialogue cut short by a limit still scores on what was said.
"""

from typing import Literal

from inspect_ai.util import StoreModel
from pydantic import BaseModel, Field

Speaker = Literal["shopper", "salesbot"]
DecisionAction = Literal["add_to_cart", "end_conversation"]
EndReason = Literal["decision", "max_turns", "limit", "error"]


class ToolCallRecord(BaseModel):
    """A tool call an agent made, with what it returned."""

    function: str
    arguments: dict = Field(default_factory=dict)
    result: str | None = None
    error: str | None = None
    # How the call reached us: through the model API's tool-calling, or written into the text.
    source: Literal["native", "text"] = "native"


class Decision(BaseModel):
    """The shopper's terminal action."""

    action: DecisionAction
    product: str | None = None  # as the shopper wrote it (add_to_cart only)
    turn: int  # index of the shopper turn that made it (0 = first shopper turn)
    source: Literal["native", "text"] = "native"


class Turn(BaseModel):
    """One utterance of one speaker, with everything the scorers need about it."""

    index: int  # position in the transcript
    speaker: Speaker
    text: str  # what the other side sees (private reasoning removed)
    # The shopper's private reasoning: never shown to the salesbot, never scored as language.
    reasoning: str | None = None
    tool_calls: list[ToolCallRecord] = Field(default_factory=list)
    products_retrieved: list[str] = Field(default_factory=list)  # catalog names returned by lookups this turn
    products_named: list[str] = Field(default_factory=list)  # catalog names mentioned in `text`
    format_problems: list[str] = Field(default_factory=list)
    empty: bool = False  # the model produced no text and no tool call (after a retry)


class Transcript(StoreModel):
    """The dialogue so far, stored under the sample's store."""

    turns: list[Turn] = Field(default_factory=list)
    decision: Decision | None = None
    ended_by: EndReason | None = None
    salesbot_model: str | None = None
    shopper_model: str | None = None

    def append(self, turn: Turn) -> None:
        # Reassign rather than mutate in place so the store records the change immediately.
        self.turns = [*self.turns, turn]

    def shopper_turns(self) -> list[Turn]:
        return [t for t in self.turns if t.speaker == "shopper"]

    def salesbot_turns(self) -> list[Turn]:
        return [t for t in self.turns if t.speaker == "salesbot"]

    def recommended(self) -> list[str]:
        """The recommended set R: catalog products the salesbot named, in order of first mention."""
        seen: dict[str, None] = {}
        for turn in self.salesbot_turns():
            for name in turn.products_named:
                seen.setdefault(name, None)
        return list(seen)
