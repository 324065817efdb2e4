"""Notebooks <-> params, clean notebooks, thin notebooks, environment in step."""

import ast
import re
import tomllib

import nbformat
import papermill as pm
import pytest
import yaml

from hulplijnen.config.params import REPORT_KEYS, ReportParams, release_ids
from hulplijnen.config.paths import PARAMS, ROOT
from hulplijnen.pipeline.build import notebooks

NOTEBOOKS = notebooks()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_one_parameters_cell_whose_names_exist_in_every_params_file(path):
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    declared = set(pm.inspect_notebook(str(path)))
    for year in release_ids():
        keys = set(yaml.safe_load((PARAMS / f"{year}.yml").read_text()))
        assert declared <= keys, (year, declared - keys)


def test_every_params_key_is_used():
    used = set().union(*(set(pm.inspect_notebook(str(p))) for p in NOTEBOOKS)) | REPORT_KEYS
    assert set(ReportParams.model_fields) == used


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_thin_and_clean(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        assert not cell.outputs and cell.execution_count is None
        tree = ast.parse("\n".join(line for line in cell.source.splitlines() if not line.startswith("#|")))
        assert not any(isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.Lambda)) for n in ast.walk(tree))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_figure_cell_has_a_caption_and_its_alt_text_comes_from_the_chart(path):
    """The alt text is written from the chart's data when it is shown (figures_alt), never fixed in the cell."""
    for cell in nbformat.read(path, as_version=4).cells:
        if "#| label: fig-" in cell.source:
            assert "#| fig-cap:" in cell.source and "show_figure(" in cell.source
            assert "#| fig-alt:" not in cell.source


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_cell_options_fit_on_one_line(path):
    """An option written as a YAML block (`>-`, `|`) over several `#|` lines reaches the embedded
    figure as raw markup under it ("{#fig-… fig-alt=…"): every option stays on its own line."""
    for cell in nbformat.read(path, as_version=4).cells:
        options = [line for line in cell.source.splitlines() if line.startswith("#|")]
        assert not [o for o in options if o.rstrip().endswith((">-", ">", "|", "|-")) or o.startswith("#|  ")]


def test_environment_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pip_deps = {
        re.split(r"[<>=!\[]", d)[0].lower() for d in project["dependencies"] + project["optional-dependencies"]["test"]
    }
    conda = yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]
    conda_names = {"python-duckdb": "duckdb"}  # conda-forge names that differ from PyPI's
    conda_deps = {
        conda_names.get(n, n) for n in (re.split(r"[<>=! ]", d)[0].lower() for d in conda if isinstance(d, str))
    } - {"python", "pip", "quarto"}
    assert pip_deps == conda_deps
    assert "quarto>=1.10" in conda and project["optional-dependencies"]["quarto"] == ["quarto-cli>=1.10"]
    lock = (ROOT / "requirements.lock").read_text().lower()
    assert all(re.search(rf"^{d}==", lock, re.M) for d in pip_deps)
    assert "quarto" not in lock


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / "README.md").read_text()
    assert "make test" in (ROOT / ".ci/run").read_text()


def test_the_export_format_page_documents_every_column():
    from hulplijnen.export.spec import FILES

    page = (ROOT / "docs" / "contact-export.md").read_text()
    for file in FILES:
        assert f"## `{file.name}`" in page
        section = page.split(f"## `{file.name}`")[1].split("\n## ")[0]
        assert re.findall(r"^\| `(\w+)` \|", section, re.M) == file.column_names
