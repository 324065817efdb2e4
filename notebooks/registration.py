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
export = {"path": None, "synthetic": {"seed": 1712, "rows": None}}
min_cell_count = 5

# %%
from hulplijnen import chapters
from hulplijnen.presentation import figures

figures.apply_theme()
facts = chapters.FactSheet("registration", year)

# %%
chapter = chapters.registration.build(year, helplines[0], export, min_cell_count, facts)
chapter.show()

# %%
#| include: false
facts.publish()
