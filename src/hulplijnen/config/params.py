"""params/<year>.yml: the only thing that varies by year. Schema, loading and checks."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from . import yamlfile
from .errors import ParamsError, Problem
from .paths import DATA, PARAMS, RELEASE_NAME, RELEASE_NAME_RULE, params_file, relative_to_root, release_ids

HELPLINES = ("1712", "tele-onthaal", "stop-it-now")  # the helplines a release can report on (data/ uses the codes)


class SyntheticExport(BaseModel):
    """A synthetic export made by hulplijnen.export.synthetic: for the demo report only."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    seed: int = Field(ge=0, description="Seed of the generator: same seed, same export.")
    rows: int | None = Field(
        default=None, ge=100, description="Contact attempts to generate (default: 1712's published 2020 volumes)."
    )


class ContactExport(BaseModel):
    """Where a release's contact-level export comes from: a folder, or the synthetic generator."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    path: str | None = Field(
        default=None,
        description="Folder with contacts.(parquet|csv) and possible_victims.(parquet|csv); "
        "relative to the params file's folder, or absolute. Never published: outputs name the export by "
        "its fingerprint (a digest of its contents).",
    )
    synthetic: SyntheticExport | None = None
    corrects: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f]{32}$",
        description="Fingerprint of the export this one corrects, for a release already published from "
        "that export (disclosure-ledger/); the new tables are protected against the earlier publication.",
    )

    @model_validator(mode="after")
    def _one_source(self) -> ContactExport:
        if (self.path is None) == (self.synthetic is None):
            raise ValueError("give exactly one of 'path' (a folder with the export) or 'synthetic' (demo only)")
        return self


LOGO = r"^[A-Za-z0-9][A-Za-z0-9_./-]{0,150}\.(png|svg|jpg|jpeg)$"


class Publisher(BaseModel):
    """Who publishes the report: on the title page and in the colophon."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    name: str = Field(default="Departement Zorg", min_length=1)  # the Departement WVG merged into it on 1 June 2023
    article: str | None = Field(default=None, pattern=r"^(het|de)$")  # 'door het Departement Zorg'; None: name only
    responsible_editor: str | None = Field(
        default=None,
        min_length=1,
        description="Verantwoordelijke uitgever: the person's name. None: no v.u. line (never a made-up person).",
    )
    responsible_editor_function: str = Field(
        default="leidend ambtenaar",
        min_length=1,
        description="The responsible editor's function at the publisher, as printed after the name.",
    )
    address: str = Field(default="Koning Albert II-laan 35, 1030 Brussel", min_length=1)
    legal_deposit: str | None = Field(
        default=None,
        pattern=r"^D/\d{4}/\d{4}/\d{1,4}$",
        description="Depotnummer of the Belgian legal deposit, D/<year>/<publisher number>/<number>, as the Royal "
        "Library assigned it; the year is the publication year. None: no number in the colophon; the build warns.",
    )
    repository: str | None = Field(
        default=None,
        min_length=1,
        description="Where a reader gets the program and the data the report is made from (a web address or a "
        "contact address), in the annex's 'Programma en gegevens'. None: the annex has no such paragraph and the "
        "colophon no pointer to it; the build warns.",
    )
    contact: str | None = Field(default=None, description="Where readers send questions (an e-mail or web address).")
    public_channel: str | None = Field(
        default="1700, het gratis informatienummer van de Vlaamse overheid",
        description="How any reader reaches the publisher without a contact of its own (colophon: 'via ...').",
    )
    logo: str | None = Field(
        default=None,
        pattern=LOGO,
        description="Logo on the title page: an image file (png, svg, jpg) relative to the params folder.",
    )


