"""Working on a chapter in JupyterLab (`make lab`).

``release("2021")`` in a notebook gives its names the values Papermill would inject for that release (the
names its parameters cell declares, from ``params/2021.yml``), without touching the parameters cell: run it
below that cell, and the notebook computes what the build computes for 2021. Outside a notebook, pass
``notebook=`` and ``namespace=``.

``python -m hulplijnen.pipeline.lab install-kernel`` registers the kernel "hulplijnen" in this environment (the
notebooks name it): this interpreter, with IPython's autoreload on, so an edit to the package is picked up by
the next cell run, without restarting the kernel.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from ..config.paths import NOTEBOOKS, ROOT

KERNEL_NAME = "hulplijnen"
DISPLAY_NAME = "Python (hulplijnen)"
AUTORELOAD = ["--IPKernelApp.exec_lines=%load_ext autoreload", "--IPKernelApp.exec_lines=%autoreload 2"]


def _current_notebook() -> Path | None:
    """The notebook this kernel belongs to, as Jupyter Server tells its kernels (JPY_SESSION_NAME)."""
    session = os.environ.get("JPY_SESSION_NAME")
    if not session:
        return None
    path = Path(session)
    path = path if path.is_absolute() else ROOT / path
    return path if path.suffix == ".ipynb" and path.is_file() else None


def declared(notebook: Path) -> list[str]:
    """The names a notebook's parameters cell declares (as Papermill reads them)."""
    import papermill as pm

    return list(pm.inspect_notebook(str(notebook)))


def parameters(name: str, notebook: Path | None = None) -> dict[str, Any]:
    """The values the build passes ``notebook`` for release ``name``; without a notebook, those of every
    notebook's parameters cell."""
    from .release import load_release, notebook_parameters

    params = load_release(name).params
    sources = [Path(notebook)] if notebook else sorted(NOTEBOOKS.glob("*.ipynb"))
    names = list(dict.fromkeys(n for source in sources for n in declared(source)))
    return notebook_parameters(params, names)


def release(name: str, notebook: str | Path | None = None, namespace: dict | None = None) -> dict[str, Any]:
    """Set the parameters of release ``name`` in the notebook (``namespace``: default the IPython user
    namespace); returns them. ``notebook``: default the one this kernel runs, else every notebook's names."""
    values = parameters(name, Path(notebook) if notebook else _current_notebook())
    if namespace is None:
        from IPython import get_ipython

        shell = get_ipython()
        if shell is None:
            raise RuntimeError("release() outside IPython needs namespace=")
        namespace = shell.user_ns
    namespace.update(values)
    print(f"release {name}: " + ", ".join(f"{k} = {v!r}" for k, v in values.items()))
    return values


def install_kernel(prefix: str = sys.prefix) -> Path:
    """Register the kernel "hulplijnen" (this interpreter, autoreload on) in ``prefix``; its folder."""
    from ipykernel.kernelspec import install

    folder = Path(install(kernel_name=KERNEL_NAME, display_name=DISPLAY_NAME, prefix=prefix))
    spec = json.loads((folder / "kernel.json").read_text(encoding="utf-8"))
    spec["argv"] = [a for a in spec["argv"] if not a.startswith("--IPKernelApp.exec_lines")] + AUTORELOAD
    (folder / "kernel.json").write_text(json.dumps(spec, indent=1) + "\n", encoding="utf-8")
    return folder


if __name__ == "__main__":
    if sys.argv[1:] == ["install-kernel"]:
        print(f"kernel {KERNEL_NAME!r} installed in {install_kernel()}")
    else:
        sys.exit("usage: python -m hulplijnen.pipeline.lab install-kernel")
