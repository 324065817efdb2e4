"""The report as a publication (issue 21, §4): title-page metadata, the colophon and the "Hulp nodig?" box, filled
from params and data/helpline_contacts.csv, every value escaped for where it lands."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
import yaml

from hulplijnen.config.params import Publisher, check_params, load_params
from hulplijnen.config.paths import PARAMS
from hulplijnen.data import load
from hulplijnen.data.single_tables import SINGLE_TABLES
from hulplijnen.pipeline import front
from hulplijnen.presentation import escape

HOSTILE = '{{< include /etc/passwd >}} <script>x</script> "quoted" *bold* | $x$'


def with_changes(release: str, **changes):
    params = load_params(release)
    return params.model_copy(update=changes)


def test_a_report_published_years_after_its_year_says_so():
    late = with_changes("2020", publication_date=dt.date(2026, 11, 20))
    timely = with_changes("2020", publication_date=dt.date(2021, 5, 1))
    assert front.is_later_edition(late) and not front.is_later_edition(timely)
    # the late compilation is said once, in the introduction (r14: 2020 #19, 2021 #17, TO #16): not on the title
    # page, not under the HTML title (TO #17), not again in the colophon
    for cover in (front.front_matter(late), front.html_cover(late), front.colophon(late)):
        assert "Uitgegeven in" not in cover and "cover-note" not in cover and "samengesteld" not in cover


def test_front_matter_is_yaml_with_the_publisher_year_and_edition_in_words():
    params = with_changes("2021", edition=2, title="Vlaamse hulplijnen — jaarrapport")
    meta = yaml.safe_load(front.front_matter(params))
    assert meta["publisher"] == escape.md_text(params.publisher.name)
    assert meta["report-year"] == "2021" and meta["edition-text"] == "Tweede, herziene uitgave"


def test_hostile_publisher_is_escaped_in_front_matter_and_colophon():
    params = load_params("2020")
    hostile = params.model_copy(update={"publisher": params.publisher.model_copy(update={"name": HOSTILE})})
    meta = yaml.safe_load(front.front_matter(hostile))
    assert "{{<" not in meta["publisher"] and "<script>" not in meta["publisher"]
    colophon = front.colophon(hostile)
    assert "{{<" not in colophon and "<script>" not in colophon and "\\|" in colophon


def test_colophon_has_publisher_editor_contact_date_edition_and_citation():
    params = load_params("2021")
    text = front.colophon(params)
    for words in ("Uitgever en contact", "Zo citeert u dit rapport", "Eerste uitgave"):
        assert words in text
    assert "20 november 2026" in text  # the version and commit: build.json, never the colophon
    assert params.publisher.address in text


def test_a_demo_is_not_presented_as_a_publication():
    params = load_params("demo")
    # r41 (r41 demo #13): where the publisher would stand, only 'Demonstratie: geen uitgave' (no 'verzonnen' again)
    assert yaml.safe_load(front.front_matter(params))["publisher"] == "Demonstratie: geen uitgave"
    assert "publisher" in yaml.safe_load(front.front_matter(load_params("2021")))
    assert "edition-text" not in yaml.safe_load(front.front_matter(params))  # no "Uitgave: Eerste uitgave"
    assert "edition-text" in yaml.safe_load(front.front_matter(load_params("2021")))
    text = front.colophon(params)
    assert "Verantwoordelijke uitgever" not in text and "verzonnen" in text
    assert params.publisher.name not in front.html_cover(params) and "Demonstratie: geen uitgave." in front.html_cover(
        params
    )
    assert "verzonnen" not in front.html_cover(params)
    assert "geen uitgave" in text and "registratie per contact en oproeplogs van de telefooncentrale" in text


def test_help_box_lists_every_helpline_the_reports_own_first():
    contacts = load.helpline_contacts()
    box = front.help_box(load_params("2021-tele-onthaal"))
    items = [line for line in box.splitlines() if line.startswith("- **")]
    assert items[0].startswith("- **Tele-Onthaal**") and len(items) == len(contacts)
    for row in contacts.itertuples():
        assert f"(tel:{row.phone.replace(' ', '')})" in box and f"({row.website})" in box
    assert "0800\u00a0200\u00a050" in box  # a phone number never breaks over two lines
    assert "telefoon, e-mail en chat" in box and "112" in box


def test_url_escape_allows_only_https_and_tel():
    assert escape.url("https://www.1712.be") == "https://www.1712.be"
    assert escape.url("https://x.be/a b)") == "https://x.be/a%20b%29"
    for bad in ("javascript:alert(1)", "http://x.be", "{{< include x >}}"):
        with pytest.raises(ValueError):
            escape.url(bad)


@pytest.mark.parametrize(
    "column, value",
    [("website", "javascript:alert(1)"), ("website", "https://x.be/)[a](y"), ("phone", "106<script>")],
)
def test_helpline_contacts_schema_rejects_hostile_values(column, value):
    _, spec = SINGLE_TABLES["helpline_contacts"]
    frame = load.helpline_contacts().reset_index(drop=True)
    frame.loc[0, column] = value
    with pytest.raises(Exception, match="must match"):
        spec.schema({}).validate(frame, lazy=True)
    spec.schema({}).validate(load.helpline_contacts().reset_index(drop=True))


def test_params_publisher_typo_and_missing_logo_are_errors(tmp_path):
    text = (PARAMS / "2020.yml").read_text(encoding="utf-8")
    typo = tmp_path / "2020.yml"
    typo.write_text(text.replace("  address:", "  adress:"), encoding="utf-8")
    problems = check_params("2020", typo)
    assert problems and "adress" in problems[0].message
    logo = text.replace("  logo: null", "  logo: no-such-logo.png")
    (tmp_path / "2020.yml").write_text(logo, encoding="utf-8")
    assert [p.rule for p in check_params("2020", tmp_path / "2020.yml")] == ["no_logo"]


def test_every_real_release_has_a_publisher_and_a_first_edition():
    for release in ("2020", "2021", "2021-tele-onthaal"):
        params = load_params(release)
        assert params.publisher.name and params.publisher.responsible_editor_function and params.edition == 1
    assert isinstance(load.helpline_contacts(), pd.DataFrame)


def test_a_logo_reaches_the_title_page_under_a_fixed_name(tmp_path, monkeypatch):
    (tmp_path / "huisstijl").mkdir()
    (tmp_path / "huisstijl" / "logo-vlaanderen.png").write_bytes(b"\x89PNG fake")
    monkeypatch.setattr(front, "PARAMS", tmp_path)
    params = load_params("2021")
    with_logo = params.model_copy(
        update={"publisher": params.publisher.model_copy(update={"logo": "huisstijl/logo-vlaanderen.png"})}
    )
    assert yaml.safe_load(front.front_matter(with_logo))["logo-file"] == "logo.png"  # no path from params in typst
    staging = tmp_path / "staging"
    staging.mkdir()
    front.copy_logo(with_logo, staging)
    assert (staging / "logo.png").read_bytes() == b"\x89PNG fake"
    assert "logo-file" not in yaml.safe_load(front.front_matter(params))


def test_the_responsible_editor_is_a_person_or_no_line_at_all_never_a_bare_function():
    """The colophon gives the verantwoordelijke uitgever as one v.u. line: name, function, publisher, address. Without
    a name in the params there is no v.u. line: a bare function ("de leidend ambtenaar") is a hollow line a reader
    cannot use (r20 2021 #1, TO #11), and no placeholder ("van de uitgever") stands in for a name."""
    params = load_params("2021")
    text = front.colophon(params)
    assert params.publisher.responsible_editor is None
    assert "Verantwoordelijke uitgever" not in text
    assert "leidend ambtenaar" not in text
    assert "van de uitgever" not in text
    assert "niet opgegeven" not in text  # no placeholder (2020 #4, TO #1)
    named = params.model_copy(
        update={"publisher": params.publisher.model_copy(update={"responsible_editor": "An Peeters"})}
    )
    assert (
        "**Verantwoordelijke uitgever**\\\nAn Peeters, leidend ambtenaar, Departement Zorg, Koning Albert II-laan 35"
        in (front.colophon(named))
    )


def test_the_publisher_exists_on_the_publication_date():
    """r20 2021 #1, 2020 #13: the Departement Welzijn, Volksgezondheid en Gezin merged into the Departement Zorg on
    1 June 2023; a report published in 2026 names the department that exists, by default and in every release."""
    assert Publisher().name == "Departement Zorg"
    for release in ("2020", "2021", "2021-tele-onthaal"):
        params = load_params(release)
        assert params.publisher.name == "Departement Zorg", release
        assert "Welzijn, Volksgezondheid en Gezin" not in front.colophon(params)
        assert "Welzijn, Volksgezondheid en Gezin" not in front.front_matter(params)


def test_the_accessibility_statement_is_in_the_colophon_with_a_contact_point_and_no_test_report():
    """A short statement a reader can use: what to expect, what was done, whom to tell and how: the publisher with
    the params' contact when there is one, else the public channel that reaches it (1700, the Flemish government's
    free information number; r20 2021 #1, TO #11); no test tools (axe-core, veraPDF) and no build files the PDF's
    reader cannot see (build.json)."""
    params = load_params("2021")
    text = front.colophon(params)
    flat = " ".join(text.split())
    assert "**Toegankelijkheid**" in text
    assert (
        "meld het dan aan de uitgever, het Departement Zorg, via 1700, het gratis informatienummer van de Vlaamse"
        " overheid." in flat
    )
    assert "Bereikbaar via 1700, het gratis informatienummer van de Vlaamse overheid" in flat  # under the address
    for tool in ("axe-core", "veraPDF", "build.json", "WCAG", "PDF/UA"):
        assert tool not in text, tool
    mailed = params.model_copy(
        update={"publisher": params.publisher.model_copy(update={"contact": "hulplijnen@vlaanderen.be"})}
    )
    assert "(hulplijnen\\@vlaanderen.be)." in front.colophon(mailed)  # escaped for Markdown
    assert "via 1700" not in front.colophon(mailed)  # the publisher's own contact, when given, is the one
    silent = params.model_copy(update={"publisher": params.publisher.model_copy(update={"public_channel": None})})
    assert "meld het dan aan de uitgever, het Departement Zorg." in " ".join(front.colophon(silent).split())
    assert "wie u dit demonstratierapport bezorgde" in front.colophon(load_params("demo"))


def test_a_legal_deposit_number_is_printed_only_when_the_params_give_one(tmp_path):
    params = load_params("2021")
    assert params.publisher.legal_deposit is None
    assert "Wettelijk depot" not in front.colophon(params) and "D/" not in front.colophon(params)
    text = (PARAMS / "2021.yml").read_text(encoding="utf-8")
    (tmp_path / "2021.yml").write_text(text.replace("  legal_deposit: null", '  legal_deposit: "D/2026/3241/17"'))
    deposited = load_params("2021", tmp_path / "2021.yml")
    assert "**Wettelijk depot**\\\nD/2026/3241/17" in front.colophon(deposited)
    # a malformed number, or one of another year than the publication, is an error naming file, line and key
    for bad, rule in (("D2026/3241/17", "params"), ("D/2025/3241/17", "legal_deposit_year")):
        (tmp_path / "2021.yml").write_text(text.replace("  legal_deposit: null", f'  legal_deposit: "{bad}"'))
        problems = check_params("2021", tmp_path / "2021.yml")
        assert [(p.rule, p.column) for p in problems] == [(rule, "publisher")], bad
        assert (
            problems[0].row
            == text.splitlines().index(
                "publisher:              # title page and colophon (defaults: hulplijnen.params.Publisher)"
            )
            + 1
        )
        assert str(tmp_path / "2021.yml") in str(problems[0]) or "2021.yml" in str(problems[0])


def test_a_publication_date_is_a_working_day(tmp_path):
    for release in ("2020", "2021", "2021-tele-onthaal", "demo"):
        assert load_params(release).publication_date.weekday() < 5, release
    text = (PARAMS / "2021.yml").read_text(encoding="utf-8")
    date = load_params("2021").publication_date
    sunday = date + dt.timedelta(days=6 - date.weekday())
    (tmp_path / "2021.yml").write_text(text.replace(f"publication_date: {date}", f"publication_date: {sunday}"))
    problems = check_params("2021", tmp_path / "2021.yml")
    assert [(p.rule, p.column) for p in problems] == [("params", "publication_date")]
    assert problems[0].row == text.splitlines().index(f"publication_date: {date}") + 1
    assert "Sunday" in problems[0].message and "working day" in problems[0].message


def test_the_colophon_gives_no_software_version_commit_or_draft_stamp_and_points_to_the_annex_for_remaking():
    """2020 #4, 2021 #1-2, TO #2, demo #16: no "versie 0.1.0", no commit, no "(geen definitieve versie)" in the
    colophon, of a real release or the demo; nor a commit in what the annex needs to say where program and data
    are."""
    for release in ("2021", "demo"):
        text = " ".join(front.colophon(load_params(release)).split())
        for words in ("versie 0", "definitieve", "vastgelegd", "software"):
            assert words not in text, (release, words)
    # the pointer to the annex only where the params say where program and data are (r16 2021 #10, 2020 #15, TO #14)
    assert load_params("2021").publisher.repository is None
    assert "technische bijlage, onder „Herkomst”" not in " ".join(front.colophon(load_params("2021")).split())
    params = load_params("2021")
    dirty, clean = front.reproducibility(params, "abc1234-dirty"), front.reproducibility(params, "abc1234")
    assert "abc1234" not in str(dirty) and dirty["saved"] is False and clean["saved"] is True


def test_the_web_version_promise_is_in_the_html_only():
    """TO #11, 2021 #2: the PDF names no web address, so the link under each figure is promised in the HTML only."""
    text = " ".join(front.colophon(load_params("2021")).split())
    assert '[, en onder elke figuur staat een link naar haar cijfers]{.content-visible when-format="html"}' in text
    assert "in de webversie" not in text


def test_the_build_warns_what_keeps_a_release_from_being_published_and_the_report_never_says_it():
    """2020 #4, 2021 #1, TO #1, TO #17: no name for the v.u., a publication date before the build, unsaved
    changes: each is a warning of the build; a demo, no publication, gets none."""
    params = load_params("2021")
    day = params.publication_date
    warnings = front.publication_warnings(params, "abc1234-dirty", today=day + dt.timedelta(days=13))
    assert len(warnings) == 5
    assert "responsible_editor" in warnings[0] and "publication_date" in warnings[3] and "commit" in warnings[4]
    ready = {"responsible_editor": "An Peeters", "legal_deposit": "D/2026/3241/17", "repository": "https://x.be"}
    named = params.model_copy(update={"publisher": params.publisher.model_copy(update=ready)})
    assert front.publication_warnings(named, "abc1234", today=day) == []
    assert front.publication_warnings(load_params("demo"), "abc1234-dirty", today=day + dt.timedelta(days=99)) == []


@pytest.mark.parametrize("release", ["2020", "2021", "2021-tele-onthaal", "demo"])
def test_help_box_links_the_emergency_numbers_and_the_zelfmoordlijn(release):
    """r25 2020 #17: 112 and 101 were plain text beside the helplines' tappable numbers; TO #8: the Zelfmoordlijn
    1813 was missing. They come from data/general_lines.csv, in every release."""
    box = front.help_box(load_params(release))
    assert "[112](tel:112)" in box and "[101](tel:101)" in box
    assert "[1813](tel:1813)" in box and "(https://www.zelfmoord1813.be)" in box and "Zelfmoordlijn 1813" in box
    lines = load.general_lines()
    assert (
        set(lines["line"]) == {"emergency", "police", "suicide"}
        and lines["source_url"].str.startswith("https://").all()
    )


def test_the_1712_releases_subtitle_says_what_the_report_is():
    """r25 2020 #2: the cover read like 1712's own jaarverslag; r31 (2020 #4, 2021 #14): a plain subtitle on what the
    report is about, no disclaimer (said once, in 'Over deze cijfers'); the colophon's citation follows it."""
    for release in ("2020", "2021"):
        params = load_params(release)
        # r47 (r46 2020 #11): 'in cijfers' need not end it (2020: reachability is not in figures of its own)
        assert "in cijfers" in params.subtitle and "jaarverslag" not in params.subtitle
        assert "bereikbaarheid in cijfers" not in params.subtitle
        assert "terugblik" not in params.subtitle.lower()
        cited = " ".join(front.colophon(params).split())
        assert f"*{params.title}.* {params.subtitle}." in cited, cited


def test_the_publisher_takes_its_article_where_its_name_follows_a_preposition_or_verb():
    """r30 TO #16: 'Uitgegeven door het Departement Zorg', 'aan de uitgever, het Departement Zorg': the article is a
    params field (default none: the name alone), set in every published release."""
    assert Publisher().article is None
    for release in ("2020", "2021", "2021-tele-onthaal"):
        params = load_params(release)
        assert params.publisher.article == "het", release
        assert "Uitgegeven door het Departement Zorg." in " ".join(front.html_cover(params).split()), release
        assert "aan de uitgever, het Departement Zorg" in " ".join(front.colophon(params).split()), release
    bare = params.model_copy(update={"publisher": params.publisher.model_copy(update={"article": None})})
    assert "Uitgegeven door Departement Zorg." in " ".join(front.html_cover(bare).split())
