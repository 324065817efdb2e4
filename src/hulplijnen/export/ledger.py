"""The disclosure ledger: what was ever published from each contact export, so that a new release is
protected jointly with every earlier one (chapters/registration/methods.md; README, "Safety").

An export is named by its *fingerprint*, a digest of its two files' contents (never a path). Every
publication from an export of a year and helpline (its *scope*, e.g. ``2021-1712``) is one block of
rows in ``disclosure-ledger/<scope>.csv`` (``paths.LEDGER``): release, export fingerprint, k, and
every cell of every table with its published count or ``x`` for a hidden cell (never a hidden value).
The build adds a publication when it publishes the release; the analyst who publishes commits the file.

The attacker this guards against holds every release ever published and all their tables. For a new
publication of the same scope:

* every cell already published with the value it has now is known (a constant in the equations);
* every cell hidden in an earlier publication stays hidden (publishing it would give it away, or,
  from a corrected export, its value give or take the correction);
* every cell published earlier with another value (a corrected export) is hidden (else comparing the
  two releases gives the difference: the changed contacts);
* small cells use the largest k of all publications, and every cell hidden in all of them must keep
  a range of at least that k, checked by linear programming while complements are chosen and, at the
  end, by an integer programme too (``verify``).

When that cannot hold, the build refuses and names the options. A release already published from one
export that now reads another needs ``export: {corrects: <fingerprint of the earlier export>}`` in
its params file (see docs/contact-export.md).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass

from ..config.digests import file_digest
from ..config.errors import DisclosureError
from ..config.paths import LEDGER
from .feasible import Key, describe
from .source import ExportFiles

HIDDEN = "x"
COLUMNS = ["release", "export", "k", "cell", "count"]


def fingerprint(files: ExportFiles) -> str:
    """The export's content digest: same rows in the same files, same fingerprint (wherever they are)."""
    h = hashlib.sha256()
    for name, path in (("contacts", files.contacts), ("possible_victims", files.possible_victims)):
        h.update(f"{name}{path.suffix}\0{file_digest(path)}\n".encode())
    return h.hexdigest()[:32]


def scope(year: int, helpline: str) -> str:
    return f"{year}-{helpline}"


def parse(cell: str) -> Key:
    """The inverse of ``feasible.describe`` (conditions are codes, dates and booleans: no ', ' or ' = ')."""
    if cell == "all":
        return frozenset()
    return frozenset(tuple(part.split(" = ", 1)) for part in cell.split(", "))


@dataclass(frozen=True)
class Publication:
    release: str
    export: str
    k: int
    cells: dict  # Key -> published count, or None where hidden

    @property
    def hidden(self) -> set[Key]:
        return {key for key, n in self.cells.items() if n is None}


def publication(release: str, export: str, k: int, values: dict, suppressed: set) -> Publication:
    return Publication(release, export, k, {key: None if key in suppressed else n for key, n in values.items()})


def read(name: str) -> list[Publication]:
    """Every publication of a scope, in the order they were recorded."""
    path = LEDGER / f"{name}.csv"
    return read_text(path.read_text(encoding="utf-8"), path.name) if path.is_file() else []


def read_text(content: str, name: str = "ledger") -> list[Publication]:
    blocks: dict[tuple, dict] = {}
    for line, row in enumerate(csv.DictReader(io.StringIO(content)), start=2):
        try:
            block = blocks.setdefault((row["release"], row["export"], int(row["k"])), {})
            block[parse(row["cell"])] = None if row["count"] == HIDDEN else int(row["count"])
        except (KeyError, ValueError, TypeError) as exc:
            raise DisclosureError(
                f"the disclosure ledger {name}, line {line}: not a ledger row ({exc}); restore it from git"
            ) from exc
    return [Publication(r, e, k, cells) for (r, e, k), cells in blocks.items()]


