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
from hulplijnen.presentation import figures
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("contact_persons", year)

# %%
chapter = chapters.contact_persons.build(year, helplines[0], facts)
show_text(chapter.section("groups"))

# %%
#| label: tbl-contact-person-groups
#| tbl-cap: "Contacten per groep contactnemers (aandeel van alle contacten)"
show_table(chapter.tables["groups"])

# %%
#| label: fig-contact-person-groups
#| fig-cap: "Contacten per groep contactnemers uit de tabel per code"
show_figure(chapters.contact_persons.groups_figure(chapter))

# %%
#| label: tbl-contact-person-published
#| tbl-cap: "Aandelen zoals gepubliceerd (afgerond), elk met de basis waarop het slaat"
show_table(chapter.tables["shares"])

# %%
#| label: fig-contact-person-published
#| fig-cap: "Gepubliceerde aandelen, met het bereik dat hun afronding toelaat"
show_figure(chapters.contact_persons.published_figure(chapter, year))

# %%
#| label: tbl-appendix-contact-person-statements
#| tbl-cap: "Uitspraken van de bron over contactnemers, nagerekend met de tabel per code"
#| include: false
show_text(chapter.section("checks"))
show_table(chapter.tables["checks"], chapters.contact_persons.STATEMENT_WIDTHS)

# %%
show_text(chapter.section("earlier"))

# %%
#| label: tbl-appendix-contact-person-earlier
#| tbl-cap: "Gepubliceerde aandelen van contactnemers tegenover het exacte aandeel van het jaar ervoor"
#| include: false
show_table(chapter.tables["earlier"])

# %%
#| label: tbl-contact-person-years
#| tbl-cap: "Aandeel van de contacten per contactnemer en jaar; een bereik waar alleen een afgerond aandeel bekend is"
show_table(chapter.tables["years"])

# %%
#| label: fig-contact-person-years
#| fig-cap: "Aandeel van de contacten per contactnemer en jaar (exact: staaf; alleen afgerond: lichte staaf met bereik)"
show_figure(chapters.contact_persons.years_figure(chapter))

# %%
#| include: false
facts.publish()
