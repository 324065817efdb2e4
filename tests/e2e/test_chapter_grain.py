"""Dependencies at the grain of a chapter: editing one chapter's template (or its module) re-runs only that
chapter's notebooks, only in the releases that have the chapter, and only those releases are written again;
the log names the file that changed. Runs the real command line in a copy of the repository whose notebook
cache is seeded from the session's build (the cache records paths relative to the repository)."""

import json
import re
import shutil

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.pipeline.release import load_release

pytestmark = pytest.mark.e2e


def seeded(repository_copy, workspace):
    copy = repository_copy("repo")
    shutil.copytree(workspace.cache / "notebooks", copy / "_cache" / "notebooks")
    return copy


def executed(log: str) -> list[tuple[str, str, str]]:
    return sorted(re.findall(r"^\[(\S+)\] (\w+): to execute \((.*)\)$", log, re.M))


def records(copy) -> dict[str, dict]:
    """Each release's build record, less the inputs key (an up-to-date release records the new one)."""
    found = {}
    for release in release_ids():
        record = json.loads((copy / "_output" / release / "build.json").read_text(encoding="utf-8"))
        record.pop("inputs_key", None)
        found[release] = record
    return found


def test_a_template_edit_reruns_only_its_chapter(repository_copy, workspace, built):
    copy = seeded(repository_copy, workspace)
    first = repository_copy.build(copy, "notebooks").stdout
    assert executed(first) == [], first  # every run from the seeded cache
    before = records(copy)
    with_channels = sorted(r for r in release_ids() if "channels" in load_release(r).chapters)
    without = sorted(set(release_ids()) - set(with_channels))
    assert with_channels and without  # the test means something only with both kinds of release

    template = copy / "src" / "hulplijnen" / "chapters" / "channels" / "text.md"
    added = "Een zin die de analist net toevoegde."  # in the template's first section
    template.write_text(
        re.sub(r"{% block \w+ %}\n", lambda m: m.group(0) + added + "\n", template.read_text("utf-8"), count=1)
    )
    log = repository_copy.build(copy, "notebooks").stdout
    reason = "src/hulplijnen/chapters/channels/text.md changed"
    assert executed(log) == [(r, "channels", reason) for r in with_channels], log
    for release in without:
        assert f"[{release}] up to date" in log
    after = records(copy)
    assert all(after[r] == before[r] for r in without)  # not assembled again
    assert all(after[r] != before[r] for r in with_channels)
    for release in with_channels:
        nb = (copy / "_output" / release / "notebooks" / "channels.ipynb").read_text(encoding="utf-8")
        assert "Een zin die de analist net toevoegde." in nb
        record = after[release]
        assert [n for n, run in record["notebooks"].items() if not run["cached"]] == ["channels"]

    module = copy / "src" / "hulplijnen" / "chapters" / "channels" / "__init__.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# an analyst's note\n")
    log = repository_copy.build(copy, "notebooks").stdout
    reason = "src/hulplijnen/chapters/channels/__init__.py changed"
    assert executed(log) == [(r, "channels", reason) for r in with_channels], log
