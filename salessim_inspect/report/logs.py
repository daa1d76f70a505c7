"""Reading SalesSim eval logs into runs of typed per-sample rows.

A *run* is one configuration: the evaluated model (the shopper), the salesbot, the shopper prompt, the
task, and the task's other conversation options. Logs of the same configuration are combined into one
run only if their samples do not overlap; logs of different configurations are never merged.
"""

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspect_ai.log import EvalLog, EvalSample, list_eval_logs, read_eval_log

from salessim_inspect.data.categories import CATEGORIES
from salessim_inspect.scorers.features import FEATURES_KEY
from salessim_inspect.transcript import Transcript

DA_SCORER = "decision_alignment"
# Per-sample score values that are not figures of the shopper (logs before round 2: Red. had a placeholder
# scorer of its own).
_NOT_FIGURES = ("redundancy",)
# Logs before round 2 named some figures differently: their names now.
_RENAMED = {"off_catalog_purchase": "off_catalog"}
_LANGUAGE = ("crit", "cpl")
# Task options that pick which personas run; runs that differ only in these are the same configuration.
_SELECTION_OPTIONS = ("per_category", "feasible")
_TRANSCRIPT_SALESBOT = Transcript.store_key("salesbot_model")
_SHOPPER_TEXT = "shopper_text"


class ReportError(ValueError):
    """Logs that cannot be reported or compared (the message says why); the command exits with 2."""


@dataclass(frozen=True)
class RunKey:
    """What makes two logs the same run."""

    task: str
    model: str
    salesbot: str
    prompt: str
    options: tuple[tuple[str, str], ...] = ()
    style: str = "-"  # the salesbot style (-T salesbot=...); "-" for logs from before salesbot styles

    def label(self) -> str:
        """A one-line name: shopper, salesbot (and its style), prompt (and the task when it is not `salessim`)."""
        salesbot = self.salesbot if self.style == "-" else f"{self.salesbot} ({self.style})"
        text = f"{self.model} | salesbot {salesbot} | prompt {self.prompt}"
        return text if self.task == "salessim" else f"{text} | task {self.task}"


@dataclass(frozen=True)
class SampleRow:
    """One scored dialogue of a run.

    Attributes:
        sample_id: The sample's id in its log.
        persona_id: The persona (pairs samples across runs, with `epoch`).
        epoch: The epoch of the sample.
        category: The persona's product category.
        feasible: Whether the persona has an acceptable product.
        outcome: The decision-alignment outcome label (docs/architecture.md §5), if scored.
        values: Every numeric per-sample score value by name (`decision_alignment`, `catalog_alignment`,
            `early_exit`, `format_error`, `crit`, `cpl`, ...); NaN for unscored ones.
        shopper_text: The shopper's spoken text (the Red. corpus), if the `cpl` scorer ran.
        methods: How `crit` and `cpl` were measured (e.g. "judge openai/gpt-4o", "spaCy dependency parse").
        source: The log file the sample came from.
        action: The shopper's decision: "add_to_cart", "end_conversation" or "none", if scored.
        shown_acceptable: Whether the salesbot named an acceptable product before the decision.
        features: The per-dialogue features of the language score (scorers/features.py), if logged.
        unresolved: Product references of the salesbot that named no catalog product (`unmatched_names`).
        visual: Whether the persona has a dealbreaker only the product image shows (None: not recorded).
        product: The catalog product the shopper bought (the DA score's resolved `add_to_cart`), if any.
        persona: The persona record from the sample metadata (for what a purchase broke), if present.
    """

    sample_id: str
    persona_id: str
    epoch: int
    category: str
    feasible: bool | None
    outcome: str | None
    values: Mapping[str, float]
    shopper_text: str | None
    source: str
    methods: Mapping[str, str] = field(default_factory=dict)
    action: str | None = None
    shown_acceptable: bool | None = None
    features: Mapping[str, Any] | None = None
    unresolved: tuple[str, ...] = ()
    visual: bool | None = None
    product: str | None = None
    persona: Mapping[str, Any] | None = None

    def value(self, name: str) -> float | None:
        """The score value `name`, or None when the sample has none (or it is NaN)."""
        value = self.values.get(name)
        return None if value is None or math.isnan(value) else value


@dataclass
class Run:
    """The scored samples of one run configuration, from one or more logs."""

    key: RunKey
    rows: list[SampleRow] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Set when another run has the same label: the options that tell them apart.
    distinction: str = ""

    @property
    def label(self) -> str:
        """The run's name in tables and plots."""
        return f"{self.key.label()} | {self.distinction}" if self.distinction else self.key.label()

    def categories(self) -> list[str]:
        """The run's categories: the benchmark's in their usual order, then any others by name."""
        present = {row.category for row in self.rows}
        return [c for c in CATEGORIES if c in present] + sorted(present - set(CATEGORIES))

    def in_category(self, category: str) -> list[SampleRow]:
        return [row for row in self.rows if row.category == category]


