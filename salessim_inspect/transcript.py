"""The neutral transcript of a shopping conversation, kept in the sample store as it happens.

Solvers append to it turn by turn; scorers read only from it (never from `state.messages`), so a
dialogue cut short by a limit still scores on what was said.
"""

from collections.abc import Mapping
from typing import Any, Literal

from inspect_ai.util import Store
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


# Store keys of the transcript's fields ("Transcript:turns", ...). They were an Inspect StoreModel's keys in
# the first logs; the layout is kept so that every log stays readable.
STORE_PREFIX = "Transcript:"


class Transcript(BaseModel):
    """The dialogue so far, as the sample store holds it (`TranscriptRecorder` writes it, `from_store` reads it)."""

    turns: list[Turn] = Field(default_factory=list)
    decision: Decision | None = None
    ended_by: EndReason | None = None
    salesbot_model: str | None = None
    shopper_model: str | None = None
    salesbot_style: str | None = None  # -T salesbot=...; None in logs from before salesbot styles

    @classmethod
    def store_key(cls, field: str) -> str:
        return STORE_PREFIX + field

    @classmethod
    def from_store(cls, store: Store | Mapping[str, Any] | None) -> "Transcript":
        """The transcript in a sample store: a running sample's `Store` or a logged sample's `store` dict."""
        store = store if store is not None else {}
        values = {
            field: value
            for field in cls.model_fields
            if (value := store.get(cls.store_key(field))) is not None
        }
        return cls.model_validate(values)

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


class TranscriptRecorder:
    """Keeps a sample store's transcript current as the dialogue goes, at constant cost per turn.

    The store holds the very `turns` list that `append` extends, so each turn is in the store the moment it
    is recorded (Inspect may end the solver at a limit at any await) and nothing is copied or revalidated.
    """

    def __init__(
        self, store: Store, shopper_model: str, salesbot_model: str, salesbot_style: str | None = None
    ):
        self.store = store
        self.transcript = Transcript(
            shopper_model=shopper_model, salesbot_model=salesbot_model, salesbot_style=salesbot_style
        )
        for field in Transcript.model_fields:
            self.store.set(Transcript.store_key(field), getattr(self.transcript, field))

    @property
    def turns(self) -> list[Turn]:
        return self.transcript.turns

    def append(self, turn: Turn) -> Turn:
        self.transcript.turns.append(turn)
        return turn

    def decide(self, decision: Decision) -> None:
        self._set("decision", decision)
        self._set("ended_by", "decision")

    def end(self, reason: EndReason) -> None:
        """Record why the dialogue ended, unless that is already known."""
        if self.transcript.ended_by is None:
            self._set("ended_by", reason)

    def _set(self, field: str, value: Any) -> None:
        setattr(self.transcript, field, value)
        self.store.set(Transcript.store_key(field), value)
