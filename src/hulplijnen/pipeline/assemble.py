"""Assembly of a year's build from its executed notebooks: figures.json, build.json, the report
document Quarto renders, and HTML previews that need no Quarto."""

from __future__ import annotations

import json
import platform
import shutil
from pathlib import Path

from .. import chapters
from .. import facts as facts_mod
from ..config import nbfile
from ..config.digests import file_digest
from ..config.errors import BuildError
from ..config.paths import DATA, QUARTO_PARTIALS, QUARTO_PROJECT
from ..data import load
from ..data.provenance import declared_inputs, named_in_text, question_number
from ..data.statements import ABOUT_THE_SAME_POINTS, FAR_APART_POINTS
from ..presentation import text
from ..presentation.captions import PHONE_METADATA
from . import about as about_text
from . import fonts, front, messages, processing, summary
from .answer_tables import answer_tables
from .appendix import appendix_tables, codes_markdown, counted_words, load_names, release_sources, shows_codes
from .comparison_words import compared_counts
from .data_years import with_data_years
from .glossary import annex_terms, glossary_markdown, shown_text
from .release import Release, public_values

# one line on every page (a header); the generator copies the published monthly totals per channel, the rest is made
# up: the one label of what is real (demo r20 #1). r37 (demo r36 #2): said once, not 'Synthetische gegevens — verzonnen'
SYNTHETIC_BANNER = "Verzonnen gegevens, behalve de maandtotalen per kanaal"
SYNTHETIC_ALT = "Verzonnen gegevens"  # the first words of every figure's alt text (demo r20 #14)
# figures.json and every figures/*.csv; r39 (demo r38 #8): 'verzonnen', the one word for made up, as the banner
SYNTHETIC_MARK = "verzonnen gegevens, behalve de maandtotalen per kanaal"


def write_facts(staging: Path, year: int, names: list[str], synthetic: bool = False) -> dict:
    collected = facts_mod.collect([staging / "notebooks" / f"{n}.ipynb" for n in names])
    facts_mod.write(collected, staging / "figures.json", year, SYNTHETIC_MARK if synthetic else None)
    return collected


def write_build_record(
    release: Release, staging: Path, runs: dict[str, dict], notebook_sources: list[Path], commit: str
) -> dict:
    """Provenance of the build: params, ``commit`` (finish.release_commit), versions, input checksums, and
    each notebook's run."""
    # named relative to the repository layout, never by a local path; only declared inputs
    inputs = {
        **declared_inputs(DATA),
        f"params/{release.id}.yml": release.params_file,
        **{f"notebooks/{p.name}": p for p in notebook_sources},
    }
    checksums = {name: file_digest(p) for name, p in sorted(inputs.items())}
    record = {
        "release": release.id,
        "year": release.year,
        "params": public_values(release.params),
        "git_commit": commit,
        "python": platform.python_version(),
        "packages": processing.versions(),
        "inputs": checksums,
        processing.FINGERPRINT_KEY: processing.inputs_digest(checksums),  # r50: the annex's fingerprint
        "notebooks": runs,
        # what each chapter declares it does not show in this release, and why (FactSheet.nothing_to_show)
        "not_shown": {
            p.stem: shown
            for p in sorted((staging / "notebooks").glob("*.ipynb"))
            if (shown := facts_mod.not_shown_in_notebook(p))
        },
    }
    (staging / "build.json").write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return record


def intro(params, reading: list[str], part: str | None = None) -> str:
    """The opening paragraph; ``reading``: the chapters a reader reads (not the annex ones), in order. Where the
    lead helpline has chapters of its own and the others share one, it says which chapters are about which."""
    names = load_names()
    others = [names[h] for h in params.helplines[1:]]
    own = [str(i) for i, n in enumerate(reading, 1) if n != "helplines"]  # chapter numbers, words of the text
    shared = [str(i) for i, n in enumerate(reading, 1) if n == "helplines"]
    return text.render(
        "summary/intro.md",
        facts={},
        part=part,  # r39 (2021 #1): "scope" the caveat under the heading, "rest" the opening without it
        synthetic=params.is_synthetic,
        # demo r28 #10, #12: the document the published monthly totals come from, named once
        source=named_in_text(DATA, f"{params.helplines[0]}/{params.year}/contacts_by_month_channel.csv")
        if params.is_synthetic
        else "",
        year=str(params.year),
        later=str(params.publication_date.year) if front.is_later_edition(params) else None,
        names=[names[h] for h in params.helplines],
        counted=counted_words(params.helplines),
        one_chapter=len(reading) == 1,
        key_only=key_figures_only(params),
        split={"lead": names[params.helplines[0]], "own": own, "shared": shared[0], "others": others}
        if others and own and shared
        else None,
    )


