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
from hulplijnen import chapters, figures
from hulplijnen.chapters.export_tables import figure_title
from hulplijnen.display import show_figure, show_table, show_text

figures.apply_theme()
facts = chapters.FactSheet("capacity", year)

# %%
chapter = chapters.capacity.build(year, helplines[0], export, min_cell_count, facts)
show_text(chapter.text)

# %%
#| label: fig-export-answer-rate
#| fig-cap: "Aandeel beantwoorde telefonische oproepen per maand, met 95 %-interval"
#| fig-alt: "Lijngrafiek met per maand het percentage beantwoorde oproepen en een band voor het 95 %-interval."
show_figure(figures.answer_rates(chapter.data["monthly"], figure_title("Beantwoorde oproepen per maand", export)))

# %%
#| label: tbl-export-answer-rate
#| tbl-cap: "Telefonische oproepen per maand: aangeboden, beantwoord en het aandeel beantwoord"
show_table(chapter.tables["months"])

# %%
#| label: fig-export-weekday-hour
#| fig-cap: "Aangeboden en beantwoorde oproepen per weekdag en uur; grijs gearceerd = niet gepubliceerd"
#| fig-alt: "Twee warmtekaarten (weekdag bij uur) van aangeboden en beantwoorde oproepen; grijs is niet gepubliceerd."
show_figure(
    figures.weekday_hour_heatmap(
        chapter.data["offered"], chapter.data["answered"], figure_title("Oproepen per weekdag en uur", export)
    )
)

# %%
#| label: tbl-export-routes
#| tbl-cap: "Beantwoorde oproepen per provincie van de beller en het aandeel beantwoord in de eigen provincie"
show_table(chapter.tables["routes"])

# %%
#| include: false
facts.publish()
