"""The demo release: built from a synthetic export, marked as synthetic everywhere, protected, and
leaking no row of the export; the real releases never touch synthetic data."""

import json
import re

import pandas as pd
import pytest
from test_report_reads import reader_part  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.chapters.shared.export_tables import SHOWN_CELL_BY_CELL
from hulplijnen.config.errors import ParamsError
from hulplijnen.config.params import load_params, release_ids
from hulplijnen.data import load
from hulplijnen.export import synthetic
from hulplijnen.export.aggregate import mix_groups, table_defs
from hulplijnen.pipeline.assemble import SYNTHETIC_BANNER

TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?")


def test_the_demo_report_says_synthetic_on_every_page(built):
    qmd = (built["demo"] / "report.qmd").read_text()
    front = qmd.split("---")[1]
    assert "include-in-header" in front and SYNTHETIC_BANNER in front  # typst: a header on every PDF page
    assert "include-before-body" in front  # html: a banner above the page
    assert "(verzonnen gegevens)" in load_params("demo").title  # r39 (demo r38 #8): one word for made up
    # r21 demo #12: the label is on the cover, in every page's header and in "Over deze cijfers" (and where the
    # first chapter says what the generator took over), not again at the start of each chapter; a chapter's
    # notebook, read on its own, says it in its preview
    for preview in (built["demo"] / "preview").glob("*.html"):
        assert SYNTHETIC_BANNER in preview.read_text(), preview.name  # r37 (demo r36 #2): the banner's new words


