"""The schema of data/provenance.yml (pydantic): where every data file comes from. Read with the
one safe YAML loader; a broken rule names the file, the line and the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..config import yamlfile
from ..config.errors import Problem
from ..config.paths import relative_to_root

NAME = r"^[a-z0-9][a-z0-9_]{0,39}$"
DATA_PATH = r"^[a-z0-9][a-z0-9_./-]{0,199}\.csv$"
# one Dutch sentence for the annex: empty, or a capital (or opening quote) up to a full stop
SENTENCE_NL = r"^$|^[A-Z„].*[.]$"


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1)
    date: dt.date | None
    date_note: str = ""
    date_note_nl: str = ""  # what the report says when the document has no date (its sources table)
    seed: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.-]{1,100}$")
    covers: str = Field(min_length=1)
    covers_nl: str = ""
    about_nl: str = Field(default="", description="The document in a Dutch phrase for 'Over deze cijfers'.")
    not_from_nl: str = Field(
        default="",
        description="What a reader may take the figures to come from and they do not (the helpline's own annual "
        "report, which the document only quotes from), in a Dutch phrase: 'Over deze cijfers' says it once.",
    )
    scanned: bool = Field(default=False, description="Read from a scan (OCR): the report says so.")
    scanned_nl: str = Field(
        default="",
        description="The scanned document as the annex names it in 'Herkomst' ('schriftelijke vraag nummer 282, met "
        "het antwoord en de tabellen erbij'): a release of several documents says which one is scanned (r35 2020 "
        "#8).",
    )
    short_nl: str = ""  # the document in a few plain Dutch words, for a table's source column
    named_nl: str = Field(
        default="",
        description="The document as a chapter names it once in a sentence ('het antwoord op schriftelijke vraag "
        "nr. 282 in het Vlaams Parlement'), where a statement is the document's and not a fact.",
    )
    asked_by_nl: str = Field(
        default="",
        description="Who asked the document's question (a member of parliament), as the document names them: the "
        "chapter and summary name who states a figure the question gives (r28 2020 #2).",
    )
    number_nl: str = Field(
        default="",
        pattern=r"^$|^[0-9][0-9 ./-]*$",
        description="The question's number as the document gives it ('282'): the summary cites the question by it, "
        "with its month (r32 #5).",
    )
    publisher: str | None = Field(
        default=None,
        min_length=1,
        description="Who published the document, as the document itself names it (the annex's sources table); None: "
        "the document names none, and the table says 'niet vermeld'. Never guessed.",
    )
    where_nl: str = Field(
        default="",
        pattern=SENTENCE_NL,
        description="How a reader finds the document, in one Dutch sentence for the annex (where it is published and "
        "what to search for), or, where that is not known, that plainly; only what the document itself makes "
        "certain, never a guessed web address.",
    )
    # r56 (r55 TO #3): the document's web address where it is known (the annex links it); else unknown_url_nl
    url: str = Field(default="", pattern=r"^$|^https://\S+$")
    unknown_url_nl: str = Field(
        default="",
        pattern=SENTENCE_NL,
        description="Where url is empty: the document's title and publisher as it gives them, and that it names no "
        "web address, in one neutral Dutch sentence (no account of a search).",
    )
    # r38 (r37 TO #11): a release of one helpline speaks of that helpline; '{naam}' is its name, filled in by the
    # template that knows how many helplines the release has
    not_from_one_nl: str = ""
    where_one_nl: str = Field(default="", pattern=SENTENCE_NL)
    ask_publisher_nl: str = Field(
        default="",
        pattern=SENTENCE_NL,
        description="A sentence after where_nl that sends the reader to this report's publisher (the colophon); only "
        "a release whose colophon names a publisher prints it (demo r26 #5: a demo's colophon names none).",
    )
    quality: str = Field(min_length=1)


class FileEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    document: str = Field(pattern=NAME)
    locator: str = Field(min_length=1)
    part_nl: str = Field(
        default="", description="The part of the document the file comes from, in a Dutch phrase (one infographic)."
    )
    covers_nl: str = Field(default="", description="What the file gives (sources table of a release using it alone).")
    counts: str | None = Field(
        default=None,
        pattern=NAME,
        description="What the source says the file's table counts, as the table's count column names it ('contacts'"
        "): its heading or its total makes it plain. None where the source does not say: the column's name is then "
        "this project's reading, and a later share is set beside the table's without 'lager' or 'hoger' (r35).",
    )


class LeftOut(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    what: str = Field(min_length=1)
    why: str = Field(min_length=1)


class Provenance(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    documents: dict[str, Document]
    files: dict[str, FileEntry]
    left_out: list[LeftOut] = Field(default_factory=list)


def _line(node: yaml.Node | None, loc: tuple) -> int | None:
    """The line of the deepest node of ``loc`` found in the composed YAML."""
    line = None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(part)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def load(path: Path) -> tuple[Provenance | None, list[Problem]]:
    raw, problems = yamlfile.load(path)
    if problems:
        return None, problems
    try:
        return Provenance.model_validate(raw), []
    except ValidationError as exc:
        node = yaml.compose(path.read_text(encoding="utf-8"))
        file = relative_to_root(path)
        return None, [
            Problem(
                file, _line(node, err["loc"]), ".".join(map(str, err["loc"])) or None, "provenance_schema", err["msg"]
            )
            for err in exc.errors()
        ]


def document_names(data: Path) -> dict[str, str]:
    """Each data file's document in a few plain words ('data/<path>': short_nl, else its title), for a chapter's
    source column; the file's bytes are noted as read (config.reads), so a notebook that names them re-runs."""
    from ..config import reads

    path = data / "provenance.yml"
    reads.file_read(relative_to_root(path), path.read_bytes())
    record, _ = load(path)
    if record is None:
        return {}
    return {
        f"data/{f}": record.documents[e.document].short_nl or record.documents[e.document].title
        for f, e in record.files.items()
        if e.document in record.documents
    }


