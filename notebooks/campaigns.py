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
from hulplijnen.chapters.campaigns import charts
from hulplijnen.presentation import figures
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("campaigns", year)

# %%
chapter = chapters.campaigns.build(
    year, helplines[0], campaign_window_months, min_months_for_effect, placebo_runs, facts
)
show_text(chapter.section("calendar"))

# %%
#| label: tbl-campaign-calendar
#| tbl-cap: "Campagnes van het jaar, gedateerd zo precies als de bron het doet"
show_table(chapter.tables["calendar"], chapters.campaigns.CALENDAR_WIDTHS)

# %%
show_text(chapter.section("effects"))

# %%
#| label: fig-campaigns
#| fig-cap: "Contacten per maand met campagnes, gebeurtenissen en het verwachte verloop zonder campagnes"
show_figure(
    charts.campaign_series(
        chapter.data["band"], chapter.data["campaigns"], chapter.data["events"], f"Campagnes en contacten, {year}", year
    )
)

# %%
#| label: tbl-appendix-campaign-effects
#| tbl-cap: "Geschat effect per campagne, met de onzekerheid van de schatting (95 %)"
#| include: false
show_text(chapter.section("model"))
show_table(chapter.tables["effects"], chapters.campaigns.EFFECT_WIDTHS)

# %%
#| include: false
facts.publish()