class ReportParams(BaseModel):
    """Everything a year's report may vary. Unknown keys are errors (Papermill would only warn)."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    year: int = Field(ge=1990, le=2100, description="The report year.")
    helplines: list[str] = Field(min_length=1, description="Helplines the report covers, first one leads.")
    compare_years: list[int] = Field(
        default_factory=list, description="Earlier years to compare with where figures exist."
    )
    title: str = Field(min_length=1)
    subtitle: str = ""
    header_title: str = Field(
        default="",
        description="A synthetic report's name in the PDF's running header, under the banner: the title's beginning, "
        "without what the banner says (default: the title).",
    )
    publication_date: dt.date
    edition: int = Field(default=1, ge=1, le=9, description="Edition of this year's report: 1 first, 2 revised, ...")
    publisher: Publisher = Field(default_factory=Publisher, description="Who publishes the report (title page).")
    campaign_window_months: int = Field(ge=1, le=3, description="Months after a campaign start counted as its window.")
    min_months_for_effect: int = Field(ge=6, description="Monthly observations needed before effects are estimated.")
    placebo_runs: int = Field(ge=0, le=500, description="Placebo dates tried per series.")
    export: ContactExport | None = Field(
        description="The contact-level export of the year (null: none; the report uses the published tables)."
    )
    min_cell_count: int = Field(
        ge=2,
        le=50,
        description="k of the disclosure rule: counts from 1 to k-1 from contact-level data are never published.",
    )

    answer_targets: list[Annotated[float, Field(strict=True, gt=0, lt=1)]] = Field(
        default_factory=lambda: [0.8, 0.9],
        min_length=1,
        max_length=3,
        description="Target answer rates (shares, 0.8 = 80 %) the staffing estimate is made for (export with timings).",
    )
    redial_share: Annotated[float, Field(strict=True, ge=0, le=1)] = Field(
        default=0.5, description="Share of callers who hang up and call again, in the staffing simulation (assumption)."
    )

    @field_validator("header_title")
    @classmethod
    def _header_title(cls, value: str, info) -> str:  # noqa: ANN001 (pydantic's ValidationInfo)
        if value and not (info.data.get("title") or "").startswith(value):
            raise ValueError("header_title is the title's beginning: the same report, named shorter")
        return value

    @property
    def is_synthetic(self) -> bool:
        """Built from a synthetic export (a demo release)."""
        return self.export is not None and self.export.synthetic is not None

    @field_validator("publication_date")
    @classmethod
    def _working_day(cls, value: dt.date) -> dt.date:
        if value.weekday() >= 5:
            day = ("Saturday", "Sunday")[value.weekday() - 5]
            raise ValueError(
                f"publication_date {value} is a {day}: a report is published on a working day (Monday to "
                "Friday); choose the working day it is published"
            )
        return value

    @field_validator("compare_years")
    @classmethod
    def _earlier_years(cls, value: list[int], info) -> list[int]:  # noqa: ANN001 (pydantic's ValidationInfo)
        year = info.data.get("year")
        later = [y for y in value if year is not None and not 1990 <= y < year]
        if later:
            raise ValueError(f"compare_years must be earlier years (1990 to {year - 1}); not {later}")
        return value

    @field_validator("answer_targets")
    @classmethod
    def _whole_percentages(cls, value: list[float]) -> list[float]:
        pct = [v * 100 for v in value]
        if any(abs(p - round(p)) > 1e-9 for p in pct) or sorted(set(round(p) for p in pct)) != [round(p) for p in pct]:
            raise ValueError("answer_targets are whole percentages as shares, different and ascending, e.g. [0.8, 0.9]")
        return value

    @field_validator("helplines")
    @classmethod
    def _known_helplines(cls, value: list[str]) -> list[str]:
        unknown = [h for h in value if h not in HELPLINES]
        if unknown:
            raise ValueError(f"unknown helpline(s) {unknown}; valid: {', '.join(HELPLINES)}")
        if len(set(value)) != len(value):
            raise ValueError("a helpline is listed twice")
        return value


REPORT_KEYS = {
    "title",
    "subtitle",
    "header_title",
    "publication_date",
    "edition",
    "publisher",
}  # used by the report document, not by notebooks


def is_demo(release: str) -> bool:
    """Demo releases (params/demo.yml, demo-<name>.yml) are built from synthetic data only."""
    return release == "demo" or release.startswith("demo-")


def export_folder(export: ContactExport) -> Path:
    """The export's folder: ``path`` as given when absolute, else relative to the params folder."""
    path = Path(export.path or "")
    return path if path.is_absolute() else PARAMS / path


def _line_of(path: Path, key: str) -> int | None:
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError):
        return None
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if k.value == key:
                return k.start_mark.line + 1
    return None


def check_params(year: str | int, path: Path | None = None) -> list[Problem]:
    """Every problem with one params file, naming the file, the line and the key."""
    return _parse(year, path)[1]


