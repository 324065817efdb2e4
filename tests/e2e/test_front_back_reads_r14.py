"""Round-13 reader findings on the front and back matter, read in the built releases: no placeholder for the
responsible publisher, no software version, commit or draft stamp in the reader's text (only in build.json and the
report-version metadata), a true 'Opnieuw maken' paragraph, the web-version promise in the HTML only, the late
compilation said once (the colophon), statistics terms in the annex's Methods and not in the glossary, annex words
without cell or scan jargon."""

import json
import re

import pytest
from test_annex_public import shown  # tests/e2e/ is on the path as pytest runs its tests

from hulplijnen.config.params import load_params

pytestmark = pytest.mark.e2e


def _qmd(out):
    return (out / "report.qmd").read_text(encoding="utf-8")


def _body(qmd):
    return qmd[qmd.index("---", 3) :]  # the front matter (report-version) is metadata, not the reader's text


def test_no_placeholder_version_commit_or_draft_stamp_in_the_readers_text(built):
    for release, out in built.items():
        body = " ".join(_body(_qmd(out)).split())
        commit = json.loads((out / "build.json").read_text(encoding="utf-8"))["git_commit"][:7]
        assert commit not in body, release
        for words in ("Naam niet opgegeven", "geen definitieve versie", "nog niet in die versie", "versiebeheer"):
            assert words not in body, (release, words)
        assert "report-version:" in _qmd(out), release  # the exact version stays machine-readable


def test_the_colophon_points_to_the_annex_s_program_and_data_paragraph_only_where_there_is_one(built):
    """r16 2021 #10, 2020 #15, TO #14: the paragraph that promised a remake to whoever has the program, in tool
    names, is there only where the params say where program and data are; so is the colophon's pointer."""
    for release, out in built.items():
        qmd = " ".join(_qmd(out).split())
        annex = qmd[qmd.index("# Technische bijlage") : qmd.index("# Colofon")]
        where = load_params(release).publisher.repository
        assert "Python en Quarto" not in annex and "Opnieuw maken" not in annex, release
        assert ("**Programma en gegevens.**" in annex) == (where is not None), release
        assert ("technische bijlage, onder „Herkomst”" in qmd[qmd.index("# Colofon") :]) == (where is not None), release


def test_the_web_version_promise_is_not_in_the_pdf(built):
    for release, out in built.items():
        pdf = (out / "report.pdf").read_bytes() if (out / "report.pdf").exists() else None
        if pdf is None:
            continue
        import subprocess

        text = " ".join(
            subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True).stdout.split()
        )
        assert "webversie" not in text and "link naar haar cijfers" not in text, release
        html = (out / "report.html").read_text(encoding="utf-8")
        assert "onder elke figuur staat een link naar haar cijfers" in " ".join(html.split()), release


def test_the_late_compilation_is_said_once_in_the_introduction_not_on_the_cover(built):
    """r14: 2020 #19, 2021 #17, TO #16 (a reader of the first pages learns why a report on 2020 is dated 2026);
    said once (r13 TO #17): not on the cover, not again in the colophon."""
    for release, out in built.items():
        params = load_params(release)
        qmd = " ".join(_qmd(out).split())
        assert "cover-note" not in qmd and "Uitgegeven in" not in qmd, release
        if params.publication_date.year > params.year + 1 and not params.is_synthetic:
            assert len(re.findall("samengesteld", qmd)) == 1, release
            # r19 TO #3, #4: a report of one helpline's key figures says what it is in one sentence, its late date
            # within ('… kerncijfers van Tele-Onthaal over 2021 samen; het werd in 2026 samengesteld.'); the others
            # keep their own sentence on the published figures it was compiled from
            late = f"werd in {params.publication_date.year} samengesteld"
            # r20 2020 #19, TO #7: one sentence, what the report covers and what it was compiled from
            sentence = re.search(
                rf"Dit rapport (beschrijft [^;]+ in {params.year}; het {late} uit de cijfers die daarover eerder "
                rf"gepubliceerd werden\.|{late} uit de gepubliceerde kerncijfers van [^.;]+ over {params.year}\.)",
                qmd,
            )
            # r26 TO #4: a report whose summary is only its key figures says it where 'Over deze cijfers' opens
            opening = "# Over deze cijfers {#sec-about .unnumbered} Dit rapport is een terugblik, samengesteld in "
            if sentence is None and opening + f"{params.publication_date.year}:" in qmd:
                continue
            assert sentence and late in sentence.group(), release
            said = sentence.start()
            assert qmd.index("# Samenvatting") < said < qmd.index("# Over deze cijfers"), release


def test_statistics_terms_are_defined_in_the_annex_methods_not_in_the_glossary(built):
    for release, out in built.items():
        qmd = _qmd(out)
        glossary = qmd[qmd.index("# Verklarende woordenlijst") : qmd.index("# Technische bijlage")]
        for term in ("quasi-Poisson", "t-verdeling", "vrijheidsgraden", "Wilson-interval"):
            assert f"**{term}**" not in glossary, (release, term)
            annex = qmd[qmd.index("# Technische bijlage") :]
            if re.search(rf"(?<![\w-]){re.escape(term)}", annex.replace(f"*{term}*", ""), re.I):
                # r16 demo #15: 't-verdeling' keeps its one form, a lower-case t, at the start of its entry too
                # r22 2020 #16: with a no-break hyphen
                named = term.replace("-", "\u2011") if re.match(r"^\w-", term) else term[0].upper() + term[1:]
                assert f"*{named}.*" in annex, (release, term)


def test_the_annex_has_no_cell_or_scan_words(built):
    for release, out in built.items():
        text = " ".join(shown(out).split())
        for jargon in ("gescande tekst", "leesfouten van de scan", "Alle cijfers zijn nagerekend", "(interval)"):
            assert jargon not in text, (release, jargon)
        qmd = _qmd(out)
        annex = qmd[qmd.index("# Technische bijlage") : qmd.index("# Colofon")]
        # r33 (r32 #6): the sources' lead-in says in plain words that a document 'is gescand' (it was 'een afbeelding
        # van bladzijden'); no other scan word
        # r36 (r35 2020 #8): or names the scanned document ('…, met het antwoord en de tabellen erbij, is gescand;')
        annex = re.sub(r"(?:document|erbij,|tabellen\)) is gescand[;:]", "", annex)  # r52: shorter
        # r39 (r38 demo, r39d): the demo's corrected cell in plain words, 'op de gescande bladzijde staat 20'
        annex = re.sub(r"op de\s+gescande\s+bladzijde\s+(?:staat\s+)?\d+\b", "", annex)
        assert not re.search(r"\| Cel \||\bLege cellen\b|gescand", annex), release
