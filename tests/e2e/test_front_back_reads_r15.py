"""Round-14 reader findings on the front and back matter, read in the built releases (each failed before): the
year once on the cover (2020 #19), an 'Opnieuw maken' for an analyst without software version or command (2020 #20,
TO #10), the table of every published key figure without its mostly empty 'Basis' column and with each helpline
named once (TO #9, 2021 #16), no glossary term of a chapter the release does not have (demo #15)."""

import re

import nbformat
import pytest
import yaml

from hulplijnen.config.params import load_params

pytestmark = pytest.mark.e2e


def _qmd(out):
    return (out / "report.qmd").read_text(encoding="utf-8")


def test_the_cover_gives_the_year_once(built):
    for release, out in built.items():
        params = load_params(release)
        meta = yaml.safe_load(_qmd(out).split("\n---\n", 1)[0].removeprefix("---\n"))
        assert ("report-year" in meta) == (str(params.year) not in params.title), release


def test_opnieuw_maken_names_no_software_version_or_command(built):
    """The annex's paragraph on program and data (r16: only where the params say where they are, 'Programma en
    gegevens') names no software version or command."""
    for release, out in built.items():
        qmd = " ".join(_qmd(out).split())
        where = load_params(release).publisher.repository
        assert ("**Programma en gegevens.**" in qmd) == (where is not None), release
        if where is None:
            continue
        said = qmd[qmd.index("**Programma en gegevens.**") :]
        said = said[: said.index("#")]
        for words in ("versie 0", "make report", "`", "commando", "„hulplijnen”"):
            assert words not in said, (release, words)
        assert "te krijgen via" in said, release


def _published_table(out):
    path = out / "notebooks" / "helplines.ipynb"
    if not path.exists():
        return None
    for cell in nbformat.read(path, as_version=4).cells:
        if "tbl-appendix-helpline-published" in cell.source:
            # r30 (r28 TO #11): one helpline alone shows no such table (its rows are the key figures' and the channel
            # table's): the cell has no output, which the test below holds to
            shown = [o["data"]["text/markdown"] for o in cell.outputs if "text/markdown" in o.get("data", {})]
            return shown[-1] if shown else ""
    return None


def test_the_table_of_every_published_key_figure_has_no_basis_column_and_each_helpline_one_group(built):
    seen = 0
    for release, out in built.items():
        table = _published_table(out)
        if table is None:
            continue
        if not table.strip():  # r30 (r28 TO #11): left out only where one helpline alone repeats its key figures
            assert len(load_params(release).helplines) == 1, release
            continue
        seen += 1
        header = table.lstrip().splitlines()[0]
        assert "Basis" not in header, release
        if "Hulplijn" in header:
            first = [re.split(r"\s*\|\s*", row.strip())[1] for row in table.strip().splitlines()[2:]]
            assert all(first), (release, first)  # every row names its helpline (r19 2021 #3: the table breaks)
            groups = [n for i, n in enumerate(first) if i == 0 or n != first[i - 1]]
            assert len(groups) == len(set(groups)) == len(load_params(release).helplines), (release, groups)
    assert seen


def test_no_glossary_term_of_a_chapter_the_release_does_not_have(built):
    for release, out in built.items():
        qmd = _qmd(out)
        glossary = qmd[qmd.index("# Verklarende woordenlijst") : qmd.index("# Technische bijlage")]
        if "notebooks/contexts.ipynb" not in qmd:  # the release has no chapter on the context of the violence
            assert "**context van het geweld**" not in glossary, release
