"""The table of contacts per contact-person code (demo r32 #4): the one table of the chapter in which small cells
occur, shown cell by cell, so a reader sees what a hidden cell (x) looks like. The counts are the export's protected
table ``contacts_by_contact_person`` (suppression and complementary suppression in export/disclosure.py, jointly
with every other table); nothing here hides or reveals a cell of its own."""

from __future__ import annotations

import re

import pandas as pd

from ...data import load
from ...export.tables import PublishedTables
from ...facts import FactSheet, Source, keys
from ...presentation.display import BOLD_ROWS, CROSS_REFS
from ..shared.export_tables import SUPPRESSED, count_text

NAME = "contacts_by_contact_person"
LABEL = "Contactnemer"
COUNT = "Contacten"
LARGE = 50  # a larger count per code: more than this many published contacts (r38, demo r37 #2)


def code_table(tables: PublishedTables) -> pd.DataFrame:
    """One row per group (its total, 'samen') followed by its codes; a hidden count is x. A group of one
    code (justice, unknown, blank) is one row."""
    cells = tables.cells(NAME)
    codes = load.codebook("contact_person_codes").set_index("code")
    groups = load.codebook("contact_person_groups").sort_values("order")
    leaves = cells[cells["code_level"] == "leaf"].set_index("code")["count"]
    totals = cells[cells["code_level"] == "group"].set_index("code")["count"]
    rows = []
    for group, label in zip(groups["group"], groups["label_nl"], strict=True):
        members = [c for c in codes.index if codes.loc[c, "group"] == group]
        if len(members) > 1:
            rows.append({LABEL: f"{label}, samen", COUNT: count_text(totals.get(group))})
            rows.extend({LABEL: f"– {codes.loc[c, 'label_nl']}", COUNT: count_text(leaves.get(c))} for c in members)
        else:
            rows.append({LABEL: label, COUNT: count_text(totals.get(group))})
    total = cells.loc[cells["code_level"] == "total", "count"].iloc[0]
    rows.append({LABEL: "totaal", COUNT: count_text(total)})
    frame = pd.DataFrame(rows)
    # r37 (demo r36 #14): a group's row in bold, so its codes read as its parts and no reader adds it in
    frame.attrs[BOLD_ROWS] = [i for i, row in enumerate(rows) if row[LABEL].endswith(", samen")]
    return frame


def published_gap(synthetic: bool, tables: PublishedTables, helpline: str, facts: FactSheet) -> dict | None:
    """How far a demo's made-up counts per contact-person code lie from the counts the source publishes for the year
    it imitates (r38, demo r37 #2: not 'close to the real figures' but by how much, computed): the largest relative
    difference among the codes the table shows with more than LARGE contacts and among the smaller ones (r64, r64 demo
    #8: by the shown count, as the text says it); with the largest published code as an example. None for a real
    export."""
    if not synthetic:
        return None
    from ...export import synthetic as generator

    year, source = generator.CALIBRATION_YEAR, generator.CALIBRATION_HELPLINE
    published = load.contacts_by_contact_person(year, source).dropna(subset=["contacts"])
    published = published.assign(code=published["code"].astype(str)).set_index("code")["contacts"].astype(int)
    cells = tables.cells(NAME)
    made = cells[cells["code_level"] == "leaf"].dropna(subset=["count"]).set_index("code")["count"].astype(int)
    both = pd.DataFrame({"published": published, "made": made}).dropna().astype(int)
    both = both[both["published"] > 0]
    off = (both["made"] - both["published"]).abs() / both["published"] * 100
    large = both["made"] > LARGE
    src = Source(f"data/{source}/{year}/contacts_by_contact_person.csv", NAME, "published against made-up, per code")
    top = both["published"].idxmax()

    def add(part: str, value, unit: str = "percent"):
        return facts.add(keys.export(helpline, f"calibration_people_{part}"), value, unit, src)

    return {
        "large": add("large", LARGE, "count"),
        "off_large": add("off_large_pct", round(float(off[large].max()))) if large.any() else None,
        "off_small": add("off_small_pct", round(float(off[~large].max()))) if (~large).any() else None,
        "example": load.codebook("contact_person_codes").set_index("code").loc[top, "label_nl"],
        "example_published": add("example_published", int(both.loc[top, "published"]), "count"),
        "example_made": add("example_made", int(both.loc[top, "made"]), "count"),
    }


def short_groups(tables: PublishedTables, helpline: str, facts: FactSheet) -> list[int]:
    """The published totals of the groups with a code shown as x, in the table's order: a reader who adds up that
    group's rows falls short of them (r41, demo r41 #7: said under the table, not only in the annex)."""
    cells = tables.cells(NAME)
    codes = load.codebook("contact_person_codes")
    totals = cells[cells["code_level"] == "group"].set_index("code")["count"]
    leaves = cells[cells["code_level"] == "leaf"].set_index("code")["count"]
    order = load.codebook("contact_person_groups").sort_values("order")["group"]
    short = []
    for group in order:
        members = list(codes.loc[codes["group"] == group, "code"])
        if len(members) > 1 and pd.notna(totals.get(group)) and any(pd.isna(leaves.get(c)) for c in members):
            key = keys.export(helpline, "suppressed", f"short_group_{len(short) + 1}")
            short.append(facts.add(key, int(totals[group]), "count", Source(None, NAME, "group total, a code as x")))
    return short


