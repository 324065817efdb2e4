"""r34a (2020 #7, 2021 #3): in the PDF glossary "optie 0" ran on at the end of the "oproepen" definition ("…
meetelt. **optie 0**") and had no <dt> in the HTML: a definition ending in a conditional part lost its closing
newline, so the next term became a lazy continuation line. Every glossary term must start its own definition-list
item (a blank line, the bold term alone on its line, then its ':' definition), in every release's glossary."""

import re

import pytest

from hulplijnen.pipeline.glossary import glossary_markdown, glossary_terms

RELEASES = (["1712"], ["tele-onthaal"], ["1712", "tele-onthaal"])
CHAPTERS = (None, ["capacity"], ["reachability"])


CALL_LOGS = ("aangeboden oproepen", "belpogingen")  # a report of call logs: 'oproepen' is defined otherwise


def _every_form(call_logs: bool) -> str:
    chosen = [t for t in glossary_terms() if not t["annex"] and (call_logs or t["term"] not in CALL_LOGS)]
    return " ".join(form for t in chosen for form in t["forms"])


@pytest.mark.parametrize("call_logs", (True, False))
@pytest.mark.parametrize("chapters", CHAPTERS)
@pytest.mark.parametrize("helplines", RELEASES)
def test_every_term_starts_its_own_definition_list_item(helplines, chapters, call_logs):
    glossary = glossary_markdown(_every_form(call_logs), helplines, chapters).strip("\n")
    bold = re.findall(r"\*\*([^*\n]+)\*\*", glossary)
    items = re.findall(r"(?:\A|\n\n)\*\*([^*\n]+)\*\*\n: {3}\S", glossary)
    assert len(items) > 10
    assert items == bold, (helplines, chapters, [b for b in bold if b not in items])


def test_optie_0_after_oproepen_is_a_term_of_its_own():
    for helplines in (["1712"], ["1712", "tele-onthaal"]):
        glossary = glossary_markdown("oproepen optie 0 inkomende oproepen", helplines)
        assert "\n\n**optie 0**\n:   " in glossary
        assert ". **optie 0**" not in glossary and "meetelt.\n**optie 0**" not in glossary
