"""The real-client benchmark: both roles served over HTTP by the scripted server, through Inspect's
`openai-api` provider, as a run against vLLM or a hosted API would go (issue 14).

One server process per latency (`python -m benchmarks.openai_server --latency L`); one fresh eval
process per (concurrency, logging) pair, so every run pays its own start-up as a user's would: wall
time runs from building the task (which is where retrieval is made ready) to the end of the eval. The
index cache on disk is warm (the parent fills it first); the embedding model is loaded in each process.

Figures per run:
- wall, *ideal* (model calls x latency / concurrency) and efficiency (ideal / wall); *ideal,
  in-order* as in the offline concurrency section (samples start in dataset order as slots free);
- event-loop CPU per model call: the CPU time of the thread that runs the eval's event loop from the
  first model call to the end of the eval (start-up apart: "to 1st call" is its wall time), divided by
  the calls, and split by a py-spy profile of that thread over the same span (benchmarks/profile.py)
  into ours (this package, with the libraries it calls), Inspect's (with the provider's client
  libraries) and the asyncio runtime's own; without py-spy only the total is given. Under CPU
  contention py-spy also counts time a runnable thread waits for a core, which inflates frames next to
  system calls; the CPU total is exact, the split approximate;
- CPU time of every thread of the eval process by name (from /proc, native threads included);
- time to first salesbot reply: from a sample's start (`EvalSample.started_at`) to the end of the
  salesbot's first model call that answers the shopper (not a lookup), p50 and max over samples, and
  the same less the model latency of the calls before it (what the harness adds).
"""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

SERVICE = "scripted"
SHOPPER = f"openai-api/{SERVICE}/shopper"
SALESBOT = f"openai-api/{SERVICE}/salesbot"
PROFILE_RATE_HZ = 100


# --------------------------------------------------------------------------------------------------
# The server process
# --------------------------------------------------------------------------------------------------