def _groups(tables: PublishedTables):
    """Each contact-person group in its order: its label, its published total and its codes' counts (NaN: x)."""
    cells = tables.cells(NAME)
    codes = load.codebook("contact_person_codes")
    totals = cells[cells["code_level"] == "group"].set_index("code")["count"]
    leaves = cells[cells["code_level"] == "leaf"].set_index("code")["count"]
    groups = load.codebook("contact_person_groups").sort_values("order")
    for group, label in zip(groups["group"], groups["label_nl"]):
        yield label, totals.get(group), [leaves.get(c) for c in codes.loc[codes["group"] == group, "code"]]


def all_hidden(tables: PublishedTables, helpline: str, facts: FactSheet, k: int) -> list[dict]:
    """The groups whose every row is x while their total is more than those rows could hold as small counts (each 1
    to k-1): one of those x's is then a larger cell hidden with them (r57, r57 demo #4: 'cultuur, samen 23' over
    three x's read as a contradiction of '1 tot 4 contacten'). Each with its label, total and number of rows."""
    found = []
    for label, total, members in _groups(tables):
        if len(members) > 1 and pd.notna(total) and all(pd.isna(n) for n in members):
            if int(total) > len(members) * (k - 1):
                key = keys.export(helpline, "suppressed", f"all_hidden_{len(found) + 1}")
                source = Source(None, NAME, "group total with every code as x")
                rows = facts.add(
                    key.replace("all_hidden_", "all_hidden_rows_"),
                    len(members),
                    "count",
                    Source(None, NAME, "its codes, all as x"),
                )
                found.append({"label": label, "total": facts.add(key, int(total), "count", source), "rows": rows})
    return found


def partly_hidden(tables: PublishedTables, helpline: str, facts: FactSheet, k: int) -> list[dict]:
    """The groups with some rows shown and some as x, whose x's hold more than that many small counts (each 1 to
    k-1): one of them is then a larger cell hidden with them, as in ``all_hidden`` (r61, r59 demo #4: sport's 12
    contacts in two x-cells, the pleger group's 11, went unexplained beside cultuur). Each with its label, the
    contacts in its x-cells (its total less its shown rows) and how many x-cells."""
    found = []
    for label, total, counts in _groups(tables):
        hidden = sum(pd.isna(n) for n in counts)
        if len(counts) < 2 or pd.isna(total) or hidden in (0, len(counts)):
            continue
        inside = int(total) - int(sum(n for n in counts if pd.notna(n)))
        if inside > hidden * (k - 1):
            key = keys.export(helpline, "suppressed", f"partly_hidden_{len(found) + 1}")
            source = Source(None, NAME, "group total less its shown codes: the contacts in its x-cells")
            cells_key = key.replace("partly_hidden_", "partly_hidden_cells_")
            found.append(
                {
                    "label": label if " " not in label else f"de groep „{label}”",
                    "inside": facts.add(key, inside, "count", source),
                    "cells": facts.add(cells_key, hidden, "count", Source(None, NAME, "its codes as x")),
                }
            )
    return found


def shown_as_x(table: pd.DataFrame) -> int:
    """How many cells the table shows as x (the reader's count)."""
    return int(table[COUNT].eq(SUPPRESSED).sum())


def shown_in(tables: list[str], titles: dict[str, str], parts: dict) -> tuple[list[str], dict[int, str], bool]:
    """Each protected table by the figure or table that shows it (``parts``: table name -> presentation.parts Figure
    or Table): the head of its caption ('contacten per werkdag'), with the position and label of each such row for a
    cross-reference before it (presentation.display.CROSS_REFS: 'Figuur 1: contacten per werkdag'); a table shown
    nowhere by its own title. Last: whether one of them is a figure (r36, demo r35 #13)."""
    named, refs = [], {}
    for i, table in enumerate(tables):
        part = parts.get(table)
        if part is None:
            named.append(titles[table])
            continue
        head = re.split(r" \(|;|,|\{", part.caption)[0]
        named.append(f"{head[:1].lower()}{head[1:]}")
        refs[i] = part.label
    return named, refs, any(label.startswith("fig-") for label in refs.values())


def suppression_table(named: list[str], counts: list[int], refs: dict[int, str], figures: bool) -> pd.DataFrame:
    """The annex's count of cells not published, per table or figure (``shown_in``), with a total row where there is
    more than one (r52, demo r51 #12: the lead-in says 'samen N', so the table shows that sum)."""
    column = "Tabel of figuur" if figures else "Tabel"
    rows = [{column: name, "Niet gepubliceerde cellen": count_text(n)} for name, n in zip(named, counts, strict=True)]
    if len(rows) > 1:
        rows.append({column: "totaal", "Niet gepubliceerde cellen": count_text(sum(counts))})
    frame = pd.DataFrame(rows)
    frame.attrs[CROSS_REFS] = refs
    return frame