def _linked_logs(directory: Path) -> set[Path]:
    """Symbolic links to log files under `directory` (Inspect's listing skips them; a user may gather the
    logs of a report by linking them into one folder)."""
    return {
        p
        for suffix in ("*.eval", "*.json")
        for p in directory.rglob(suffix)
        if p.is_symlink() and p.is_file()
    }


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Log files: files as given, directories searched recursively for `.eval` and `.json` logs."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            infos = list_eval_logs(str(path.resolve()), recursive=True, descending=False)
            logs = sorted({Path(_local_path(info.name)) for info in infos} | _linked_logs(path.resolve()))
            if not logs:
                raise ReportError(f"no Inspect logs (.eval or .json) under {path}")
            found.extend(logs)
        elif path.is_file():
            found.append(path)
        else:
            raise ReportError(f"no such log file or directory: {path}")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise ReportError("no logs given")
    return unique


def _local_path(name: str) -> str:
    return name[len("file://") :] if name.startswith("file://") else name


def _salesbot(log: EvalLog) -> str:
    roles = log.eval.model_roles or {}
    if "salesbot" in roles:
        return roles["salesbot"].model
    for sample in log.samples or []:
        recorded = (sample.store or {}).get(_TRANSCRIPT_SALESBOT)
        if recorded:
            return str(recorded)
    default = (log.eval.metadata or {}).get("salesbot_default")
    return str(default) if default else "unknown"


def _options(log: EvalLog) -> dict[str, Any]:
    options = dict((log.eval.metadata or {}).get("options") or {})
    options.update(log.eval.task_args or {})
    roles = log.eval.model_roles or {}
    if "judge" in roles:  # the judge measures Crit. and %Cpl.: runs judged differently stay apart
        options["judge"] = roles["judge"].model
    return options


def run_key(log: EvalLog) -> RunKey:
    """The run configuration of a log."""
    options = _options(log)
    prompt = str(options.pop("prompt", "unknown"))
    style = str(options.pop("salesbot", "-"))
    rest = tuple(
        sorted((name, str(value)) for name, value in options.items() if name not in _SELECTION_OPTIONS)
    )
    return RunKey(
        task=log.eval.task.split("/")[-1],
        model=log.eval.model,
        salesbot=_salesbot(log),
        prompt=prompt,
        options=rest,
        style=style,
    )