def key_figures_only(params) -> dict | None:
    """The lead helpline's name when the year has only key figures (no table per month): the introduction says so
    once, the chapters say it at most once each (r16 2021 #6)."""
    lead, year = params.helplines[0], params.year
    if params.export is not None or not load.has_table("key_figures", lead, year):
        return None
    if load.has_table("contacts_by_month_channel", lead, year):
        return None
    # tables of an earlier year that a chapter shows instead: only then the introduction says whose year they are
    folder = load.year_table_path("contacts_by_month_channel", lead, year).parent.parent
    earlier = [p for p in folder.glob("*/contacts_by_month_channel.csv") if p.parent.name < str(year)]
    # the latest such year, named in the introduction (r26 2021 #3)
    return {"name": load_names()[lead], "earlier": max(p.parent.name for p in earlier) if earlier else False}


def has_timings(params) -> bool:
    """Whether the release publishes waiting and conversation times (its export has the timing columns)."""
    from ..export.stage import TIMINGS, tables_dir

    return (
        params.export is not None
        and (tables_dir(params.year, params.export, params.min_cell_count) / TIMINGS).is_file()
    )


KEY_FIGURES = "\n## Kerncijfers"  # report/summary/key_figures.md's heading


def _summary_parts(summary_text: str, synthetic: bool) -> dict:
    """The summary, and in a demo its key figures apart: the box 'Hulp nodig?' goes between (r61, r61 demo #4: the
    long key messages sent the heading and Tabel 1 whole to the next page, a third of the first page left empty)."""
    head, cut, tail = summary_text.partition(KEY_FIGURES) if synthetic else (summary_text, "", "")
    return {"summary": text.markdown(head), "key_figures": text.markdown((cut + tail).lstrip("\n"))}


