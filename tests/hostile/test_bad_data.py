"""Bad data files: each gives the specific rule at the right line and column, never a traceback
or silence (key figures, codebooks)."""

import io

import pandas as pd
import pytest

from hulplijnen.config.paths import DATA
from hulplijnen.data import load
from hulplijnen.data.single_tables import SINGLE_TABLES
from hulplijnen.data.validation import check_frame

KEY_FIGURES = (DATA / "1712" / "2021" / "key_figures.csv").read_text(encoding="utf-8")
FIRST = KEY_FIGURES.splitlines()[1]  # contacts,contacts,all,,8515,count,exact,0,,"..."


def with_first(**changes) -> str:
    header = KEY_FIGURES.splitlines()[0].split(",")
    fields = pd.read_csv(io.StringIO(KEY_FIGURES), dtype=str, keep_default_na=False).iloc[0].to_dict()
    fields.update(changes)
    row = ",".join(f'"{fields[c]}"' if "," in fields[c] else fields[c] for c in header)
    return KEY_FIGURES.replace(FIRST, row, 1)


KEY_FIGURE_CASES = {
    "decimals -3": (with_first(decimals="-3"), "rule", 2, "decimals"),
    "decimals 400": (with_first(decimals="400"), "rule", 2, "decimals"),
    "value inf": (with_first(value="inf"), "type", 2, "value"),
    "value 1e308": (with_first(value="1e308"), "type", 2, "value"),
    "value -inf": (with_first(value="-inf"), "type", 2, "value"),
    "value nan": (with_first(value="nan"), None, 2, "value"),
    "reference_year 3000": (with_first(reference_year="3000"), "rule", 2, "reference_year"),
    "reference_year 1000": (with_first(reference_year="1000"), "rule", 2, "reference_year"),
    "negative count": (with_first(value="-5"), "negative_count", 2, "value"),
    "one in 0": (with_first(value="0", unit="one_in_n", qualifier="almost"), "one_in_n", 2, "value"),
    "one in a half": (with_first(value="0.5", unit="one_in_n", decimals="1"), "one_in_n", 2, "value"),
    "unknown unit": (with_first(unit="furlongs"), "rule", 2, "unit"),
    "header only": (KEY_FIGURES.splitlines()[0] + "\n", "empty_file", None, None),
    "plus sign": (with_first(value="+422"), "type", 2, "value"),
    "exponent": (with_first(value="8e3"), "type", 2, "value"),
    "decimal comma": (with_first(value="8515,0"), "type", 2, "value"),
    "thousands separator": (with_first(value="8.515.000"), "type", 2, "value"),
    "huge but plain": (with_first(value="1" + "0" * 308), "rule", 2, "value"),
    "decimals with a plus": (with_first(decimals="+1"), "type", 2, "decimals"),
    "reference year text": (with_first(reference_year="2020a"), "type", 2, "reference_year"),
    "hex": (with_first(value="0x10"), "type", 2, "value"),
}


@pytest.mark.parametrize("name", sorted(KEY_FIGURE_CASES))
def test_bad_key_figures(name, tmp_path):
    text, rule, line, column = KEY_FIGURE_CASES[name]
    path = tmp_path / "key_figures.csv"
    path.write_text(text, encoding="utf-8")
    _, problems = load.check_year_table("key_figures", "1712", 2021, path=path)
    assert problems, name
    matching = [p for p in problems if rule is None or p.rule == rule]
    assert matching, problems
    assert any((line is None or p.row == line) and (column is None or p.column == column) for p in matching), problems


def codebook_frame(name: str, **row0) -> pd.DataFrame:
    path, spec = SINGLE_TABLES[name]
    frame = pd.read_csv(DATA / path, dtype=str, keep_default_na=False)
    frame.index = range(2, len(frame) + 2)  # line numbers, as the strict reader gives them
    for column, value in row0.items():
        frame.loc[2, column] = value
    return frame


CODEBOOK_CASES = {
    "sql quote in a code": ("channels", {"channel": "x' THEN 'y"}, "rule", "channel"),
    "space in a code": ("genders", {"gender": "a b"}, "rule", "gender"),
    "upper case code": ("regions", {"region": "ANTWERPEN"}, "rule", "region"),
    "markup in a code": ("age_classes", {"age_class": "<script>"}, "rule", "age_class"),
    "shortcode in a code": ("violence_contexts", {"context": "{{<include>}}"}, "rule", "context"),
    "negative order": ("channels", {"order": "-1"}, "rule", "order"),
    "negative order genders": ("genders", {"order": "-5"}, "rule", "order"),
    "code group with a quote": ("contact_person_codes", {"group": "a'b"}, "rule", "group"),
    "code with a semicolon": ("contact_person_codes", {"code": "1100;drop"}, "rule", "code"),
    "measure with a pipe": ("measures", {"measure": "a|b"}, "rule", "measure"),
    "category with a dollar": ("categories", {"category": "$x"}, "rule", "category"),
}


@pytest.mark.parametrize("name", sorted(CODEBOOK_CASES))
def test_bad_codebooks(name):
    book, row0, rule, column = CODEBOOK_CASES[name]
    _, spec = SINGLE_TABLES[book]
    frame, problems = check_frame(spec, codebook_frame(book, **row0), f"data/codebooks/{book}.csv", load.codes())
    assert frame is None and any(p.rule == rule and p.column == column and p.row == 2 for p in problems), problems


@pytest.mark.parametrize("book", ["channels", "genders", "measures", "categories", "regions"])
def test_header_only_codebook(book):
    _, spec = SINGLE_TABLES[book]
    frame, problems = check_frame(spec, codebook_frame(book).iloc[0:0], f"data/codebooks/{book}.csv", load.codes())
    assert frame is None and problems[0].rule == "empty_file"
