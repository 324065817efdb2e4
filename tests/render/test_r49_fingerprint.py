"""r49 (demo r49 #14): the annex's SHA-256 fingerprint broke on a phone (390 px) with a single character on its own
line and ran to the margin. r50 (r49 #1): r49's two halves with a space between did not check when copied: now it
is ONE inline code string (code.fingerprint), whole in the HTML's text and in the PDF's; on a phone it may break
inside its box but stays within the column and the page does not scroll sideways; in the PDF it is on one line.
r50 (r49 #2, #3): it is build.json's "fingerprint", and in the HTML 'build.json' links to the file beside it
(the PDF has no such link: a relative link there points nowhere)."""

from __future__ import annotations

import json
import subprocess

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.pipeline import processing

from . import browse

pytestmark = pytest.mark.quarto
PHONE = 390

FINGERPRINT = """(() => {
  const column = document.querySelector('main p').getBoundingClientRect();
  return Array.from(document.querySelectorAll('main code.fingerprint')).map(c => {
    const r = c.getBoundingClientRect();
    return {text: c.textContent, right: r.right, columnRight: column.right};
  });
})()"""
PAGE = """(() => ({scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
  text: document.querySelector('main').innerText,
  links: Array.from(document.querySelectorAll('main a')).filter(a => a.textContent === 'build.json')
    .map(a => a.getAttribute('href'))}))()"""


def digest_of(out) -> str:
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    digest = processing.inputs_digest(record["inputs"])
    assert record[processing.FINGERPRINT_KEY] == digest  # r50 (r49 #2): build.json holds the annex's value
    return digest


@pytest.mark.parametrize("release", release_ids())
def test_the_fingerprint_is_one_string_within_the_column_on_a_phone(browser, rendered, release):
    out = rendered[release]
    digest = digest_of(out)
    codes, page = browse.evaluate(browser, out / "report.html", PHONE, FINGERPRINT, PAGE)
    assert [c["text"] for c in codes] == [digest], codes  # failed on r49's two halves
    assert codes[0]["right"] <= codes[0]["columnRight"] + 0.5, codes
    assert digest in page["text"] and page["scroll"] <= page["client"], (release, page["scroll"], page["client"])
    assert page["links"] == ["build.json"] and (out / "build.json").is_file(), page["links"]  # failed before r50


@pytest.mark.parametrize("release", release_ids())
def test_the_fingerprint_is_whole_on_one_line_in_the_pdf_and_build_json_no_link(rendered, release):
    out = rendered[release]
    digest = digest_of(out)
    said = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True).stdout
    assert any(digest in line for line in said.splitlines()), release  # failed on r49's halves (a space)
    import pikepdf

    with pikepdf.open(out / "report.pdf") as pdf:
        uris = [str(a.A.URI) for page in pdf.pages for a in page.get("/Annots") or [] if "/A" in a and "/URI" in a.A]
    assert not [u for u in uris if u.endswith("build.json")], uris
