"""`make lab`: release("2021") gives a notebook the values Papermill injected in the build, and the project's
kernel picks up an edited module without a restart (autoreload)."""

import os
import textwrap
import time

import nbformat
import pytest

from hulplijnen.config.paths import NOTEBOOKS
from hulplijnen.pipeline import lab


def injected(executed) -> dict:
    """The values Papermill's injected-parameters cell sets in an executed notebook of the build."""
    nb = nbformat.read(executed, as_version=4)
    cell = next(c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))
    namespace: dict = {}
    exec(cell.source, namespace)  # noqa: S102 (the build's own output, Papermill's Python literals)
    return {k: v for k, v in namespace.items() if not k.startswith("__")}


def test_release_gives_the_values_papermill_injected(built, capsys):
    compared = 0
    for release, output in built.items():
        for executed in sorted((output / "notebooks").glob("*.ipynb")):
            namespace = {"year": 2020}  # as the parameters cell left it
            values = lab.release(release, notebook=NOTEBOOKS / executed.name, namespace=namespace)
            assert values == injected(executed) == namespace, f"{release}/{executed.stem}"
            compared += 1
    assert compared >= 10
    assert "release 2021: year = 2021" in capsys.readouterr().out


def test_the_projects_kernel_reloads_an_edited_module(tmp_path, monkeypatch):
    from jupyter_client.manager import start_new_kernel

    prefix = tmp_path / "prefix"
    lab.install_kernel(str(prefix))
    monkeypatch.setenv("JUPYTER_PATH", str(prefix / "share" / "jupyter"))
    module = tmp_path / "analyst_module.py"
    module.write_text("def answer():\n    return 1\n")
    km, kc = start_new_kernel(kernel_name=lab.KERNEL_NAME, cwd=str(tmp_path))
    try:

        def run(code: str):
            found = []
            reply = kc.execute_interactive(
                textwrap.dedent(code), timeout=60, output_hook=lambda m: found.append(m["content"])
            )
            assert reply["content"]["status"] == "ok", reply["content"]
            return [c["data"]["text/plain"] for c in found if "data" in c]

        assert run("import analyst_module\nanalyst_module.answer()") == ["1"]
        module.write_text("def answer():\n    return 2\n")
        later = time.time() + 5
        os.utime(module, (later, later))  # a newer mtime, however coarse the file system's clock
        assert run("analyst_module.answer()") == ["2"]  # no restart
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


@pytest.mark.parametrize("name", ["2021"])
def test_release_without_a_notebook_sets_every_declared_name(name):
    namespace: dict = {}
    values = lab.release(name, namespace=namespace)
    assert values["year"] == 2021 and set(values) >= {"year", "helplines"} and namespace == values
