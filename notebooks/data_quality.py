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
from hulplijnen.chapters.data_quality.tables import WIDTHS
from hulplijnen.presentation import figures
from hulplijnen.presentation.display import show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("data_quality", year)

# %%
chapter = chapters.data_quality.build(year, helplines, facts)
show_text(chapter.section("corrections"))

# %%
#| label: tbl-corrections
#| tbl-cap: "Correcties op de gescande tekst van de bronnen"
show_table(chapter.tables["corrections"], WIDTHS["corrections"])

# %%
show_text(chapter.section("missing"))

# %%
#| label: tbl-missing
#| tbl-cap: "Cellen die leeg zijn in de bron"
show_table(chapter.tables["missing"], WIDTHS["missing"])

# %%
#| label: tbl-constraints
#| tbl-cap: "Totalen uit de tekst die lege cellen begrenzen"
show_table(chapter.tables["constraints"], WIDTHS["constraints"])

# %%
#| label: tbl-inconsistencies
#| tbl-cap: "Tegenstrijdige gepubliceerde cijfers"
show_table(chapter.tables["inconsistencies"], WIDTHS["inconsistencies"])

# %%
#| include: false
facts.publish()
