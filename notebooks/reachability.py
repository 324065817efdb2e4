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
publication_date = None

# %%
from hulplijnen import chapters
from hulplijnen.presentation import figures

figures.apply_theme()
facts = chapters.FactSheet("reachability", year)

# %%
chapter = chapters.reachability.build(year, helplines[0], facts, publication_date)
chapter.show()

# %%
#| include: false
facts.publish()
