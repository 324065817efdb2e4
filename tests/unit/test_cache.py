"""Cache keys and staleness, on tiny files: every kind of change is caught, a touch is not a change."""

import hashlib
import os

import pytest

from hulplijnen.config.digests import listing_digest, tree_digest
from hulplijnen.pipeline.cache import Entry, NotebookCache, key_parts, notebook_key


def parts(tmp_path, source="x = 1", params=None, env="e1"):
    nb = tmp_path / "nb.ipynb"
    nb.write_text(source)
    return key_parts(nb, params or {"year": 2020}, env)


def test_each_kind_of_change_changes_the_key(tmp_path):
    base = notebook_key(parts(tmp_path))
    assert notebook_key(parts(tmp_path)) == base
    assert notebook_key(parts(tmp_path, source="x = 2")) != base
    assert notebook_key(parts(tmp_path, params={"year": 2021})) != base
    assert notebook_key(parts(tmp_path, env="e2")) != base


def test_tree_digest_sees_content_and_names_not_mtime(tmp_path):
    (tmp_path / "a.py").write_text("A = 1\n")
    first = tree_digest(tmp_path, "*.py")
    os.utime(tmp_path / "a.py", (1, 1))
    assert tree_digest(tmp_path, "*.py") == first
    (tmp_path / "a.py").write_text("A = 2\n")
    assert tree_digest(tmp_path, "*.py") != first
    (tmp_path / "a.py").write_text("A = 1\n")
    (tmp_path / "b.py").write_text("")
    assert tree_digest(tmp_path, "*.py") != first


def stored(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "t.csv").write_text("a\n1\n")
    cache = NotebookCache(tmp_path / "cache", tmp_path)
    executed = tmp_path / "run.ipynb"
    executed.write_text("{}")
    p = parts(tmp_path)
    reads = {"data/t.csv": hashlib.sha256(b"a\n1\n").hexdigest()}
    cache.store("2020", "channels", executed, Entry(notebook_key(p), p, reads, listing_digest(data), 1.0))
    return cache, data, p


def test_valid_entry_is_served(tmp_path):
    cache, data, p = stored(tmp_path)
    assert cache.why_stale("2020", "channels", p, listing_digest(data)) is None
    assert cache.why_stale("2021", "channels", p, listing_digest(data)) == "not run before"


def test_changed_input_file_is_stale(tmp_path):
    cache, data, p = stored(tmp_path)
    (data / "t.csv").write_text("a\n2\n")
    assert cache.why_stale("2020", "channels", p, listing_digest(data)) == "data/t.csv changed"


@pytest.mark.parametrize(
    "change",
    [lambda data: (data / "t.csv").unlink(), lambda data: (data / "new.csv").write_text("b\n")],
    ids=["input file removed", "data file added"],
)
def test_removed_or_added_data_file_is_stale(tmp_path, change):
    cache, data, p = stored(tmp_path)
    change(data)
    assert cache.why_stale("2020", "channels", p, listing_digest(data)) == "files were added to or removed from data/"


def test_changed_key_names_what_changed(tmp_path):
    cache, data, p = stored(tmp_path)
    assert (
        cache.why_stale("2020", "channels", parts(tmp_path, params={"year": 1}), listing_digest(data))
        == "parameters changed"
    )
    assert cache.why_stale("2020", "channels", parts(tmp_path, env="e9"), listing_digest(data)) == "environment changed"


def test_damaged_record_is_a_miss(tmp_path):
    cache, data, p = stored(tmp_path)
    (tmp_path / "cache" / "2020" / "channels.json").write_text("{not json")
    assert cache.why_stale("2020", "channels", p, listing_digest(data)) == "not run before"
