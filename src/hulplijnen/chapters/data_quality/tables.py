"""The data-quality chapter's tables as a reader reads them: Dutch names of tables and cells, Dutch labels
of correction kinds and rules, Dutch explanations, counts without decimals, and column widths that fit
the text column. File paths, cell keys and check ids stay in data/ (corrections.csv, constraints.csv,
inconsistencies.csv) for machines."""

from __future__ import annotations

import re

import pandas as pd

from ...data import load
from ...presentation import fmt
from ...presentation.labels import measure_label

# relative column widths (see display.markdown_table): the explanation gets the room, numbers stay narrow
WIDTHS = {
    "corrections": (28, 10, 10, 52),  # r31 2020 #18: the two values narrow (right-aligned), the explanation wide
    "missing": (50, 50),
    "constraints": (18, 18, 8, 56),  # r26 2020 #16: the bound in words, not "groepstotaal"; r62: rows of four lines
    "inconsistencies": (24, 10, 10, 56),  # r28: the long explanations wide, so the rows stay short
    "unclear_bases": (40, 14, 23, 23),
}
MONTH = re.compile(r"^\d{4}-\d{2}$")


def _labels(name: str, column: str) -> dict[str, str]:
    return load.codebook(name).set_index(column)["label_nl"].to_dict()


def _value(dimension: str, value: str) -> str:
    """One coordinate of a cell in Dutch: a month, a channel, a gender, an age class, a code, a context."""
    if dimension == "month" or MONTH.match(value):
        return fmt.month(value)
    codebooks = {
        "channel": ("channels", "channel"),
        "gender": ("genders", "gender"),
        "age_class": ("age_classes", "age_class"),
        "context": ("violence_contexts", "context"),
    }
    source = load.codebook("channels").set_index("channel")["source_label"].get(value) if dimension == "channel" else ""
    if source and source.lower() != _labels("channels", "channel")[value]:  # r47 (r46 2021 #11): 'Leeg', named
        return f"kolom „{source}” (kanaal {_labels('channels', 'channel')[value]})"
    if dimension in codebooks:
        return _labels(*codebooks[dimension]).get(value, value)
    if dimension == "code":
        return f"code {value}" if value.isdigit() else _labels("contact_person_codes", "code").get(value, value)
    return value


def cell(key: str) -> str:
    """'month=2020-08|channel=email' -> 'augustus 2020, e-mail'."""
    return cells([key])


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " en " + words[-1]


def cells(keys: list[str]) -> str:
    """Cells of one table in Dutch, each coordinate once: months of one year as 'januari, maart en mei 2020'."""
    parsed = [dict(part.split("=", 1) for part in str(key).split("|")) for key in keys]
    words = []
    for dimension in parsed[0]:
        values = list(dict.fromkeys(p[dimension] for p in parsed))
        years = {v[:4] for v in values}
        if len(values) > 1 and all(MONTH.match(v) for v in values) and len(years) == 1:
            words.append(_and(fmt.month_runs(sorted(values))) + f" {years.pop()}")
        else:
            words.append(_and([_value(dimension, v) for v in values]))
    return ", ".join(words)


def _stem(file: str) -> str:
    """'1712/2020/gender_by_month.csv' -> 'gender_by_month'."""
    return str(file).rsplit("/", 1)[-1].removesuffix(".csv")


def table_name(file_or_table: str) -> str:
    """'1712/2020/gender_by_month.csv' or 'gender_by_month' -> 'contacten per maand en geslacht'."""
    return _labels("tables", "table").get(_stem(file_or_table), _stem(file_or_table))


def _count(value: float) -> str:
    """A count or a percentage as stated: no decimals when it is whole."""
    return fmt.number(value) if float(value).is_integer() else fmt.number(value, 1)


CHANGE_CHECKS = ("abs_vs_pct", "changes_agree")  # checks of a key figure's stated percentage change against a year


def _stated(check_id: str, value: float) -> str:
    """A stated or computed value of a check as the reader reads it: a percentage change with its sign and unit."""
    parts = check_id.split("/")
    if len(parts) > 3 and parts[2] == "key_figures" and parts[3] in CHANGE_CHECKS:
        return fmt.signed_pct(value, 0 if float(value).is_integer() else 1)
    return _count(value)


