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
compare_years = [2019]

# %%
from hulplijnen import chapters
from hulplijnen.chapters.channels import charts
from hulplijnen.presentation import figures, figures_sources
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("channels", year)

# %%
chapter = chapters.channels.build(year, helplines[0], compare_years, facts)
show_text(chapter.section("channels"))

# %%
#| label: tbl-channels
#| tbl-cap: "Contacten per kanaal (aandeel van alle contacten van het jaar)"
show_table(chapter.tables["channels"])

# %%
#| label: tbl-appendix-channel-checks
#| tbl-cap: "Gepubliceerde cijfers over kanalen en contacten, nagerekend"
#| include: false
show_text(chapter.section("checks"))

# %%
show_text(chapter.section("years"))

# %%
#| label: tbl-contacts-years
#| tbl-cap: "Contacten per jaar; een bereik waar een jaar alleen uit een afgeronde wijziging volgt"
show_table(chapter.tables["years"])

# %%
#| label: fig-contacts-years
#| fig-cap: "Contacten per jaar: exact (staaf) of als bereik waar een jaar alleen uit een afgeronde wijziging volgt"
show_figure(figures_sources.series_counts(chapter.data["series"], "Contacten per jaar", "contacten"))

# %%
show_text(chapter.section("shares"))

# %%
#| label: tbl-channel-shares-years
#| tbl-cap: "Aandeel van elk kanaal per jaar; een bereik waar alleen een afgerond aandeel is gepubliceerd"
show_table(chapter.tables["shares"])

# %%
#| label: fig-channel-mix
#| fig-cap: "Kanaalmix per jaar: exact waar de aantallen bekend zijn, een bereik bij een afgerond aandeel"
show_figure(figures_sources.share_series(chapter.data["shares"], "Kanaalmix per jaar"))

# %%
show_text(chapter.section("monthly"))

# %%
#| label: fig-channels-monthly
#| fig-cap: "Contacten per maand en kanaal"
show_figure(
    charts.monthly_channels(chapter.data["monthly"], f"Contacten per maand, {chapter.data['monthly_year']}"),
    year=chapter.data["monthly_year"],
)

# %%
#| include: false
facts.publish()