def text(publications: Iterable[Publication]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for p in publications:
        for cell, n in sorted(((describe(key), n) for key, n in p.cells.items())):
            writer.writerow([p.release, p.export, p.k, cell, HIDDEN if n is None else n])
    return out.getvalue()


def record(name: str, new: Publication) -> bool:
    """Add a publication to its scope's ledger (nothing when the same one is there). True when added."""
    have = read(name)
    if any((p.release, p.export, p.k, p.cells) == (new.release, new.export, new.k, new.cells) for p in have):
        return False
    path = LEDGER / f"{name}.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text([*have, new]), encoding="utf-8")
    tmp.replace(path)
    return True


def earlier(publications: list[Publication], release: str, export: str, k: int, corrects: str | None) -> list:
    """The publications a new one must be protected against: all of its scope but itself (a rebuild
    of the same release from the same export with the same k publishes the same tables). A release
    published from another export needs ``corrects`` naming that export."""
    before = [p.export for p in publications if p.release == release]
    if before and export not in before and before[-1] != corrects:
        raise DisclosureError(
            f"release {release} was published from another export (fingerprint {before[-1]}); this export "
            f"(fingerprint {export}) differs. If it is a corrected export of the same year, say so in "
            f"params/{release}.yml with export: {{corrects: {before[-1]}}}; the new tables are then protected "
            "against the earlier publication (changed cells hidden). Otherwise point export.path back at the "
            "published export."
        )
    return [p for p in publications if (p.release, p.export, p.k) != (release, export, k)]


@dataclass(frozen=True)
class Joint:
    """What earlier publications impose on a new one (see the module doc)."""

    known: frozenset  # cells published before with the value they have now
    hidden: frozenset  # cells hidden before, or published before with another value
    k: int  # the largest k of all publications


def imposed(publications: list[Publication], values: dict, k: int) -> Joint:
    known, hidden = set(), set()
    for p in publications:
        for key, n in p.cells.items():
            if key not in values:
                continue
            if n is None or n != values[key]:
                hidden.add(key)
            else:
                known.add(key)
    # a cell published anywhere with its value is public: hiding it now protects nothing
    return Joint(frozenset(known), frozenset(hidden - known), max([k, *(p.k for p in publications)]))


OPTIONS = (
    "Options: publish with the same min_cell_count as the earlier release(s); suppress more (a larger "
    "min_cell_count for every release of this export, or coarser tables); or publish nothing new from this "
    "export (export: null in the params file, or keep the release as it was published)."
)


def guarded(release: str, earlier: list[Publication], k: int, run):  # noqa: ANN001, ANN201
    """``run(joint)`` protects the tables (returns a Protection, or what holds one as ``.protection``),
    jointly with ``earlier``; when earlier publications exist, the result is checked by linear and by
    integer programming, and a pattern that cannot hold is refused with the options."""
    from .disclosure import protection_check

    joint = (lambda values: imposed(earlier, values, k)) if earlier else None
    try:
        result = run(joint)
    except DisclosureError as exc:
        raise (refuse(release, earlier, str(exc)) if earlier else exc) from None
    narrow = protection_check(getattr(result, "protection", result)) if earlier else []
    if narrow:
        raise refuse(release, earlier, f"{len(narrow)} hidden cell(s) would have a range narrower than k")
    return result


def refuse(release: str, publications: list[Publication], reason: str) -> DisclosureError:
    names = ", ".join(sorted({f"{p.release} (k = {p.k})" for p in publications}))
    return DisclosureError(
        f"release {release}: its tables cannot be published together with what was published before from "
        f"the same year and helpline ({names}): {reason}. {OPTIONS}"
    )


_FINGERPRINTS: dict[tuple, str] = {}


def export_ref(export) -> dict:  # noqa: ANN001 (params.ContactExport; release.public_values imports this module lazily)
    """How outputs name a path export: by its fingerprint (the notebooks find its tables by it)."""
    from ..config.params import export_folder
    from .source import locate

    files = locate(export_folder(export))
    stats = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in (files.contacts, files.possible_victims))
    if stats not in _FINGERPRINTS:
        _FINGERPRINTS[stats] = fingerprint(files)
    return {"fingerprint": _FINGERPRINTS[stats], "synthetic": None}