def _where(check_id: str) -> str:
    """'1712/2020/gender_by_month/vs_contacts/2020-01' -> '1712 2020: contacten per maand en geslacht, januari 2020'."""
    helpline, year, table, *rest = check_id.split("/")
    short = load.helplines().set_index("helpline")["short_name"].get(helpline, helpline)
    if table == "key_figures" and len(rest) == 3 and rest[0] in CHANGE_CHECKS:  # a change: name the figure and year
        return f"{short} {year}: {measure_label(rest[1], 'all')}, wijziging tegenover {rest[2]}"
    month = [fmt.month(p) for p in rest if MONTH.match(p)]
    return f"{short} {year}: {table_name(table)}" + (f", {month[-1]}" if month else "")


def _capital(text: str) -> str:
    return fmt.capfirst(text)


def corrections(corr: pd.DataFrame) -> pd.DataFrame:
    """One row per correction; corrections of one table with the same reading, value, kind and reason share a
    row that names all their cells."""
    kinds = _labels("correction_kinds", "kind")
    corr = corr.assign(published=corr["published"].fillna("(leeg)").astype(str), used=corr["used"].astype(str))
    same = ["file", "published", "used", "kind", "reason_nl"]
    grouped = corr.groupby(same, sort=False)["key"].agg(list).reset_index()
    return pd.DataFrame(
        {
            "Vak": [_capital(f"{table_name(f)}: {cells(k)}") for f, k in zip(grouped["file"], grouped["key"])],
            "In de bron": grouped["published"],
            "Gebruikt": grouped["used"],
            "Soort en toelichting": [
                f"{_capital(kinds[k])}: {fmt.lowerfirst(r)}" for k, r in zip(grouped["kind"], grouped["reason_nl"])
            ],
        }
    )


def missing(cells: pd.DataFrame) -> pd.DataFrame:
    """The empty cells, one row each. Why a cell is empty is said once, in the text, when it is the same for every
    cell; only a reason that differs from the others stands beside its cell (r27 2020 #14: 'vak is leeg in de bron'
    on every row told the reader nothing)."""
    reasons = cells["reason"].map(_labels("missing_reasons", "missing_reason"))
    one_reason = reasons.nunique() <= 1
    return pd.DataFrame(
        {
            "Tabel": [_capital(table_name(t)) for t in cells["table"]],
            "Vak": [cell(k) + ("" if one_reason else f" ({r})") for k, r in zip(cells["cell"], reasons)],
        }
    )


def named_in_bounds(cells: pd.DataFrame, bounds: pd.DataFrame) -> bool:
    """Whether every empty cell is named in the table of what empty cells hold together (constraints): then that
    table lists them all and a table of the empty cells alone says nothing more (r27 2020 #14)."""
    named = {
        (str(f).split("/")[1], _stem(f), c)
        for f, group in zip(bounds["file"], bounds["missing_cells"])
        for c in str(group).split("|")
    }
    return not cells.empty and all(
        (str(y), t, str(k).split("=", 1)[-1]) in named for y, t, k in zip(cells["year"], cells["table"], cells["cell"])
    )


def constraints(bounds: pd.DataFrame) -> pd.DataFrame:
    rules = _labels("constraint_rules", "rule")
    key = {name: spec.key[0] for name, spec in load.YEAR_TABLES.items() if spec.key}
    return pd.DataFrame(
        {
            "Lege vakken": [
                _capital(" en ".join(cell(f"{key[_stem(f)]}={c}") for c in str(cells).split("|")))
                for f, cells in zip(bounds["file"], bounds["missing_cells"])
            ],
            "Afgeleid uit": bounds["rule"].map(rules),  # r26 2020 #16: no 'Regel' over 'groepstotaal'
            "Samen": [fmt.number(v) for v in bounds["derived_total"]],
            "Toelichting": bounds["reason_nl"],
        }
    )


def fact_of(check_id: str) -> str:
    """The published fact a check belongs to: a check of one month is part of the same check over the year's months
    ('1712/2020/gender_by_month/vs_contacts/2020-04' -> '1712/2020/gender_by_month/vs_contacts')."""
    parts = str(check_id).split("/")
    return "/".join(parts[:-1]) if MONTH.match(parts[-1]) else str(check_id)


