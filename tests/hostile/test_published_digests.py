"""Cached previews and published files are checked by digest before they are reused (issue 25, items 6
and 7): a damaged cached preview is made again, a damaged build.json or figures.json is never "nothing
changed"."""

import json

import nbformat
import pytest

from hulplijnen.pipeline import notebook_pages, uptodate
from hulplijnen.pipeline.publish import REPORT_ITEMS, STAGE_ITEMS


def test_a_corrupted_cached_preview_is_made_again(tmp_path):
    staging, cache = tmp_path / "staging", tmp_path / "cache"
    (staging / "notebooks").mkdir(parents=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("Hallo lezer")])
    nbformat.write(nb, staging / "notebooks" / "intro.ipynb")
    notebook_pages.write_previews(staging, cache)
    good = (staging / "preview" / "intro.html").read_text(encoding="utf-8")
    assert "Hallo lezer" in good
    (cache / "intro.html").write_text("<script>alert('corrupt')</script>", encoding="utf-8")
    (staging / "preview").rename(tmp_path / "old-preview")
    notebook_pages.write_previews(staging, cache)
    assert (staging / "preview" / "intro.html").read_text(encoding="utf-8") == good
    assert (cache / "intro.html").read_text(encoding="utf-8") == good  # the cache is repaired too


@pytest.fixture
def published(tmp_path):
    target = tmp_path / "2020"
    for item in STAGE_ITEMS + REPORT_ITEMS:
        if "." in item:
            (target / item).parent.mkdir(parents=True, exist_ok=True)
            (target / item).write_text("x", encoding="utf-8")
        else:
            (target / item).mkdir(parents=True, exist_ok=True)
    (target / "build.json").write_text(json.dumps({"inputs_key": "k", "params": {"year": 2020}}), encoding="utf-8")
    (target / "figures.json").write_text(json.dumps({"facts": []}), encoding="utf-8")
    uptodate.seal(target)
    assert uptodate.is_current(target, "k", render=True)
    return target


@pytest.mark.parametrize(
    ("name", "damage"),
    [
        ("build.json", lambda text: text.replace('"year": 2020', '"year": 1999')),  # the inputs key is intact
        ("figures.json", lambda text: text[:-3]),  # not valid JSON any more
        ("report.pdf", lambda text: text + "tampered"),
    ],
)
def test_a_damaged_published_file_is_not_nothing_changed(published, name, damage):
    path = published / name
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert json.loads((published / "build.json").read_text(encoding="utf-8"))["inputs_key"] == "k"
    assert not uptodate.is_current(published, "k", render=True)


def test_a_release_without_digests_is_built_again(published):
    (published / uptodate.SEAL).unlink()
    assert not uptodate.is_current(published, "k", render=True)
