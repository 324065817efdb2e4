"""Everything the report shows from data/ has Dutch words beside the machine codes."""

import yaml

from hulplijnen.config.paths import DATA
from hulplijnen.data import load
from hulplijnen.pipeline import validate


def test_every_missing_reason_in_data_has_a_dutch_label():
    assert validate.check_missing_reason_labels() == []


def test_a_missing_reason_without_a_dutch_label_is_named_by_file_line_and_column(monkeypatch):
    real = load.codebook
    monkeypatch.setattr(
        load, "codebook", lambda name: real(name).iloc[0:0] if name == "missing_reasons" else real(name)
    )
    problems = validate.check_missing_reason_labels()
    assert problems and all(
        p.rule == "missing_reason_label" and p.row and p.column == "missing_reason" for p in problems
    )
    assert all(p.file.startswith("data/") and "missing_reasons.csv" in p.message for p in problems)


def test_every_correction_kind_and_constraint_rule_has_a_dutch_label():
    kinds = set(load.codebook("correction_kinds")["kind"])
    rules = set(load.codebook("constraint_rules")["rule"])
    assert set(load.corrections()["kind"]) <= kinds and set(load.load_single("constraints")["rule"]) <= rules
    for name in ("correction_kinds", "constraint_rules", "missing_reasons"):
        assert load.codebook(name)["label_nl"].str.strip().ne("").all()


def test_every_explanation_and_source_has_a_dutch_text():
    for table in (load.corrections(), load.inconsistencies(), load.load_single("constraints")):
        assert table["reason_nl"].str.strip().ne("").all()
        assert (table["reason_nl"] != table["reason"]).all()  # a translation, not a copy
    documents = yaml.safe_load((DATA / "provenance.yml").read_text(encoding="utf-8"))["documents"]
    assert all(str(d.get("covers_nl", "")).strip() for d in documents.values())


def test_a_source_without_dutch_covers_is_a_problem(monkeypatch, tmp_path):
    text = (DATA / "provenance.yml").read_text(encoding="utf-8")
    first = text.index("    covers_nl:")
    broken = text[:first] + text[text.index("\n", first) + 1 :]
    (tmp_path / "provenance.yml").write_text(broken, encoding="utf-8")
    monkeypatch.setattr(validate, "DATA", tmp_path)
    problems = validate.check_provenance()
    assert [p.rule for p in problems if p.rule == "provenance_covers_nl"] == ["provenance_covers_nl"]


def test_a_setting_that_groups_several_contexts_is_named_apart_from_each_of_them():
    """2020's tables of contexts per code and per setting both had a row 'andere context' (302 and 309: the
    setting adds 'geloof en religie'); a reader saw two numbers under one name. A setting that groups several
    contexts must carry a label none of its contexts carries."""
    book = load.codebook("violence_contexts")
    for setting, rows in book.groupby("setting"):
        if len(rows) > 1:
            assert not set(rows["setting_nl"]) & set(book["label_nl"]), setting


def _dutch_texts():
    """Every Dutch text data/ gives the report: the explanations' reason_nl and the sources' *_nl fields."""
    for table in (load.corrections(), load.inconsistencies(), load.load_single("constraints")):
        yield from table["reason_nl"].astype(str)
    provenance = yaml.safe_load((DATA / "provenance.yml").read_text(encoding="utf-8"))

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if str(key).endswith("_nl") and isinstance(value, str):
                    yield value
                else:
                    yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(provenance)


def test_a_range_of_numbers_in_a_dutch_text_has_an_en_dash():
    """r66 (r65 2020 #12): 'codes 2100-2999' (Tabel 9) and 'campagnes 2020-2021' (Tabel 11) had a hyphen where the
    report writes ranges with an en dash ('april–juni'); a year and its month ('2020-08') is no range."""
    import re

    ranges = [m for t in _dutch_texts() for m in re.findall(r"(?<![\d-])\d{3,4}-\d{3,4}(?![\d-])", t)]
    assert ranges == []
