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
from hulplijnen.chapters.registration import charts
from hulplijnen.chapters.shared.export_tables import figure_title
from hulplijnen.presentation import figures
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("registration", year)

# %%
chapter = chapters.registration.build(year, helplines[0], export, min_cell_count, facts)
show_text(chapter.section("totals"))

# %%
#| label: tbl-export-channels
#| tbl-cap: "Beantwoorde contacten per kanaal (registratie per contact)"
show_table(chapter.tables["channels"])

# %%
show_text(chapter.section("daily"))

# %%
#| label: fig-export-daily
#| fig-cap: "Beantwoorde contacten per dag; een gat is een dag waarvan het aantal niet gepubliceerd wordt"
show_figure(charts.daily_contacts(chapter.data["daily"], figure_title("Contacten per dag", export)))

# %%
show_text(chapter.section("mix"))

# %%
#| label: tbl-export-channel-mix
#| tbl-cap: "Kanaal per groep contactnemers (aandeel van de contacten van de groep); x = niet gepubliceerd"
show_table(chapter.tables["mix"])

# %%
show_text(chapter.section("suppressed"))

# %%
#| label: fig-export-channel-mix
#| fig-cap: "Kanaalmix per groep contactnemers"
show_figure(
    charts.channel_mix_bars(
        chapter.data["mix"], chapter.data["group_labels"], figure_title("Kanaal per contactnemer", export)
    )
)

# %%
#| label: tbl-export-suppression
#| tbl-cap: "Niet gepubliceerde cellen per tabel: kleine aantallen en cellen verborgen ter bescherming"
show_table(chapter.tables["suppression"])

# %%
#| include: false
facts.publish()
