"""What makes the report a publication: the title page's metadata (publisher, year, edition, a note when the
report is published well after its year, the logo), the colophon and the "Hulp nodig?" box. The Dutch text is
in report/ (front_matter.md, colophon.md, summary/help.md); this module only gathers the values."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from .. import __version__
from ..config.paths import PARAMS
from ..presentation import text


def is_later_edition(params) -> bool:
    """Published more than a year after the report's year: the title page and colophon say so (a 2020 report
    dated 2026 is not a report of 2021)."""
    return params.publication_date.year > params.year + 1


def _edition(params) -> dict:
    """What the colophon says of the edition (the title page and the HTML cover use a part: a late compilation is
    the colophon's alone to say)."""
    return {
        "params": params,
        "year": str(params.year),
        "published": str(params.publication_date.year),
        "later": is_later_edition(params),
        "synthetic": params.is_synthetic,
    }


def front_matter(params) -> str:
    """The lines of report.qmd's front matter beyond title and date (report/front_matter.md)."""
    edition = _edition(params)
    return text.render(
        "front_matter.md",
        prose=False,
        params=params,
        year=edition["year"],
        synthetic=edition["synthetic"],
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


def colophon(params, sources: int | None = None) -> str:
    """The colophon (report/colophon.md): publisher, responsible editor, contact, date, edition in words, how to
    cite; ``sources``: how many source documents the release's figures come from, as 'Over deze cijfers' counts
    them. No software version or commit: those stay machine-readable (build.json, the report-version metadata)."""
    return text.render(
        "colophon.md",
        prose=False,
        **_edition(params),
        sources=sources,
    )


def reproducibility(version: str) -> dict:
    """What the annex's 'Opnieuw maken' paragraph needs: whether the release was built from a saved version of the
    software (the paragraph promises the same report only then); the version itself is build.json's."""
    _, _, dirty = version.partition("-")
    return {"program": __package__.split(".")[0], "software": __version__, "saved": not dirty}


def publication_warnings(params, version: str, today: dt.date | None = None) -> list[str]:
    """What keeps a real release from being published as it is built, said by the build (never printed in the
    report): no name for the responsible publisher (the colophon then gives function and address only), a
    publication date before the day of the build, software with changes not saved as a version. A demo is no
    publication and gets none."""
    if params.is_synthetic:
        return []
    today = today or dt.date.today()
    warnings = []
    if not params.publisher.responsible_editor:
        warnings.append(
            "publisher.responsible_editor is empty: the colophon names the verantwoordelijke uitgever by function "
            "and address only; fill in the person's name before the report is published"
        )
    if params.publication_date < today:
        warnings.append(
            f"publication_date {params.publication_date} lies before the build ({today}): set the day the report is "
            "published (a new edition of a published report gets a new date and edition)"
        )
    if not reproducibility(version)["saved"]:
        warnings.append(
            "built from changes not committed to git: the report cannot be made again from a saved version; "
            "commit and build again before publishing"
        )
    return warnings


def help_box(params) -> str:
    """'Hulp nodig?': how to reach every helpline (data/helpline_contacts.csv), the report's own first, with
    what each one does and its channels (data/helplines.csv)."""
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
    return text.render("summary/help.md", prose=False, helplines=rows)
