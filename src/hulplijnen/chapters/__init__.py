"""The report's chapters, one module each, in report order. A chapter module declares ``SPEC``
(name, Dutch title, which releases it applies to, its methods text) and a ``build`` step; its Dutch
text is report/chapters/<name>.md and its notebook notebooks/<name>.ipynb. This list is the only
place that names them all."""

from __future__ import annotations

from types import ModuleType

from ..facts import FactSheet
from . import campaigns, capacity, channels, contact_persons, data_quality, helplines, registration
from .base import Chapter, ChapterSpec

MODULES: tuple[ModuleType, ...] = (channels, contact_persons, campaigns, registration, capacity, helplines, data_quality)
REGISTRY: dict[str, ChapterSpec] = {m.SPEC.name: m.SPEC for m in MODULES}

__all__ = ["REGISTRY", "Chapter", "ChapterSpec", "FactSheet", "for_params", "names", "spec"]


def names() -> list[str]:
    """Every chapter, in report order."""
    return list(REGISTRY)


def spec(name: str) -> ChapterSpec:
    return REGISTRY[name]


def for_params(params) -> list[str]:
    """The chapters a release has, in report order, as each chapter's ``applies`` decides."""
    return [name for name, s in REGISTRY.items() if s.applies(params)]
