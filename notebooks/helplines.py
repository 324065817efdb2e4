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
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("helplines", year)

# %%
sections = chapters.helplines.build(year, helplines, facts)
comparison = chapters.helplines.comparison(year, helplines, facts)
for chapter in sections.values():
    show_text(chapter.section("helpline"))

# %%
#| label: fig-helpline-years
#| fig-cap: "Het hoofdcijfer van de hulplijn per jaar: gepubliceerd, of afgeleid uit een gepubliceerde wijziging"
show_figure(chapters.helplines.years_figure(sections, "Hoofdcijfer per jaar"))

# %%
#| label: tbl-helpline-years
#| tbl-cap: "Kerncijfers per jaar: gepubliceerd, of afgeleid uit een gepubliceerde wijziging"
show_table(chapters.helplines.years_table(sections))

# %%
#| label: tbl-appendix-helpline-years
#| tbl-cap: "Elke waarde per jaar die een gepubliceerde wijziging toelaat, ook per kanaal"
#| include: false
show_table(chapters.helplines.years_table(sections, "years_all"))

# %%
#| label: tbl-appendix-helpline-published
#| tbl-cap: "Elk gepubliceerd kerncijfer, zoals gepubliceerd"
#| include: false
show_table(chapters.helplines.published_table(year, helplines), chapters.helplines.PUBLISHED_WIDTHS)

# %%
show_text(comparison.section("comparison"))

# %%
#| label: fig-helpline-mix
#| fig-cap: "Kanaalmix per hulplijn, elk in de eigen telling (contacten of oproepen)"
show_figure(chapters.helplines.mix_figure(comparison))

# %%
#| label: fig-helpline-growth
#| fig-cap: "Groei sinds twee jaar eerder (index = 100), met het bereik dat de afronding toelaat"
show_figure(chapters.helplines.growth_figure(comparison, year))

# %%
#| include: false
facts.publish()
