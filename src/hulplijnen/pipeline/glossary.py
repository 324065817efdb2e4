"""The glossary of the report (report/glossary.yml): the terms the release's text uses, the statistics terms the
annex's methods define where they use them, and the text they are looked for in. Split from appendix.py (r59)."""

from __future__ import annotations

from pathlib import Path

from ..config import nbfile, yamlfile
from ..config.paths import DATA
from ..presentation import text


def shown_text(staging: Path, names: list[str]) -> str:
    """Everything the chapters' notebooks show as Markdown (their text and tables), and the captions of their
    figures and tables (the cells' ``#| fig-cap:`` and ``#| tbl-cap:`` lines)."""
    import re

    cells = [cell for name in names for cell in nbfile.read(staging / "notebooks" / f"{name}.ipynb").cells]
    shown = [
        o["data"]["text/markdown"] for c in cells for o in c.get("outputs", []) if "text/markdown" in o.get("data", {})
    ]
    captions = [m for c in cells for m in re.findall(r"^#\| (?:fig|tbl)-cap: (.*)$", c.source, re.M)]
    return "\n".join(shown + captions)


def uses(shown: str, term: str) -> bool:
    """The report's text (Markdown, lower case) has the term as words of its own."""
    import re

    plain = shown.replace("\\", "").replace("\u00a0", " ").replace("\u202f", " ").replace("\u2011", "-")
    return re.search(rf"(?<![\w-]){re.escape(term.lower())}(?![\w-])", plain) is not None


def glossary_terms() -> list[dict]:
    """The glossary's terms (report/glossary.yml): term, its forms in the text, definition (or the key of one that
    glossary.md writes), the helplines and the chapters it belongs to. A malformed entry stops the build naming the
    file and entry."""
    from pydantic import BaseModel, ConfigDict, Field, ValidationError

    from ..config.errors import BuildError
    from ..config.paths import REPORT_TEXT

    class Term(BaseModel):
        model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
        term: str = Field(min_length=1)
        forms: list[str] = Field(min_length=1)
        definition: str = ""
        key: str | None = None
        only: list[str] = Field(default_factory=list)
        chapters: list[str] = Field(default_factory=list)
        alone: bool = False  # r63 (r63 TO #3): a term of a report of one helpline only (its key messages' word)
        annex: bool = False
        since: str | None = None  # an event of data/events.csv: its start year replaces "{since}" in the definition

    from ..data import load

    started = load.events().set_index("event_id")["start_earliest"].astype(str).str[:4]
    provenance = yamlfile.load(DATA / "provenance.yml")[0]  # r39: the year of the answer events.csv comes from
    answered = str(provenance["documents"][provenance["files"]["events.csv"]["document"]].get("date") or "")[:4]
    # r66 (r66 2020 #4, 2021 #5): the key figures' page (the document of the infographics: files with a part) and year
    infographics = {f: e for f, e in provenance["files"].items() if f.endswith("/key_figures.csv") and e.get("part_nl")}
    pages = list(dict.fromkeys(e["document"] for e in infographics.values()))
    page = provenance["documents"][pages[0]].get("about_nl", "") if len(pages) == 1 else ""
    years = " en ".join(sorted({f.split("/")[-2] for f in infographics}))
    placed = {"{answered}": answered, "{key_figures_page}": page, "{key_figures_year}": years}
    path = REPORT_TEXT / "glossary.yml"
    data, problems = yamlfile.load(path)
    if problems:
        raise BuildError("; ".join(str(p) for p in problems))
    terms = []
    for n, entry in enumerate((data or {}).get("terms") or [], 1):
        try:
            term = Term.model_validate(entry)
        except ValidationError as exc:
            raise BuildError(f"report/glossary.yml, term {n}: {exc.errors()[0]['msg']}") from None
        if not (term.definition or term.key):
            raise BuildError(f"report/glossary.yml, term {n} ({term.term}): no definition")
        out = term.model_dump()
        said = term.definition
        for placeholder, value in placed.items():
            said = said.replace(placeholder, value)
        since = {"definition": said.replace("{since}", started[term.since])} if term.since else {"definition": said}
        terms.append(out | since)
    return terms


