"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests and benchmarks.

It plays both sides of a SalesSim dialogue the way a real model served by vLLM or llama.cpp would reach
Inspect: over HTTP, through the `openai` client, with native `tool_calls`. Replies are scripted and
deterministic (they depend only on the request), so an eval against it is reproducible; each reply can
be delayed by a fixed latency, so it also stands in for a slow endpoint in throughput benchmarks.

Using it from Inspect (either provider, either role):

    server = ScriptedServer(latency=0.2).start()        # a background thread; or `with ScriptedServer():`
    # openai-api/<service>/<model>: base URL and key from <SERVICE>_BASE_URL / <SERVICE>_API_KEY
    os.environ.update(server.env("scripted"))          # SCRIPTED_BASE_URL, SCRIPTED_API_KEY
    eval(task, model="openai-api/scripted/shopper", model_roles={"salesbot": "openai-api/scripted/salesbot"})
    # openai/<model> on chat completions: --model-base-url URL -M api_key=... -M responses_api=false
    eval(task, model="openai/shopper", model_base_url=server.base_url, model_args=server.model_args(False),
         model_roles={"salesbot": get_model("openai/salesbot", **server.model_args())})
    # a role from the command line: --model-role 'salesbot={model: openai/salesbot, model_args: {base_url:
    # URL, api_key: KEY, responses_api: false}}'; --model-role salesbot=openai-api/scripted/salesbot
    server.stop()

From the shell (a separate process, e.g. for `inspect eval`): `python -m benchmarks.openai_server
--latency 0.2` prints `listening on http://127.0.0.1:PORT/v1` and serves until interrupted.

Which script answers a request (`request_role`): the `model` name if it contains "shopper" or
"salesbot"; else the tools offered (`lookup_product_items` -> salesbot, `add_to_cart` -> shopper); else
the system prompt ("You are a customer" -> shopper, "sales assistant" -> salesbot).

The default scripts (`ShopperScript`, `SalesbotScript`) write like chat models do (markdown, bold product
names, lists), and read the dialogue from the request alone:
- shopper: states its needs from the persona in its system prompt, asks a follow-up question, and on
  its `decide_after`-th turn buys the first bold product name in the salesbot's last message with a
  native `add_to_cart` call (or types the call as text, `text_tool_calls=True`; or leaves with
  `end_conversation` when no product was named);
- salesbot: answers a customer message with a native `lookup_product_items` call (unless
  `tool_choice` is "none"), and once results are in, recommends the first `products_per_reply` of them
  by name and price (`short_names=True` drops the brand, the first word, as models often do).
Pass `scripts={"shopper": fn, "salesbot": fn}` to script a role yourself: `fn(ChatRequest) ->
ScriptedReply`.

What it counts (`server.stats()`, or `GET /stats` from another process; `POST /reset` clears): calls and
request bytes in total and per role, the most requests it was answering at once (in total and per role:
the concurrency the client really offered), and each request (`server.requests`: role, model, bytes, number of
messages and of images) in arrival order. Endpoints: `POST /v1/chat/completions` (also without `/v1`;
`"stream": true` is answered as server-sent events), `GET /v1/models`. The Responses API is not served:
a request to `/v1/responses` gets a 404 whose message says to pass `-M responses_api=false`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from aiohttp import web

Role = Literal["shopper", "salesbot", "other"]
API_KEY = "scripted-key"


# --------------------------------------------------------------------------------------------------
# Requests and replies
# --------------------------------------------------------------------------------------------------


