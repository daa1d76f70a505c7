"""Whether two eval logs scored the same: every sample's every score, and every metric, to the last digit.

    python -m benchmarks.same_scores BEFORE.eval AFTER.eval

A speed change must not change a result: offline runs are regression baselines. Samples are matched by
(id, epoch); a score is compared by its value, answer and explanation, a metric by its value, exactly
(floats by their repr, NaN equal to NaN). Prints what differs and exits 1 if anything does.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import Any


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or repr(a) == repr(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def sample_scores(log: Any) -> dict[tuple[Any, int], dict[str, tuple[Any, Any, Any]]]:
    """(sample id, epoch) -> scorer -> (value, answer, explanation)."""
    return {
        (sample.id, sample.epoch): {
            name: (score.value, score.answer, score.explanation)
            for name, score in (sample.scores or {}).items()
        }
        for sample in log.samples or []
    }


def metrics(log: Any) -> dict[str, Any]:
    """'scorer/metric' -> value, over every score group of the results."""
    found = {}
    for group in (log.results.scores if log.results else []) or []:
        for name, metric in group.metrics.items():
            found[f"{group.name}/{name}"] = metric.value
    return found


def differences(before: Any, after: Any) -> list[str]:
    """What differs between two logs' scores and metrics (empty when they are the same)."""
    found: list[str] = []
    a, b = sample_scores(before), sample_scores(after)
    if a.keys() != b.keys():
        found.append(
            f"samples differ: {len(a.keys() - b.keys())} only before, {len(b.keys() - a.keys())} only after"
        )
    for key in sorted(a.keys() & b.keys(), key=str):
        for scorer in sorted(a[key].keys() | b[key].keys()):
            if not _same(a[key].get(scorer), b[key].get(scorer)):
                found.append(f"sample {key} {scorer}: {a[key].get(scorer)!r} != {b[key].get(scorer)!r}")
    ma, mb = metrics(before), metrics(after)
    for name in sorted(ma.keys() | mb.keys()):
        if not _same(ma.get(name), mb.get(name)):
            found.append(f"metric {name}: {ma.get(name)!r} != {mb.get(name)!r}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.same_scores", description=__doc__.splitlines()[0]
    )
    parser.add_argument("before")
    parser.add_argument("after")
    args = parser.parse_args(argv)
    from inspect_ai.log import read_eval_log

    before, after = read_eval_log(args.before), read_eval_log(args.after)
    found = differences(before, after)
    samples = len(before.samples or [])
    scores = sum(len(s.scores or {}) for s in before.samples or [])
    if found:
        print(f"{len(found)} difference(s):")
        print("\n".join(found[:50]))
        return 1
    print(f"same: {samples} samples, {scores} scores and {len(metrics(before))} metrics, every digit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