CHECKED = {  # what a kind of check (the part of its id after the table) verifies, in words
    "total": "of de tabellen optellen tot de totalen die de bron zelf vermeldt",
    "vs_contacts": "of de tabellen per maand evenveel contacten tellen als de maandtotalen",
    "key_figures": "of de gepubliceerde cijfers met elkaar kloppen",  # r31 TO #12: the source's, not this report's
}


def checked_in_words(checks: pd.DataFrame) -> list[str]:
    """What the release's checks verify, in words, in the order of CHECKED (kinds without a check left out)."""
    parts = checks["check_id"].str.split("/")
    kinds = set(parts.str[3]) | ({"key_figures"} if (parts.str[2] == "key_figures").any() else set())
    return [words for kind, words in CHECKED.items() if kind in kinds]


BLANK = "blank"  # the age table's row of contacts whose person data were not filled in (codebooks/age_classes.csv)


def explained(checks: pd.DataFrame) -> pd.Series:
    """Per check: whether it is an explained difference, not a contradiction. A breakdown table of a month counts
    fewer contacts than the month's total (it has no column for 'niet ingevuld'), and over the year the missing
    contacts are exactly the contacts another table of that year lists as not filled in (the age table's blank row).
    """
    out = pd.Series(False, index=checks.index)
    for fact, group in checks.groupby(checks["check_id"].map(fact_of), sort=False):
        helpline, year, _table, *rest = fact.split("/")
        if rest[:1] != ["vs_contacts"] or not (group["computed"] < group["stated"]).all():
            continue
        if not load.has_table("contacts_by_age", helpline, int(year)):
            continue
        ages = load.load_year_table("contacts_by_age", helpline, int(year)).set_index("age_class")["contacts"]
        gap = float((group["stated"] - group["computed"]).sum())
        out[group.index] = BLANK in ages.index and float(ages[BLANK]) == gap
    return out


def explained_rows(checks: pd.DataFrame) -> dict | None:
    """The explained difference in words for the text: the year's contacts, those in the breakdown, the gap (not
    filled in) and those with a known value (the breakdown without its 'onbekend' column); None when there is none.
    """
    if checks.empty:
        return None
    helpline, year, table, *_ = checks["check_id"].iloc[0].split("/")
    frame = load.load_year_table(table, helpline, int(year))
    counted = float(frame["contacts"].sum())
    gap = float((checks["stated"] - checks["computed"]).sum())
    column = next(c for c in frame.columns if c not in ("month", "contacts", "missing_reason"))
    known = float(frame.loc[frame[column] != "unknown", "contacts"].sum())
    # r44 (2020 #6): where the gap lies, month by month (a month short of its total is a check of its own)
    months = {
        c.rsplit("/", 1)[-1]: float(st - co)
        for c, st, co in zip(checks["check_id"], checks["stated"], checks["computed"])
        if MONTH.match(c.rsplit("/", 1)[-1]) and st > co
    }
    stated = load.stated_totals(int(year), helpline)  # r47 (r46 2020 #10): its column sums, though no grand total
    sums = {r.category: int(r.value) for r in stated.itertuples() if r.table == table and r.dimension == column}
    return {
        "months": months,
        "sums": sums,
        "table": table_name(table),
        "table_key": table,
        "year": year,
        "total": counted + gap,
        "counted": counted,
        "gap": gap,
        "known": known,
    }


# r36 (r35 2020 #11): the lead-in sets the totals side by side: 'Geteld', not 'Berekend'; r44 (2020 #7): 'Totaal in de
# bron', not 'Vermeld' (a table without a total of its own is set beside the year's total from the table per channel)
SHORT_COLUMNS = ["Gegevens", "Totaal in de bron", "Geteld", "Toelichting"]
NO_TOTAL = "–"  # a table without a total of its own (explained_total)


