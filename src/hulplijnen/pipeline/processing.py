"""How this edition was made, for the annex's 'Verwerking' paragraph (r47, demo r46 #10: an auditor could not tie the
figures to one run): the program's version, Python's and those of the libraries that compute the figures, as build.json
records them; one SHA-256 fingerprint of every input file build.json lists; a demo's seed. Never the git commit: the
same inputs give the same report, byte for byte (a new commit or a "-dirty" suffix changes nothing in it)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from importlib import metadata

from ..presentation import text

PROGRAM = "hulplijnen"  # the package that makes the report (pyproject.toml)
FIGURE_LIBRARIES = ["pandas", "statsmodels", "duckdb"]  # the libraries that compute the figures (named in the annex)
# build.json's "packages": the program, the libraries that compute the figures, and the others the build uses
PACKAGES = [PROGRAM, *FIGURE_LIBRARIES, "pandera", "seaborn", "matplotlib", "papermill", "nbformat", "pydantic"]
PACKAGES += ["babel", "numpy"]


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


def markdown(record: dict, params) -> str:
    """The 'Verwerking' paragraph (report/processing.md) from the build's record (build.json) and a demo's seed;
    every value escaped by the template."""
    packages = record["packages"]
    return text.render(
        "processing.md",
        program=PROGRAM,
        version=packages[PROGRAM],
        python=record["python"],
        libraries=[{"name": name, "version": packages[name]} for name in FIGURE_LIBRARIES],
        fingerprint=inputs_digest(record["inputs"]),
        seed=str(params.export.synthetic.seed) if params.is_synthetic else None,
    )
