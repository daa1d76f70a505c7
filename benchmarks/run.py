"""Speed and memory figures of the offline harness (issue 6). Prints figures; never asserts them.

    python -m benchmarks                  # everything (about 10 minutes on 2 cores)
    python -m benchmarks --quick          # a small version of everything (about a minute)
    python -m benchmarks --only suite,startup
    python -m benchmarks --json figures.json

Each measurement runs in a fresh Python process (so peak memory and start-up are its own), through the
real eval path (`inspect_ai.eval` in-process, no display, logs in a temporary directory). Timings come
from probes that wrap package functions in that process (benchmarks/probes.py); nothing in the package
changes. See benchmarks/README.md for what each figure means and the latest figures.
"""

from __future__ import annotations

import argparse
import heapq
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SECTIONS = ("suite", "startup", "concurrency", "scale", "endpoint")
RESULT_MARKER = "BENCHMARK-RESULT "
# Inspect options that cut its own per-event and per-sample bookkeeping (see README.md): no realtime
# sample buffer (events are still logged in full) and no metric recomputation for the live display.
LEAN_OPTIONS = {"log_realtime": False, "score_display": False}
ROOT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------------
# Child process side: one measurement per process.
# --------------------------------------------------------------------------------------------------


def _peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _offline_env() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _eval(task: Any, log_dir: str, **kwargs: Any) -> Any:
    import inspect_ai

    [log] = inspect_ai.eval(task, log_dir=log_dir, display="none", **kwargs)
    if log.status != "success":
        raise RuntimeError(f"eval ended {log.status}: {log.error}")
    return log


def child_suite(params: dict[str, Any]) -> dict[str, Any]:
    """The offline suite (heuristic shopper vs catalog salesbot), with the time of each kind of work."""
    start = time.perf_counter()
    _offline_env()
    import inspect_ai  # noqa: F401

    from benchmarks.probes import Probes
    from salessim_inspect.tasks import salessim

    imports_s = time.perf_counter() - start
    probes = Probes().install()
    task_start = time.perf_counter()
    task = salessim(per_category=params.get("per_category"))
    task_s = time.perf_counter() - task_start
    probes.wrap_scorers(task)
    rss_before = _peak_rss_mb()
    cpu_before = _cpu_seconds()
    with tempfile.TemporaryDirectory() as log_dir:
        eval_start = time.perf_counter()
        log = _eval(
            task,
            log_dir,
            model="salessim/heuristic-shopper",
            epochs=params.get("epochs", 1),
            **(LEAN_OPTIONS if params.get("lean") else {}),
            **({"max_samples": 1} if params.get("sequential") else {}),
        )
        wall = time.perf_counter() - eval_start
        samples = len(log.samples or []) if log.samples is not None else None
        if params.get("keep_log"):
            # For comparing scores across versions (python -m benchmarks.same_scores).
            import shutil

            shutil.copyfile(log.location, params["keep_log"])
    report = probes.report()
    durations = report["durations"]

    def total(name: str) -> float:
        return durations.get(name, {}).get("total_s", 0.0)

    turns = report["turns"]
    dialogues = report["counts"].get("dialogues", 0)
    first_dialogue_s = (probes.first_dialogue_at or eval_start) - eval_start
    scoring_s = probes.scoring_seconds()
    retrieval_s = total("query_total")
    agents_s = total("agent_respond")
    corpus_s = total("corpus_redundancy")
    index_s = total("index_build")
    harness_s = wall - first_dialogue_s - agents_s - retrieval_s - scoring_s - corpus_s - index_s
    model_calls_s = total("model_call")
    # Exact only in a sequential run: concurrent samples' work interleaves at the awaits inside a call.
    # Lookups less their searches: the first lookups wait for the embedding model to load (start-up).
    model_load_wait_s = max(0.0, total("lookup") - retrieval_s)
    outside_calls_s = wall - first_dialogue_s - index_s - model_calls_s - model_load_wait_s
    return {
        "lean": bool(params.get("lean")),
        "sequential": bool(params.get("sequential")),
        "per_category": params.get("per_category"),
        "epochs": params.get("epochs", 1),
        "samples": samples if samples is not None else dialogues,
        "dialogues": dialogues,
        "turns": turns,
        "model_calls": durations.get("agent_respond", {}).get("count", 0),
        "imports_s": imports_s,
        "task_build_s": task_s,
        "eval_wall_s": wall,
        "eval_cpu_s": _cpu_seconds() - cpu_before,
        "samples_per_s": dialogues / wall,
        "turns_per_s": turns / wall,
        "first_dialogue_s": first_dialogue_s,
        "agents_s": agents_s,
        "retrieval_s": retrieval_s,
        "index_build_s": index_s,
        "scoring_s": scoring_s,
        "corpus_metrics_s": corpus_s,
        "harness_s": harness_s,
        "harness_ms_per_turn": 1000 * harness_s / max(turns, 1),
        "model_calls_s": model_calls_s,
        "inspect_per_call_ms": 1000
        * (model_calls_s - agents_s)
        / max(durations.get("model_call", {}).get("count", 0), 1),
        "outside_calls_s": outside_calls_s,
        "outside_calls_ms_per_turn": 1000 * outside_calls_s / max(turns, 1),
        "solver_and_sample_logging_s": outside_calls_s - retrieval_s - scoring_s - corpus_s,
        # The conversation loop's own work: dialogues less the model calls and lookups they await.
        "solver_s": total("dialogue") - model_calls_s - total("lookup"),
        "model_load_wait_s": model_load_wait_s,
        "scoring_ms_per_sample": 1000 * scoring_s / max(dialogues, 1),
        "embedder_loads": probes.load_model.cache_info().misses,
        "peak_rss_mb_before_eval": rss_before,
        "peak_rss_mb": _peak_rss_mb(),
        "probes": durations,
    }


