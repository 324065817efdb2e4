"""How this edition was made, for the annex's 'Verwerking' paragraph (r47, demo r46 #10: an auditor could not tie the
figures to one run): the program's version, Python's and those of the libraries that compute the figures, as build.json
records them; one SHA-256 fingerprint of every input file build.json lists; a demo's seed. Never the git commit: the
same inputs give the same report, byte for byte (a new commit or a "-dirty" suffix changes nothing in it)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from importlib import metadata

from ..config.packages import ENVIRONMENT_PACKAGES  # r50: one list, in a module that loads nothing
from ..facts import keys
from ..presentation import text

PROGRAM = "hulplijnen"  # the package that makes the report (pyproject.toml)
# r49 (demo r49 #13): the annex names only the libraries that computed this release's figures: those every release
# uses, those of the chapters whose notebooks ran (build.json's "notebooks") and, with a contact-level export, the
# linear program that checks the protection of hidden cells (export/feasible.py, scipy's HiGHS)
BASE_LIBRARIES = ["pandas", "duckdb"]
CHAPTER_LIBRARIES = {
    "campaigns": ["statsmodels"],  # the campaign model (a GLM)
    "registration": ["statsmodels"],  # the answer rate's Wilson interval (analysis/capacity.py)
    "capacity": ["statsmodels", "scipy", "ciw"],  # Kaplan-Meier and Wilson; Erlang A; the staffing simulation
}
EXPORT_LIBRARIES = ["scipy"]
PACKAGES = [PROGRAM, *ENVIRONMENT_PACKAGES]
# r50 (r49 #2): build.json's key for the annex's fingerprint (inputs_digest), named in report/processing.md
FINGERPRINT_KEY = "fingerprint"


def figure_libraries(record: dict, exported: bool, modelled: bool = True) -> list[str]:
    """The libraries that computed this release's figures, in a fixed order: pandas and duckdb, then those of the
    chapters that ran, then the export's check. ``modelled``: the campaigns chapter estimated its model (r56, r55 2021
    #9: a release whose campaigns chapter fits no model names no statsmodels for it)."""
    ran = [c for c in record.get("notebooks", {}) if modelled or c != "campaigns"]
    wanted = set(BASE_LIBRARIES) | {name for chapter in ran for name in CHAPTER_LIBRARIES.get(chapter, [])}
    if exported:
        wanted |= set(EXPORT_LIBRARIES)
    return [name for name in (*BASE_LIBRARIES, "statsmodels", "scipy", "ciw") if name in wanted]


def versions() -> dict[str, str]:
    """Each package's version from its installed metadata (build.json's "packages")."""
    return {name: metadata.version(name) for name in PACKAGES}


def inputs_digest(inputs: Mapping[str, str]) -> str:
    """One SHA-256 over the input files' own checksums (build.json's "inputs", path -> SHA-256): the UTF-8 text of
    a line "<path> <checksum>" per file, sorted by path, each line ending in a newline. It changes when any file's
    checksum does, and not with the order of the mapping. In a shell: ``jq -r '.inputs | to_entries[] |
    "\\(.key) \\(.value)"' build.json | LC_ALL=C sort | sha256sum``."""
    lines = "".join(f"{path} {digest}\n" for path, digest in sorted(inputs.items()))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def markdown(record: dict, params, facts: Mapping | None = None) -> str:
    """The 'Verwerking' paragraph (report/processing.md) from the build's record (build.json) and a demo's seed;
    every value escaped by the template. ``facts`` (figures.json's): whether a campaign model was estimated (its
    parameters recorded); None: as the notebooks that ran say."""
    packages = record["packages"]
    helplines = getattr(params, "helplines", [])
    modelled = facts is None or any(keys.campaigns(h, "parameters") in facts for h in helplines)
    return text.render(
        "processing.md",
        program=PROGRAM,
        version=packages[PROGRAM],
        python=record["python"],
        libraries=[
            {"name": name, "version": packages[name]}
            for name in figure_libraries(record, getattr(params, "export", None) is not None, modelled)
        ],
        fingerprint=inputs_digest(record["inputs"]),
        staffing="capacity" in record.get("notebooks", {}),
        seed=str(params.export.synthetic.seed) if params.is_synthetic else None,
    )
