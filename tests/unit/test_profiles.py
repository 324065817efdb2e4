"""Gender, age and context functions on tiny hand-made frames."""

import pandas as pd
import pytest

from hulplijnen.chapters.contexts import analysis as cx
from hulplijnen.chapters.gender_age import analysis as ga


def gender_frame(rows):
    return pd.DataFrame(rows, columns=["month", "gender", "contacts"]).astype({"contacts": "Int64"})


GENDER = gender_frame(
    [
        ("2030-01", "male", 2),
        ("2030-01", "female", 6),
        ("2030-01", "unknown", 1),
        ("2030-02", "male", 1),
        ("2030-02", "female", 3),
        ("2030-02", "unknown", 0),
    ]
)
CONTACTS = pd.DataFrame(
    {
        "month": ["2030-01", "2030-01", "2030-02", "2030-02"],
        "channel": ["phone", "chat"] * 2,
        "contacts": pd.array([7, 3, 4, 0], dtype="Int64"),
    }
)


def test_gender_year_counts_the_contacts_no_column_holds():
    year = ga.gender_year(GENDER, int(CONTACTS["contacts"].sum()))
    assert year.table_total == 13 and year.contacts == 14 and year.not_in_table == 1
    assert year.known == 12
    assert year.share_known_pct["female"] == pytest.approx(75.0)
    assert "unknown" not in year.share_known_pct
    assert year.share_all_pct["unknown"] == pytest.approx(100 / 13)


def test_gender_year_refuses_missing_cells():
    holed = GENDER.copy()
    holed.loc[0, "contacts"] = pd.NA
    with pytest.raises(ValueError):
        ga.gender_year(holed, 14)


def test_gender_by_month_shares_of_known():
    wide = ga.gender_by_month(GENDER).set_index("month")
    assert wide.loc["2030-01", "table_total"] == 9 and wide.loc["2030-01", "known"] == 8
    assert wide.loc["2030-01", "female_share_known_pct"] == pytest.approx(75.0)
    assert wide.loc["2030-02", "male_share_known_pct"] == pytest.approx(25.0)


def test_unrecorded_by_month():
    out = ga.unrecorded_by_month(GENDER, CONTACTS).set_index("month")
    assert out["not_recorded"].tolist() == [1, 0]
    holed = CONTACTS.copy()
    holed.loc[3, "contacts"] = pd.NA
    assert pd.isna(ga.unrecorded_by_month(GENDER, holed).set_index("month").loc["2030-02", "not_recorded"])


AGE_CLASSES = pd.DataFrame(
    {
        "age_class": ["kid", "adult", "unclear"],
        "label_nl": ["kind", "volwassen", "?"],
        "minor": pd.array([True, False, None], dtype="boolean"),
        "order": [1, 2, 3],
    }
)


def test_age_shares_and_minors():
    age = pd.DataFrame({"age_class": ["adult", "kid", "unclear"], "contacts": pd.array([6, 2, 2], dtype="Int64")})
    table = ga.age_shares(age, AGE_CLASSES)
    assert table["age_class"].tolist() == ["kid", "adult", "unclear"]
    assert table["share_pct"].tolist() == pytest.approx([20, 60, 20])
    assert table.loc[0, "share_known_pct"] == pytest.approx(25)
    assert pd.isna(table.loc[2, "share_known_pct"])
    assert ga.minors(age, AGE_CLASSES) == (2, pytest.approx(20), pytest.approx(25))


CONTEXTS = pd.DataFrame(
    {
        "context": ["sep", "nonsep", "wider", "school", "unknown", "blank"],
        "label_nl": list("abcdef"),
        "family": pd.array([True, True, True, False, None, None], dtype="boolean"),
        "nuclear_family": pd.array([True, True, False, False, None, None], dtype="boolean"),
        "known": pd.array([True, True, True, True, False, False], dtype="boolean"),
        "setting": ["nuclear_family", "nuclear_family", "wider_family", "school", "unknown", "blank"],
        "order": range(1, 7),
    }
)
VICTIMS = pd.DataFrame(
    {
        "context": ["sep", "nonsep", "wider", "school", "unknown", "blank"],
        "possible_victims": pd.array([30, 20, 10, 20, 15, 5], dtype="Int64"),
    }
)


def test_context_summary():
    s = cx.context_summary(VICTIMS, CONTEXTS)
    assert (s.total, s.known, s.not_known, s.family, s.nuclear_family, s.wider_family, s.outside_family) == (
        100,
        80,
        20,
        60,
        50,
        10,
        20,
    )
    assert s.family_known_pct == pytest.approx(75) and s.outside_family_known_pct == pytest.approx(25)
    assert s.nuclear_family_pct == pytest.approx(50) and s.nuclear_family_known_pct == pytest.approx(62.5)


def test_by_setting_and_context_shares():
    settings = cx.by_setting(VICTIMS, CONTEXTS).set_index("setting")
    assert settings.loc["nuclear_family", "possible_victims"] == 50
    assert settings.loc["school", "share_known_pct"] == pytest.approx(25)
    assert pd.isna(settings.loc["unknown", "share_known_pct"])
    shares = cx.context_shares(VICTIMS, CONTEXTS).set_index("context")
    assert shares.loc["sep", "share_pct"] == pytest.approx(30)
    assert shares.loc["sep", "share_known_pct"] == pytest.approx(37.5)


def test_contexts_refuse_missing_cells():
    holed = VICTIMS.copy()
    holed.loc[0, "possible_victims"] = pd.NA
    with pytest.raises(ValueError):
        cx.context_summary(holed, CONTEXTS)
