"""r57 (r57 TO #1, #2, #4, #6, #7, 2021 #1, #9): each test fails on the old text."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def read(rel: str) -> str:
    return (ROOT / rel).read_text(encoding="utf-8")


def test_the_summary_says_the_rise_of_the_other_conversations():
    """TO #4, 2021 #1: the chapter's rise beside the year before's estimate, not '(2020: naar schatting 80.300)'."""
    text = read("report/summary/_message_counts.md")
    # r59 (r58 TO #2): on a whole percent, 'ongeveer' (the Methods' rule for the summary)
    assert "o.growth | pct(0)" in text and "growth_said" in text


def test_the_methods_say_a_percentage_range_once():
    """TO #1: 'bij percentages twee afgeronde percentages' only where the text gives no middle."""
    text = read("report/methods.md")
    assert '", bij percentages twee afgeronde percentages" if not\nshare' in text


def test_a_disputed_website_difference_has_its_percentage():
    """TO #2: '36.460 minder¹' without the percentage the Methods ask for."""
    text = read("report/summary/_message_rest.md")
    assert '({{ "−" if x.fell else "+" }}{{ x.about | pct(1) }})¹' in text


def test_the_gap_heading_and_no_we():
    """TO #6, #7: 'bleef … zoals in 2020' said it twice; 'Wat we niet weten' spoke as 'we'."""
    assert "was, net als in {{ gp.year }}," in read("report/summary/_message_rest.md")
    chapter = read("src/hulplijnen/chapters/helplines/text.md")
    assert "**Wat niet bekend is.**" in chapter and "Wat we niet weten" not in chapter


def test_the_campaign_table_names_its_year():
    """2021 #9: 'Grotere campagnes van het jaar'."""
    text = read("src/hulplijnen/chapters/campaigns/captions.md")
    assert "Grotere campagnes in {{ year }}" in text and "van het jaar" not in text
