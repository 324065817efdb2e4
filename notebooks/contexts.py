# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python (hulplijnen)
#     language: python
#     name: hulplijnen
# ---

# %% tags=["parameters"]
year = 2020
helplines = ["1712"]

# %%
from hulplijnen import chapters
from hulplijnen.presentation import figures, figures_sources
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("contexts", year)

# %%
chapter = chapters.contexts.build(year, helplines[0], facts)
show_text(chapter.section("family"))

# %%
#| label: tbl-context-settings
#| tbl-cap: "Mogelijke slachtoffers naar context van het geweld (aandeel van wie een bekende context heeft)"
show_table(chapter.tables["settings"], year=chapter.data["since"])

# %%
#| label: fig-context-settings
#| fig-cap: "Context van het geweld: aandeel van de mogelijke slachtoffers met een bekende context"
show_figure(
    figures_sources.labelled_bars(
        chapter.data["bars"],
        f"Context van het geweld, {chapter.data['since']}",
        "procent van de bekende contexten",
        percent=True,
    ),
    year=chapter.data["since"],
)

# %%
show_text(chapter.section("outside"))

# %%
#| label: tbl-contexts
#| tbl-cap: "Mogelijke slachtoffers per context zoals geregistreerd"
show_table(chapter.tables["contexts"], year=chapter.data["since"])

# %%
#| include: false
facts.publish()
