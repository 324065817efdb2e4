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
answer_targets = [0.8, 0.9]
redial_share = 0.5

# %%
from hulplijnen import chapters
from hulplijnen.chapters.capacity import charts
from hulplijnen.chapters.capacity import staffing as capacity_staffing
from hulplijnen.chapters.shared.export_tables import figure_title
from hulplijnen.presentation import figures
from hulplijnen.presentation.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("capacity", year)

# %%
chapter = chapters.capacity.build(year, helplines[0], export, min_cell_count, facts)
show_text(chapter.section("rate"))

# %%
#| label: fig-export-answer-rate
#| fig-cap: "Aandeel beantwoorde telefonische oproepen per maand, met de onzekerheid van de schatting"
show_figure(charts.answer_rates(chapter.data["monthly"], figure_title("Beantwoorde oproepen per maand", export)))

# %%
#| label: tbl-export-answer-rate
#| tbl-cap: "Telefonische oproepen per maand: aangeboden, beantwoord en het aandeel beantwoord"
show_table(chapter.tables["months"])

# %%
show_text(chapter.section("hours"))

# %%
#| label: fig-export-weekday-hour
#| fig-cap: "Aangeboden en beantwoorde oproepen per weekdag en uur"
show_figure(
    charts.weekday_hour_heatmap(
        chapter.data["offered"], chapter.data["answered"], figure_title("Oproepen per weekdag en uur", export)
    )
)

# %%
show_text(chapter.section("routes"))

# %%
#| label: tbl-export-routes
#| tbl-cap: "Beantwoorde oproepen per provincie van de beller en het aandeel beantwoord in de eigen provincie"
show_table(chapter.tables["routes"])

# %%
staffing = capacity_staffing.build(year, helplines[0], export, min_cell_count, answer_targets, redial_share, facts)
show_text(staffing.section("waiting")) if staffing else None  # no timing columns in the export: no staffing part

# %%
#| label: fig-export-still-waiting
#| fig-cap: "Deel van de bellers dat na zoveel seconden wachten nog aan de lijn is"
show_figure(
    charts.still_waiting(staffing.data["curve"] if staffing else None, figure_title("Hoe lang bellers wachten", export))
)

# %%
show_text(staffing.section("staffing")) if staffing else None

# %%
#| label: fig-export-staffing-weekly
#| fig-cap: "Hulpverlenersuren per week: aangemeld, gevraagde gesprekstijd en nodig per doel"
show_figure(charts.weekly_hours(staffing.data["weekly"] if staffing else None, figure_title("Uren per week", export)))

# %%
#| label: fig-export-staffing-need
#| fig-cap: "Hulpverleners nodig per doel en gemiddeld aangemeld, per weekdag en uur; gesloten uren weggelaten"
show_figure(charts.need_heatmap(staffing.data["grids"] if staffing else None, figure_title("Nodige bezetting", export)))

# %%
show_text(staffing.section("model_fit")) if staffing else None

# %%
#| label: fig-export-model-fit
#| fig-cap: "Per weekdag en uur: beantwoord volgens het model bij de aangemelde hulpverleners tegen gemeten"
show_figure(charts.model_fit(staffing.data["fit"] if staffing else None, figure_title("Model en meting", export)))

# %%
show_text(staffing.section("closing")) if staffing else None

# %%
#| include: false
facts.publish()
