"""The transcript in the sample store: written turn by turn, read back from a running or a logged sample."""

import json

from inspect_ai.util import Store
from pydantic_core import to_jsonable_python

from salessim_inspect.transcript import Decision, Transcript, TranscriptRecorder, Turn


def _turn(index: int, speaker: str, text: str) -> Turn:
    return Turn(index=index, speaker=speaker, text=text)  # type: ignore[arg-type]


def test_each_turn_is_in_the_store_as_soon_as_it_is_recorded():
    store = Store()
    recorder = TranscriptRecorder(store, shopper_model="s", salesbot_model="b")
    recorder.append(_turn(0, "salesbot", "Hello"))
    assert [t.text for t in Transcript.from_store(store).turns] == ["Hello"]
    recorder.append(_turn(1, "shopper", "A ring, please"))
    read = Transcript.from_store(store)
    assert [t.speaker for t in read.turns] == ["salesbot", "shopper"]
    assert read.shopper_model == "s" and read.salesbot_model == "b" and read.ended_by is None


def test_the_first_end_reason_stands():
    store = Store()
    recorder = TranscriptRecorder(store, shopper_model="s", salesbot_model="b")
    recorder.decide(Decision(action="end_conversation", turn=0))
    recorder.end("error")
    read = Transcript.from_store(store)
    assert read.ended_by == "decision" and read.decision is not None
    assert read.decision.action == "end_conversation"


def test_a_logged_store_reads_back_with_the_original_keys():
    store = Store()
    recorder = TranscriptRecorder(store, shopper_model="s", salesbot_model="b")
    recorder.append(_turn(0, "salesbot", "Hello"))
    recorder.end("max_turns")
    # What the eval log keeps: the store as JSON, under the keys every earlier log used.
    logged = json.loads(json.dumps(to_jsonable_python(dict(store.items()))))
    assert set(logged) == {
        "Transcript:turns",
        "Transcript:decision",
        "Transcript:ended_by",
        "Transcript:salesbot_model",
        "Transcript:shopper_model",
        "Transcript:salesbot_style",  # added in round 2; older logs lack it and still read
    }
    read = Transcript.from_store(logged)
    assert read.ended_by == "max_turns" and read.turns[0].text == "Hello"


def test_an_empty_store_reads_as_an_empty_transcript():
    assert Transcript.from_store(None).turns == [] and Transcript.from_store({}).decision is None
