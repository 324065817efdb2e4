"""Two clean builds (fresh copies of the repository: empty cache, output and export stage) give the same
bytes: figures.json, tables/, the report document and the executed notebooks outright (r37: the published
notebooks, which Quarto renders, hold no run times; before, they differed in Papermill's start_time, end_time
and duration per cell and per notebook and the kernel's execution timestamps, and so did the report.html
rendered from them). The release is the demo: its synthetic export, disclosure control and contact-level
chapters are the most moving parts."""

import json

RELEASE = "demo"
RUN_TIMES = ("start_time", "end_time", "duration", "iopub.status.busy")


def clean_build(copies, name):
    copy = copies(name)
    copies.build(copy, "notebooks", "--release", RELEASE)
    return copy / "_output" / RELEASE


def test_two_clean_builds_give_the_same_bytes(repository_copy):
    first, second = clean_build(repository_copy, "first"), clean_build(repository_copy, "second")
    published = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert published == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    notebooks = [p for p in published if p.suffix == ".ipynb"]
    assert notebooks and (first / "figures.json").is_file() and any(p.parts[0] == "tables" for p in published)
    # r47 (demo r46 #10): the annex's 'Verwerking' (versions, the inputs' fingerprint) is in the bytes compared
    assert "**Verwerking.**" in (first / "report.qmd").read_text("utf-8")
    for path in published:
        a, b = first / path, second / path
        if path.suffix == ".ipynb":  # r37: compared outright (they were compared without their timing fields)
            assert not [key for key in RUN_TIMES if f'"{key}"' in a.read_text("utf-8")], path
            assert a.read_bytes() == b.read_bytes(), path
        elif path.name == "build.json":
            continue  # the build's own record: run times and where it ran (it is not a report output)
        elif path.name == ".digests.json":  # the seal: the same digests, but build.json's (run times)
            first_seal, second_seal = (json.loads(p.read_text("utf-8")) for p in (a, b))
            assert first_seal.pop("build.json") and second_seal.pop("build.json")
            assert first_seal == second_seal, path
        else:
            assert a.read_bytes() == b.read_bytes(), path
