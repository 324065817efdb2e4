"""The contexts chapter's figure: the context of the violence as labelled bars (a chart several chapters draw), with
its label and caption (presentation.parts)."""

from __future__ import annotations

from ...presentation import figures_sources
from ...presentation.parts import Figure

SETTINGS = Figure(
    "fig-context-settings",
    "Context van het geweld: aandeel van de mogelijke slachtoffers met een bekende context",
    lambda data: figures_sources.labelled_bars(
        data["bars"], f"Context van het geweld, {data['since']}", "procent van de bekende contexten", percent=True
    ),
    year="since",
)