def test_the_demo_has_the_richer_chapters_and_applies_suppression(built):
    qmd = (built["demo"] / "report.qmd").read_text()
    assert "notebooks/registration.ipynb" in qmd and "notebooks/capacity.ipynb" in qmd
    assert "Bescherming van kleine aantallen" in qmd and "1 tot 4 contacten" in qmd
    facts = json.loads((built["demo"] / "figures.json").read_text())["facts"]
    log = pd.read_csv(built["demo"] / "suppression_log.csv")
    # the hidden cells a reader could look for: those of the tables the report shows cell by cell
    # demo r16 #13: the published list is in the report's Dutch: a table by its annex title, a cell by its labels
    titles = {d.name: d.title_nl for d in table_defs(load_params("demo").year, timings=True)}
    shown_titles = {titles[t] for t in SHOWN_CELL_BY_CELL}
    assert facts["1712.export.suppressed.logged_cells"]["value"] == log["tabel"].isin(shown_titles).sum() > 0
    assert list(log.columns) == ["tabel", "cel"]  # no reason: it would tell a small cell from a complement
    assert log["tabel"].isin(shown_titles).all()  # r14 demo #2: no table the report does not show
    assert not log["cel"].str.contains(" = |_", regex=True).any()  # no internal code (channel = chat, victim_...)
    # r11 #21: the count figures.json gives is the one the table of hidden cells sums (cells shown as x)
    hidden = (built["demo"] / "tables" / "tbl-appendix-export-suppression.md").read_text()
    # r61 (r59 demo #6): the total row reads bold 'Totaal', its count bold too
    rows = re.findall(r"^\|\s*\**([^|*]*?)\**\s*\|\s*\**([\d.]+)\**\s*\|\s*$", hidden, re.M)
    shown_as_x = sum(int(n.replace(".", "")) for label, n in rows if label != "Totaal")
    # r52 (demo r51 #13): the table's total row says the sum the text gives ('samen 14')
    assert [int(n) for label, n in rows if label == "Totaal"] == [shown_as_x]
    # demo r32 #4: the table per contact person shows its hidden cells as x, so more than days are hidden
    cells = facts["1712.export.suppressed.cells"]["value"]
    assert set(log["tabel"]) > {titles["contacts_by_day"]} and cells == shown_as_x
    assert "geen enkele x" not in reader_part(built["demo"])
    # r41 (r41 demo #7): the published totals of the groups whose rows fall short (said under the table) besides
    assert {
        k
        for k in facts
        if k.startswith("1712.export.suppressed.")
        and not any(w in k for w in ("short_group_", "all_hidden", "partly_hidden"))  # r61 (r59 demo #4)
    } == {
        "1712.export.suppressed.cells",
        "1712.export.suppressed.logged_cells",
        "1712.export.suppressed.code_cells",
    }
    assert any("short_group_" in k for k in facts)
    # r57 (r57 demo #4): the group of x's only whose total is more than its rows hold as small counts (cultuur)
    assert (
        facts["1712.export.suppressed.all_hidden_1"]["value"]
        > 4 * facts["1712.export.suppressed.all_hidden_rows_1"]["value"]
    )
    # r18 #4: the channel mix counts its small contact-person groups merged before disclosure control: its rows are
    # the merged groups, it shows no x and no cell of it is hidden; the protection still hides the daily small counts
    mix = (built["demo"] / "tables" / "tbl-export-channel-mix.md").read_text()
    table = [
        line for line in mix.splitlines() if line.startswith("|")
    ]  # demo r24 #6: no note above it, the caption says it
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in table[2:]]
    assert [row[0] for row in rows] == list(mix_groups()["label_nl"])
    assert len(rows) < len(load.codebook("contact_person_groups"))  # merged, not merely renamed
    # demo r32 #6: shares only, no made-up count per group beside the published ones; the counts behind them are the
    # protected table's
    # r59 (r58 demo #5): the group's size beside its shares (14,3 % chat of 84 is 12), the protected table's total
    assert "Contacten" in table[0]
    totals = _published_cells(built["demo"], "contacts_by_group_channel")
    for (_, size, *shares), group in zip(rows, mix_groups()["group"], strict=True):  # each count is published
        total = totals[group]
        assert size == f"{total:,}".replace(",", "."), (size, total)
        counts = [round(total * float(s.split()[0].replace(",", ".")) / 100) for s in shares]
        assert len(counts) == 3 and min(counts) >= load_params("demo").min_cell_count, (total, shares)
    assert not re.search(r"\|\s*x\s*\|", mix)
    assert not (log["tabel"] == titles["contacts_by_group_channel"]).any()
    assert titles["contacts_by_group_channel"] not in hidden
    assert (
        cells == (log["tabel"] == titles["contacts_by_day"]).sum() + facts["1712.export.suppressed.code_cells"]["value"]
    )
    _the_code_table_shows_its_hidden_cells_and_they_cannot_be_recovered(built["demo"], log, titles)
    assert all(
        (built["demo"] / "figures" / f"{label}.png").is_file()
        for label in ("fig-export-daily", "fig-export-weekday-hour", "fig-export-answer-rate")
    )
    # demo r25 #14: Figure 2 repeated Tabel 3 row for row: the table alone
    assert not (built["demo"] / "figures" / "fig-export-channel-mix.png").exists()


def test_the_demo_shows_the_staffing_part(built):
    """The synthetic export has the timing columns and logged-in file: the capacity chapter shows
    waiting, patience, the counsellors needed for each target, against those logged in, and the fit."""
    facts = json.loads((built["demo"] / "figures.json").read_text())["facts"]
    params = load_params("demo")
    for target in params.answer_targets:
        pct = round(target * 100)
        assert facts[f"1712.export.phone.staffing.need_{pct}_hours"]["value"] > 0
    need = [facts[f"1712.export.phone.staffing.need_{round(t * 100)}_hours"]["value"] for t in params.answer_targets]
    assert need == sorted(need)  # a higher target never needs fewer hours
    assert facts["1712.export.phone.staffing.logged_in_hours"]["value"] > 0
    assert facts["1712.export.phone.patience.mean_s"]["value"] > 0
    assert all(
        (built["demo"] / "figures" / f"{label}.png").is_file()
        for label in (
            "fig-export-still-waiting",
            "fig-export-staffing-need",
        )
    )
    # demo r20 #6: made-up logs fit the model by construction: its check per hour and its limits are the annex's
    assert not (built["demo"] / "figures" / "fig-export-model-fit.png").exists()
    # demo r22 #11, #13: the weekly bars repeated the hours table beside made-up logged-in hours: not drawn
    assert not (built["demo"] / "figures" / "fig-export-staffing-weekly.png").exists()
    qmd = (built["demo"] / "notebooks" / "capacity.ipynb").read_text()
    assert "Hoeveel hulpverleners zouden nodig zijn?" in qmd and "Waar het model tekortschiet." not in qmd
    assert "**Waar het model tekortschiet.**" in (built["demo"] / "report.qmd").read_text()


