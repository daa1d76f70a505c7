"""The policy being trained, served to the SalesSim conversation as the shopper: an Inspect model provider
(`usergrpo-policy/<name>`) that generates with the in-memory model and keeps the exact tokens of every
dialogue for the GRPO update.

Token bookkeeping. A dialogue's sequence is grown turn by turn and never re-rendered: the first shopper
input is the chat template's rendering of the system prompt and the salesbot's greeting; each later input
is the previous sequence (ending with the tokens the policy generated) plus the template's rendering of what
came since (the salesbot's reply, any tool results), cut from the end of the policy's turn. So the sequence
the trainer scores is exactly the one the policy was sampled from, and every generated token is marked
(mask 1) while the salesbot's and the template's tokens are not (mask 0): the trajectory's reward is
broadcast to the shopper's tokens only.

Concurrent dialogues (Inspect runs samples at once) are generated in batches.
"""

import hashlib
import json
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import anyio
import torch
from inspect_ai.model import (
    ChatCompletionChoice,
    ChatMessage,
    ChatMessageAssistant,
    ChatMessageTool,
    GenerateConfig,
    Model,
    ModelAPI,
    ModelOutput,
    ModelUsage,
    get_model,
    modelapi,
)
from inspect_ai.tool import ToolCall, ToolChoice, ToolInfo

POLICY_API = "usergrpo-policy"
_TOOL_CALL = re.compile(r"<tool_call>\s*(\{.*?\})\s*</tool_call>", re.DOTALL)


class TemplateError(RuntimeError):
    """The chat template renders a dialogue in a way the token bookkeeping cannot follow."""


@dataclass(frozen=True)
class TokenSequence:
    """A dialogue's tokens so far, from the shopper's point of view.

    Attributes:
        ids: Every token: the first prompt, then turns of the policy and of the environment.
        mask: 1 for tokens the policy generated, 0 for the rest.
        logprobs: Sampling log-probability of each generated token; 0.0 elsewhere.
        prompt_length: Tokens of the first prompt (system prompt and greeting).
        ended: Whether the last generated turn ended with the end-of-turn token.
    """

    ids: tuple[int, ...]
    mask: tuple[int, ...]
    logprobs: tuple[float, ...]
    prompt_length: int
    ended: bool = True


def conversation_key(messages: Sequence[dict[str, Any]]) -> str:
    """A digest of chat messages: the same conversation so far gives the same key."""
    return hashlib.sha1(json.dumps(list(messages), sort_keys=True, default=str).encode()).hexdigest()


def chat_messages(messages: Sequence[ChatMessage]) -> list[dict[str, Any]]:
    """Inspect chat messages as the dicts chat templates read (text only: images are left out)."""
    converted: list[dict[str, Any]] = []
    for message in messages:
        entry: dict[str, Any] = {"role": message.role, "content": message.text}
        if isinstance(message, ChatMessageAssistant) and message.tool_calls:
            entry["tool_calls"] = [
                {"type": "function", "function": {"name": call.function, "arguments": call.arguments}}
                for call in message.tool_calls
            ]
        if isinstance(message, ChatMessageTool) and message.function:
            entry["name"] = message.function
        converted.append(entry)
    return converted


def tool_schemas(tools: Sequence[ToolInfo]) -> list[dict[str, Any]]:
    return [
        {
            "type": "function",
            "function": {
                "name": tool.name,
                "description": tool.description,
                "parameters": tool.parameters.model_dump(exclude_none=True),
            },
        }
        for tool in tools
    ]


def parse_tool_calls(text: str) -> tuple[str, list[ToolCall]]:
    """Hermes-style `<tool_call>{"name": ..., "arguments": ...}</tool_call>` blocks as native calls (what a
    serving engine's tool parser does for Qwen models); blocks that are not valid JSON stay in the text."""
    calls: list[ToolCall] = []

    def take(match: re.Match[str]) -> str:
        try:
            payload = json.loads(match.group(1))
        except json.JSONDecodeError:
            return match.group(0)
        if not isinstance(payload, dict) or not isinstance(payload.get("name"), str):
            return match.group(0)
        arguments = payload.get("arguments") or {}
        calls.append(
            ToolCall(
                id=f"call-{len(calls)}",
                function=payload["name"],
                arguments=arguments if isinstance(arguments, dict) else {},
            )
        )
        return ""

    remaining = _TOOL_CALL.sub(take, text)
    return remaining.strip(), calls


