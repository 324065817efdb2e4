"""The report's appendices from what a build made: the source documents of its figures, the glossary of
the terms it uses, the contact-person codes and the long tables the notebooks compute for the appendices only.
The build's own record (software versions, run times, input checksums) stays in build.json beside the report."""

from __future__ import annotations

from pathlib import Path

from ..config import nbfile, yamlfile
from ..config.paths import DATA
from ..presentation import escape, text


def load_names() -> dict[str, str]:
    from ..data import load

    return load.helplines().set_index("helpline")["name"].to_dict()


def counted_words(helplines: list[str]) -> str | None:
    """What a release's one helpline counts when that is not contacts ('oproepen en gesprekken', data/helplines.csv);
    None for a release whose helplines count contacts, or for several (the report then speaks of contacts)."""
    from ..data import load

    units = load.helplines().set_index("helpline").loc[list(helplines), "counting_unit"]
    if len(helplines) > 1 or "contact" in units.iloc[0].split("|"):
        return None
    labels = load.codebook("measures").set_index("measure")["label_nl"]
    return " en ".join(labels[f"{u}s"] for u in units.iloc[0].split("|"))


def sources_markdown(facts: dict, synthetic: bool, quality_chapter: bool) -> str:
    """The source documents the release's figures come from (data/provenance.yml), with their dates."""
    documents = used_documents(facts, synthetic)
    return text.render(
        "sources.md", prose=False, documents=documents, synthetic=synthetic, quality_chapter=quality_chapter
    )


def used_documents(facts: dict, synthetic: bool) -> list[dict]:
    """The documents of data/provenance.yml that the release's facts come from, in the file's order."""
    provenance = yamlfile.load(DATA / "provenance.yml")[0]  # validated by make validate
    used = {
        provenance["files"][f.removeprefix("data/")]["document"]
        for fact in facts.values()
        for f in (fact["source"]["file"] or "").split(", ")
        if f.removeprefix("data/") in provenance["files"]
    }
    if synthetic:  # the generator follows published tables (export.synthetic)
        from ..export.synthetic import CALIBRATION_HELPLINE, CALIBRATION_YEAR

        calibration = f"{CALIBRATION_HELPLINE}/{CALIBRATION_YEAR}/"
        used |= {v["document"] for f, v in provenance["files"].items() if f.startswith(calibration)}
    return [
        {"title": d["title"], "date": d.get("date"), "date_note": d.get("date_note_nl", ""), "covers": d["covers_nl"]}
        for name, d in provenance["documents"].items()
        if name in used
    ]


def shown_text(staging: Path, names: list[str]) -> str:
    """Everything the chapters' notebooks show as Markdown (their text and tables)."""
    return "\n".join(
        o["data"]["text/markdown"]
        for name in names
        for cell in nbfile.read(staging / "notebooks" / f"{name}.ipynb").cells
        for o in cell.get("outputs", [])
        if "text/markdown" in o.get("data", {})
    )


def uses(shown: str, term: str) -> bool:
    """The report's text (Markdown, lower case) has the term as words of its own."""
    import re

    return re.search(rf"(?<!\w){re.escape(term.lower())}(?!\w)", shown.replace("\\", "")) is not None


