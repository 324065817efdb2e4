"""Round r63: the wording fixes of the r62 readers' findings (/work/review/r62), each pinned on its new text."""

from __future__ import annotations

from hulplijnen.presentation import caption_text


def test_r62_2020_7_the_age_table_counts_contacts_not_persons():
    said = caption_text.plain("chapters/gender_age/captions.md", "tbl_age_classes", {})
    assert said == (
        "Contacten naar leeftijdsklasse van de contactnemer (aandeel van alle contacten en van de contacten met een "
        "bekende leeftijd)"
    )
    assert "van wie" not in said
