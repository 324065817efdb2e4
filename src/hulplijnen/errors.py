"""One exception family. Every message names what a user must fix and where."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one input: the file, the line, the column and the rule broken.

    ``row`` is the line number in the file as an editor shows it (the header is line 1),
    or None when the problem concerns the whole file or column. For files without lines
    (Parquet), ``unit`` is "row" and ``row`` counts data rows from 1.
    """

    file: str
    row: int | None
    column: str | None
    rule: str
    message: str
    unit: str = "line"

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", {self.unit} {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: [{self.rule}] {self.message}"


class HelplineReportError(Exception):
    """Base of every error this project raises on purpose."""


class InputError(HelplineReportError):
    """One or more inputs (data or params) break a rule. Carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (p.file, p.row or 0, p.column or "", p.rule))
        lines = "\n".join(f"  - {p}" for p in self.problems)
        count = len(self.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the inputs:\n{lines}")


class DataError(InputError):
    """A data file in data/ is malformed, breaks its schema or does not reconcile."""


class ParamsError(InputError):
    """A params/<year>.yml file is missing, malformed or names something that does not exist."""


class BuildError(HelplineReportError):
    """The build could not produce a report; the last good report is left untouched."""


class DisclosureError(BuildError):
    """A table would be published with a cell that could be recovered; nothing is published."""


class NotebookExecutionError(BuildError):
    """A notebook cell raised an exception while Papermill executed it."""

    def __init__(self, notebook: str, cell: int | None, exception: str, kept_at: str):
        self.notebook, self.cell, self.exception, self.kept_at = notebook, cell, exception, kept_at
        where = f"cell {cell}" if cell is not None else "an unknown cell"
        super().__init__(
            f"Notebook {notebook} failed in {where}: {exception}\n"
            f"The partly executed notebook is kept for inspection at {kept_at}."
        )


class QuartoNotFoundError(BuildError):
    """The quarto command is not on PATH."""


class QuartoTooOldError(BuildError):
    """The quarto command on PATH is older than the report needs (render.MINIMUM)."""


class ExportError(InputError):
    """A contact export is malformed or breaks the export format (docs/contact-export.md)."""


class AnalysisError(HelplineReportError):
    """An analysis was asked for something the data cannot support."""
