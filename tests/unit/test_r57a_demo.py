"""r57 demo findings (r57a): the summary's lockdown bullet, the annex, the model's estimate and the tables' notes."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_r56d_demo import _summary  # noqa: E402


def test_the_summary_says_the_months_are_what_the_question_calls_the_first_lockdown():
    said = _summary().split("**Rekenvoorbeeld")[0]
    # failed before r57: '**Meer geregistreerde telefooncontacten tijdens de eerste lockdown (april–juni 2020): …'
    assert (
        "**Meer geregistreerde telefooncontacten in april–juni 2020**, de periode die schriftelijke vraag nummer 282"
        " „de eerste lockdown” noemt: gemiddeld 552 per maand" in said
    )
    assert "tijdens de eerste lockdown (april–juni 2020)" not in said


def test_the_patience_is_said_as_the_model_s_estimate():
    said = _summary().split("## Kerncijfers")[0]
    # failed before r57: 'hing de beller … binnen 83 seconden op als niemand opnam' (read as observed)
    assert (
        "zou de beller bij de helft van de belpogingen naar schatting binnen 83 seconden ophangen als niemand" in said
    )
    assert "hing de beller" not in said


def test_the_opening_says_how_far_the_counts_are_off_and_the_anonymous_share_of_contacts(provenance_text):
    anchors = {"rate_min": 40, "rate_max": 45, "first_month": "2020-09", "last_month": "2020-12"}
    anchors |= {"anonymous_min": 75, "anonymous_here": 80.0, "large": 50, "off_large_pct": 18, "off_small_pct": 43}
    said = provenance_text(anchors=anchors).replace("\u00a0", " ")
    # failed before r57: 'liggen tot 18 % naast de echte' and 'het aandeel anonieme bellers: … hier 80 %'
    # r64 (r64 demo #8): 'de getoonde aantallen boven 50' (shown or real?)
    assert "de getoonde aantallen boven 50 wijken tot 18 % af van de echte aantallen" in said
    assert "naast de echte" not in said and "het aandeel anonieme bellers" not in said
    assert "hier bleef de beller bij 80 % van de telefonische contacten anoniem" in said


def test_table_2_s_caption_says_the_contacts_without_a_channel_are_not_in_it():
    from hulplijnen.presentation import caption_text

    data = {"made_up": True, "left_out": 6, "source_total": 8059}
    said = caption_text.render("chapters/registration/captions.md", data).plain["tbl_export_channels"]
    # failed before r57: the table's total 8.053 stood under 'in totaal 8.059 contacten' without a word in its caption
    assert said.replace("\u00a0", " ") == (
        "Contacten per kanaal (overgenomen uit de gepubliceerde cijfers), zonder de 6 van de 8.059 contacten waarbij"
        " geen kanaal is geregistreerd"
    )
    real = caption_text.render("chapters/registration/captions.md", {"made_up": False, "left_out": 6}).plain
    assert real["tbl_export_channels"] == "Contacten per kanaal (registratie per contact)"


def test_a_group_of_x_s_only_says_one_of_them_is_a_larger_cell(registration_sections):
    hidden = [{"label": "cultuur", "total": 23, "rows": 3}]
    said = registration_sections(codes_hidden=7, synthetic=True, short_groups=[226, 23, 29], all_hidden=hidden)
    # failed before r57: 'cultuur, samen 23' over three x's, each '1 tot 4 contacten', without a word
    # r63 (r63 demo #9): said in the annex ('Bij hoofdstuk 1'), not under the table
    assert (
        "**Verborgen rijen per groep.** In @tbl-export-codes staan bij cultuur alle drie de rijen als x en staat alleen"
        " het totaal (23); dat is meer dan drie kleine aantallen samen kunnen zijn, dus minstens één van die x-cellen"
        " is een groter aantal dat mee verborgen is." in said["hidden_cells"]
    )
    assert "Bij cultuur" not in said["codes_sum"]
