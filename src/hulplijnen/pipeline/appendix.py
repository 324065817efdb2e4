"""The report's appendices from what a build made: the source documents of its figures, the glossary of
the terms it uses, the contact-person codes and the long tables the notebooks compute for the appendices only.
The build's own record (software versions, run times, input checksums) stays in build.json beside the report."""

from __future__ import annotations

from pathlib import Path

from ..config import nbfile, yamlfile
from ..config.paths import DATA
from ..facts import recorded
from ..presentation import escape, text
from .websites import filled, one_website
from .websites import linked as _linked


def load_names() -> dict[str, str]:
    from ..data import load

    return load.helplines().set_index("helpline")["name"].to_dict()


def counted_words(helplines: list[str]) -> str | None:
    """What a release's one helpline counts if not contacts ('oproepen en gesprekken'); else None."""
    from ..data import load

    units = load.helplines().set_index("helpline").loc[list(helplines), "counting_unit"]
    if len(helplines) > 1 or "contact" in units.iloc[0].split("|"):
        return None
    labels = load.codebook("measures").set_index("measure")["label_nl"]
    return " en ".join(labels[f"{u}s"] for u in units.iloc[0].split("|"))


def used_documents(facts: dict, synthetic: bool) -> list[dict]:
    """The source documents of the release's facts (data/provenance.yml, from the files they cite): title, date, what
    it covers, how the report names it, scan, the part used, publisher, how to find it (2021 #3, 2020 #2, TO #1)."""
    provenance = yamlfile.load(DATA / "provenance.yml")[0]  # validated by make validate
    files = provenance["files"]
    used = {
        f.removeprefix("data/")
        for fact in facts.values()
        for f in (fact["source"]["file"] or "").split(", ")
        if f.removeprefix("data/") in files
    }
    if synthetic:  # the generator follows published tables (export.synthetic)
        from ..export.synthetic import CALIBRATION_HELPLINE, CALIBRATION_YEAR

        calibration = f"{CALIBRATION_HELPLINE}/{CALIBRATION_YEAR}/"
        used |= {f for f in files if f.startswith(calibration)}
    calibrated = {files[f]["document"] for f in used if f.startswith(calibration)} if synthetic else set()
    from ..data import load  # r50 (r49 demo #1): whose description in the help box each document gives

    documents, about = [], load.helplines()
    later = {  # r54 (demo #7): the one figure a demo takes from a document it does not tune to (the later anonymity)
        files[(f := v["source"]["file"]).removeprefix("data/")]["document"]: (recorded(k, v["value"]), f.split("/")[2])
        for k, v in facts.items()
        if k.endswith(".calibration_anonymous_later_pct")
    }
    for name, d in provenance["documents"].items():
        own = [files[f] for f in sorted(used) if files[f]["document"] == name]
        if not own:
            continue
        parts = list(dict.fromkeys(f.get("part_nl", "") for f in own))
        documents.append(
            {
                "title": d["title"],
                "date": d.get("date"),
                # the date of a question whose answer has no date of its own (demo r15 #18: 'Datum' was the question's)
                "question_date": d.get("date_note", "").startswith("Date of the question"),
                # r30 TO #12: what the release uses of it, where that is one file's part (one infographic)
                "covers": own[0].get("covers_nl") if len(own) == 1 and own[0].get("covers_nl") else d["covers_nl"],
                "about": (parts[0] if len(parts) == 1 and parts[0] else d.get("about_nl") or d["title"]),
                "not_from": d.get("not_from_nl", ""),  # what the figures do not come from ('Over deze cijfers')
                "not_from_one": d.get("not_from_one_nl", ""),  # r38 (r37 TO #11): of one helpline ('{naam}')
                "scanned": bool(d.get("scanned", False)),
                "scanned_name": d.get("scanned_nl", ""),  # the annex names the scanned one (r35 2020 #8)
                "publisher": d.get("publisher"),  # as the document names it; None: the table says 'niet vermeld'
                "where": _linked(d.get("where_nl", "")),  # how a reader finds it, one sentence (or: address unknown)
                "where_one": _linked(d.get("where_one_nl", "")),  # r38 (r37 TO #11): of a release of one helpline
                **{k: d.get(k + s, "") for k, s in (("url", ""), ("unknown_url", "_nl"))},  # r56 (r55 TO #3)
                "ask_publisher": d.get("ask_publisher_nl", ""),  # printed only where the colophon names a publisher
                # a demo's generator follows it (demo r22 #5: the infographic gives words, not the totals)
                "calibrated": name in calibrated,
                "describes": [str(n) for n in about.loc[about["purpose_document"] == name, "name"]],
                "anonymous": later.get(name),  # (pct, year) or None
            }
        )
    return documents


def release_sources(facts: dict, params, quality_chapter: bool) -> str:
    """The release's 'Herkomst' (sources_markdown), with this series' reports on earlier years of its helplines that
    its chapters cite ('Hulplijn 1712 in 2020' in the 2021 report: r63 2021 #6); no web address (none is known)."""
    from ..chapters.shared.reports import report_on

    found = [report_on(y, h) for h in params.helplines for y in range(int(params.year) - 3, int(params.year))]
    related = [] if params.is_synthetic else list({r["title"]: r for r in found if r}.values())
    return sources_markdown(facts, params.is_synthetic, quality_chapter, related)