def child_startup(params: dict[str, Any]) -> dict[str, Any]:
    """Start-up stages in order: imports, task (data), embedding model, indexes (cold or cached),
    first query, spaCy; or (mode "first_sample") the time from the eval call to the first dialogue."""
    start = time.perf_counter()
    _offline_env()
    import inspect_ai  # noqa: F401

    from salessim_inspect.tasks import salessim

    out: dict[str, Any] = {"imports_s": time.perf_counter() - start}
    if params.get("mode") == "first_sample":
        from benchmarks.probes import Probes

        probes = Probes().install()
        task = salessim(per_category=1)
        with tempfile.TemporaryDirectory() as log_dir:
            eval_start = time.perf_counter()
            _eval(task, log_dir, model="salessim/heuristic-shopper", limit=1)
            out["eval_wall_s"] = time.perf_counter() - eval_start
        out["first_dialogue_s"] = (probes.first_dialogue_at or eval_start) - eval_start
        lookups = probes.durations.get("lookup", [])
        out["first_query_s"] = lookups[0] if lookups else None
        out["index_build_s"] = sum(probes.durations.get("index_build", []))
        out["peak_rss_mb"] = _peak_rss_mb()
        return out

    from salessim_inspect.catalog import catalog_for
    from salessim_inspect.data.categories import CATEGORIES
    from salessim_inspect.retrieval import category_indexes, get_embedder
    from salessim_inspect.scorers.completeness import load_nlp

    mark = time.perf_counter()
    salessim()
    out["task_build_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    get_embedder()
    out["embedder_load_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    indexes = [category_indexes(catalog_for(category).data) for category in CATEGORIES]
    out["indexes_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    indexes[0].products.search("a warm winter coat", 4)
    out["first_query_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    indexes[0].products.search("something for the office", 4)
    out["second_query_s"] = time.perf_counter() - mark
    mark = time.perf_counter()
    load_nlp()
    out["spacy_load_s"] = time.perf_counter() - mark
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def _warm_up(log_dir: str) -> None:
    """One dialogue per category, so one-time loads (embedding model, spaCy, catalogs, indexes) are done."""
    from salessim_inspect.tasks import salessim

    _eval(salessim(per_category=1), log_dir, model="salessim/heuristic-shopper")


def _in_order_makespan(durations: list[float], slots: int) -> float:
    """Wall time of running jobs in order on `slots` workers with no overhead (what Inspect's scheduler
    can at best do: a sample starts when a slot frees)."""
    free = [0.0] * slots
    heapq.heapify(free)
    end = 0.0
    for duration in durations:
        begin = heapq.heappop(free)
        finish = begin + duration
        end = max(end, finish)
        heapq.heappush(free, finish)
    return end


def child_concurrency(params: dict[str, Any]) -> dict[str, Any]:
    """Wall time of `dialogues` dialogues with `latency` seconds per model call at `connections`."""
    _offline_env()
    from inspect_ai.log import read_eval_log
    from inspect_ai.model import GenerateConfig, get_model

    from benchmarks.probes import Probes
    from salessim_inspect.tasks import salessim

    connections, latency, dialogues = params["connections"], params["latency"], params["dialogues"]
    with tempfile.TemporaryDirectory() as log_dir:
        _warm_up(log_dir)
        probes = Probes().install()
        config = GenerateConfig(max_connections=connections)
        shopper = get_model("salessim/heuristic-shopper", config=config, latency=latency)
        salesbot = get_model("salessim/catalog-salesbot", config=config, latency=latency)
        per_category = -(-dialogues // 6)
        task = salessim(per_category=per_category)
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        log = _eval(
            task,
            log_dir,
            model=shopper,
            model_roles={"salesbot": salesbot},
            limit=dialogues,
            max_connections=connections,
            **(LEAN_OPTIONS if params.get("lean") else {}),
        )
        wall = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu_before
        full = read_eval_log(log.location)
        calls_per_sample = [sum(1 for e in s.events if e.event == "model") for s in full.samples or []]
    calls = sum(calls_per_sample)
    ideal = calls * latency / connections
    in_order = _in_order_makespan([n * latency for n in calls_per_sample], connections)
    return {
        "lean": bool(params.get("lean")),
        "connections": connections,
        "latency_s": latency,
        "dialogues": len(calls_per_sample),
        "model_calls": calls,
        "agent_calls_probed": probes.durations.get("agent_respond", []).__len__(),
        "eval_wall_s": wall,
        "eval_cpu_s": cpu,
        "ideal_s": ideal,
        "efficiency": ideal / wall,
        "ideal_in_order_s": in_order,
        "efficiency_in_order": in_order / wall,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _endpoint_children() -> dict[str, Any]:
    from benchmarks.endpoint import child_endpoint, child_fill_cache

    return {"endpoint": child_endpoint, "fill_cache": child_fill_cache}


CHILDREN = {
    "suite": child_suite,
    "startup": child_startup,
    "concurrency": child_concurrency,
    **_endpoint_children(),
}
# Where the children import the package from (`--code`): this checkout unless told otherwise.
CODE: dict[str, Path | None] = {"dir": None}


# --------------------------------------------------------------------------------------------------
# Parent side: run the children, print the figures.
# --------------------------------------------------------------------------------------------------


def _run_child(
    kind: str, params: dict[str, Any], env: dict[str, str] | None = None, code: Path | None = None
) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.run", "--child", kind, "--params", json.dumps(params)]
    started = time.perf_counter()
    child_env = {**os.environ, **(env or {})}
    cwd = ROOT
    code = code or CODE["dir"]
    if code is not None:
        # Another version of the package (e.g. before a change), measured with this version's benchmarks.
        # `python -m` puts the working directory first on sys.path: run there, so its package wins.
        cwd = code
        child_env["PYTHONPATH"] = os.pathsep.join([str(code), str(ROOT)])
    completed = subprocess.run(command, cwd=cwd, env=child_env, capture_output=True, text=True, check=False)
    lines = [line for line in completed.stdout.splitlines() if line.startswith(RESULT_MARKER)]
    if completed.returncode != 0 or not lines:
        sys.stderr.write(completed.stdout[-4000:] + completed.stderr[-4000:])
        raise RuntimeError(f"benchmark child {kind} {params} failed (exit {completed.returncode})")
    result = json.loads(lines[-1][len(RESULT_MARKER) :])
    result["process_wall_s"] = time.perf_counter() - started
    return result


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    versions = {}
    for package in ("inspect_ai", "torch", "sentence_transformers", "faiss", "spacy", "sklearn"):
        try:
            module = __import__(package)
            versions[package] = getattr(module, "__version__", "?")
        except ImportError:
            versions[package] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory": memory,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "load_average_at_start": _load(),
    }


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[_fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    lines = [
        "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths)) + " |",
        "| " + " | ".join("-" * w for w in widths) + " |",
    ]
    lines += ["| " + " | ".join(c.rjust(w) for c, w in zip(row, widths)) + " |" for row in cells]
    return "\n".join(lines)


def print_suite(result: dict[str, Any]) -> None:
    probes = result["probes"]
    options = ", lean Inspect logging (log_realtime=False, score_display=False)" if result["lean"] else ""
    if result.get("sequential"):
        options += ", one sample at a time (max_samples=1)"
    print(
        f"\n## 1. Offline suite: {result['dialogues']} personas x {result['epochs']} epoch(s), "
        f"salessim/heuristic-shopper vs salessim/catalog-salesbot{options}"
    )
    rows = [
        ["eval wall time (s)", result["eval_wall_s"]],
        ["eval CPU time, all threads (s)", result["eval_cpu_s"]],
        ["samples per second", result["samples_per_s"]],
        ["turns (shopper + salesbot, opening excluded)", result["turns"]],
        ["turns per second", result["turns_per_s"]],
        ["model calls", result["model_calls"]],
        ["peak resident memory (MB)", result["peak_rss_mb"]],
        ["  of which before the eval: imports + data (MB)", result["peak_rss_mb_before_eval"]],
        ["embedding model loads in the process", result["embedder_loads"]],
    ]
    print(_table(["figure", "value"], rows))
    print("\nWhere the eval's wall time goes:")
    rows = [
        ["start-up inside eval (to first dialogue)", result["first_dialogue_s"], "-"],
        ["index load/build", result["index_build_s"], "-"],
        ["offline agents (the 'model' side)", result["agents_s"], "-"],
        [
            "retrieval (query embedding + FAISS)",
            result["retrieval_s"],
            f"{1000 * result['retrieval_s'] / max(result['turns'], 1):.2f} ms/turn",
        ],
        ["scoring, per sample", result["scoring_s"], f"{result['scoring_ms_per_sample']:.2f} ms/sample"],
        ["corpus metrics (Red., all categories)", result["corpus_metrics_s"], "-"],
        [
            "remaining harness (Inspect + solver)",
            result["harness_s"],
            f"{result['harness_ms_per_turn']:.2f} ms/turn",
        ],
    ]
    print(_table(["part", "seconds", "rate"], rows))
    if result.get("sequential"):
        print_overhead_split(result)
    print("\nRetrieval per query and scoring per sample (ms):")
    rows = []
    for name in ("query_total", "query_embed", "query_embed_compute", "faiss_search", "agent_respond"):
        p = probes.get(name)
        if p and p.get("count"):
            rows.append([name, p["count"], p["mean_ms"], p["p50_ms"], p["p95_ms"], p["max_ms"]])
    for name, p in probes.items():
        if name.startswith("score:") and p.get("count"):
            rows.append([name, p["count"], p["mean_ms"], p["p50_ms"], p["p95_ms"], p["max_ms"]])
    p = probes.get("corpus_redundancy")
    if p and p.get("count"):
        rows.append(
            [
                "corpus_redundancy (per metric call)",
                p["count"],
                p["mean_ms"],
                p["p50_ms"],
                p["p95_ms"],
                p["max_ms"],
            ]
        )
    print(_table(["probe", "count", "mean", "p50", "p95", "max"], rows))


def print_overhead_split(result: dict[str, Any]) -> None:
    """Inside versus outside the model calls, per turn (exact when samples run one at a time)."""
    turns = max(result["turns"], 1)
    calls = max(result["model_calls"], 1)

    def per_turn(seconds: float) -> str:
        return f"{1000 * seconds / turns:.2f} ms/turn"

    inspect_sample_s = result["solver_and_sample_logging_s"] - result["solver_s"]
    print("\nInside and outside the model calls (sequential, so the probes do not overlap):")
    rows = [
        [
            "model calls (`Model.generate`, all of it)",
            result["model_calls_s"],
            per_turn(result["model_calls_s"]),
        ],
        [
            "  Inspect's per-call work",
            result["model_calls_s"] - result["agents_s"],
            f"{result['inspect_per_call_ms']:.2f} ms/call",
        ],
        ["  offline agents", result["agents_s"], f"{1000 * result['agents_s'] / calls:.2f} ms/call"],
        ["embedding model load, waited for by the first lookup", result["model_load_wait_s"], "-"],
        ["harness outside model calls", result["outside_calls_s"], per_turn(result["outside_calls_s"])],
        ["  retrieval", result["retrieval_s"], per_turn(result["retrieval_s"])],
        [
            "  scoring + corpus metrics",
            result["scoring_s"] + result["corpus_metrics_s"],
            per_turn(result["scoring_s"] + result["corpus_metrics_s"]),
        ],
        ["  solver (the conversation loop's own work)", result["solver_s"], per_turn(result["solver_s"])],
        [
            "  Inspect's per-sample work (sample set-up, log, events, end of eval)",
            inspect_sample_s,
            per_turn(inspect_sample_s),
        ],
    ]
    print(_table(["part", "seconds", "rate"], rows))


def print_startup(results: dict[str, dict[str, Any]]) -> None:
    print("\n## 2. Start-up (fresh processes)")
    cold, cached = results["stages_cold"], results["stages_cached"]
    rows = [
        ["imports (inspect_ai + salessim_inspect)", cold["imports_s"], cached["imports_s"]],
        ["task build (load and validate 6 categories)", cold["task_build_s"], cached["task_build_s"]],
        ["embedding model load", cold["embedder_load_s"], cached["embedder_load_s"]],
        ["indexes of 6 categories", cold["indexes_s"], cached["indexes_s"]],
        ["first query (after load)", cold["first_query_s"], cached["first_query_s"]],
        ["second query", cold["second_query_s"], cached["second_query_s"]],
        ["spaCy load (first %Cpl. score)", cold["spacy_load_s"], cached["spacy_load_s"]],
    ]
    print(_table(["stage (s)", "cold cache", "cached"], rows))
    first_cold, first_cached = results["first_sample_cold"], results["first_sample_cached"]
    rows = [
        [
            "eval call -> first dialogue starts",
            first_cold["first_dialogue_s"],
            first_cached["first_dialogue_s"],
        ],
        ["  index load/build inside it", first_cold["index_build_s"], first_cached["index_build_s"]],
        [
            "first lookup (waits for the embedding model load)",
            first_cold["first_query_s"],
            first_cached["first_query_s"],
        ],
        ["eval of one sample, total", first_cold["eval_wall_s"], first_cached["eval_wall_s"]],
        ["imports before it", first_cold["imports_s"], first_cached["imports_s"]],
    ]
    print("\nTime to the first sample (`inspect_ai.eval`, one persona):")
    print(_table(["(s)", "cold cache", "cached"], rows))


def print_concurrency(rows_in: list[dict[str, Any]]) -> None:
    first = rows_in[0]
    print(
        f"\n## 3. Concurrency: {first['dialogues']} dialogues, {first['latency_s']} s per model call "
        "(shopper and salesbot), warm process"
    )
    rows = [
        [
            f"{r['connections']}{' (lean)' if r.get('lean') else ''}",
            r["model_calls"],
            r["eval_wall_s"],
            r["ideal_s"],
            f"{100 * r['efficiency']:.1f}%",
            r["ideal_in_order_s"],
            f"{100 * r['efficiency_in_order']:.1f}%",
            r["eval_cpu_s"],
            # No schedule beats the harness's own CPU time (one event loop): the best this machine allows.
            max(r["ideal_in_order_s"], r["eval_cpu_s"]),
        ]
        for r in rows_in
    ]
    print(
        _table(
            [
                "max_connections",
                "model calls",
                "wall (s)",
                "ideal (s)",
                "efficiency",
                "ideal, in-order (s)",
                "efficiency vs in-order",
                "CPU (s)",
                "floor: max(in-order, CPU) (s)",
            ],
            rows,
        )
    )


def print_scale(rows_in: list[dict[str, Any]]) -> None:
    print("\n## 4. Memory and scale (offline suite, fresh process each)")
    rows = [
        [
            r["dialogues"] // max(r["epochs"], 1),
            r["epochs"],
            r["dialogues"],
            r["turns"],
            r["eval_wall_s"],
            r["samples_per_s"],
            1000 * r["eval_wall_s"] / max(r["dialogues"], 1),
            r["peak_rss_mb"],
        ]
        for r in rows_in
    ]
    print(
        _table(
            ["personas", "epochs", "samples", "turns", "wall (s)", "samples/s", "ms/sample", "peak RSS (MB)"],
            rows,
        )
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a check that everything runs")
    parser.add_argument("--only", default=",".join(SECTIONS), help=f"comma-separated subset of {SECTIONS}")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--latency", type=float, help="seconds per model call in the concurrency runs")
    parser.add_argument("--dialogues", type=int, help="dialogues in the concurrency runs")
    parser.add_argument("--connections", help="comma-separated max_connections values")
    parser.add_argument(
        "--latencies", help="comma-separated seconds per model call in the endpoint runs (default 0.2,1.0)"
    )
    parser.add_argument(
        "--sequential-dialogues",
        type=int,
        help="dialogues of the endpoint runs at concurrency 1 (default 12)",
    )
    parser.add_argument("--no-profile", action="store_true", help="endpoint runs without py-spy")
    parser.add_argument(
        "--code", type=Path, help="measure the package in this directory (e.g. an older checkout's tree)"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        help="endpoint runs: also measure the package in this directory, each run interleaved with this one",
    )
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--params", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        result = CHILDREN[args.child](json.loads(args.params))
        print(RESULT_MARKER + json.dumps(result))
        return 0

    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {unknown}; valid: {', '.join(SECTIONS)}")
    quick = args.quick
    if args.code is not None:
        if not (args.code / "salessim_inspect" / "__init__.py").is_file():
            parser.error(f"--code {args.code}: no salessim_inspect package in that directory")
        if (args.code / "benchmarks").exists():
            parser.error(f"--code {args.code}: holds a benchmarks/ folder, which would shadow this one")
        CODE["dir"] = args.code.resolve()
    if args.compare is not None and not (args.compare / "salessim_inspect" / "__init__.py").is_file():
        parser.error(f"--compare {args.compare}: no salessim_inspect package in that directory")
    figures: dict[str, Any] = {"machine": machine(), "quick": quick, "code": str(CODE["dir"] or ROOT)}
    info = figures["machine"]
    print("# salessim-inspect benchmarks" + (" (--quick)" if quick else ""))
    print(
        f"machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; Python {info['python']}; "
        + ", ".join(f"{k} {v}" for k, v in info["versions"].items())
    )
    print(f"load average at start: {info['load_average_at_start']}")

    if "suite" in only:
        figures["suite"] = _run_child("suite", {"per_category": 2 if quick else None})
        print_suite(figures["suite"])
        figures["suite_lean"] = _run_child("suite", {"per_category": 2 if quick else None, "lean": True})
        print_suite(figures["suite_lean"])
        # One sample at a time, so the time inside model calls is measured exactly (see print_overhead_split).
        figures["suite_sequential"] = _run_child(
            "suite", {"per_category": 2 if quick else None, "sequential": True}
        )
        print_suite(figures["suite_sequential"])

    if "startup" in only:
        with tempfile.TemporaryDirectory() as cache:
            env = {"SALESSIM_CACHE_DIR": cache}
            startup = {
                "stages_cold": _run_child("startup", {}, env),
                "stages_cached": _run_child("startup", {}, env),
            }
        with tempfile.TemporaryDirectory() as cache:
            env = {"SALESSIM_CACHE_DIR": cache}
            startup["first_sample_cold"] = _run_child("startup", {"mode": "first_sample"}, env)
            startup["first_sample_cached"] = _run_child("startup", {"mode": "first_sample"}, env)
        figures["startup"] = startup
        print_startup(startup)

    if "concurrency" in only:
        latency = args.latency if args.latency is not None else (0.05 if quick else 0.2)
        dialogues = args.dialogues or (12 if quick else 200)
        default_connections = "1,4" if quick else "1,4,16,64"
        connections = [int(c) for c in (args.connections or default_connections).split(",")]
        runs = [{"connections": n} for n in connections] + [{"connections": max(connections), "lean": True}]
        figures["concurrency"] = [
            _run_child("concurrency", {**run, "latency": latency, "dialogues": dialogues}) for run in runs
        ]
        print_concurrency(figures["concurrency"])

    if "scale" in only:
        sizes = [(1, 1), (2, 1), (1, 2)] if quick else [(17, 1), (None, 1), (None, 3)]
        reuse = figures.get("suite")
        scale = []
        for per_category, epochs in sizes:
            if reuse and per_category is None and epochs == 1 and not quick:
                scale.append(reuse)
            else:
                scale.append(_run_child("suite", {"per_category": per_category, "epochs": epochs}))
        figures["scale"] = scale
        print_scale(scale)

    if "endpoint" in only:
        from benchmarks.endpoint import print_endpoint, run_endpoint

        latencies = [float(x) for x in (args.latencies or ("0.05" if quick else "0.2,1.0")).split(",")]
        default_connections = "1,4" if quick else "1,16,64"
        figures["endpoint"] = run_endpoint(
            _run_child,
            latencies=latencies,
            connections=[int(c) for c in (args.connections or default_connections).split(",")],
            dialogues=args.dialogues or (12 if quick else 120),
            sequential_dialogues=args.sequential_dialogues or (4 if quick else 12),
            profile=not args.no_profile,
            root=ROOT,
            compare=args.compare.resolve() if args.compare else None,
        )
        print_endpoint(figures["endpoint"])

    figures["load_average_at_end"] = _load()
    print(f"\nload average at end: {figures['load_average_at_end']}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
        print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
