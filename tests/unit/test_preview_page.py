"""The preview's page asks the server whether a build ended since its version and gets the answer the moment
one does (no polling interval between the build and the reload); the script it carries asks that way."""

import threading
import time

from hulplijnen.pipeline.preview import Page


def test_a_page_waiting_for_the_next_build_hears_of_it_at_once(tmp_path):
    page = Page(tmp_path / "report.html")
    first, error = page.after()
    assert error is None and page.after(first, timeout=0.05) == (first, None)  # nothing new: the wait ends
    heard = []
    waiting = threading.Thread(target=lambda: heard.append((page.after(first, timeout=30), time.perf_counter())))
    waiting.start()
    time.sleep(0.2)
    built = time.perf_counter()
    page.built("a bad edit")
    waiting.join(timeout=5)
    (version, error), at = heard[0]
    assert version != first and error == "a bad edit" and at - built < 0.5
    assert page.after("an older version") == (version, "a bad edit")  # a page behind hears at once


def test_the_page_asks_for_the_version_after_its_own(tmp_path):
    (tmp_path / "report.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    body = Page(tmp_path / "report.html").body().decode()
    assert '"/__version?since=" + encodeURIComponent(version)' in body and "location.reload()" in body
