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
from hulplijnen.chapters.reachability import charts
from hulplijnen.presentation import figures
from hulplijnen.presentation.display import show_figure, show_text

figures.apply_theme()
facts = chapters.FactSheet("reachability", year)

# %%
chapter = chapters.reachability.build(year, helplines[0], facts)
show_text(chapter.section("answered"))

# %%
#| label: fig-reachability-ranges
#| fig-cap: "Beantwoord per oproep tegenover bellers die uiteindelijk doorkomen, onder twee aannames"
show_figure(charts.ranges(chapter.data["ranges"], "Bereikbaarheid: per oproep en per beller", "procent"))

# %%
#| label: tbl-appendix-reachability-callers
#| tbl-cap: "Bereikbaarheid per beller: wat de gepubliceerde cijfers toelaten"
#| include: false
show_text(chapter.section("model"))

# %%
show_text(chapter.section("measures"))

# %%
#| label: fig-capacity-timeline
#| fig-cap: "Maatregelen voor de capaciteit volgens de bronnen (lichte balk: onzekere start; gearceerd: geen einde)"
show_figure(charts.timeline(chapter.data["timeline"], "Maatregelen voor de capaciteit"))

# %%
show_text(chapter.section("closing"))

# %%
#| include: false
facts.publish()