def sources_markdown(facts: dict, synthetic: bool, quality_chapter: bool, related: list | tuple = ()) -> str:
    """The source documents the release's figures come from (data/provenance.yml), with their dates; ``related``:
    the series' earlier reports it cites (release_sources)."""
    from ..export.misread import misread_totals  # imported here only when asked: pandas

    documents = used_documents(facts, synthetic)
    # r30 TO #12: whose figures they are ('Alle cijfers over Tele-Onthaal'), from the helplines' files the facts cite
    files = [f for fact in facts.values() for f in (fact["source"]["file"] or "").split(", ")]
    cited = {f.removeprefix("data/").split("/")[0] for f in files}
    names, site = [name for h, name in load_names().items() if h in cited], one_website(cited)
    for d in documents if len(names) == 1 else []:  # r45 (CI): filled and escaped here, not by the template
        fits = d["where_one"] and (site or "{website}" not in d["where_one"])  # else the several-helplines sentence
        d["where_one"] = filled(str(d["where_one"]), names[0], site["site"] if site else "") if fits else ""
    return text.render(
        "sources.md",
        prose=False,
        documents=documents,
        names=names,
        synthetic=synthetic,
        misread=misread_totals() if synthetic else [],
        quality_chapter=quality_chapter,
        scanned=any(d["scanned"] for d in documents),
        related=list(related),
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
    """The full contact-person code list of 1712 (data/codebooks/), for the appendix: the codes under a sub-heading
    row per group, in the codebook's order (r25 2020 #18: the group repeated on every row took two pages)."""
    from ..data import load

    codes = load.codebook("contact_person_codes").merge(
        load.codebook("contact_person_groups")[["group", "label_nl"]].rename(columns={"label_nl": "group_nl"}),
        on="group",
    )
    rows = []
    for group_nl, of_group in codes.groupby("group_nl", sort=False):
        # rows without a numeric code (justice, unknown, blank) show their Dutch label only, never the machine code
        shown = [(str(c.code) if str(c.code).isdigit() else "geen code", c.label_nl) for c in of_group.itertuples()]
        if len(shown) == 1 and (not shown[0][0].isdigit() or shown[0][1].lower() == group_nl.lower()):
            # a group of one code without a label of its own is one row (r27 2020 #13: not 'geen code Justitiële …')
            rows.append(f"| {shown[0][0]} | **{escape.md_cell(group_nl)}** |")
            continue
        rows.append(f"| | **{escape.md_cell(group_nl)}** |")
        rows += [f"| {code} | {escape.md_cell(label)} |" for code, label in shown]
    code_rows = "\n".join(rows)
    # codes are identifiers, not amounts: a narrow column, aligned left (r27 2020 #13: right-aligned in a wide column)
    header = "| Code | Contactnemer (per groep) |\n|:-----|:----------------------------------|"
    return f"{header}\n{code_rows}\n\n: Contactnemerscodes van 1712 {{#tbl-codes}}"


APPENDIX_TABLE = "tbl-appendix-"  # a notebook cell labelled so (and include: false) is a table for the appendices


NOTE_MARKS = ("¹", "²", "³", "⁴")  # the marks a table's cells point to their note with


def appendix_tables(
    staging: Path, names: list[str], titles: dict[str, str] | None = None, numbers: dict[str, int | str] | None = None
) -> list[dict]:
    """Long reference tables and checks the notebooks compute but the chapters do not show (their cells say
    include: false): the table's markdown, caption, label and the text leading into it, for the appendices,
    in chapter order, each with its chapter (name, ``titles``, and its number among the chapters a reader reads:
    ``names`` in order, the annex chapters, which have no number, left out; or ``numbers``, Release.numbers)."""
    import re

    from ..chapters import spec

    titles = titles or {}
    numbers = numbers or {n: i for i, n in enumerate((n for n in names if not spec(n).annex), 1)}
    tables = []
    for name in names:
        for cell in nbfile.read(staging / "notebooks" / f"{name}.ipynb").cells:
            label = re.search(rf"^#\| label: ({APPENDIX_TABLE}[\w-]+)", cell.source, re.M)
            caption = re.search(r'^#\| tbl-cap: "(.*)"$', cell.source, re.M)
            shown = [
                o["data"]["text/markdown"] for o in cell.get("outputs", []) if "text/markdown" in o.get("data", {})
            ]
            if label and caption and shown:
                lead = [p.strip() for part in shown[:-1] for p in part.split("\n\n") if p.strip()]
                # the table (the cell's last output) is Markdown that show_table escaped; the caption is text;
                # what the cell shows before the table is the chapter's text that leads into it (show_text)
                tables.append(
                    {
                        "chapter": name,
                        "title": titles.get(name, name),
                        "number": numbers.get(name),
                        "label": label.group(1),
                        "caption": caption.group(1),
                        "lead": text.markdown("\n\n".join(p for p in lead if not p.startswith(NOTE_MARKS))),
                        # a footnote of the table (a paragraph opening with its mark) stands under it (r28 2021 #7)
                        "note": text.markdown("\n\n".join(p for p in lead if p.startswith(NOTE_MARKS))),
                        "markdown": text.markdown(shown[-1]),
                        "table": shown[-1].lstrip().startswith("|"),  # a check told in words has no table caption
                    }
                )
    return tables


def derived_years(facts: dict, row_keys: list[str]) -> dict:
    """The earlier years of a key figure's count known only as a range (its '<stem>.<year>.low' and '.high' apart),
    and whether the helplines chapter's annex table gives them (r25 TO #10: the Herkomst sentence names them all)."""
    stem = row_keys[0].removesuffix("total")
    bounds = [k for k in facts if k.startswith(stem) and k.endswith(".low") and k.count(".") == stem.count(".") + 1]
    apart = [k for k in bounds if k[:-4] + ".high" in facts and facts[k]["value"] != facts[k[:-4] + ".high"]["value"]]
    return {
        "years": sorted({k.split(".")[-2] for k in apart}),
        "tabled": any(facts[k].get("notebook") == "helplines" for k in apart),
    }
