"""r38 (2020 r37 #8): without 'maar', the period's year and the answered share stood side by side
('in september–december 2020 40 tot 45 %'); the share is said 'tussen … en …' so no two numbers collide."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [ROOT / "src/hulplijnen/chapters/reachability/text.md", ROOT / "report/summary/_message_macros.md"]


def test_the_answered_share_is_said_between_two_bounds():
    for path in TEMPLATES:
        text = path.read_text(encoding="utf-8")
        assert re.search(r"tussen \{\{ [a-z.]*low \| number\(0\) \}\} en \{\{ [a-z.]*high \| pct\(0\) \}\}", text), path


def test_no_two_numbers_stand_side_by_side_in_the_reachability_sentences(reachability_built):
    """Fails on the r38a text 'kon 1712 in september–december 2020 40 tot 45 %' (chapter and summary)."""
    for year, (chapter, md) in reachability_built.items():
        for text in (chapter, md):
            plain = " ".join(str(text).replace("\xa0", " ").split())
            for sentence in re.findall(r"kon 1712 [^.]*? van de (?:inkomende )?oproepen beantwoorden", plain):
                assert not re.search(r"\d %? ?\d", sentence.replace("–", "-")), (year, sentence)
                assert "tussen " in sentence or " toen " in sentence, (year, sentence)
