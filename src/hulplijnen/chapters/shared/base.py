"""What every chapter is: a spec (name, Dutch title, which releases it applies to, its methods
text) and a build step that returns a Chapter (text, tables, data for figures)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from ...config.paths import DATA, PACKAGE
from ...data import history


@dataclass
class Chapter:
    """A built chapter: its Dutch text (from its template), its tables, and the data its figures draw."""

    text: str
    tables: dict[str, pd.DataFrame | None] = field(default_factory=dict)
    data: dict[str, object] = field(default_factory=dict)
    sections: dict[str, str | tuple[str, ...]] = field(default_factory=dict)  # its template's sections (text.sections)
    parts: tuple = ()  # what it shows, in order (presentation.parts: Text, Table, Figure), where it declares them
    captions: str = ""  # its caption template (ChapterSpec.captions): the words of its parts' captions

    @classmethod
    def written(
        cls, sections: dict[str, str], tables=None, data=None, parts: tuple = (), captions: str = ""
    ) -> Chapter:
        """A chapter whose template is written in sections (text.sections): its text is the sections in order.
        ``parts``: its sections, tables and figures in reading order, shown by ``show``. A section may be several
        texts, each shown on its own (the helplines chapter: one per helpline). ``captions``: the template whose
        blocks word its tables' and figures' captions (presentation.caption_text)."""
        texts = [t for s in sections.values() for t in ((s,) if isinstance(s, str) else s) if t]
        return cls("\n\n".join(texts), tables or {}, data or {}, sections, parts, captions)

    def show(self) -> None:
        """Show its parts in order, in one notebook cell: each section of its text, then the tables and
        figures it discusses, each with its label and caption (assembly gives each its own cell)."""
        from ...presentation import parts

        parts.show(self)

    def section(self, name: str) -> str:
        """The text of one section of the chapter's template, shown beside the table or figure it discusses."""
        if name not in self.sections:
            from ...config.errors import BuildError

            known = ", ".join(self.sections) or "none: its template has no {% block %} sections"
            raise BuildError(f"the chapter's template has no section {name!r} (its sections: {known})")
        return self.sections[name]


@dataclass(frozen=True)
class ChapterSpec:
    """A chapter as the build sees it. ``order`` places it in the report; ``applies`` decides from
    the release's params (helplines, export) and the data whether the release has this chapter;
    ``title`` may depend on the params too; an ``annex`` chapter serves auditors and stands in the technical
    annex at the end, not among the chapters a reader reads. Its folder (chapters/<name>/) holds its text
    (``text.md``) and, when it brings a methods section, ``methods.md``."""

    name: str
    title: str
    order: int
    applies: Callable[[object], bool]
    title_for: Callable[[object], str] | None = None
    annex: bool = False
    # the chapter it is a section of in a release where it would be thin (its year has only key figures), under
    # ``section_title``; None: a chapter of its own (r19 2021 #1: two thin chapters on who contacts the helpline)
    joins: Callable[[object], str | None] | None = None
    section_title: str = ""

    @property
    def text(self) -> str:
        """The name of the chapter's text template (text.render, text.sections)."""
        return f"chapters/{self.name}/text.md"

    @property
    def captions(self) -> str:
        """The name of the chapter's caption template: a block per caption of its tables and figures."""
        return f"chapters/{self.name}/captions.md"

    @property
    def methods(self) -> str | None:
        """The name of the chapter's methods template, None when its folder has none."""
        name = f"chapters/{self.name}/methods.md"
        return name if (PACKAGE / name).is_file() else None

    def title_of(self, params) -> str:
        return self.title_for(params) if self.title_for else self.title

    def joined_to(self, params) -> str | None:
        return self.joins(params) if self.joins else None


def leads_with_published_tables(params) -> bool:
    """The lead helpline has chapters of its own when the data holds more than its key figures
    (never for a synthetic demo: the published tables are not synthetic)."""
    return not params.is_synthetic and has_published_tables(params.helplines[0])


def has_published_tables(helpline: str) -> bool:
    """Whether data/<helpline>/ holds any published table besides key figures."""
    return any(p.name != "key_figures.csv" for p in (DATA / helpline).glob("*/*.csv"))


def latest_monthly_year(helpline: str, year: int) -> int | None:
    """The latest year up to ``year`` with monthly contacts per channel."""
    return history.latest_year_with("contacts_by_month_channel", helpline, year)
