"""The report's tables from runs: the paper's three (decision alignment, with catalog DA beside the paper's DA;
tool use; language) and the name-matching check.

With `paper=True`, the paper's published rows (shipped in `salessim_inspect/reference/`) are added
below the runs' rows, with a `source` column telling them apart.
"""

from collections import Counter

from salessim_inspect.data.categories import CATEGORIES, short_name
from salessim_inspect.reference import human_mean, human_reference, paper_results
from salessim_inspect.report.aggregate import OVERALL, language, rates_by_category
from salessim_inspect.report.logs import DA_SCORER, Run
from salessim_inspect.report.table import Cell, Table

PAPER_SALESBOT = "GPT-5.4"
CATALOG_DA_SCORER = "catalog_alignment"
RUN_COLUMNS = ["model", "salesbot", "prompt"]


def categories_of(runs: list[Run], paper: bool = False) -> list[str]:
    """Every category of the runs (all six with `paper`), the benchmark's first in their usual order."""
    present = {category for run in runs for category in run.categories()}
    if paper:
        present |= set(CATEGORIES)
    return [c for c in CATEGORIES if c in present] + sorted(present - set(CATEGORIES))


def _run_cells(run: Run, with_style: bool = False) -> list[Cell]:
    key = run.key
    model = f"{key.model} ({run.distinction})" if run.distinction else key.model
    if key.task != "salessim":
        model += f" [task {key.task}]"
    salesbot = f"{key.salesbot} ({key.style})" if with_style and key.style != "-" else key.salesbot
    return [model, salesbot, key.prompt]


def _styles_differ(runs: list[Run]) -> bool:
    """Whether the runs were played under different salesbot styles (then each row names its style)."""
    return len({run.key.style for run in runs}) > 1


def _with_source(paper: bool, source: str, cells: list[Cell]) -> list[Cell]:
    return [source, *cells] if paper else cells


def _columns(paper: bool, *rest: str) -> list[str]:
    return (["source"] if paper else []) + RUN_COLUMNS + list(rest)


def decision_alignment_table(runs: list[Run], paper: bool = False) -> Table:
    """Table 1: decision alignment per category and overall, per run."""
    categories = categories_of(runs, paper)
    styled = _styles_differ(runs)
    table = Table(
        name="table1_decision_alignment",
        title="Table 1. Decision alignment",
        columns=_columns(paper, "figure", "n", *(short_name(c) for c in categories), OVERALL),
        notes=[
            "DA: share of dialogues whose decision agrees with the persona, the paper's definition (walking "
            "away is right when nothing acceptable was shown); catalog DA: bought a recommended acceptable "
            "product, or walked away when the catalog has none (docs/architecture.md §5). n: dialogues; "
            "overall: mean of the category figures, as in the paper.",
        ],
    )
    for run in runs:
        for figure, name in (("DA", DA_SCORER), ("catalog DA", CATALOG_DA_SCORER)):
            rates = rates_by_category(run, name)
            if not rates:
                continue  # logs from before catalog DA
            figures = [rates[c].mean if c in rates else None for c in [*categories, OVERALL]]
            cells = [*_run_cells(run, styled), figure, len(run.rows), *figures]
            table.rows.append(_with_source(paper, "log", cells))
    if paper:
        for name, row in paper_results()["decision_alignment"].items():
            figures = [row.get(c) for c in [*categories, OVERALL]]
            table.rows.append(["paper", name, PAPER_SALESBOT, None, "DA", None, *figures])
        table.notes.append(f"Paper rows: {paper_results()['source']}")
    return table


def _percent(run: Run, name: str, categories: list[str]) -> list[Cell]:
    rates = rates_by_category(run, name)
    return [100 * rates[c].mean if c in rates else None for c in [*categories, OVERALL]]


def tool_use_table(runs: list[Run], paper: bool = False) -> Table:
    """Table 2: End. (first-turn terminal action) and Fmt. (format error), % of dialogues."""
    categories = categories_of(runs, paper)
    styled = _styles_differ(runs)
    table = Table(
        name="table2_tool_use",
        title="Table 2. Tool use: End. and Fmt. (% of dialogues)",
        columns=_columns(paper, "figure", *(short_name(c) for c in categories), OVERALL),
        decimals=2,
        notes=[
            "End.: the shopper's first turn is a terminal action; Fmt.: at least one malformed or "
            "text-written tool call; overall: mean of the category figures.",
        ],
    )
    for run in runs:
        for figure, name in (("End.", "early_exit"), ("Fmt.", "format_error")):
            cells = [*_run_cells(run, styled), figure, *_percent(run, name, categories)]
            table.rows.append(_with_source(paper, "log", cells))
    if paper:
        blanks: list[Cell] = [None] * len(categories)
        for name, row in paper_results()["tool_use_percent_overall"].items():
            for figure, key in (("End.", "early_exit"), ("Fmt.", "format_error")):
                table.rows.append(["paper", name, PAPER_SALESBOT, None, figure, *blanks, row[key]])
        table.notes.append(
            "Paper rows: overall figures only (the per-category figures are not shipped with the "
            f"package). {paper_results()['source']}"
        )
    return table