def test_nothing_in_output_holds_a_contact_id_or_a_contact_timestamp(built):
    """Scan every file of every release's output for the export's contact ids and start times."""
    spec = load_params("demo").export.synthetic
    ids, starts = set(), set()
    for contacts, _ in synthetic.months(spec.seed, spec.rows):
        ids.update(contacts["contact_id"])
        stamps = pd.to_datetime(contacts["start"])
        starts.update(stamps.dt.strftime("%Y-%m-%d %H:%M"))
    id_pattern = re.compile(r"C2020-\d{9}")
    scanned = 0
    for out in built.values():
        for path in out.rglob("*"):
            if not path.is_file() or path.suffix == ".png":
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            scanned += 1
            assert not id_pattern.search(text), f"a contact id in {path}"
            found = {m.group(0)[:16].replace("T", " ") for m in TIMESTAMP.finditer(text)}
            assert not found & starts, f"a contact's start time in {path}"
            assert not any(f.startswith("2020-") for f in found), f"a 2020 timestamp in {path}"
    assert scanned > 50


def test_real_releases_hold_no_synthetic_data(built):
    for release in release_ids():
        if release == "demo":
            continue
        params = load_params(release)
        assert params.export is None or params.export.synthetic is None
        out = built[release]
        assert "ynthetische gegevens" not in (out / "report.qmd").read_text()
        assert not (out / "suppression_log.csv").exists()
        assert not any(k.startswith("1712.export.") for k in json.loads((out / "figures.json").read_text())["facts"])


@pytest.mark.parametrize(
    "name, text, rule",
    [
        ("2020.yml", "export:\n  synthetic:\n    seed: 1\n", "synthetic_in_real_year"),
        ("demo.yml", "export: null\n", "demo_needs_synthetic"),
        ("2020.yml", "export:\n  path: no/such/folder\n", "no_export"),
        ("2020.yml", "export:\n  path: x\n  synthetic:\n    seed: 1\n", "params"),
        ("2020.yml", "export: null\nmin_cell_count: 1\n", "params"),
    ],
)
def test_params_rules_for_exports(tmp_path, name, text, rule):
    from hulplijnen.config.paths import PARAMS

    base = (PARAMS / name).read_text()
    lines, skipping = [], False  # the file without its export and min_cell_count keys (and their indented lines)
    for line in base.splitlines():
        if not line.startswith(" "):
            skipping = line.startswith(("export", "min_cell_count"))
        if not skipping:
            lines.append(line)
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n" + text + ("min_cell_count: 5\n" if "min_cell_count" not in text else ""))
    with pytest.raises(ParamsError) as info:
        load_params(name.removesuffix(".yml"), path)
    assert any(p.rule == rule and p.column in ("export", "min_cell_count") for p in info.value.problems), (
        info.value.problems
    )