def _numeric(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    return None


def _figure_name(name: str) -> str | None:
    """The current name of a per-sample figure, for logs of any version (None: not a figure)."""
    for figure in _LANGUAGE:  # before round 2: crit_judge, crit_constraints, cpl_spacy, cpl_gap_spacy, ...
        if name.startswith(f"{figure}_"):
            return None if name.startswith(f"{figure}_gap") else figure
    return _RENAMED.get(name, name)


def _values_and_methods(sample: EvalSample) -> tuple[dict[str, float], dict[str, str]]:
    values: dict[str, float] = {}
    methods: dict[str, str] = {}
    for scorer_name, score in (sample.scores or {}).items():
        if scorer_name in _NOT_FIGURES:
            continue
        items = score.value.items() if isinstance(score.value, Mapping) else [(scorer_name, score.value)]
        for key, value in items:
            name = _figure_name(key)
            if name is None:
                continue
            number = _numeric(value)
            values[name] = math.nan if number is None else number
            if name in _LANGUAGE:
                method = (score.metadata or {}).get("method") or key.split("_", 1)[-1]
                methods[name] = str(method)
    return values, methods


def _from_metadata(scores: Mapping[str, Any], holders: tuple[str, ...], key: str) -> Any:
    for holder in holders:
        score = scores.get(holder)
        if score is not None and (score.metadata or {}).get(key) is not None:
            return score.metadata[key]
    return None


def _with_measured(
    features: Mapping[str, Any], values: Mapping[str, float], methods: Mapping[str, str]
) -> dict:
    """The features with Crit. and %Cpl. from their own scorers (the `cpl` score logs the others)."""
    merged = dict(features)
    measured = dict(merged.get("methods") or {})
    for name in ("crit", "cpl"):
        if merged.get(name) is None and name in values and not math.isnan(values[name]):
            merged[name] = values[name]
        if name in methods and name not in measured:
            measured[name] = "judge" if methods[name].startswith("judge") else "deterministic"
    merged["methods"] = measured
    return merged


def sample_row(sample: EvalSample, source: str) -> SampleRow:
    """The typed row of one sample of a SalesSim log (of this version or an earlier one)."""
    metadata = sample.metadata or {}
    scores = sample.scores or {}
    da = scores.get(DA_SCORER)
    da_meta = (da.metadata or {}) if da is not None else {}
    feasible = metadata.get("feasible", da_meta.get("feasible"))
    # The Red. corpus text and the features: in `cpl` now, in `redundancy` / `language` before round 2.
    text = _from_metadata(scores, ("cpl", "redundancy"), _SHOPPER_TEXT)
    features = _from_metadata(scores, ("cpl", "language"), FEATURES_KEY)
    shown = da_meta.get("recommended_acceptable")
    category = metadata.get("category")
    if category is None:
        raise ReportError(f"{source}: sample {sample.id!r} has no 'category' metadata; not a SalesSim log?")
    values, methods = _values_and_methods(sample)
    return SampleRow(
        sample_id=str(sample.id),
        persona_id=str(metadata.get("persona_id", sample.id)),
        epoch=int(sample.epoch),
        category=str(category),
        feasible=None if feasible is None else bool(feasible),
        outcome=da_meta.get("outcome"),
        values=values,
        shopper_text=text,
        source=source,
        methods=methods,
        action=da_meta.get("action"),
        shown_acceptable=None if shown is None else bool(shown),
        features=None if features is None else _with_measured(features, values, methods),
        unresolved=tuple(_from_metadata(scores, ("unmatched_names",), "unresolved") or ()),
        visual=None if "visual_dealbreakers" not in metadata else bool(metadata["visual_dealbreakers"]),
        product=da_meta.get("product"),
        persona=metadata.get("persona"),
    )


def read_log(path: Path) -> tuple[RunKey, list[SampleRow], list[str]]:
    """One log's run configuration, its scored samples and any warnings about it."""
    try:
        log = read_eval_log(str(path))
    except Exception as exc:  # a file that is not an Inspect log
        raise ReportError(f"cannot read {path} as an Inspect log: {exc}") from exc
    warnings: list[str] = []
    if log.status != "success":
        warnings.append(f"{path.name}: log status is {log.status!r}; only its scored samples are used")
    samples = log.samples or []
    if not samples:
        raise ReportError(f"{path} has no samples (was it written with --no-log-samples?)")
    scored = [s for s in samples if s.scores]
    if len(scored) < len(samples):
        warnings.append(f"{path.name}: {len(samples) - len(scored)} sample(s) without scores left out")
    if not any(DA_SCORER in (s.scores or {}) for s in scored):
        raise ReportError(
            f"{path} has no {DA_SCORER!r} scores (task {log.eval.task!r}); is it a SalesSim log?"
        )
    rows = [sample_row(s, str(path)) for s in scored]
    return run_key(log), rows, warnings


def _add(run: Run, rows: Sequence[SampleRow], source: str) -> None:
    seen = {(row.sample_id, row.epoch): row.source for row in run.rows}
    for row in rows:
        if (row.sample_id, row.epoch) in seen:
            raise ReportError(
                f"{source} and {seen[(row.sample_id, row.epoch)]} are the same run ({run.label}) and both "
                f"hold sample {row.sample_id!r} (epoch {row.epoch}); pass only one of them"
            )
    run.rows.extend(rows)
    run.sources.append(source)


def _disambiguate(runs: list[Run]) -> None:
    """Runs that share a label but differ in other options: name the options that differ."""
    by_label: dict[str, list[Run]] = {}
    for run in runs:
        by_label.setdefault(run.key.label(), []).append(run)
    for group in by_label.values():
        if len(group) < 2:
            continue
        differing = sorted(
            {name for run in group for name, value in run.key.options} - _shared_options(group)
        )
        for run in group:
            options = dict(run.key.options)
            run.distinction = ", ".join(f"{name}={options.get(name, '-')}" for name in differing)


def _shared_options(group: list[Run]) -> set[str]:
    first = dict(group[0].key.options)
    return {
        name
        for name, value in first.items()
        if all(dict(run.key.options).get(name) == value for run in group[1:])
    }


def load_runs(paths: Iterable[str | Path]) -> list[Run]:
    """Every run in the logs at `paths` (files or directories), in the order first seen.

    Raises:
        ReportError: a path holds no logs, a log is not a SalesSim log, or two logs of the same run
            hold the same sample.
    """
    runs: dict[RunKey, Run] = {}
    for path in expand_paths(paths):
        key, rows, warnings = read_log(path)
        run = runs.setdefault(key, Run(key=key))
        run.warnings.extend(warnings)
        _add(run, rows, str(path))
    result = list(runs.values())
    _disambiguate(result)
    return result