def language_table(runs: list[Run], paper: bool = False) -> Table:
    """Table 3: Crit., %Cpl. and its human gap, Red. and its human gap, per run."""
    styled = _styles_differ(runs)
    table = Table(
        name="table3_language",
        title="Table 3. Language: Crit., %Cpl., Red. (gaps: model - human)",
        columns=_columns(paper, "n", "Crit.", "%Cpl.", "%Cpl. gap", "Red.", "Red. gap", "method"),
        notes=[
            "Crit.: criteria in the first shopper message; %Cpl.: share of complete sentences; Red.: "
            "mean TF-IDF similarity to the other dialogues of the category. Gaps are to human "
            f"shoppers (%Cpl. {human_mean('sentence_completeness'):.3f}, "
            f"Red. {human_mean('tfidf_redundancy'):.3f}); method: how Crit./%Cpl. were measured.",
        ],
    )
    for run in runs:
        fig = language(run)
        cells = [
            *_run_cells(run, styled),
            fig.n,
            fig.crit,
            fig.cpl,
            fig.cpl_gap,
            fig.red,
            fig.red_gap,
            fig.method,
        ]
        table.rows.append(_with_source(paper, "log", cells))
    if paper:
        for name, row in paper_results()["language"]["rows"].items():
            cells = [name, PAPER_SALESBOT, None, None, row["crit"], None, row["cpl_gap"], None]
            table.rows.append(["paper", *cells, row["red_gap"], "judge"])
        human = human_reference()["overall"]
        table.rows.append(
            [
                "human",
                f"Human shoppers ({human_reference()['dialogues']} dialogues)",
                None,
                None,
                human_reference()["dialogues"],
                human["first_turn_criteria"]["mean"],
                human["sentence_completeness"]["mean"],
                0.0,
                human["tfidf_redundancy"]["mean"],
                0.0,
                "judge",
            ]
        )
        table.notes.append(f"Paper rows: {paper_results()['source']}")
        table.notes.append(f"Human row: {human_reference()['source']}")
    return table


def name_matching_table(runs: list[Run]) -> Table:
    """How often the salesbot's product references or the shopper's purchases named no catalog product."""
    table = Table(
        name="name_matching",
        title="Name matching: references that resolved to no product",
        columns=[*RUN_COLUMNS, "n", "refs/dialogue", "dialogues with one", "purchases", "most frequent"],
        notes=[
            "refs/dialogue: product references in the salesbot's replies that the matcher resolved to no "
            "catalog product (scorer unmatched_names); dialogues with one: their share; purchases: share of "
            "add_to_cart arguments that name no product (off_catalog). A high figure means R, and so DA, may "
            "miss products this salesbot named: look at the most frequent unresolved references.",
        ],
    )
    styled = _styles_differ(runs)
    for run in runs:
        counts = [v for row in run.rows if (v := row.value("unmatched_names")) is not None]
        if not counts:
            continue  # logs from before the scorer
        purchases = [
            v
            for row in run.rows
            if row.action == "add_to_cart" and (v := row.value("off_catalog")) is not None
        ]
        frequent = Counter(ref for row in run.rows for ref in row.unresolved).most_common(5)
        table.rows.append(
            [
                *_run_cells(run, styled),
                len(counts),
                sum(counts) / len(counts),
                sum(1 for c in counts if c) / len(counts),
                sum(purchases) / len(purchases) if purchases else None,
                "; ".join(f"{ref} ({n})" for ref, n in frequent) or "-",
            ]
        )
    return table


def _share(rows: list, name: str) -> float | None:
    values = [v for row in rows if (v := row.value(name)) is not None]
    return sum(values) / len(values) if values else None


def visual_table(runs: list[Run]) -> Table:
    """DA on personas with a dealbreaker only the product image shows, beside the others."""
    table = Table(
        name="visual_dealbreakers",
        title="Decision alignment with and without a dealbreaker only the image shows",
        columns=[
            *RUN_COLUMNS,
            "images",
            "n visual",
            "DA visual",
            "DA other",
            "catalog DA visual",
            "catalog DA other",
        ],
        notes=[
            "visual: personas with a dealbreaker on an attribute the product image shows and the product text does "
            "not state (sample metadata visual_dealbreakers). A shopper that cannot see the pictures (-T "
            "images=false, or a text-only model) can only guess these, so DA visual falls below DA other.",
        ],
    )
    styled = _styles_differ(runs)
    for run in runs:
        if not any(row.visual is not None for row in run.rows):
            continue  # logs from before visual attributes
        visual = [row for row in run.rows if row.visual]
        other = [row for row in run.rows if row.visual is False]
        images = dict(run.key.options).get("images", "-")
        table.rows.append(
            [
                *_run_cells(run, styled),
                images,
                len(visual),
                _share(visual, DA_SCORER),
                _share(other, DA_SCORER),
                _share(visual, CATALOG_DA_SCORER),
                _share(other, CATALOG_DA_SCORER),
            ]
        )
    return table


def report_tables(runs: list[Run], paper: bool = False) -> list[Table]:
    """The paper's three tables for `runs`, the name-matching check and the visual-dealbreaker split."""
    tables = [decision_alignment_table(runs, paper), tool_use_table(runs, paper), language_table(runs, paper)]
    return tables + [table for table in (name_matching_table(runs), visual_table(runs)) if table.rows]