def declared_inputs(data: Path) -> dict[str, Path]:
    """The files of data/ a build reads, by their name in outputs ('data/<path>'): provenance.yml and
    every file it lists under files: (make validate makes every other file there an error)."""
    record, _ = load(data / "provenance.yml")
    listed = sorted(record.files) if record is not None else []
    return {f"data/{p}": data / p for p in ["provenance.yml", *listed] if (data / p).is_file()}


def _document_of(data: Path, file: str):
    """The document record of ``file`` (a path under data/), or None; the file's bytes are noted as read, as
    document_names does."""
    from ..config import reads

    path = data / "provenance.yml"
    reads.file_read(relative_to_root(path), path.read_bytes())
    record, _ = load(path)
    entry = record.files.get(file) if record is not None else None
    if entry is None or entry.document not in record.documents:
        return None
    return record.documents[entry.document]


def tables_beside(data: Path, file: str) -> list[str]:
    """The tables (a locator "table '…'") of ``file``'s document under the same folder as ``file`` (paths under data/),
    in the order provenance.yml lists them: r39 (2020 #14) the tables an answer gives, named from the source list."""
    from ..config import reads

    path = data / "provenance.yml"
    reads.file_read(relative_to_root(path), path.read_bytes())
    record, _ = load(path)
    entry = record.files.get(file) if record is not None else None
    if entry is None:
        return []
    folder = file.rsplit("/", 1)[0] + "/"
    return [
        f
        for f, e in record.files.items()
        if f.startswith(folder) and e.document == entry.document and e.locator.startswith("table '")
    ]


def named_in_text(data: Path, file: str) -> str:
    """The document of ``file`` (a path under data/) as a chapter names it once: named_nl, else short_nl, else its
    title."""
    doc = _document_of(data, file)
    return "" if doc is None else doc.named_nl or doc.short_nl or doc.title


def asked_by(data: Path, file: str) -> str:
    """Who asked the question of ``file``'s document (asked_by_nl; a path under data/), or ''."""
    doc = _document_of(data, file)
    return "" if doc is None else doc.asked_by_nl


def question_number(data: Path, file: str) -> str:
    """The number of the question of ``file``'s document (number_nl; a path under data/), or ''."""
    doc = _document_of(data, file)
    return "" if doc is None else doc.number_nl


def counted_as_stated(data: Path, file: str, column: str) -> bool:
    """Whether the source says that the table of ``file`` (a path under data/) counts what its ``column`` names (the
    entry's counts): only then is a later year's share on that count known to have the same base as the table's."""
    from ..config import reads

    path = data / "provenance.yml"
    reads.file_read(relative_to_root(path), path.read_bytes())
    record, _ = load(path)
    entry = record.files.get(file) if record is not None else None
    return entry is not None and entry.counts == column