def _text_of(content: Any) -> str:
    """The text of a chat-completions message content (a string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            part.get("text", "") for part in content if isinstance(part, dict) and part.get("type") == "text"
        )
    return ""


def _images_in(content: Any) -> int:
    if isinstance(content, list):
        return sum(1 for part in content if isinstance(part, dict) and part.get("type") == "image_url")
    return 0


@dataclass(frozen=True)
class ChatRequest:
    """One chat-completions request, as a script reads it."""

    body: dict[str, Any]
    size: int  # bytes of the request body
    role: Role

    @property
    def model(self) -> str:
        return str(self.body.get("model", ""))

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages") or [])

    @property
    def tool_names(self) -> list[str]:
        return [
            (tool.get("function") or {}).get("name", "")
            for tool in self.body.get("tools") or []
            if isinstance(tool, dict)
        ]

    @property
    def tool_choice(self) -> Any:
        return self.body.get("tool_choice")

    @property
    def system_prompt(self) -> str:
        return "\n".join(_text_of(m.get("content")) for m in self.messages if m.get("role") == "system")

    @property
    def images(self) -> int:
        return sum(_images_in(m.get("content")) for m in self.messages)

    def turns(self, role: str) -> list[dict[str, Any]]:
        return [m for m in self.messages if m.get("role") == role]

    def last_text(self, role: str) -> str:
        """The text of the last message of `role` that has any ("" if none)."""
        for message in reversed(self.messages):
            if message.get("role") == role and (text := _text_of(message.get("content")).strip()):
                return text
        return ""


@dataclass(frozen=True)
class ScriptedReply:
    """What the scripted model answers: text, native tool calls (name, arguments), or both."""

    content: str | None = None
    tool_calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


Script = Callable[[ChatRequest], ScriptedReply]


def request_role(body: dict[str, Any]) -> Role:
    """Which side of the dialogue a request is for (see the module docstring)."""
    model = str(body.get("model", "")).lower()
    for role in ("shopper", "salesbot"):
        if role in model:
            return role  # type: ignore[return-value]
    tools = {(t.get("function") or {}).get("name") for t in body.get("tools") or [] if isinstance(t, dict)}
    if "lookup_product_items" in tools:
        return "salesbot"
    if "add_to_cart" in tools:
        return "shopper"
    system = " ".join(
        _text_of(m.get("content")) for m in body.get("messages") or [] if m.get("role") == "system"
    ).lower()
    # The shopper's prompt mentions the store's sales assistant too: who "you are" comes first.
    if "you are a customer" in system:
        return "shopper"
    if "sales assistant" in system:
        return "salesbot"
    return "other"


# --------------------------------------------------------------------------------------------------
# The default scripts
# --------------------------------------------------------------------------------------------------

_PERSONA_FIELD = re.compile(r"^(Shopping for|Budget|Name):\s*(.+)$", re.MULTILINE)
_BOLD = re.compile(r"\*\*([^*\n]+?)\*\*")
_RECORD = re.compile(r"^\d+\.\s+(?P<name>.+)\n\s+Price:\s*(?P<price>\S+)", re.MULTILINE)


@dataclass(frozen=True)
class ShopperScript:
    """A shopper that states its needs, asks once, then decides (see the module docstring)."""

    decide_after: int = 2  # the shopper turn (1-based) on which it decides
    text_tool_calls: bool = False  # type the decision into the message instead of calling the tool

    def __call__(self, request: ChatRequest) -> ScriptedReply:
        persona = dict(_PERSONA_FIELD.findall(request.system_prompt))
        wanted = persona.get("Shopping for", "something for myself").strip()
        budget = persona.get("Budget", "a sensible amount").strip()
        turn = len(request.turns("assistant")) + 1
        if turn == 1:
            return ScriptedReply(
                content=(
                    f"Hi! I'm looking for **{wanted}**.\n\n"
                    f"A few things matter to me:\n"
                    f"- My budget is **{budget}**, and I'd rather not go over it.\n"
                    f"- It needs to be good quality and practical for everyday use.\n\n"
                    f"What would you recommend?"
                )
            )
        if turn < self.decide_after:
            return ScriptedReply(
                content="Thanks, that helps. Could you tell me a bit more about how these compare on price and quality?"
            )
        named = _BOLD.findall(request.last_text("user"))
        if not named:
            return self._decide(
                "end_conversation", {}, "None of these work for me, so I'll keep looking elsewhere."
            )
        product = named[0].strip()
        return self._decide(
            "add_to_cart",
            {"product": product},
            f"<reasoning>\nThe {product} is within my budget of {budget} and fits what I need.\n</reasoning>\n"
            f"The **{product}** sounds perfect, I'll take it!",
        )

    def _decide(self, function: str, arguments: dict[str, Any], text: str) -> ScriptedReply:
        if self.text_tool_calls:
            call = json.dumps({"name": function, "arguments": arguments})
            return ScriptedReply(content=f"{text}\n\n<tool_call>\n{call}\n</tool_call>")
        return ScriptedReply(content=text, tool_calls=[(function, arguments)])


@dataclass(frozen=True)
class SalesbotScript:
    """A salesbot that looks the customer's words up, then recommends from the results."""

    products_per_reply: int = 2
    short_names: bool = False

    def __call__(self, request: ChatRequest) -> ScriptedReply:
        messages = request.messages
        last = max((i for i, m in enumerate(messages) if m.get("role") == "assistant"), default=None)
        after_lookup = last is not None and bool(messages[last].get("tool_calls"))
        can_call = "lookup_product_items" in request.tool_names and request.tool_choice != "none"
        if not after_lookup and can_call:
            query = " ".join(request.last_text("user").replace("*", "").split())[:120] or "popular products"
            return ScriptedReply(tool_calls=[("lookup_product_items", {"query": query})])
        tool_results = (
            [m for m in messages[(last or 0) + 1 :] if m.get("role") == "tool"] if after_lookup else []
        )
        results = "\n\n".join(_text_of(m.get("content")) for m in tool_results)
        found = _RECORD.findall(results)[: self.products_per_reply]
        if not found:
            return ScriptedReply(
                content="I couldn't find anything matching that in our catalog. Could you tell me more about what you need?"
            )
        lines = ["Great question! Based on what you've told me, here are my top picks from our catalog:", ""]
        for rank, (name, price) in enumerate(found, start=1):
            shown = name.split(" ", 1)[-1] if self.short_names and " " in name else name
            lines += [
                f"### {rank}. **{shown}** ({price})",
                "- A popular choice with customers who want something reliable.",
                "- Well within the usual range for this kind of product.",
                "",
            ]
        lines.append("Would you like more details on either of these, or shall I look for something else?")
        return ScriptedReply(content="\n".join(lines))


