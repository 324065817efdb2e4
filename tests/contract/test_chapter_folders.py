"""A chapter is one folder (issue 22): src/hulplijnen/chapters/<name>/ holds its build, its analysis, its charts, its
Dutch text (text.md) and its methods text (methods.md); its notebook is notebooks/<name>.ipynb. No template or
methods text of a chapter lives anywhere else, and what sits in a shared place (chapters/shared/, analysis/, the
shared charts of figures_sources) is shared: used by two chapters at least, else it belongs in that chapter's folder."""

import ast
import re
from pathlib import Path

import pytest

from hulplijnen import chapters
from hulplijnen.config.paths import CHAPTERS, NOTEBOOKS, PACKAGE, REPORT_TEXT, ROOT
from hulplijnen.pipeline import deps
from hulplijnen.presentation import figures_sources

NAMES = chapters.names()
SHARED = CHAPTERS / "shared"
TEMPLATE_NAME = re.compile(r"""["'](chapters/[\w/]+\.md)["']""")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def code_of(name: str) -> list[Path]:
    """A chapter's Python files: every module in its folder."""
    return sorted((CHAPTERS / name).rglob("*.py"))


def reached(name: str) -> set[str]:
    """The package modules a chapter's code and its notebook reach (deps: the cache's own closure)."""
    roots = {module_name(p) for p in code_of(name)}
    return deps.closure(roots) | deps.notebook_modules(NOTEBOOKS / f"{name}.ipynb")


@pytest.mark.parametrize("name", NAMES)
def test_every_chapter_is_a_folder_with_its_build_and_text_and_a_notebook(name):
    folder = CHAPTERS / name
    assert (folder / "__init__.py").is_file(), f"{relative(folder)} has no __init__.py (its SPEC and build)"
    assert (folder / "text.md").is_file(), f"{relative(folder)} has no text.md (the chapter's Dutch text)"
    assert (NOTEBOOKS / f"{name}.ipynb").is_file(), f"notebooks/{name}.ipynb is missing"
    spec = chapters.spec(name)
    assert spec.text == f"chapters/{name}/text.md"
    assert spec.methods in (None, f"chapters/{name}/methods.md")


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_chapter_text_or_methods_lives_outside_the_chapters_folders():
    """report/ holds the document's own text (summary, general methods, appendices), never a chapter's."""
    misplaced = [
        relative(p)
        for p in REPORT_TEXT.rglob("*")
        if p.is_file()
        and (
            p.parent.name in ("chapters", "methods")
            or p.stem.lstrip("_") in NAMES
            or any(p.stem.lstrip("_").startswith(f"{n}_") for n in NAMES)
        )
    ]
    assert misplaced == [], f"a chapter's text or methods outside its folder: {misplaced}"
    loose = [relative(p) for p in CHAPTERS.glob("*.*") if p.name != "__init__.py"]
    assert loose == [], f"files in chapters/ outside every chapter's folder (and shared/): {loose}"
    folders = {p.name for p in CHAPTERS.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders == {*NAMES, "shared"}, f"a folder in chapters/ that is no chapter: {folders - {*NAMES, 'shared'}}"


@pytest.mark.parametrize("name", NAMES)
def test_a_chapter_renders_only_its_own_templates_and_shared_ones(name):
    """The templates a chapter's code names are in its own folder or in chapters/shared/, and exist."""
    named = {m for p in code_of(name) for m in TEMPLATE_NAME.findall(p.read_text(encoding="utf-8"))}
    named |= {m for p in (CHAPTERS / name).glob("*.md") for m in TEMPLATE_NAME.findall(p.read_text(encoding="utf-8"))}
    for template in named:
        assert template.startswith((f"chapters/{name}/", "chapters/shared/")), f"{name} renders {template}"
        assert (PACKAGE / template).is_file(), f"{name} names {template}, which does not exist"


def users_of(module: str) -> set[str]:
    return {name for name in NAMES if module in REACHED[name]}


REACHED = {name: reached(name) for name in NAMES}
SHARED_MODULES = sorted(
    module_name(p) for folder in (SHARED, PACKAGE / "analysis") for p in folder.glob("*.py") if p.name != "__init__.py"
)


@pytest.mark.parametrize("module", SHARED_MODULES)
def test_a_shared_module_is_shared_by_two_chapters_at_least(module):
    users = users_of(module)
    assert len(users) >= 2, f"{module} is used by {sorted(users) or 'no chapter'}: move it into that chapter's folder"


def test_the_shared_templates_are_shared_by_two_chapters_at_least():
    for template in SHARED.glob("*.md"):
        name = f"chapters/shared/{template.name}"
        users = {n for n in NAMES if any(name in p.read_text(encoding="utf-8") for p in (CHAPTERS / n).rglob("*.*"))}
        assert len(users) >= 2, f"{name} is used by {sorted(users)}: move it into that chapter's folder"


def chart_uses(name: str) -> set[str]:
    """The functions of figures_sources a chapter's code or notebook calls."""
    sources = [p.read_text(encoding="utf-8") for p in code_of(name)]
    trees = [ast.parse(s) for s in sources] + [deps.notebook_code(NOTEBOOKS / f"{name}.ipynb")]
    return {
        node.attr
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "figures_sources"
    }


def test_a_shared_chart_is_drawn_by_two_chapters_at_least():
    charts = [
        n
        for n, f in vars(figures_sources).items()
        if callable(f) and hasattr(f, "__wrapped__") and getattr(f, "__module__", "") == figures_sources.__name__
    ]
    assert charts, "figures_sources has no chart"
    uses = {name: chart_uses(name) for name in NAMES}
    for chart in charts:
        users = sorted(n for n, used in uses.items() if chart in used)
        assert len(users) >= 2, f"figures_sources.{chart} is drawn by {users}: move it into that chapter's charts.py"


def test_assembling_a_release_depends_on_its_chapters_methods_and_not_on_their_text():
    """A chapter's methods.md is read by the assembly (a release is reassembled when it changes); its text.md by its
    notebooks (recorded per run: only that chapter's notebooks run again)."""
    with_methods = [n for n in NAMES if chapters.spec(n).methods]
    assert with_methods, "no chapter brings a methods text"
    files = set(deps.assembly_files(NAMES))
    for name in NAMES:
        assert (CHAPTERS / name / "text.md") not in files, name
        assert ((CHAPTERS / name / "methods.md") in files) == (name in with_methods), name
    assert (REPORT_TEXT / "methods.md") in files
    assert (CHAPTERS / "registration" / "methods.md") not in set(deps.assembly_files(["channels"]))