def annex_terms(methods: str) -> list[dict]:
    """The statistics terms of report/glossary.yml (``annex: true``) that the annex's methods (``methods``, lower
    case) use: the annex's Methods defines them where it uses them; the glossary, for the chapters' words, never."""
    return sorted(
        (t for t in glossary_terms() if t["annex"] and any(uses(methods, f) for f in t["forms"])),
        key=lambda t: t["term"].lower(),
    )


def glossary_markdown(
    shown: str, helplines: list[str], chapter_names: list[str] | None = None, shift: dict | None = None
) -> str:
    """The jargon of report/glossary.yml that the release's text (``shown``, lower case) uses; the channels are those
    of the release's ``helplines`` (data/helplines.csv), and what a contact, a call and a channel share are follows
    them. A counting unit the release does not count is no term of its own, nor is a term of a chapter the release
    does not have (``chapter_names``; demo #15: "context van het geweld" in a report without the contexts chapter).
    ``shift``: a share of the release that moved between two years (messages.subject_shifts), the example of
    'procentpunt' in the release's own figures (r15 Tele-Onthaal #15)."""
    from ..data import load

    about = load.helplines().set_index("helpline").loc[list(helplines)]
    sourced = about[about["contacts_word_nl"].isna()]  # no word of their own: the glossary follows the source
    channels = load.codebook("channels").sort_values("order")
    offered = {c for h in about["channels"] for c in h.split("|")}
    used = [c for c in channels.itertuples() if c.channel in offered]
    units = {u for h in about["counting_unit"] for u in h.split("|")}
    talked = {c for h in about[about["counting_unit"].str.contains("conversation")]["channels"] for c in h.split("|")}
    counted = {"contacts": "contact" in units, "calls": True, "conversations": "conversation" in units}
    terms = [
        t
        for t in glossary_terms()
        if not t["annex"]
        and any(uses(shown, form) for form in t["forms"])
        and counted.get(t.get("key"), True)
        and (not t.get("only") or set(t["only"]) & set(helplines))
        and (not t.get("alone") or len(helplines) == 1)
        and (not t["chapters"] or chapter_names is None or set(t["chapters"]) & set(chapter_names))
    ]
    every = {t["term"].lower(): t for t in glossary_terms() if not t["annex"]}
    while True:
        terms.sort(key=lambda t: t["term"].lower())
        shown_terms = {t["term"].lower() for t in terms}
        rendered = text.render(
            "glossary.md",
            prose=False,
            terms=terms,
            channels=[c.channel for c in used],
            channel_labels=[c.label_nl for c in used],
            # r32 2021 #4: a helpline counting conversations has its own channels (Tele-Onthaal: no e-mail)
            talk_channels={c.channel: c.label_nl for c in used if c.channel in talked} or None,
            units=sorted(units),
            helplines=about["name"].to_dict(),  # r47: each id with its name (data/helplines.csv), never typed in
            # r47 (r46 2021 #12): helplines counting contacts in the source's word (none in data/helplines.csv)
            own_word=[r.name for r in sourced.itertuples() if "contact" in r.counting_unit.split("|")],
            shift=shift,
            answered=uses(shown, "van de oproepen beantwoorden"),  # r38 (r37 2021 #4): a share of answered calls
        )
        missing = {m.lower(): m for m in pointers(rendered) if m.lower() not in shown_terms}
        if not missing:
            return rendered
        if unknown := sorted(m for low, m in missing.items() if low not in every):
            from ..config.errors import BuildError

            raise BuildError(f"report/glossary: 'zie' points to no term of the glossary: {unknown}")
        terms += [every[low] for low in sorted(missing)]  # a term another definition points to is printed too


def pointers(glossary: str) -> list[str]:
    """The terms a glossary's definitions point to (zie „term”, or „Zie …” opening a definition), as written."""
    import re

    return re.findall(r"[zZ]ie\s+„([^”]+)”", glossary)