def explained_total(said: dict | None, note: str) -> pd.DataFrame:
    """The table that lacks contacts in every column, as one row of the year's totals the text names: the year's
    contacts and those in the table (r29 2020 #11: the seven months' 4.835 beside the text's 8.059)."""
    columns = SHORT_COLUMNS
    if said is None:
        return pd.DataFrame(columns=columns)
    # r45 (r44 2020 #6): the table states no total of its own: '–' in 'Totaal in de bron', the year's total in the note
    row = [f"{_capital(table_name(said['table_key']))}, {said['year']}", NO_TOTAL, _count(said["counted"])]
    return pd.DataFrame([[*row, note]], columns=columns)


def short_of_total(short: pd.DataFrame, explanations: list[str]) -> pd.DataFrame:
    """One row per stated total that the filled cells of its table fall short of (quality.short_of_total): the table
    and its year (and the row or column the total is of), the stated total, the sum of the filled cells, and the
    explanation the chapter filled from short.md."""
    where = [
        _capital(table_name(r.table))
        + ("" if r.dimension == "all" else f", {cell(f'{r.dimension}={r.category}')}")
        + f", {r.year}"
        for r in short.itertuples()
    ]
    return pd.DataFrame(
        {
            "Gegevens": where,
            SHORT_COLUMNS[1]: [_count(v) for v in short["stated"]],
            "Geteld": [_count(v) for v in short["filled"]],
            "Toelichting": explanations,
        },
        columns=SHORT_COLUMNS,
    )


def inconsistencies(checks: pd.DataFrame) -> pd.DataFrame:
    """One row per published fact that disagrees: the months of one check share a row that names them, with the
    stated and computed sums and the explanation registered for the first (data/inconsistencies.csv)."""
    explained = load.inconsistencies().set_index("check_id")["reason_nl"]
    rows = []
    for _, group in checks.groupby(checks["check_id"].map(fact_of), sort=False):
        first = group["check_id"].iloc[0]
        months = [p for p in group["check_id"] if MONTH.match(p.rsplit("/", 1)[-1])]
        where = (
            _where(first)
            if len(group) == 1
            else _where(fact_of(first)) + ", " + cells([f"month={m.rsplit('/', 1)[-1]}" for m in months])
        )
        if fact_of(first).endswith("/vs_contacts") and months:  # one line: the table and its year (its months
            # are the explanation's); what 'vermeld' and 'berekend' are, the text above the table says (text.md)
            # the sums are over those months only, not the year (review r14: 4.835 read as a year's total)
            span = "1 maand" if len(months) == 1 else f"{len(months)} maanden"
            where = f"{_capital(table_name(first.split('/')[2]))}, {span} van {first.split('/')[1]}"
        rows.append(
            {
                "Gegevens": where,
                "Vermeld": _stated(first, group["stated"].sum()),
                "Berekend": _stated(first, round(group["computed"].sum(), 1)),
                "Toelichting": explained.get(first),
            }
        )
    return pd.DataFrame(rows, columns=["Gegevens", "Vermeld", "Berekend", "Toelichting"])


BASES = {"calls": "oproepen", "conversations": "gesprekken"}


def unclear_fit(unclear: pd.DataFrame) -> dict | None:
    """The one count every share without a stated base fits (and the other), in Dutch; None when they do not
    all fit the same single count."""
    if unclear.empty:
        return None
    fitting = {m for m in BASES if unclear[f"{m}_fits"].all()}
    if len(fitting) != 1 or any(unclear[f"{m}_fits"].any() for m in set(BASES) - fitting):
        return None
    (base,) = fitting
    return {"fits": BASES[base], "other": next(BASES[m] for m in BASES if m != base)}


def unclear_bases(unclear: pd.DataFrame) -> pd.DataFrame:
    """One row per share stated without its base: what was stated, and what it would be of either count."""
    if unclear.empty:
        return pd.DataFrame()
    short = load.helplines().set_index("helpline")["short_name"]
    return pd.DataFrame(
        {
            "Cijfer": [
                f"{short.get(r.helpline, r.helpline)}: {measure_label(r.measure, r.category)}"
                for r in unclear.itertuples()
            ],
            "Vermeld": [fmt.pct(v, 0) for v in unclear["stated"]],
            **{f"Van de {label}": [fmt.pct(v, 1) for v in unclear[f"{m}_pct"]] for m, label in BASES.items()},
        }
    )
