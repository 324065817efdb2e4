"""`make preview`: the page is served on 127.0.0.1, reloads after a save with the change in it, and after a
bad edit keeps the last good page with the error above it (and in the terminal); a fixed edit clears it.
Runs the real command line in a copy of the repository whose notebook cache is seeded from the session's build.
(Ctrl-C and SIGTERM: tests/e2e/test_killed_build.py.)"""

import json
import re
import shutil
import signal
import subprocess
import time
import urllib.request

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(shutil.which("quarto") is None, reason="needs Quarto on PATH (../shared/quarto/install.sh)"),
]
RELEASE = "2021-tele-onthaal"
WAIT = 600  # seconds a build of the page may take on a loaded machine
ADDED = "Een zin die de analist net bewaarde."


def with_line(template: str, line: str) -> str:
    """The template with a line added at the start of its first section (text outside every section is an error)."""
    return re.sub(r"{% block \w+ %}\n", lambda m: m.group(0) + line + "\n", template, count=1)


def get(port: int, path: str) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
        return response.read().decode("utf-8")


def version(port: int) -> dict:
    return json.loads(get(port, "/__version"))


def next_version(port: int, before: str, preview: subprocess.Popen, log) -> dict:
    deadline = time.monotonic() + WAIT
    while (now := version(port))["version"] == before:
        assert preview.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
        time.sleep(0.2)
    return now


def test_the_page_follows_each_save_and_a_bad_edit_keeps_the_last_good_page(repository_copy, workspace, built):
    copy = repository_copy("repo")
    shutil.copytree(workspace.cache / "notebooks", copy / "_cache" / "notebooks")
    log = copy.parent / "preview.log"
    with log.open("wb") as out:
        preview = subprocess.Popen(
            repository_copy.command(copy, "preview", "--release", RELEASE, "--port", "0"),
            cwd=copy,
            env=repository_copy.environment(copy),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 60
        while not (found := re.search(r"at http://127\.0\.0\.1:(\d+)/", log.read_text())):
            assert preview.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.1)
        port = int(found.group(1))
        deadline = time.monotonic() + WAIT
        while "[preview] page updated" not in log.read_text():  # the first build
            assert preview.poll() is None and time.monotonic() < deadline, log.read_text()[-3000:]
            time.sleep(0.2)
        first = version(port)
        assert first["error"] is None
        page = get(port, "/")
        assert "/__version" in page and ADDED not in page

        template = copy / "src" / "hulplijnen" / "chapters" / "helplines" / "text.md"
        good = template.read_text(encoding="utf-8")
        template.write_text(with_line(good, ADDED), encoding="utf-8")
        saved = next_version(port, first["version"], preview, log)
        assert saved["error"] is None, saved["error"]
        page = get(port, "/")
        assert ADDED in page and 'id="preview-error"' not in page
        assert "helplines: to execute (src/hulplijnen/chapters/helplines/text.md changed)" in log.read_text()

        template.write_text(with_line(good, f"{ADDED}\n{{{{ niet_bestaand }}}}"), encoding="utf-8")
        bad = next_version(port, saved["version"], preview, log)
        assert "src/hulplijnen/chapters/helplines/text.md" in bad["error"] and "niet_bestaand" in bad["error"]
        page = get(port, "/")
        assert 'id="preview-error"' in page and "niet_bestaand" in page and ADDED in page  # the last good page
        assert "niet_bestaand" in log.read_text()  # and in the terminal

        template.write_text(good, encoding="utf-8")
        fixed = next_version(port, bad["version"], preview, log)
        assert fixed["error"] is None
        page = get(port, "/")
        assert ADDED not in page and 'id="preview-error"' not in page
    finally:
        preview.send_signal(signal.SIGINT)
        preview.wait(timeout=60)