class ServerProcess:
    """`python -m benchmarks.openai_server` in its own process (its CPU is not the eval's)."""

    def __init__(self, latency: float, cwd: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.openai_server", "--latency", str(latency)],
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.startswith("listening on "):
            self.stop()
            raise RuntimeError(f"the scripted server did not start: {line!r} {self.process.stderr.read()}")
        self.base_url = line.split()[-1]

    def cpu_seconds(self) -> float:
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stats(self) -> dict[str, Any]:
        import urllib.request

        base = self.base_url.removesuffix("/v1")
        with urllib.request.urlopen(f"{base}/stats", timeout=10) as response:
            return json.loads(response.read())

    def reset(self) -> None:
        import urllib.request

        base = self.base_url.removesuffix("/v1")
        request = urllib.request.Request(f"{base}/reset", data=b"", method="POST")
        urllib.request.urlopen(request, timeout=10).close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# --------------------------------------------------------------------------------------------------
# Child process side
# --------------------------------------------------------------------------------------------------


def _seconds_between(start: str | datetime, end: str | datetime) -> float:
    as_time = [datetime.fromisoformat(t) if isinstance(t, str) else t for t in (start, end)]
    return (as_time[1] - as_time[0]).total_seconds()


def first_salesbot_replies(log: Any, latency: float) -> list[dict[str, float]]:
    """Per sample: seconds from its start to the salesbot's first reply, and that less model latency."""
    rows = []
    for sample in log.samples or []:
        calls_before = 0
        for event in sample.events:
            if event.event != "model":
                continue
            calls_before += 1
            message = event.output.message if event.output and event.output.choices else None
            if event.role == "salesbot" and message is not None and not message.tool_calls:
                waited = _seconds_between(sample.started_at, event.completed)
                rows.append({"seconds": waited, "harness_seconds": waited - calls_before * latency})
                break
    return rows


def _profiler(path: str) -> subprocess.Popen | None:
    from benchmarks.profile import py_spy

    executable = py_spy()
    if executable is None:
        return None
    spy = subprocess.Popen(
        [
            executable,
            "record",
            "--pid",
            str(os.getpid()),
            "--threads",
            "--full-filenames",
            "--nonblocking",
            "--rate",
            str(PROFILE_RATE_HZ),
            "--format",
            "raw",
            "--output",
            path,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return spy


def thread_cpu_seconds() -> dict[str, float]:
    """CPU seconds of this process's live threads, by thread name (summed over threads of one name).

    From /proc, so native threads count too (torch's intra-op pool, which Python cannot see). Python
    threads go by their Python name (thread pools number theirs: `salessim-encoder_0`)."""
    import threading

    tick = os.sysconf("SC_CLK_TCK")
    python_names = {t.native_id: t.name for t in threading.enumerate()}
    totals: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            name = python_names.get(int(task.name)) or f"native {(task / 'comm').read_text().strip()}"
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # the thread ended meanwhile
            continue
        totals[name] = totals.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / tick
    return dict(sorted(totals.items(), key=lambda item: -item[1]))


def child_endpoint(params: dict[str, Any]) -> dict[str, Any]:
    """One eval against the scripted server (params: base_url, latency, connections, dialogues, lean)."""
    from benchmarks.run import LEAN_OPTIONS, _cpu_seconds, _in_order_makespan, _offline_env, _peak_rss_mb

    _offline_env()
    os.environ[f"{SERVICE.upper()}_BASE_URL"] = params["base_url"]
    os.environ[f"{SERVICE.upper()}_API_KEY"] = "benchmark"
    started = time.perf_counter()
    import inspect_ai
    from inspect_ai.log import read_eval_log

    from salessim_inspect.tasks import salessim

    imports_s = time.perf_counter() - started
    from inspect_ai.model import Model

    latency, connections, dialogues = params["latency"], params["connections"], params["dialogues"]
    profile_path = tempfile.mktemp(suffix=".txt", prefix="salessim-profile-")
    # Steady state starts at the first model call: the loop's CPU is read there, and the profiler
    # attached there, so start-up (imports of the client, task and sample set-up) is counted apart.
    first_call: dict[str, Any] = {}
    original_generate = Model.generate

    async def generate(model_self, *args, **kwargs):
        if not first_call:
            first_call.update(at=time.perf_counter(), loop_cpu=time.thread_time(), spy=None)
            if params.get("profile", True):
                first_call["spy"] = _profiler(profile_path)
        return await original_generate(model_self, *args, **kwargs)

    Model.generate = generate
    if params.get("background_preload"):
        # The alternative measured against the default: retrieval loaded in a background thread.
        import functools

        from salessim_inspect.tasks import build

        build.preload = functools.partial(build.preload, background=True)

    loop_cpu_before, cpu_before = time.thread_time(), _cpu_seconds()
    start = time.perf_counter()
    task = salessim(**{"per_category": math.ceil(dialogues / 6), **params.get("task_args", {})})
    task_build_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as log_dir:
        [log] = inspect_ai.eval(
            task,
            model=SHOPPER,
            model_roles={"salesbot": SALESBOT},
            limit=dialogues,
            max_connections=connections,
            max_samples=params.get("max_samples", connections),
            log_dir=log_dir,
            display="none",
            **(LEAN_OPTIONS if params.get("lean") else {}),
        )
        wall = time.perf_counter() - start
        # The eval runs its event loop on this (the main) thread: its CPU time is the loop's.
        loop_cpu = time.thread_time() - loop_cpu_before
        cpu = _cpu_seconds() - cpu_before
        threads_cpu = thread_cpu_seconds()
        spy = first_call.get("spy")
        if spy is not None:  # before reading the log back, which is the benchmark's work, not the eval's
            spy.send_signal(signal.SIGINT)
            spy.wait(timeout=60)
        if log.status != "success":
            raise RuntimeError(f"eval ended {log.status}: {log.error}")
        full = read_eval_log(log.location)
    profile = None
    if spy is not None:
        from benchmarks.profile import split_profile

        raw = Path(profile_path).read_text() if Path(profile_path).is_file() else ""
        profile = split_profile(raw).as_dict() if raw else None
        if params.get("keep_profile"):
            Path(params["keep_profile"]).write_text(raw)
        Path(profile_path).unlink(missing_ok=True)

    calls_per_sample = [sum(1 for e in s.events if e.event == "model") for s in full.samples or []]
    calls = sum(calls_per_sample)
    replies = first_salesbot_replies(full, latency)
    ideal = calls * latency / connections
    in_order = _in_order_makespan([n * latency for n in calls_per_sample], connections)
    return {
        "latency_s": latency,
        "connections": connections,
        "lean": bool(params.get("lean")),
        "dialogues": len(calls_per_sample),
        "model_calls": calls,
        "imports_s": imports_s,
        "task_build_s": task_build_s,
        "eval_wall_s": wall,
        "ideal_s": ideal,
        "efficiency": ideal / wall,
        "ideal_in_order_s": in_order,
        "efficiency_in_order": in_order / wall,
        "loop_cpu_s": loop_cpu,
        "process_cpu_s": cpu,
        "loop_cpu_ms_per_call": 1000 * loop_cpu / max(calls, 1),
        # From the first model call to the end of the eval: the per-call work without start-up.
        "startup_to_first_call_s": first_call["at"] - start,
        "startup_loop_cpu_s": first_call["loop_cpu"] - loop_cpu_before,
        "steady_loop_cpu_ms_per_call": 1000
        * (loop_cpu - (first_call["loop_cpu"] - loop_cpu_before))
        / max(calls, 1),
        "first_reply_s": [r["seconds"] for r in replies],
        "first_reply_harness_s": [r["harness_seconds"] for r in replies],
        "profile": profile,
        "thread_cpu_s": threads_cpu,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_fill_cache(params: dict[str, Any]) -> dict[str, Any]:
    """Build (or load) every category's indexes, so the runs start from a warm index cache."""
    from benchmarks.run import _offline_env

    _offline_env()
    from salessim_inspect.catalog import catalog_for
    from salessim_inspect.data.categories import CATEGORIES
    from salessim_inspect.retrieval import category_indexes
    from salessim_inspect.tasks import salessim

    salessim(per_category=1)  # registers the catalogs
    start = time.perf_counter()
    for category in CATEGORIES:
        category_indexes(catalog_for(category).data)
    return {"seconds": time.perf_counter() - start}


# --------------------------------------------------------------------------------------------------
# Parent side
# --------------------------------------------------------------------------------------------------


def run_endpoint(
    run_child: Any,
    latencies: list[float],
    connections: list[int],
    dialogues: int,
    sequential_dialogues: int,
    profile: bool,
    root: Path,
    compare: Path | None = None,
) -> list[dict[str, Any]]:
    """Every (latency, concurrency, logging) run; one server process per latency.

    With `compare` (another tree of the package), each run is made with both versions back to back,
    the order alternating, so that a change of the machine's load hits both alike."""
    from benchmarks.run import _load

    codes: list[Path | None] = [None] if compare is None else [compare, None]
    for code in codes:
        run_child("fill_cache", {}, code=code)
    results = []
    for latency in latencies:
        server = ServerProcess(latency, root)
        try:
            for n in connections:
                for lean in (False, True):
                    for code in codes:
                        server.reset()
                        server_cpu = server.cpu_seconds()
                        load = _load()
                        result = run_child(
                            "endpoint",
                            {
                                "base_url": server.base_url,
                                "latency": latency,
                                "connections": n,
                                "dialogues": sequential_dialogues if n == 1 else dialogues,
                                "lean": lean,
                                "profile": profile,
                            },
                            code=code,
                        )
                        result["code"] = "compared" if code is not None else "this"
                        result["server"] = server.stats()
                        result["server_cpu_s"] = server.cpu_seconds() - server_cpu
                        result["load_average"] = load
                        results.append(result)
                    codes.reverse()
        finally:
            server.stop()
    return results


def _p(values: list[float], q: float) -> float | None:
    from benchmarks.probes import percentile

    return percentile(values, q)


def print_endpoint(rows_in: list[dict[str, Any]]) -> None:
    from benchmarks.run import _table

    print(
        "\n## 5. Real client: both roles over HTTP (scripted server, Inspect's openai-api provider), "
        "fresh process per run"
    )
    rows = []
    for r in rows_in:
        profile = r.get("profile")

        def split(owner: str, r=r, profile=profile) -> Any:
            if not profile or not sum(profile["samples"].values()):
                return None
            share = profile["samples"].get(owner, 0) / sum(profile["samples"].values())
            return r["steady_loop_cpu_ms_per_call"] * share

        rows.append(
            [
                f"{r['connections']} x {r['latency_s']:g} s",
                "lean" if r["lean"] else "default",
                {"compared": "before", "this": "after"}.get(r.get("code", "this"), "-")
                if any(x.get("code") == "compared" for x in rows_in)
                else "-",
                r["dialogues"],
                r["model_calls"],
                r["eval_wall_s"],
                r["ideal_s"],
                f"{100 * r['efficiency']:.0f}%",
                f"{100 * r['efficiency_in_order']:.0f}%",
                r["startup_to_first_call_s"],
                r["steady_loop_cpu_ms_per_call"],
                split("ours"),
                split("inspect"),
                split("runtime"),
                _p(r["first_reply_s"], 50),
                max(r["first_reply_s"], default=None),
                _p(r["first_reply_harness_s"], 50),
                max(r["first_reply_harness_s"], default=None),
                r.get("server_cpu_s"),
                r.get("load_average", "").split(" ")[0],
            ]
        )
    print(
        _table(
            [
                "concurrency x latency",
                "logging",
                "code",
                "dialogues",
                "calls",
                "wall (s)",
                "ideal (s)",
                "eff.",
                "eff. in-order",
                "to 1st call (s)",
                "loop CPU/call (ms)",
                "ours",
                "Inspect's",
                "asyncio",
                "1st reply p50 (s)",
                "max",
                "harness p50 (s)",
                "max",
                "server CPU (s)",
                "load",
            ],
            rows,
        )
    )
    profiled = [r for r in rows_in if r.get("profile") and r.get("code", "this") == "this"]
    if profiled:
        busiest = max(profiled, key=lambda r: (r["connections"], -r["latency_s"], not r["lean"]))
        profile = busiest["profile"]
        total = max(sum(profile["samples"].values()), 1)
        print(
            f"\nWhere the event loop's time goes at {busiest['connections']} x {busiest['latency_s']:g} s "
            f"({'lean' if busiest['lean'] else 'default'} logging), share of its busy samples:"
        )
        for title, key in (
            ("Inspect, by module (innermost Inspect frame)", "inspect_modules"),
            ("Inspect, by function (inclusive)", "inspect_functions"),
            ("ours, by function (innermost frame of this package)", "our_functions"),
        ):
            print(f"\n{title}:")
            print(_table(["where", "share"], [[name, f"{100 * n / total:.1f}%"] for name, n in profile[key]]))
