"""The report's chapters, one folder each: chapters/<name>/ holds the chapter's ``SPEC`` (name, Dutch title,
place in the report, which releases it applies to) and ``build`` step (``__init__.py``), its analysis (pure
functions on frames: ``analysis.py``), its charts (``charts.py``), its Dutch text (``text.md``) and its methods
text (``methods.md``), where it has them; its notebook is notebooks/<name>.ipynb. What several chapters share is
in chapters/shared/ (and hulplijnen/analysis/, figures*.py). The registry finds the chapters itself: adding a
chapter touches nothing outside its folder and its notebook."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

from ..facts import FactSheet
from .shared.base import Chapter, ChapterSpec

__all__ = ["REGISTRY", "Chapter", "ChapterSpec", "FactSheet", "discover", "for_params", "names", "spec"]


def discover(package: str) -> dict[str, ChapterSpec]:
    """Every module of ``package`` that declares a SPEC, in report order (SPEC.order)."""
    root = importlib.import_module(package)
    modules: list[ModuleType] = [
        importlib.import_module(f"{package}.{m.name}") for m in pkgutil.iter_modules(root.__path__)
    ]
    specs = sorted(
        (m.SPEC for m in modules if isinstance(getattr(m, "SPEC", None), ChapterSpec)), key=lambda s: s.order
    )
    seen: dict[str, ChapterSpec] = {}
    for s in specs:
        if s.name in seen:
            raise ValueError(f"two chapters are named {s.name}")
        seen[s.name] = s
    return seen


REGISTRY: dict[str, ChapterSpec] = discover(__name__)
globals().update({name: importlib.import_module(f"{__name__}.{name}") for name in REGISTRY})


def names() -> list[str]:
    """Every chapter, in report order."""
    return list(REGISTRY)


def spec(name: str) -> ChapterSpec:
    return REGISTRY[name]


def for_params(params, registry: dict[str, ChapterSpec] | None = None) -> list[str]:
    """The chapters a release has, in report order, as each chapter's ``applies`` decides."""
    return [name for name, s in (registry or REGISTRY).items() if s.applies(params)]