def write_report_document(release: Release, staging: Path, facts: dict, record: dict) -> None:
    params = release.params
    timings = has_timings(params)
    methods = [
        # what the chapter declared it does not show (build.json, not_shown): its methods describe only what it shows
        text.render(
            chapters.spec(n).methods,
            every_value_used=False,
            params=params,
            timings=timings,
            not_shown=record["not_shown"].get(n, {}),
            values={k: f["value"] for k, f in facts.items()},  # the recorded values: what applies to this release
            # r37 (demo r36 #11, #12): the question the published monthly totals come from, named by its number
            question=question_number(DATA, f"{params.helplines[0]}/{params.year}/contacts_by_month_channel.csv"),
            answer_tables=answer_tables(params, facts),  # r39 (2020 #14), r47 facts
            names=load_names(),  # r48 (r47 2021 #11): the helpline a paragraph is about, named from the data
            campaign_names=load.lockdown_campaign_names(),  # r59 (r58 2020 #3): what the lockdown's campaign was
            # r59 (r58 demo #8): each event's start year (data/events.csv), for a measure dated in a chapter's methods
            started=load.events().set_index("event_id")["start_earliest"].astype(str).str[:4].to_dict(),
        )
        for n in release.chapters
        if chapters.spec(n).methods
    ]
    # the methods explain derived values only in a release that shows one: a fact with a low and a high end apart
    derived = any(
        k.endswith(".low") and k[:-4] + ".high" in facts and facts[k]["value"] != facts[k[:-4] + ".high"]["value"]
        for k in facts
    )
    compared = any(k.endswith(".about_same") for k in facts)  # the rule where a rounded share met an exact one
    # r35 (2021 #2): and that a share the sources do not say counts alike is set beside the other without a verdict
    unlike = any(k.endswith(".alike") and not facts[k]["value"] for k in facts)
    paired = any(k.endswith(".direction") and facts[k]["value"] for k in facts)  # r61 (r61 TO #5): two rounded shares
    codes = shows_codes(list(release.chapters), params.helplines, params.year)
    reading = [c["name"] for c in release.reading]  # a chapter shown as a section of another has no number
    chapters_text = shown_text(staging, list(release.chapters))
    opening, summary_text = intro(params, reading, "rest"), summary.markdown(facts, params.helplines, params.year)
    scope = intro(params, reading, "scope")
    marked = "\n".join([chapters_text, summary_text])  # the summary's key figures show '≈ 5.420' too
    # r53: 'Over deze cijfers' names the words the summary uses too (its 'ongeveer 91.000' once the chapter had none)
    marks = {"marked": about_text.marks_estimates(marked), "words": about_text.estimate_words(marked)}
    general_methods = text.render(
        "methods.md",
        # r37 (r36 2020 #14): only the words and signs the chapters and the summary mark an estimate with
        marked=about_text.marks_estimates(marked),
        words=about_text.estimate_words(marked),
        derived=derived,
        example=derived and about_text.where_shown(about_text.derived_example(facts, params.year), chapters_text),
        outward=about_text.outward_example(facts),  # r39 (2021 #9)
        one_chapter=len(reading) == 1,
        about_the_same=ABOUT_THE_SAME_POINTS if compared else None,
        counts=compared_counts(facts, params.year),  # r66 (r64 demo #7): 'ongeveer even hoog', 'sterk toe'; 2020 too
        far_apart=FAR_APART_POINTS,  # r41 (r40 TO #3): the rule's third step
        unlike=unlike,
        paired=paired,
        terms=annex_terms("\n".join([*methods, chapters_text]).lower()),  # r66: the model's terms (r65 2020 #9)
    )
    titles = "\n".join(release.titles[n] for n in release.chapters)
    about = about_text.about_markdown(params, facts, one_chapter=len(reading) == 1, **marks)
    code_list = codes_markdown() if codes else ""
    shifts = [s for h in params.helplines for s in messages.subject_shifts(facts, h, params.year) if s["points"]]
    shift = shifts[0] if shifts else None  # the glossary's example of 'procentpunt' in the release's own figures
    # everything a reader reads before the technical annex, and the code list: its terms are the jargon of this text;
    # a word only the annex uses is explained there (demo r32 #11: 'optie 0', 'mogelijk slachtoffer' in the glossary of
    # a report whose chapters never use them)
    shown = "\n".join([chapters_text, titles, scope, opening, summary_text, about, code_list])
    document = text.render(
        "report.qmd",
        prose=False,
        params=params,
        # Markdown made (and escaped) before: passed on as it is; every other text value is escaped by the template
        synthetic_front=text.markdown(synthetic_front_matter() if params.is_synthetic else ""),
        cover=text.markdown(front.front_matter(params)),
        html_cover=text.markdown(front.html_cover(params)),
        help=text.markdown(front.help_box(params)),
        help_line=text.markdown(front.help_box(params, line=True)),  # r44 (2021 #6): the numbers at the top
        colophon=text.markdown(front.colophon(params)),
        reproducibility=front.reproducibility(params, report_version(record["git_commit"])),
        processing=text.markdown(processing.markdown(record, params, facts)),  # r47 (demo r46 #10); r56: modelled?
        scope=text.markdown(scope),
        intro=text.markdown(opening),
        intro_first=params.is_synthetic,  # a real report opens with its story, the context after it (r20 TO #8)
        **_summary_parts(summary_text, params.is_synthetic),
        chapters=with_data_years(release.reading, facts, params.year),  # an earlier year's figures: the heading says it
        annex_chapters=[{"name": n, "title": release.titles[n]} for n in release.chapters if chapters.spec(n).annex],
        about=text.markdown(about),
        about_first=params.is_synthetic,
        general_methods=text.markdown(general_methods),
        methods=[text.markdown(m) for m in methods],
        sources=text.markdown(release_sources(facts, params, "data_quality" in release.chapters)),
        key_figure_sources=text.markdown(
            summary.sources_markdown(
                facts, params.helplines, params.year, messages.key_messages(facts, params.helplines, params.year)
            )
        ),
        glossary=text.markdown(glossary_markdown(shown.lower(), params.helplines, list(release.chapters), shift)),
        codes=text.markdown(code_list) if codes else None,
        appendix_tables=appendix_tables(staging, list(release.chapters), *release.places),
        version=report_version(record["git_commit"]),
    )
    (staging / "report.qmd").write_text(document + "\n", encoding="utf-8")
    shutil.copy2(QUARTO_PROJECT, staging / "_quarto.yml")
    shutil.copytree(QUARTO_PARTIALS, staging / QUARTO_PARTIALS.name)
    fonts.stage(staging)
    front.copy_logo(params, staging)


def report_version(commit: str) -> str:
    """The report version on the title page: the short git commit (with "-dirty" for uncommitted changes)."""
    sha, _, rest = commit.partition("-")
    return sha[:7] + (f"-{rest}" if rest else "")


