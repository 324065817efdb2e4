"""A cache never trusts what it finds: edited, truncated or emptied entries are re-made; executed
notebooks carry no random ids or process-specific paths."""

import json

import nbformat
import pytest

from hulplijnen.config.digests import file_digest
from hulplijnen.config.paths import NOTEBOOKS, ROOT
from hulplijnen.export import stage
from hulplijnen.pipeline.cache import Entry, NotebookCache, key_parts, notebook_key
from hulplijnen.pipeline.execute import normalise


@pytest.fixture
def cached(tmp_path):
    cache = NotebookCache(tmp_path / "cache", ROOT)
    executed = tmp_path / "run.ipynb"
    executed.write_bytes((NOTEBOOKS / "channels.ipynb").read_bytes())
    parts = key_parts(NOTEBOOKS / "channels.ipynb", {"year": 2020}, "env")
    cache.store("2020", "channels", executed, Entry(notebook_key(parts), parts, {}, "listing", 1.0))
    assert cache.why_stale("2020", "channels", parts, "listing") is None
    return cache, parts


DAMAGE = {
    "hand edited": lambda p: p.write_text(p.read_text().replace("channels", "chanels", 1)),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "emptied": lambda p: p.write_bytes(b""),
    "one byte appended": lambda p: p.write_bytes(p.read_bytes() + b" "),
    "deleted": lambda p: p.unlink(),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_cached_notebook_is_re_run(cached, damage):
    cache, parts = cached
    DAMAGE[damage](cache.notebook("2020", "channels"))
    assert cache.why_stale("2020", "channels", parts, "listing") in (
        "the cached notebook was changed or damaged",
        "not run before",
    )


RECORD_DAMAGE = {
    "record truncated": lambda p: p.write_text(p.read_text()[:20]),
    "record without digest": lambda p: p.write_text(
        json.dumps({k: v for k, v in json.loads(p.read_text()).items() if k != "digest"})
    ),
    "record with another digest": lambda p: p.write_text(json.dumps({**json.loads(p.read_text()), "digest": "0" * 64})),
    "record not json": lambda p: p.write_text("<<<"),
}


@pytest.mark.parametrize("damage", sorted(RECORD_DAMAGE))
def test_a_damaged_cache_record_is_a_miss(cached, damage):
    cache, parts = cached
    RECORD_DAMAGE[damage](cache.notebook("2020", "channels").with_suffix(".json"))
    assert cache.why_stale("2020", "channels", parts, "listing") is not None


@pytest.mark.parametrize("damage", ["truncate", "edit", "delete", "manifest"])
def test_damaged_protected_tables_are_not_trusted(tmp_path, damage):
    folder = tmp_path / "t"
    (folder / "cells").mkdir(parents=True)
    (folder / "cells" / "a.csv").write_text("x,count\n1,5\n2,7\n")
    (folder / stage.MANIFEST).write_text(json.dumps({"cells/a.csv": file_digest(folder / "cells" / "a.csv")}))
    assert stage._intact(folder)
    target = folder / "cells" / "a.csv"
    {
        "truncate": lambda: target.write_text("x,count\n1,5\n"),
        "edit": lambda: target.write_text("x,count\n1,x\n2,7\n"),
        "delete": target.unlink,
        "manifest": lambda: (folder / stage.MANIFEST).write_text("{"),
    }[damage]()
    assert not stage._intact(folder)


def test_executed_notebooks_get_fixed_ids_and_relative_paths(tmp_path):
    nb = nbformat.read(NOTEBOOKS / "channels.ipynb", as_version=4)
    injected = nbformat.v4.new_code_cell("year = 2020")
    injected.metadata["tags"] = ["injected-parameters"]
    nb.cells.insert(1, injected)
    nb.metadata["papermill"] = {
        "input_path": "/abs/notebooks/channels.ipynb",
        "output_path": "/x/_staging/build-1234/2020/notebooks/channels.ipynb",
    }
    runs = []
    for attempt in range(2):
        target = tmp_path / f"{attempt}.ipynb"
        nb.cells[1]["id"] = f"random{attempt}"
        nbformat.write(nb, target)
        normalise(target, NOTEBOOKS / "channels.ipynb", ROOT)
        runs.append(target.read_bytes())
    assert runs[0] == runs[1] and b"build-1234" not in runs[0]
