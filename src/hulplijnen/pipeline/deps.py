"""What a notebook run and a release depend on in the package, at the grain of a chapter.

A notebook depends on the package modules its code imports and on theirs, transitively: read from
the source (``ast``), every ``import``/``from … import`` anywhere in a module (also inside functions),
a submodule reached as an attribute of an imported package (``chapters.channels.build``), and the
packages above each module. The registry's discovery of the chapters (``importlib`` in
chapters/__init__.py) is not followed: the channels notebook does not depend on the capacity
chapter's modules. These files are recorded with the run like the data files its kernel read and the
templates its chapter rendered (``reads.inputs_read``: chapters/<name>/text.md), so editing one chapter's
module or text re-runs that chapter's notebooks only.

A release's report depends on what its notebooks read, on its params file, and on what assembling it
reads: the report's text under report/ (the document, summary, general methods, appendices), its chapters'
methods text (chapters/<name>/methods.md), the package modules the finisher and its chapters' modules
(their titles) reach, the Quarto files, data/.
"""

from __future__ import annotations

import ast
import hashlib
import json
from functools import cache
from pathlib import Path

from ..config.digests import file_digest
from ..config.paths import CHAPTERS, PACKAGE, QUARTO_PARTIALS, QUARTO_PROJECT, REPORT_TEXT, ROOT

NAME = PACKAGE.name  # the import name of the package
ASSEMBLY = ("hulplijnen.pipeline.finish",)  # what assembles and renders a release (assemble, summary, render, …)


def module_file(module: str) -> Path | None:
    """The source file of a package module (``hulplijnen.chapters.channels``), None for anything else."""
    parts = module.split(".")
    if parts[0] != NAME:
        return None
    base = PACKAGE.joinpath(*parts[1:])
    for candidate in (base / "__init__.py", base.with_suffix(".py")):
        if candidate.is_file():
            return candidate
    return None


def _with_parents(module: str) -> set[str]:
    parts = module.split(".")
    return {".".join(parts[: n + 1]) for n in range(len(parts))}


def imports(tree: ast.AST, module: str = "", is_package: bool = False) -> set[str]:
    """The package modules a piece of code imports (``module``: where it lives, for relative imports)."""
    found: set[str] = set()
    bound: dict[str, str] = {}  # local name -> the package module it is bound to
    here = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if module_file(alias.name):
                    found.add(alias.name)
                    local = alias.asname or alias.name.split(".")[0]
                    bound[local] = alias.name if alias.asname else local
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                base = ".".join(anchor + ([node.module] if node.module else []))
            if not module_file(base):
                continue
            found.add(base)
            for alias in node.names:
                if module_file(f"{base}.{alias.name}"):
                    found.add(f"{base}.{alias.name}")
                    bound[alias.asname or alias.name] = f"{base}.{alias.name}"
    for node in ast.walk(tree):  # chapters.channels.build: the submodule channels is used
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound:
            if module_file(f"{bound[node.value.id]}.{node.attr}"):
                found.add(f"{bound[node.value.id]}.{node.attr}")
    return set().union(*(_with_parents(m) for m in found)) if found else set()


@cache
def _module_imports(module: str, digest: str) -> frozenset[str]:  # noqa: ARG001 (the digest keys the cache)
    path = module_file(module)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return frozenset(imports(tree, module, path.name == "__init__.py"))


def closure(roots: set[str]) -> set[str]:
    """``roots`` and every package module they import, transitively."""
    seen: set[str] = set()
    todo = [m for r in roots for m in _with_parents(r) if module_file(m)]
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        todo.extend(_module_imports(module, file_digest(module_file(module))) - seen)
    return seen


def notebook_code(notebook: Path) -> ast.AST:
    """The code cells of a notebook as one module (lines starting with % or ! are IPython's, skipped)."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    lines = [
        line
        for cell in cells
        if cell.get("cell_type") == "code"
        for line in "".join(cell.get("source", "")).splitlines()
        if not line.lstrip().startswith(("%", "!"))
    ]
    return ast.parse("\n".join(lines), filename=str(notebook))


def notebook_modules(notebook: Path) -> set[str]:
    """The package modules a notebook's code reaches."""
    return closure(set(_notebook_imports(notebook, file_digest(notebook))))


@cache
def _notebook_imports(notebook: Path, digest: str) -> frozenset[str]:  # noqa: ARG001 (the digest keys the cache)
    return frozenset(imports(notebook_code(notebook)))


def snapshot() -> dict[str, str]:
    """Every module file of the package (path relative to the root -> SHA-256), as a build starts: what
    the notebooks' kernels import. An edit made while a build runs is never recorded as if it had run it."""
    return {
        p.relative_to(ROOT).as_posix(): file_digest(p)
        for p in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in p.parts
    }


def module_reads(modules: set[str], code: dict[str, str]) -> dict[str, str]:
    """The files of ``modules`` with their digests in ``code`` (a ``snapshot``): recorded like files read."""
    reads = {}
    for module in modules:
        name = module_file(module).relative_to(ROOT).as_posix()
        reads[name] = code.get(name, "")  # a module added since the snapshot: stale next time
    return dict(sorted(reads.items()))


def assembly_files(chapters: list[str]) -> list[Path]:
    """What assembling and rendering a release reads, besides its notebooks and params file."""
    modules = closure({*ASSEMBLY, *(f"{NAME}.chapters.{c}" for c in chapters)})
    text = [p for p in sorted(REPORT_TEXT.rglob("*")) if p.is_file()]
    # a chapter's text.md is read by its notebooks (recorded per run); its methods.md by the assembly
    methods = [CHAPTERS / c / "methods.md" for c in chapters if (CHAPTERS / c / "methods.md").is_file()]
    return sorted({module_file(m) for m in modules} | set(text) | set(methods)) + [QUARTO_PROJECT, QUARTO_PARTIALS]


def digest(paths: list[Path]) -> str:
    """One hash over the relative path and content of each file (a folder: of every file in it)."""
    h = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            content = file_digest(file) if file.is_file() else "missing"
            h.update(f"{file.relative_to(ROOT).as_posix()}\0{content}\n".encode())
    return h.hexdigest()
