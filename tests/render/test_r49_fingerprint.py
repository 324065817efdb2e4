"""r49 (demo r49 #14): the annex's SHA-256 fingerprint broke on a phone (390 px) with a single character on its own
line and ran to the margin. Now it is monospace in two halves of 32: on a phone each half stays whole on its line
within the text column, and in the PDF both halves stand on one line."""

from __future__ import annotations

import json

import pytest

from hulplijnen.config.params import release_ids
from hulplijnen.pipeline import processing

from . import browse

pytestmark = pytest.mark.quarto
PHONE = 390

HALVES = """(() => {
  const column = document.querySelector('main p').getBoundingClientRect();
  return Array.from(document.querySelectorAll('main p code')).filter(c => /^[0-9a-f]{32}$/.test(c.textContent))
    .map(c => { const r = c.getBoundingClientRect(); return {text: c.textContent, lines: c.getClientRects().length,
      left: r.left, right: r.right, columnLeft: column.left, columnRight: column.right}; });
})()"""


@pytest.mark.parametrize("release", release_ids())
def test_the_fingerprints_halves_stay_whole_within_the_column_on_a_phone(browser, rendered, release):
    out = rendered[release]
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    digest = processing.inputs_digest(record["inputs"])
    halves = browse.evaluate(browser, out / "report.html", PHONE, HALVES)[0]
    assert [h["text"] for h in halves] == [digest[:32], digest[32:]], halves
    for half in halves:
        assert half["lines"] == 1 and half["right"] <= half["columnRight"] + 0.5, half


@pytest.mark.parametrize("release", release_ids())
def test_the_fingerprint_is_one_line_in_the_pdf(rendered, release):
    import subprocess

    out = rendered[release]
    record = json.loads((out / "build.json").read_text(encoding="utf-8"))
    digest = processing.inputs_digest(record["inputs"])
    said = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True).stdout
    assert any(digest[:32] in line and digest[32:] in line for line in said.splitlines()), release