def glossary_markdown(shown: str, helplines: list[str]) -> str:
    """The terms the report uses (``shown``: its text in lower case), from the codebooks in data/codebooks/;
    the channels are those of the release's ``helplines`` (data/helplines.csv), and what a contact is follows them."""
    from ..data import load

    channels = load.codebook("channels").sort_values("order")
    offered = {c for h in load.helplines().set_index("helpline").loc[list(helplines), "channels"] for c in h.split("|")}
    used = [c for c in channels.itertuples() if c.channel in offered or uses(shown, c.label_nl)]
    measures = load.codebook("measures").sort_values("label_nl")
    units = {
        u for h in load.helplines().set_index("helpline").loc[list(helplines), "counting_unit"] for u in h.split("|")
    }
    # the counting units a release does not count are no terms of its own, and a label that only says the source left
    # the unit unsaid (calls_or_conversations) is a table's note, not a term
    skipped = {"calls_or_conversations"} | (set() if "contact" in units else {"contacts"})
    return text.render(
        "glossary.md",
        prose=False,
        terms=[
            {"key": m.measure, "label": m.label_nl, "definition": m.definition_nl}
            for m in measures.itertuples()
            if uses(shown, m.label_nl) and m.measure not in skipped
        ],
        channels=[c.channel for c in used],
        channel_labels=[c.label_nl for c in used],
        contexts=list(load.codebook("violence_contexts").sort_values("order")["label_nl"])
        if uses(shown, "context van het geweld")
        else [],
        list_channels=uses(shown, "kanaal"),
        helplines=list(helplines),
        counts_contacts="contact" in units,
        derived=uses(shown, "afgeleid uit"),
        points=uses(shown, "procentpunt") or uses(shown, "procentpunten"),
    )


CODE_CHAPTERS = {"contact_persons"}  # chapters that count by contact-person code (registration counts by group)
CODE_TABLE = "contacts_by_contact_person"  # the published table per code a contact-persons chapter counts from


def shows_codes(chapter_names: list[str], helplines: list[str], year: int) -> bool:
    """The code list belongs in a report whose chapters count by code: the contact-persons chapter in a year with a
    published table per code (not one built from rounded shares). The registration per contact counts by group of
    codes, so a report from a contact export alone has no code list."""
    from ..data import load

    if not CODE_CHAPTERS & set(chapter_names):
        return False
    return any(load.has_table(CODE_TABLE, h, year) for h in helplines)


def codes_markdown() -> str:
    """The full contact-person code list of 1712 (data/codebooks/), for the appendix."""
    from ..data import load

    codes = load.codebook("contact_person_codes").merge(
        load.codebook("contact_person_groups")[["group", "label_nl"]].rename(columns={"label_nl": "group_nl"}),
        on="group",
    )
    # rows without a numeric code (justice, unknown, blank) show their Dutch label only, never the machine code
    code_rows = "\n".join(
        f"| {c.code if str(c.code).isdigit() else 'geen code'} | {escape.md_cell(c.label_nl)} "
        f"| {escape.md_cell(c.group_nl)} |"
        for c in codes.itertuples()
    )
    header = "| Code | Contactnemer | Groep |\n|--:|:--------|:------|"
    return f"{header}\n{code_rows}\n\n: Contactnemerscodes van 1712 {{#tbl-codes}}"


APPENDIX_TABLE = "tbl-appendix-"  # a notebook cell labelled so (and include: false) is a table for the appendices


def appendix_tables(staging: Path, names: list[str]) -> list[dict]:
    """Long reference tables and checks the notebooks compute but the chapters do not show (their cells say
    include: false): the table's markdown, caption, label and the text leading into it, for the appendices,
    in chapter order."""
    import re

    tables = []
    for name in names:
        for cell in nbfile.read(staging / "notebooks" / f"{name}.ipynb").cells:
            label = re.search(rf"^#\| label: ({APPENDIX_TABLE}[\w-]+)", cell.source, re.M)
            caption = re.search(r'^#\| tbl-cap: "(.*)"$', cell.source, re.M)
            shown = [
                o["data"]["text/markdown"] for o in cell.get("outputs", []) if "text/markdown" in o.get("data", {})
            ]
            if label and caption and shown:
                # the table (the cell's last output) is Markdown that show_table escaped; the caption is text;
                # what the cell shows before the table is the chapter's text that leads into it (show_text)
                tables.append(
                    {
                        "label": label.group(1),
                        "caption": caption.group(1),
                        "lead": text.markdown("\n\n".join(shown[:-1])),
                        "markdown": text.markdown(shown[-1]),
                        "table": shown[-1].lstrip().startswith("|"),  # a check told in words has no table caption
                    }
                )
    return tables