def synthetic_front_matter() -> str:
    """Front matter that puts the synthetic-data warning on every page: a banner above the HTML
    page, and in the typst PDF a notice the layout (quarto/typst-template.typ) puts on the title page
    and at the top of every page (header-includes redefine `report-notice` before the show rule uses it)."""
    html = (
        '<div class="callout callout-style-default callout-warning" role="note">'
        f"<strong>{SYNTHETIC_BANNER}.</strong></div>"
    )
    typst = f'#let report-notice = text(size: 9pt, fill: rgb("#B00020"), weight: "bold")[{SYNTHETIC_BANNER}]'
    return (
        "format:\n  html:\n    include-before-body:\n      text: "
        + json.dumps(html, ensure_ascii=False)
        + "\n  typst:\n    include-in-header:\n      text: "
        + json.dumps(typst, ensure_ascii=False)
        + "\n"
    )


def write_artifacts(staging: Path, names: list[str]) -> list[str]:
    """Every labelled figure and table of the executed notebooks as its own file: figures/<label>.png
    (the exact bytes the report embeds), its phone version figures/phone/<label>.png (the HTML's, phone_figures)
    and tables/<label>.md. Returns the files written. A labelled cell shows nothing exactly when its chapter
    declares so (FactSheet.nothing_to_show), else BuildError."""
    import base64
    import re

    written = []
    for folder in ("figures", "tables"):
        (staging / folder).mkdir()
    for name in names:
        labels, shown = set(), set()
        for cell in nbfile.read(staging / "notebooks" / f"{name}.ipynb").cells:
            label = re.search(r"^#\| label: ((?:fig|tbl)-[\w-]+)", cell.source, re.M)
            if not label:
                continue
            labels.add(label.group(1))
            for output in cell.get("outputs", []):
                data = output.get("data", {})
                if label.group(1).startswith("fig-") and "image/png" in data:
                    target = staging / "figures" / f"{label.group(1)}.png"
                    target.write_bytes(base64.b64decode(data["image/png"]))
                    if PHONE_METADATA in output.get("metadata", {}):  # its phone version, for the HTML (phone_figures)
                        (staging / "figures" / "phone").mkdir(exist_ok=True)
                        (staging / "figures" / "phone" / target.name).write_bytes(
                            base64.b64decode(output["metadata"][PHONE_METADATA])
                        )
                elif label.group(1).startswith("tbl-") and "text/markdown" in data:
                    # the table's lead, then the table: the file says what the report says above it (demo r22 #8)
                    target = staging / "tables" / f"{label.group(1)}.md"
                    before = target.read_text(encoding="utf-8") + "\n" if label.group(1) in shown else ""
                    target.write_text(before + data["text/markdown"] + "\n", encoding="utf-8")
                else:
                    continue
                if label.group(1) not in shown:
                    written.append(target.relative_to(staging).as_posix())
                shown.add(label.group(1))
        _check_not_shown(name, labels, shown, facts_mod.not_shown_in_notebook(staging / "notebooks" / f"{name}.ipynb"))
    return written


def _check_not_shown(name: str, labels: set[str], shown: set[str], declared: dict[str, str]) -> None:
    """A cell shows nothing only where its chapter says so and why; a declared cell exists and shows nothing."""
    problems = [f"{x} shows nothing, and the chapter does not say why" for x in sorted(labels - shown - set(declared))]
    problems += [f"{x} is declared not shown, but it shows something" for x in sorted(shown & set(declared))]
    problems += [
        f"{x} is declared not shown, but the notebook has no such cell" for x in sorted(set(declared) - labels)
    ]
    if problems:
        raise BuildError(
            f"notebooks/{name}.ipynb: " + "; ".join(problems) + " (the chapter declares it: facts.nothing_to_show)"
        )


def write_suppression_log(params, staging: Path) -> None:
    """The audit log of the export's disclosure control, next to the report (cells, never values): the hidden cells
    of the tables the report shows cell by cell. The other tables are protected too but published only as totals
    (or not at all): listing their cells would name tables a reader cannot find (review r14 demo #2)."""
    if params.export is None:
        return
    import pandas as pd

    from ..chapters.shared.export_tables import shown_hidden_cells
    from ..export.aggregate import table_defs
    from ..export.stage import AUDIT_LOG, tables_dir
    from . import log_labels

    log = pd.read_csv(tables_dir(params.year, params.export, params.min_cell_count) / AUDIT_LOG, dtype=str)
    titles = {d.name: d.title_nl for d in table_defs(params.year, timings=True)}  # as the annex names them
    # in the report's Dutch, never the export's internal codes (demo r16 #13)
    # r33 (demo r32 #5): no Saturday or Sunday, which the report does not publish by design
    published = log_labels.dutch(shown_hidden_cells(log), titles)
    published.to_csv(staging / AUDIT_LOG, index=False, lineterminator="\n")


def nbformat_read(path: Path):
    import nbformat

    return nbformat.read(path, as_version=4)
