"""`make lab`: notebooks paired with py:percent files that agree with them, the kernel the notebooks name, and
the optional lab dependency group locked on top of requirements.lock."""

import re
import tomllib

import jupytext
import nbformat
import pytest

from hulplijnen.config.paths import NOTEBOOKS, ROOT
from hulplijnen.pipeline import lab

NOTEBOOK_FILES = sorted(NOTEBOOKS.glob("*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_each_notebook_and_its_text_pair_agree(path):
    """The .ipynb is the source of truth; its .py (what a review reads) says the same, cell for cell."""
    pair = path.with_suffix(".py")
    assert pair.is_file(), f"{pair.name} is missing: run jupytext --sync {path.relative_to(ROOT)}"
    expected = jupytext.writes(jupytext.read(path), fmt="py:percent")
    assert pair.read_text(encoding="utf-8") == expected, f"{pair.name} differs: run jupytext --sync on the notebook"


def test_no_text_pair_without_its_notebook():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.py")) == [p.stem for p in NOTEBOOK_FILES]


def test_a_changed_notebook_is_caught_by_the_pair_check(tmp_path):
    nb = nbformat.read(NOTEBOOK_FILES[0], as_version=4)
    pair = NOTEBOOK_FILES[0].with_suffix(".py").read_text(encoding="utf-8")
    nb.cells.append(nbformat.v4.new_code_cell("x = 1"))
    assert jupytext.writes(nb, fmt="py:percent") != pair


@pytest.mark.parametrize("path", NOTEBOOK_FILES, ids=lambda p: p.stem)
def test_notebooks_name_the_projects_kernel(path):
    assert nbformat.read(path, as_version=4).metadata.kernelspec.name == lab.KERNEL_NAME


def pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text(encoding="utf-8").lower()
    return {m.group(1): m.group(2) for m in re.finditer(r"^([a-z0-9_.-]+)==(\S+)", text, re.M)}


def test_the_lab_group_is_locked_on_top_of_the_main_lock():
    main, extra = pins("requirements.lock"), pins("requirements-lab.lock")
    assert not set(main) & set(extra), "a package pinned in both locks"
    group = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["lab"]
    assert all(name in main or name in extra for name in group)
    assert "jupyterlab" in extra and "jupyterlab" not in main  # the default install stays lean
