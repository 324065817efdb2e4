"""r61 second pass (r61 demo findings): made-up shares labelled, the annex's arithmetic, captions and labels."""

from __future__ import annotations

from hulplijnen.chapters import capacity
from hulplijnen.presentation import caption_text


def test_table_six_marks_the_share_made_up_in_header_and_caption():
    # r61 (r61 demo #1): only 'Belpogingen (verzonnen)' said so; '% beantwoord' 36,1 % in April read as a real rate
    assert capacity.SYNTHETIC_COLUMNS["% beantwoord"] == "% beantwoord (verzonnen)"
    said = caption_text.plain("chapters/capacity/captions.md", "tbl_export_answer_rate", {"made_up": True, "anchored": None})
    assert said.endswith("Omdat de belpogingen verzonnen zijn, is ook het aandeel beantwoord verzonnen.")
    real = caption_text.plain("chapters/capacity/captions.md", "tbl_export_answer_rate", {"made_up": False, "anchored": None})
    assert "verzonnen" not in real


def test_the_annex_says_how_often_a_caller_was_answered_computed(registration_methods):
    # r61 (r61 demo #2): 'een deel van de bellers' understated 0,40 × 3 to 0,45 × 4; computed, not written in
    from test_demo_r31d import VALUES

    said = registration_methods("demo", VALUES).replace("\u00a0", " ")
    assert "alleen als een beller gemiddeld 1,2 tot 1,8 keer beantwoord werd (0,40 × 3 tot 0,45 × 4), dus vaak" in said
    assert "een deel van de bellers" not in said
    other = VALUES | {"1712.export.calibration_answer_min_pct": 50, "1712.export.calibration_answer_max_pct": 60}
    assert "gemiddeld 1,5 tot 2,4 keer beantwoord werd (0,50 × 3 tot 0,60 × 4)" in registration_methods("demo", other)
