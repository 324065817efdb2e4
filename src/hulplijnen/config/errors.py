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


FULL = {28: "no space left on its device", 122: "the disk quota is used up"}  # ENOSPC, EDQUOT
READ_ONLY = {30: "it is on a read-only file system", 13: "permission denied", 1: "it is immutable or not yours"}


def _folder(exc: OSError) -> str:
    """The folder an error is about: the one with the least free space of those it names (a copy names
    its source, not the full destination), the folder itself when it names one."""
    import shutil
    from pathlib import Path

    from .paths import relative_to_root

    named = [Path(str(n)) for n in (exc.filename2, exc.filename) if n]
    folders = [p if p.is_dir() else p.parent for p in named]
    folders = [f for f in folders if f.exists()] or folders
    if not folders:
        return "a folder of the build"
    if exc.errno in FULL and len(folders) > 1:
        folders.sort(key=lambda f: shutil.disk_usage(f).free)
    return relative_to_root(folders[0]) if exc.errno in FULL else relative_to_root(folders[-1])


def storage_problem(exc: BaseException) -> str | None:
    """One line for a build stopped because a folder cannot be written (disk full, read-only, immutable,
    no permission): the folder and what to free or fix; None for any other error."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in {**FULL, **READ_ONLY}:
            folder = _folder(exc)
            if exc.errno in FULL:
                fix = "free space there (make clean removes _output, _staging and _cache) and run the same command"
            else:
                fix = "make it writable (chmod u+w; chattr -i for an immutable folder) and run the same command"
            return (
                f"cannot write to {folder}/: {FULL.get(exc.errno) or READ_ONLY[exc.errno]}; {fix} again. "
                "Releases written before this are complete; every other release keeps its last good output."
            )
        exc = exc.__cause__ or exc.__context__
    return None
