"""Rollout export: one JSON line per logged dialogue, the shopper's side as chat messages with every reward
component, ready for `datasets.load_dataset("json", data_files=...)` (SFT on `messages`, reward models,
analysis of a GRPO run's rollouts).

Each row has `messages` in the chat format TRL and chat templates read: the shopper's system prompt, each
salesbot turn as a `user` message (text only; images left out), each shopper turn as an `assistant`
message with the text the model wrote (private reasoning apart in `reasoning_content`, native tool calls in
`tool_calls` with JSON-string arguments as in the OpenAI format) followed by one `tool` message per native
call.
"""

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from inspect_ai.log import EvalLog, EvalSample, read_eval_log
from inspect_ai.model import ChatMessageAssistant, ChatMessageSystem, ContentText

from salessim_inspect.report.logs import ReportError, expand_paths
from salessim_inspect.rewards.classifier import NgramClassifier
from salessim_inspect.rewards.episode import Episode
from salessim_inspect.rewards.options import RewardOptions
from salessim_inspect.rewards.total import trajectory_reward
from salessim_inspect.transcript import Transcript, Turn

NO_MESSAGE = "(no message)"


def _written_texts(sample: EvalSample, shopper_turns: int) -> list[str] | None:
    """What the shopper model wrote in each turn, from the log's messages (text-written tool calls kept,
    reasoning left out); None when the log's assistant messages do not pair one-to-one with shopper turns."""
    written = [m for m in sample.messages if isinstance(m, ChatMessageAssistant)]
    if len(written) != shopper_turns:
        return None
    texts = []
    for message in written:
        if isinstance(message.content, str):
            texts.append(message.content)
        else:
            texts.append("".join(c.text for c in message.content if isinstance(c, ContentText)))
    return texts


def _shopper_message(turn: Turn, written: str | None) -> list[dict[str, Any]]:
    text = turn.text if written is None or written == NO_MESSAGE else written
    native = [(n, call) for n, call in enumerate(turn.tool_calls) if call.source == "native"]
    calls = [
        {
            "id": f"call-{turn.index}-{n}",
            "type": "function",
            "function": {"name": call.function, "arguments": json.dumps(call.arguments, ensure_ascii=False)},
        }
        for n, call in native
    ]
    messages: list[dict[str, Any]] = [
        {
            "role": "assistant",
            "content": text,
            "reasoning_content": turn.reasoning,
            "tool_calls": calls or None,
        }
    ]
    for (_, call), entry in zip(native, calls):
        outcome = call.result if call.error is None else f"error: {call.error}"
        messages.append(
            {"role": "tool", "tool_call_id": entry["id"], "name": call.function, "content": outcome or ""}
        )
    return messages


def shopper_system_prompt_of(log: EvalLog, sample: EvalSample) -> str:
    """The shopper's system prompt: the first of the sample's messages, or else rebuilt from its persona with
    the run's prompt style."""
    first = sample.messages[0] if sample.messages else None
    if isinstance(first, ChatMessageSystem):
        return first.text
    from salessim_inspect.catalog import catalog_for
    from salessim_inspect.data.models import Persona
    from salessim_inspect.solvers.system_prompts import shopper_system_prompt

    metadata = sample.metadata or {}
    options = {**((log.eval.metadata or {}).get("options") or {}), **(log.eval.task_args or {})}
    category = str(metadata["category"])
    persona = Persona.model_validate(metadata["persona"])
    knowledge = catalog_for(category).data.domain_knowledge
    return shopper_system_prompt(persona, category, knowledge, str(options.get("prompt", "reasoning")))


def shopper_chat(log: EvalLog, sample: EvalSample, transcript: Transcript) -> list[dict[str, Any]]:
    """The dialogue as the shopper saw and wrote it, as chat messages."""
    written = _written_texts(sample, len(transcript.shopper_turns()))
    messages: list[dict[str, Any]] = [{"role": "system", "content": shopper_system_prompt_of(log, sample)}]
    shopper_number = 0
    for turn in transcript.turns:
        if turn.speaker == "salesbot":
            messages.append({"role": "user", "content": turn.text or NO_MESSAGE})
        else:
            text = written[shopper_number] if written is not None else None
            messages.extend(_shopper_message(turn, text))
            shopper_number += 1
    return messages


def sample_rollout(
    log: EvalLog,
    sample: EvalSample,
    source: str,
    options: RewardOptions,
    classifier: NgramClassifier | None = None,
) -> dict[str, Any]:
    """The exported row of one logged sample (see the module docstring for `messages`)."""
    metadata = sample.metadata or {}
    transcript = Transcript.from_store(sample.store)
    try:
        episode = Episode.from_metadata(transcript, metadata)
    except ValueError as exc:
        raise ReportError(f"{source}: sample {sample.id!r}: {exc}") from exc
    breakdown = trajectory_reward(episode, options, classifier=classifier)
    return {
        "sample_id": str(sample.id),
        "epoch": int(sample.epoch),
        "persona_id": str(metadata.get("persona_id", sample.id)),
        "category": episode.category,
        "feasible": bool(episode.acceptable),
        "task": log.eval.task.split("/")[-1],
        "shopper_model": log.eval.model,
        "salesbot_model": transcript.salesbot_model,
        "source": source,
        "messages": shopper_chat(log, sample, transcript),
        "outcome": breakdown.details["outcome"],
        "rewards": breakdown.components,
        "reward": breakdown.total,
    }


def log_rollouts(
    paths: Iterable[str | Path],
    options: RewardOptions | None = None,
    classifier: NgramClassifier | None = None,
) -> Iterator[dict[str, Any]]:
    """Every sample of the logs at `paths` (files or directories), exported.

    Raises:
        ReportError: a path holds no logs, or a log cannot be read or is not a SalesSim log.
    """
    options = options or RewardOptions()
    for path in expand_paths(paths):
        try:
            log = read_eval_log(str(path))
        except Exception as exc:  # a file that is not an Inspect log
            raise ReportError(f"cannot read {path} as an Inspect log: {exc}") from exc
        if not log.samples:
            raise ReportError(f"{path} has no samples (was it written with --no-log-samples?)")
        for sample in log.samples:
            yield sample_rollout(log, sample, str(path), options, classifier)


def write_rollouts(rows: Iterable[dict[str, Any]], out: str | Path) -> int:
    """Write rows as JSON lines to `out`; returns how many."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count