def _fallback_script(request: ChatRequest) -> ScriptedReply:
    return ScriptedReply(content="Hello! How can I help?")


# --------------------------------------------------------------------------------------------------
# Responses
# --------------------------------------------------------------------------------------------------


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def completion_body(reply: ScriptedReply, model: str, number: int, prompt_bytes: int) -> dict[str, Any]:
    """A `chat.completion` object for `reply` (call ids are numbered per server, so they are unique)."""
    message: dict[str, Any] = {"role": "assistant", "content": reply.content}
    if reply.tool_calls:
        message["tool_calls"] = [
            {
                "id": f"call_{number}_{i}",
                "type": "function",
                "function": {"name": name, "arguments": json.dumps(arguments)},
            }
            for i, (name, arguments) in enumerate(reply.tool_calls)
        ]
    completion_tokens = _tokens((reply.content or "") + json.dumps(reply.tool_calls))
    prompt_tokens = max(1, prompt_bytes // 4)
    return {
        "id": f"chatcmpl-scripted-{number}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "finish_reason": "tool_calls" if reply.tool_calls else "stop",
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def _stream_chunks(completion: dict[str, Any], include_usage: bool) -> list[dict[str, Any]]:
    """The completion as `chat.completion.chunk`s: one delta with everything, the finish, the usage."""
    choice = completion["choices"][0]
    delta = {"role": "assistant", "content": choice["message"]["content"]}
    if choice["message"].get("tool_calls"):
        delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(choice["message"]["tool_calls"])]
    base = {k: completion[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}
    chunks = [
        base | {"choices": [{"index": 0, "delta": delta, "finish_reason": None}]},
        base | {"choices": [{"index": 0, "delta": {}, "finish_reason": choice["finish_reason"]}]},
    ]
    if include_usage:
        chunks.append(base | {"choices": [], "usage": completion["usage"]})
    return chunks


# --------------------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """What the server saw of one chat-completions request."""

    role: Role
    model: str
    bytes: int
    messages: int
    images: int
    tools: list[str]
    stream: bool
    arrived: float  # time.monotonic() on arrival


class ScriptedServer:
    """The scripted server: start it in a background thread (`start`/`stop`, or `with`), or `serve()` it
    on a running event loop. See the module docstring for what it answers and counts."""

    def __init__(
        self,
        latency: float = 0.0,
        *,
        scripts: dict[str, Script] | None = None,
        port: int = 0,
        record_requests: bool = True,
    ):
        if latency < 0:
            raise ValueError(f"latency must be zero or more seconds, not {latency!r}")
        self.latency = latency
        self.scripts: dict[str, Script] = {"shopper": ShopperScript(), "salesbot": SalesbotScript()}
        self.scripts.update(scripts or {})
        self.record_requests = record_requests
        self.requests: list[RecordedRequest] = []
        self._calls: Counter[str] = Counter()
        self._bytes: Counter[str] = Counter()
        self._in_flight: Counter[str] = Counter()
        self._most_in_flight: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind(("127.0.0.1", port))
        self.port: int = self._socket.getsockname()[1]
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None

    # ---- where to reach it

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def env(self, service: str = "scripted") -> dict[str, str]:
        """Environment for Inspect's `openai-api/<service>/<model>` provider: base URL and API key."""
        name = service.upper().replace("-", "_")
        return {f"{name}_BASE_URL": self.base_url, f"{name}_API_KEY": API_KEY}

    def model_args(self, base_url: bool = True) -> dict[str, Any]:
        """Model args that point either provider here, `openai/<model>` on chat completions included.

        With `base_url=False`, for the evaluated model of `eval()` / `inspect eval`, which takes its base
        URL separately (`model_base_url=` / `--model-base-url`) and rejects it among the model args.
        """
        args: dict[str, Any] = {"api_key": API_KEY, "responses_api": False}
        return {"base_url": self.base_url, **args} if base_url else args

    # ---- counters

    def stats(self) -> dict[str, Any]:
        """Calls and request bytes, in total and per role."""
        with self._lock:
            return {
                "calls": sum(self._calls.values()),
                "request_bytes": sum(self._bytes.values()),
                "calls_by_role": dict(self._calls),
                "request_bytes_by_role": dict(self._bytes),
                # The most requests answered at once: how much concurrency the client really offered.
                "most_in_flight": self._most_in_flight["all"],
                "most_in_flight_by_role": {k: v for k, v in self._most_in_flight.items() if k != "all"},
                "latency_s": self.latency,
            }

    def reset(self) -> None:
        with self._lock:
            self._calls.clear()
            self._bytes.clear()
            self._most_in_flight.clear()
            self.requests.clear()

    # ---- HTTP

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        for prefix in ("/v1", ""):
            app.router.add_post(f"{prefix}/chat/completions", self._chat)
            app.router.add_get(f"{prefix}/models", self._models)
            app.router.add_post(f"{prefix}/responses", self._responses)
        app.router.add_get("/stats", self._stats)
        app.router.add_post("/reset", self._reset)
        return app

    async def _chat(self, http: web.Request) -> web.StreamResponse:
        raw = await http.read()
        try:
            body = json.loads(raw)
            if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
                raise ValueError("the body must be a JSON object with a 'messages' list")
        except ValueError as exc:
            return _error(400, f"scripted server: bad chat-completions request: {exc}")
        role = request_role(body)
        request = ChatRequest(body=body, size=len(raw), role=role)
        with self._lock:
            self._calls[role] += 1
            self._bytes[role] += len(raw)
            number = sum(self._calls.values())
            if self.record_requests:
                self.requests.append(
                    RecordedRequest(
                        role=role,
                        model=request.model,
                        bytes=len(raw),
                        messages=len(request.messages),
                        images=request.images,
                        tools=request.tool_names,
                        stream=bool(body.get("stream")),
                        arrived=time.monotonic(),
                    )
                )
        try:
            reply = self.scripts.get(role, _fallback_script)(request)
        except Exception as exc:  # a script's bug should reach the test as an error response, not a hang
            return _error(500, f"scripted server: the {role} script failed: {exc!r}")
        self._count_in_flight(role, +1)
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
        finally:
            self._count_in_flight(role, -1)
        completion = completion_body(reply, request.model, number, len(raw))
        if not body.get("stream"):
            return web.json_response(completion)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(http)
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        for chunk in _stream_chunks(completion, include_usage):
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response

    def _count_in_flight(self, role: str, change: int) -> None:
        with self._lock:
            for key in ("all", role):
                self._in_flight[key] += change
                self._most_in_flight[key] = max(self._most_in_flight[key], self._in_flight[key])

    async def _models(self, http: web.Request) -> web.Response:
        names = ("shopper", "salesbot")
        return web.json_response(
            {"object": "list", "data": [{"id": n, "object": "model", "owned_by": "scripted"} for n in names]}
        )

    async def _responses(self, http: web.Request) -> web.Response:
        return _error(
            404,
            "scripted server: only chat completions are served; with Inspect's openai/<model> provider "
            "pass -M responses_api=false (or use openai-api/<service>/<model>)",
        )

    async def _stats(self, http: web.Request) -> web.Response:
        return web.json_response(self.stats())

    async def _reset(self, http: web.Request) -> web.Response:
        self.reset()
        return web.json_response({"reset": True})

    # ---- running

    async def serve(self, ready: Callable[[], None] | None = None) -> None:
        """Serve on the running event loop until `shutdown()` (or cancellation)."""
        self._stopped = asyncio.Event()
        runner = web.AppRunner(self._app(), access_log=None, handle_signals=False)
        await runner.setup()
        self._socket.listen(1024)
        site = web.SockSite(runner, self._socket)
        await site.start()
        if ready:
            ready()
        try:
            await self._stopped.wait()
        finally:
            await runner.cleanup()

    def shutdown(self) -> None:
        """Ask `serve()` to stop (from any thread)."""
        if self._loop is not None and self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)

    def start(self) -> ScriptedServer:
        """Serve from a daemon thread with its own event loop; returns once it accepts connections."""
        if self._thread is not None:
            raise RuntimeError("the scripted server is already running")

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            try:
                self._loop.run_until_complete(self.serve(ready=self._ready.set))
            except BaseException as exc:
                self._error = exc
                self._ready.set()
            finally:
                self._loop.close()

        self._thread = threading.Thread(target=run, name="scripted-openai-server", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=30)
        if self._error is not None:
            raise RuntimeError(f"the scripted server failed to start: {self._error!r}") from self._error
        if not self._ready.is_set():
            raise RuntimeError("the scripted server did not start within 30 s")
        return self

    def stop(self) -> None:
        """Stop the background thread started by `start()`."""
        if self._thread is None:
            return
        self.shutdown()
        self._thread.join(timeout=30)
        self._thread = None

    def __enter__(self) -> ScriptedServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _error(status: int, message: str) -> web.Response:
    return web.json_response(
        {"error": {"message": message, "type": "invalid_request_error", "code": status}}, status=status
    )


def recorded(server: ScriptedServer) -> list[dict[str, Any]]:
    """The recorded requests as plain dicts (for JSON)."""
    return [asdict(r) for r in server.requests]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.openai_server", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each reply (default 0)")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--decide-after", type=int, default=2, help="shopper turn on which it decides")
    args = parser.parse_args(argv)
    if args.decide_after < 1:
        parser.error(f"--decide-after must be at least 1, not {args.decide_after}")
    server = ScriptedServer(
        args.latency,
        scripts={"shopper": ShopperScript(decide_after=args.decide_after)},
        port=args.port,
        # A long benchmark would keep every request; the counters are enough there.
        record_requests=False,
    )

    def ready() -> None:
        print(f"listening on {server.base_url}", flush=True)

    async def run() -> None:
        server._loop = asyncio.get_running_loop()
        await server.serve(ready)

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