def _parse(year: str | int, path: Path | None) -> tuple[ReportParams | None, list[Problem]]:
    path = path or params_file(year)
    file = relative_to_root(path)
    if not path.exists():
        have = ", ".join(release_ids()) or "none"
        return None, [
            Problem(file, None, None, "params_missing", f"no params file for {year}; params files exist for: {have}")
        ]
    if not RELEASE_NAME.fullmatch(path.stem):
        rename = f"the file name {path.stem!r} is not a release name ({RELEASE_NAME_RULE}); rename the file"
        return None, [Problem(file, None, None, "release_name", rename)]
    raw, problems = yamlfile.load(path)
    if problems:
        return None, problems
    if not isinstance(raw, dict):
        return None, [Problem(file, None, None, "yaml", "the file must be a mapping of keys to values")]
    try:
        params = ReportParams(**raw)
    except ValidationError as exc:
        problems = []
        fields = list(ReportParams.model_fields)
        for err in exc.errors():
            key = str(err["loc"][0]) if err["loc"] else None
            if err["type"] == "extra_forbidden":
                # a key inside publisher: or export: is named with its path, against that block's own keys
                inner = {"publisher": Publisher, "export": ContactExport, "synthetic": SyntheticExport}
                loc = [str(part) for part in err["loc"]]
                valid = list(inner[loc[-2]].model_fields) if len(loc) > 1 and loc[-2] in inner else fields
                close = difflib.get_close_matches(loc[-1] if loc else "", valid, n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                msg = f"unknown key '{'.'.join(loc)}'{hint} Valid keys: {', '.join(valid)}"
            elif err["type"] == "missing":
                msg = f"required key '{key}' is missing"
            else:
                msg = f"{err['msg']} (got {err.get('input')!r})"
            problems.append(Problem(file, _line_of(path, key) if key else None, key, "params", msg))
        return None, problems
    problems = []
    demo = is_demo(path.stem)
    if not demo and path.stem != str(params.year) and not path.stem.startswith(f"{params.year}-"):
        problems.append(
            Problem(
                file,
                _line_of(path, "year"),
                "year",
                "params",
                f"year {params.year} does not match the file name {path.name} (name it {params.year}.yml or "
                f"{params.year}-<name>.yml)",
            )
        )
    if params.is_synthetic and not demo:
        problems.append(
            Problem(
                file,
                _line_of(path, "export"),
                "export",
                "synthetic_in_real_year",
                "a synthetic export may only feed a demo release (params/demo.yml or demo-<name>.yml); synthetic "
                "data never enters a real year's report",
            )
        )
    if params.header_title and not params.is_synthetic:
        why = "header_title is a synthetic report's, whose banner says the rest; a report without it keeps its title"
        problems.append(Problem(file, _line_of(path, "header_title"), "header_title", "params", why))
    if demo and not params.is_synthetic:
        problems.append(
            Problem(
                file,
                _line_of(path, "export"),
                "export",
                "demo_needs_synthetic",
                "a demo release is built from a synthetic export: set export: {synthetic: {seed: ...}}",
            )
        )
    deposit = params.publisher.legal_deposit
    if deposit is not None and deposit.split("/")[1] != str(params.publication_date.year):
        problems.append(
            Problem(
                file,
                _line_of(path, "publisher"),
                "publisher",
                "legal_deposit_year",
                f"publisher.legal_deposit {deposit} is of another year than the publication_date "
                f"({params.publication_date}): a depotnummer D/<year>/... carries the year of publication",
            )
        )
    logo = params.publisher.logo
    if logo is not None and (".." in logo.split("/") or not (PARAMS / logo).is_file()):
        missing = f"the logo {logo} is not a file in params/"
        problems.append(Problem(file, _line_of(path, "publisher"), "publisher", "no_logo", missing))
    if params.export is not None and params.export.path is not None and not export_folder(params.export).is_dir():
        missing = f"the export folder {params.export.path} does not exist"
        problems.append(Problem(file, _line_of(path, "export"), "export", "no_export", missing))
    for helpline in params.helplines:
        if not (DATA / helpline / str(params.year)).is_dir():
            have = (
                sorted(p.name for p in (DATA / helpline).iterdir() if p.is_dir()) if (DATA / helpline).exists() else []
            )
            problems.append(
                Problem(
                    file,
                    _line_of(path, "helplines"),
                    "helplines",
                    "no_data",
                    f"no data for {helpline} in {params.year} (data/{helpline}/{params.year}/ is missing); years "
                    f"with data: {', '.join(have) or 'none'}",
                )
            )
    return params, problems


def load_params(year: str | int, path: Path | None = None) -> ReportParams:
    params, problems = _parse(year, path)
    if problems or params is None:
        raise ParamsError(problems)
    return params