def test_what_the_demo_publishes_beside_the_report_says_synthetic_and_is_no_more_exact_than_shown(built):
    """r11 #9, #10: the figure CSVs had shares at full precision (each an exact count times its base) and no word
    that the data are made up; figures.json said it only inside three sources."""
    assert json.loads((built["demo"] / "figures.json").read_text())["synthetic"]
    for path in sorted((built["demo"] / "figures").glob("*.csv")):
        frame = pd.read_csv(path)
        assert frame.columns[-1] == "gegevens" and frame["gegevens"].str.startswith("verzonnen gegevens").all()
        if path.stem in ("fig-export-answer-rate", "fig-export-model-fit"):
            values = frame[["waarde", "laag", "hoog"]].stack().astype(float).dropna()
            assert (values.round(1) == values).all(), path.name
    log = pd.read_csv(built["demo"] / "suppression_log.csv")
    # a count that is hidden is published nowhere: an empty cell (or no row) in the CSV, None in figures.json.
    # r18 #4: the mix's small groups are merged before disclosure control, so it hides nothing: every merged group
    # has its shares in figures.json and the CSV, and the log lists no cell of it
    facts = json.loads((built["demo"] / "figures.json").read_text())["facts"]
    group_facts = {k: v["value"] for k, v in facts.items() if ".export.group." in k}
    assert {k.split(".")[3] for k in group_facts} == set(mix_groups()["group"])
    assert None not in group_facts.values()  # demo r25 #14: Tabel 3 alone, no figure CSV of the mix
    assert not log["tabel"].str.contains("groep contactnemers").any()
    # where the protection still hides counts (days with 1 to 4 contacts), the daily chart's CSV has no value
    daily = pd.read_csv(built["demo"] / "figures" / "fig-export-daily.csv").set_index("categorie")["waarde"]
    hidden_days = log.loc[log["tabel"] == "Contacten per dag", "cel"].str.removeprefix("dag: ")
    assert not hidden_days.empty and daily.reindex(hidden_days).isna().all()
    assert daily.index.isin(hidden_days).any()  # some hidden day is in the chart, as an empty cell
    assert set(daily[daily.isna()].index) <= set(hidden_days)  # and no day is empty that is not hidden


def _published_cells(out, name: str) -> dict:
    """The count of each mix group as the report publishes it: the sum of its groups' totals in the table per contact
    person (tbl-export-codes), the one table that shows them (demo r32 #6)."""
    assert name == "contacts_by_group_channel"
    md = (out / "tables" / "tbl-export-codes.md").read_text(encoding="utf-8")
    # r37 (demo r36 #14): a group's row is set in bold ('**…, samen**')
    lines = [line.strip().strip("|") for line in md.splitlines()[2:] if "|" in line]
    rows = [[c.strip().strip("*") for c in line.split("|")] for line in lines]
    shown = {label.removesuffix(", samen"): count for label, count in rows if not label.startswith("– ")}
    book = load.codebook("contact_person_groups")
    totals: dict[str, int] = {}
    for label, mix in zip(book["label_nl"], book["mix_group"], strict=True):
        totals[mix] = totals.get(mix, 0) + int(shown[label].replace(".", ""))
    return totals


def _the_code_table_shows_its_hidden_cells_and_they_cannot_be_recovered(out, log, titles) -> None:
    """Demo r32 #4: the table per contact person shows each hidden cell as x, as many as the list of hidden cells
    names for it, with the line on why; from its group totals every hidden cell keeps a range of at least k."""
    k = load_params("demo").min_cell_count
    md = (out / "tables" / "tbl-export-codes.md").read_text(encoding="utf-8")
    # r37 (demo r36 #14): a group's row is set in bold ('**…, samen**')
    lines = [line.strip().strip("|") for line in md.splitlines()[2:] if "|" in line]
    rows = [[c.strip().strip("*") for c in line.split("|")] for line in lines]
    listed = (log["tabel"] == titles["contacts_by_contact_person"]).sum()
    assert sum(row[1] == "x" for row in rows) == listed > 0
    assert "als x. Een x is een aantal dat niet gepubliceerd wordt" in " ".join(reader_part(out).split())
    group, members = None, []
    for label, count in [*rows, ["", ""]]:  # a group row ('..., samen') is followed by its codes ('– ...')
        if label.startswith("– "):
            members.append(count)
            continue
        if group is not None and "x" in members:
            left = int(group.replace(".", "")) - sum(int(m.replace(".", "")) for m in members if m != "x")
            hidden = members.count("x")
            # each hidden cell is at least 1: one of them lies between 1 and left - (hidden - 1)
            assert hidden >= 2 and left - hidden + 1 >= k, (label, left, hidden)
        group, members = (count if label.endswith(", samen") else None), []
