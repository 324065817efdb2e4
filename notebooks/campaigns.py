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
campaign_window_months = 1
min_months_for_effect = 12
placebo_runs = 200

# %%
from hulplijnen import chapters
from hulplijnen.presentation import figures

figures.apply_theme()
facts = chapters.FactSheet("campaigns", year)

# %%
chapter = chapters.campaigns.build(
    year, helplines[0], campaign_window_months, min_months_for_effect, placebo_runs, facts
)
chapter.show()

# %%
#| include: false
facts.publish()