class _Batcher:
    """Runs concurrent requests together: whoever finds the generator free takes every pending request."""

    def __init__(self, run: Callable[[list[Any]], list[Any]], max_batch: int, gather_s: float):
        self.run = run
        self.max_batch = max_batch
        self.gather_s = gather_s
        self._pending: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._busy = threading.Lock()

    def __call__(self, item: Any) -> Any:
        slot: dict[str, Any] = {"item": item, "done": threading.Event()}
        with self._lock:
            self._pending.append(slot)
        while not slot["done"].is_set():
            with self._busy:
                if slot["done"].is_set():
                    break
                time.sleep(self.gather_s)  # let dialogues waiting on the same step join the batch
                with self._lock:
                    batch, self._pending = self._pending[: self.max_batch], self._pending[self.max_batch :]
                try:
                    results = self.run([s["item"] for s in batch])
                except BaseException as exc:  # every waiting dialogue gets the error
                    results = [exc] * len(batch)
                for waiting, result in zip(batch, results):
                    waiting["result"] = result
                    waiting["done"].set()
        if isinstance(slot["result"], BaseException):
            raise slot["result"]
        return slot["result"]


class PolicyServer:
    """Generates shopper turns with the policy and records each dialogue's token sequence.

    Args:
        model: The causal LM (a peft model during training); it may be replaced between steps.
        tokenizer: Its tokenizer, with a chat template.
        max_new_tokens: Most tokens per shopper turn.
        temperature: Sampling temperature.
        top_p: Nucleus sampling.
        native_tools: Offer the shopper's tools through the chat template and read `<tool_call>` blocks as
            native calls: True, False, or "auto" (when the template mentions tools).
        max_batch: Most dialogues generated together.
        gather_s: How long a batch waits for more dialogues to join it (dialogues reach their next turn at
            different times, after their salesbot's lookups).
        template_kwargs: Extra arguments for `apply_chat_template` (e.g. `enable_thinking`).
    """

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        max_new_tokens: int = 256,
        temperature: float = 1.0,
        top_p: float = 1.0,
        native_tools: bool | str = "auto",
        max_batch: int = 32,
        gather_s: float = 0.5,
        template_kwargs: dict[str, Any] | None = None,
    ):
        self.model = model
        self.tokenizer = tokenizer
        self.max_new_tokens = max_new_tokens
        self.temperature = temperature
        self.top_p = top_p
        template = tokenizer.chat_template or ""
        self.native_tools = ("tools" in template) if native_tools == "auto" else bool(native_tools)
        self.template_kwargs = dict(template_kwargs or {})
        self.end_of_turn: str = tokenizer.eos_token
        self.end_of_turn_id: int = tokenizer.convert_tokens_to_ids(self.end_of_turn)
        self.sequences: dict[str, TokenSequence] = {}
        self._lock = threading.Lock()
        self._batcher = _Batcher(self._generate_batch, max_batch, gather_s)

    def clear(self) -> None:
        """Forget the recorded dialogues (before a new round of rollouts)."""
        with self._lock:
            self.sequences.clear()

    def render(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> str:
        """The chat template's text for `messages`, ready for the shopper's next turn."""
        return self.tokenizer.apply_chat_template(
            messages, tools=tools or None, add_generation_prompt=True, tokenize=False, **self.template_kwargs
        )

    def _encode(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False).input_ids)

    def continuation(
        self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None
    ) -> TokenSequence:
        """The sequence to generate from: the recorded dialogue plus what the environment said since."""
        last = max((i for i, m in enumerate(messages) if m["role"] == "assistant"), default=None)
        rendered = self.render(messages, tools)
        if last is None:
            ids = self._encode(rendered)
            return TokenSequence(tuple(ids), (0,) * len(ids), (0.0,) * len(ids), prompt_length=len(ids))
        with self._lock:
            previous = self.sequences.get(conversation_key(messages[: last + 1]))
        if previous is None:
            raise TemplateError("a shopper turn was not generated by this policy server (or it was cleared)")
        new = messages[last + 1 :]
        if not new:
            raise TemplateError("nothing new since the shopper's last turn")
        # Find the new messages in the rendering (from the last), then cut right after the end-of-turn
        # token that closes the shopper's turn before them.
        position = len(rendered)
        for message in reversed(new):
            content = message.get("content") or ""
            found = rendered.rfind(content, 0, position) if content else position
            if found < 0:
                raise TemplateError(
                    f"the chat template does not render this message verbatim: {content[:80]!r}"
                )
            position = found
        close = rendered.rfind(self.end_of_turn, 0, position)
        if close < 0:
            raise TemplateError(f"no end-of-turn token {self.end_of_turn!r} before the environment's turn")
        delta = rendered[close + len(self.end_of_turn) :]
        if not previous.ended:
            delta = self.end_of_turn + delta  # the turn was cut at max_new_tokens: close it
        added = self._encode(delta)
        return TokenSequence(
            previous.ids + tuple(added),
            previous.mask + (0,) * len(added),
            previous.logprobs + (0.0,) * len(added),
            previous.prompt_length,
        )

    @torch.no_grad()
    def _generate_batch(self, inputs: list[tuple[int, ...]]) -> list[tuple[list[int], list[float]]]:
        model = self.model
        device = next(model.parameters()).device
        width = max(len(ids) for ids in inputs)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else self.end_of_turn_id
        input_ids = torch.full((len(inputs), width), pad, dtype=torch.long)
        attention = torch.zeros((len(inputs), width), dtype=torch.long)
        for row, ids in enumerate(inputs):
            input_ids[row, width - len(ids) :] = torch.tensor(ids)
            attention[row, width - len(ids) :] = 1
        was_training = model.training
        model.eval()
        try:
            output = model.generate(
                input_ids=input_ids.to(device),
                attention_mask=attention.to(device),
                max_new_tokens=self.max_new_tokens,
                do_sample=True,
                temperature=self.temperature,
                top_p=self.top_p,
                eos_token_id=self.end_of_turn_id,
                pad_token_id=pad,
                use_cache=True,
                output_scores=True,
                return_dict_in_generate=True,
            )
        finally:
            model.train(was_training)
        generated = output.sequences[:, width:].cpu()
        scores = torch.stack(output.scores, dim=1).float().log_softmax(dim=-1).cpu()
        results = []
        for row in range(len(inputs)):
            ids: list[int] = []
            logprobs: list[float] = []
            for step, token in enumerate(generated[row].tolist()):
                ids.append(token)
                logprobs.append(float(scores[row, step, token]))
                if token == self.end_of_turn_id:
                    break
            results.append((ids, logprobs))
        return results

    def respond(self, input: list[ChatMessage], tools: list[ToolInfo]) -> ModelOutput:
        """One shopper turn for the dialogue `input` (blocking; called from a worker thread)."""
        messages = chat_messages(input)
        schemas = tool_schemas(tools) if self.native_tools and tools else None
        start = self.continuation(messages, schemas)
        ids, logprobs = self._batcher(start.ids)
        ended = bool(ids) and ids[-1] == self.end_of_turn_id
        text = self.tokenizer.decode(ids, skip_special_tokens=True)
        calls: list[ToolCall] = []
        if self.native_tools:
            text, calls = parse_tool_calls(text)
        message = ChatMessageAssistant(
            content=text, tool_calls=calls or None, model=POLICY_API, source="generate"
        )
        sequence = TokenSequence(
            start.ids + tuple(ids),
            start.mask + (1,) * len(ids),
            start.logprobs + tuple(logprobs),
            start.prompt_length,
            ended,
        )
        key = conversation_key([*messages, *chat_messages([message])])
        with self._lock:
            self.sequences[key] = sequence
        return ModelOutput(
            model=POLICY_API,
            choices=[ChatCompletionChoice(message=message, stop_reason="stop" if ended else "max_tokens")],
            usage=ModelUsage(
                input_tokens=len(start.ids), output_tokens=len(ids), total_tokens=len(sequence.ids)
            ),
            metadata={"sequence": key},
        )


_SERVERS: dict[str, PolicyServer] = {}


class PolicyAPI(ModelAPI):
    """Inspect's view of a `PolicyServer` registered under the model name."""

    def __init__(
        self,
        model_name: str,
        base_url: str | None = None,
        api_key: str | None = None,
        config: GenerateConfig = GenerateConfig(),  # noqa: B008 (the ModelAPI signature)
        **model_args: Any,
    ) -> None:
        super().__init__(model_name, base_url, api_key, [], config)
        if model_name not in _SERVERS:
            raise ValueError(f"no policy server named {model_name!r}; start one with serve_policy()")
        self.server = _SERVERS[model_name]

    async def generate(
        self, input: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice, config: GenerateConfig
    ) -> ModelOutput:
        return await anyio.to_thread.run_sync(self.server.respond, input, tools)

    def max_connections(self) -> int:
        return 256


@modelapi(name=POLICY_API)
def policy_api() -> type[ModelAPI]:
    return PolicyAPI


def serve_policy(name: str, server: PolicyServer) -> Model:
    """The Inspect model `usergrpo-policy/<name>`, answering with `server`."""
    _SERVERS[name] = server
    return get_model(f"{POLICY_API}/{name}", memoize=False)
