"""A small table type rendered as aligned Markdown and as CSV (the same content)."""

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field

Cell = str | int | float | None
MISSING = "—"


@dataclass
class Table:
    """A titled table.

    Attributes:
        name: File stem of the table's `.md` and `.csv` files.
        title: Heading of the table.
        columns: Column names.
        rows: One list of cells per row; None is a missing figure.
        decimals: Decimal places of float cells.
        notes: Lines printed under the Markdown table.
        formats: Formatting of the numbers of particular columns, by column name.
    """

    name: str
    title: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    decimals: int = 3
    notes: list[str] = field(default_factory=list)
    formats: dict[str, Callable[[float], str]] = field(default_factory=dict)

    def cell_text(self, cell: Cell, column: str | None = None) -> str:
        """A cell as displayed."""
        if cell is None:
            return MISSING
        if column in self.formats and isinstance(cell, int | float):
            return self.formats[column](cell)
        if isinstance(cell, float):
            return f"{cell:.{self.decimals}f}"
        return str(cell)

    def _texts(self, row: list[Cell]) -> list[str]:
        return [self.cell_text(cell, column) for cell, column in zip(row, self.columns, strict=True)]

    def _numeric_column(self, index: int) -> bool:
        cells = [row[index] for row in self.rows if row[index] is not None]
        return bool(cells) and all(isinstance(c, int | float) for c in cells)

    def markdown(self, title: bool = True) -> str:
        """The table as aligned GitHub Markdown, numeric columns right-aligned, with notes.

        Args:
            title: Put the title above the table, as a level-3 heading.
        """
        texts = [[text.replace("|", "\\|") for text in self._texts(row)] for row in self.rows]
        widths = [max([len(name), 3, *(len(row[i]) for row in texts)]) for i, name in enumerate(self.columns)]
        numeric = [self._numeric_column(i) for i in range(len(self.columns))]

        def line(cells: list[str]) -> str:
            padded = [
                cell.rjust(w) if num else cell.ljust(w)
                for cell, w, num in zip(cells, widths, numeric, strict=True)
            ]
            return "| " + " | ".join(padded) + " |"

        rule = (
            "|"
            + "|".join(("-" * (w + 1) + ":") if num else "-" * (w + 2) for w, num in zip(widths, numeric))
            + "|"
        )
        lines = [line(self.columns), rule, *(line(row) for row in texts)]
        if title:
            lines = [f"### {self.title}", "", *lines]
        if self.notes:
            lines += ["", *self.notes]
        return "\n".join(lines) + "\n"

    def csv(self) -> str:
        """The table as CSV: displayed figures, missing ones empty."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow(
                ["" if c is None else text for c, text in zip(row, self._texts(row), strict=True)]
            )
        return buffer.getvalue()
