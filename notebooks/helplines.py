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
year = 2021
helplines = ["1712", "tele-onthaal", "stop-it-now"]

# %%
from hulplijnen import chapters
from hulplijnen.presentation import figures

figures.apply_theme()
facts = chapters.FactSheet("helplines", year)

# %%
chapter = chapters.helplines.whole(year, helplines, facts)
chapter.show()

# %%
#| include: false
facts.publish()
