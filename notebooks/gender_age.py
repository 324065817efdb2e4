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
from hulplijnen.chapters.gender_age import charts
from hulplijnen.presentation import figures
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("gender_age", year)

# %%
chapter = chapters.gender_age.build(year, helplines[0], facts)
show_text(chapter.section("gender"))

# %%
#| label: tbl-gender-months
#| tbl-cap: "Contacten per maand naar geslacht van de contactnemer; aandeel vrouwen onder wie een bekend geslacht heeft"
show_table(chapter.tables["months"], year=chapter.data["since"])

# %%
#| label: fig-gender-months
#| fig-cap: "Contacten per maand naar geslacht van de contactnemer"
show_figure(chapters.gender_age.months_figure(chapter), year=chapter.data["since"])

# %%
show_text(chapter.section("later"))

# %%
#| label: fig-gender-share-years
#| fig-cap: "Aandeel vrouwen bij bekend geslacht: exact, of met het bereik van een afgerond aandeel"
show_figure(charts.exact_and_rounded(chapter.data["comparison"], "Aandeel vrouwen (van bekend geslacht)", "procent"))

# %%
show_text(chapter.section("age"))

# %%
#| label: tbl-age-classes
#| tbl-cap: "Contacten naar leeftijdsklasse van de contactnemer (aandeel van alle contacten)"
show_table(chapter.tables["ages"], year=chapter.data["since"])

# %%
#| label: fig-age-classes
#| fig-cap: "Contacten naar leeftijdsklasse van de contactnemer"
show_figure(chapters.gender_age.ages_figure(chapter), year=chapter.data["since"])

# %%
#| include: false
facts.publish()
