"""A release: one params/<release>.yml, loaded and checked once, with its chapters and its paths.

The build loads every release it builds once and passes the object through planning, execution,
assembly and rendering. A *release* is a params file's name ('2021', '2021-tele-onthaal', 'demo');
its *year* is the calendar year it reports on (``release.params.year``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..config.errors import ParamsError, Problem
from ..config.params import ReportParams, load_params
from ..config.paths import NOTEBOOKS, params_file


@dataclass(frozen=True)
class Release:
    id: str
    params: ReportParams
    chapters: tuple[str, ...]

    @property
    def year(self) -> int:
        return self.params.year

    @property
    def params_file(self) -> Path:
        return params_file(self.id)

    def notebook(self, chapter: str, folder: Path = NOTEBOOKS) -> Path:
        return folder / f"{chapter}.ipynb"

    @cached_property
    def titles(self) -> dict[str, str]:
        from .. import chapters

        return {name: chapters.spec(name).title_of(self.params) for name in self.chapters}

    @cached_property
    def reading(self) -> list[dict]:
        """The chapters a reader reads, in order (not the annex ones): each its name, title and the chapters shown
        as its sections (name, title): a chapter that joins another of the release (ChapterSpec.joins)."""
        from .. import chapters

        joined = {n: p for n in self.chapters if (p := chapters.spec(n).joined_to(self.params)) in self.chapters}
        return [
            {
                "name": n,
                "title": self.titles[n],
                "sections": [{"name": j, "title": chapters.spec(j).section_title} for j, p in joined.items() if p == n],
            }
            for n in self.chapters
            if not chapters.spec(n).annex and n not in joined
        ]

    @cached_property
    def numbers(self) -> dict[str, int]:
        """Each reading chapter's number, a chapter shown as a section with its chapter's."""
        return {n: i for i, c in enumerate(self.reading, 1) for n in [c["name"], *(s["name"] for s in c["sections"])]}

    @cached_property
    def places(self) -> tuple[dict[str, str], dict[str, str]]:
        """The chapters' titles and numbers as the table of contents gives them: a chapter shown as a section by its
        section's (r41 2021 #13: 'Bij 2.1: Geslacht en leeftijd', not chapter 2 under the joined chapter's title)."""
        titles, numbers = dict(self.titles), {n: str(i) for n, i in self.numbers.items()}
        for i, c in enumerate(self.reading, 1):
            for k, s in enumerate(c["sections"], 1):
                titles[s["name"]], numbers[s["name"]] = s["title"], f"{i}.{k}"
        return titles, numbers


def load_release(release: str) -> Release:
    """Load and check params/<release>.yml and decide its chapters (raises InputError when invalid)."""
    from .. import chapters

    params = load_params(release)
    return Release(str(release), params, tuple(chapters.for_params(params)))


def public_values(params: ReportParams) -> dict[str, Any]:
    """The params as outputs show them (build.json, the notebooks' parameters): an export by its
    fingerprint, never by its path (which may name a private folder)."""
    values = params.model_dump(mode="json")
    if params.export is not None and params.export.path is not None:
        from ..export.ledger import export_ref  # only a release with a path export needs the ledger

        values["export"] = export_ref(params.export)
    return values


def notebook_parameters(params: ReportParams, declared: list[str]) -> dict[str, Any]:
    """The values Papermill passes to a notebook: exactly the names its parameters cell declares."""
    values = public_values(params)
    missing = [name for name in declared if name not in values]
    if missing:
        raise ParamsError(
            [
                Problem("params", None, name, "undeclared", f"a notebook declares '{name}', which is not a params key")
                for name in missing
            ]
        )
    return {name: values[name] for name in declared}
