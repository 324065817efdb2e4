"""What makes the report a publication: the title page's metadata (publisher, year, edition, the logo), the
colophon, the annex's 'Programma en gegevens', the warnings before publication and the "Hulp nodig?" box. The Dutch
text is in report/ (front_matter.md, colophon.md, summary/help.md); this module only gathers the values."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from ..config.paths import PARAMS
from ..presentation import text


def is_later_edition(params) -> bool:
    """Published more than a year after the report's year: the introduction says so, once (a 2020 report dated 2026
    is not a report of 2021)."""
    return params.publication_date.year > params.year + 1


def _edition(params) -> dict:
    """What the colophon says of the edition (the title page and the HTML cover use a part)."""
    return {"params": params, "published": str(params.publication_date.year), "synthetic": params.is_synthetic}


def cover_year(params) -> str | None:
    """The year as the title page's headline, unless the title already says it (2020 #19: "2020" above "Hulplijn
    1712 — jaarrapport 2020")."""
    year = str(params.year)
    return None if year in params.title else year


def front_matter(params) -> str:
    """The lines of report.qmd's front matter beyond title and date (report/front_matter.md)."""
    return text.render(
        "front_matter.md",
        prose=False,
        params=params,
        year=cover_year(params),
        synthetic=params.is_synthetic,
        logo=logo_name(params),
    )


def html_cover(params) -> str:
    """Under the HTML page's title: publisher and edition (report/cover_html.md)."""
    return text.render("cover_html.md", prose=False, params=params, synthetic=params.is_synthetic)


def logo_name(params) -> str | None:
    """The logo's name in the staging folder (a fixed name: no path from params reaches typst or HTML)."""
    logo = params.publisher.logo
    return None if logo is None else "logo" + Path(logo).suffix.lower()


def copy_logo(params, staging: Path) -> None:
    name = logo_name(params)
    if name is not None:
        shutil.copy2(PARAMS / params.publisher.logo, staging / name)


def colophon(params) -> str:
    """The colophon (report/colophon.md): publisher, responsible editor, contact, legal deposit, date, edition in
    words, how to cite. No software version or commit: those stay machine-readable (build.json, the report-version
    metadata); a late compilation is the introduction's to say (summary/intro.md)."""
    return text.render("colophon.md", prose=False, **_edition(params))


def reproducibility(params, version: str) -> dict:
    """What the annex's 'Programma en gegevens' paragraph needs: where the program and data are to be had (params:
    publisher.repository; none: the annex has no such paragraph, the build warns) and whether the release was built
    from a saved version of the software (the build warns when not). The version itself is build.json's, never the
    reader's (2020 #20, TO #10)."""
    _, _, dirty = version.partition("-")
    return {"where": params.publisher.repository, "saved": not dirty}


def publication_warnings(params, version: str, today: dt.date | None = None) -> list[str]:
    """What keeps a real release from being published as it is built, said by the build (never printed in the
    report): no name for the responsible publisher (the colophon then has no v.u. line), no
    depotnummer, no place for the program and data ('Programma en gegevens'), a publication date before the day of the
    build, software with changes not saved as a version. A demo is no publication and gets none."""
    if params.is_synthetic:
        return []
    today = today or dt.date.today()
    warnings = []
    if not params.publisher.responsible_editor:
        warnings.append(
            "publisher.responsible_editor is empty: the colophon has no line for the verantwoordelijke uitgever; "
            "fill in the person's name before the report is published"
        )
    if not params.publisher.legal_deposit:
        warnings.append(
            "publisher.legal_deposit is empty: the colophon gives no depotnummer (wettelijk depot D/<year>/...); "
            "fill in the number the Royal Library assigned before the report is published"
        )
    if not params.publisher.repository:
        warnings.append(
            "publisher.repository is empty: the annex says nowhere where the program and data "
            "are to be had; fill in a web or contact address before the report is published"
        )
    if params.publication_date < today:
        warnings.append(
            f"publication_date {params.publication_date} lies before the build ({today}): set the day the report is "
            "published (a new edition of a published report gets a new date and edition)"
        )
    if not reproducibility(params, version)["saved"]:
        warnings.append(
            "built from changes not committed to git: the report cannot be made again from a saved version; "
            "commit and build again before publishing"
        )
    return warnings


def help_box(params, line: bool = False) -> str:
    """'Hulp nodig?': how to reach every helpline (data/helpline_contacts.csv), the report's own first, with
    what each one does and its channels (data/helplines.csv); beside them the emergency numbers and the
    Zelfmoordlijn (data/general_lines.csv), as links too. ``line``: the one line of numbers at the top of the summary
    (r44, 2021 #6: on a phone the box came after two and a half screens)."""
    from ..data import load

    helplines = load.helplines().set_index("helpline")
    contacts = load.helpline_contacts().set_index("helpline")
    channels = load.codebook("channels").set_index("channel")["label_nl"]
    order = list(params.helplines) + [h for h in contacts.index if h not in params.helplines]
    rows = []
    for code in order:
        if code not in contacts.index:
            continue
        about, contact = helplines.loc[code], contacts.loc[code]
        rows.append(
            {
                "name": str(about["name"]),
                "purpose": str(about["purpose_nl"]),
                "channels": [str(channels[c]) for c in str(about["channels"]).split("|") if c in channels.index],
                "phone": str(contact["phone"]).replace(" ", "\u00a0"),  # a number never breaks over lines
                "tel": "tel:" + str(contact["phone"]).replace(" ", ""),
                "website": str(contact["website"]),
                "site": str(contact["website"]).removeprefix("https://").rstrip("/"),
            }
        )
    general = {
        str(row.line): {
            "name": str(row.name),
            "phone": str(row.phone).replace(" ", "\u00a0"),
            "tel": "tel:" + str(row.phone).replace(" ", ""),
            "website": row.website if isinstance(row.website, str) else None,  # empty: the box names no site
            "site": row.website.removeprefix("https://").rstrip("/") if isinstance(row.website, str) else None,
        }
        for row in load.general_lines().itertuples()
    }
    return text.render("summary/help.md", prose=False, helplines=rows, general=general, line=line)
