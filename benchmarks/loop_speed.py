"""The analyst's loop (issue 23), measured by build_speed.py in its copy of the repository:

* template edit: one chapter's template changed (a sentence added), then the whole ``make report``; judged
  against that chapter's notebooks (their analysis cells, summed) + the renders of the releases that have the
  chapter + 1 s;
* preview edit: ``make preview`` running (warm) for one release; a chapter's template saved; seconds until the
  page's version changes (the page is rebuilt and served); judged against that notebook's analysis + the
  release's HTML render + 0.5 s. The preview's own timeline of that save (its log line) is reported beside it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

RENDERED = re.compile(r"^\[(\S+)\] rendered in ([0-9.]+) s", re.M)
CHAPTER = "channels"  # a chapter that some releases have and others do not


def add_sentence(repo: Path, chapter: str, n: int) -> None:
    template = repo / "src" / "hulplijnen" / "chapters" / chapter / "text.md"
    added = f"Een toegevoegde zin ({n}).\n"  # in the first section: text outside every section is an error
    text = re.sub(r"{% block \w+ %}\n", lambda m: m.group(0) + added, template.read_text(encoding="utf-8"), count=1)
    assert added in text, f"{template} has no section to add a sentence to"
    template.write_text(text, encoding="utf-8")


def template_edit(repo: Path, chapters: dict, make: list[str], env: dict, timed, notebook_times) -> dict:
    """``make report`` after one chapter's template changed; the chapter's runs and renders it is judged by."""
    users = sorted(r for r, names in chapters.items() if CHAPTER in names)
    add_sentence(repo, CHAPTER, 1)
    seconds, log = timed(make, repo, env)
    times = notebook_times(repo)
    analysis = {r: round(times[(r, CHAPTER)][1], 2) for r in users}
    renders = {r: float(s) for r, s in RENDERED.findall(log)}
    executed = sorted(set(re.findall(r"^\[(\S+)\] (\w+): to execute", log, re.M)))
    return {
        "template_edit_s": round(seconds, 2),
        "template_edit_chapter": CHAPTER,
        "template_edit_runs": [f"{r}/{n}" for r, n in executed],
        "template_edit_analysis_s": analysis,
        "template_edit_renders_s": renders,
        "template_edit_budget_s": round(sum(analysis.values()) + sum(renders.values()) + 1.0, 2),
    }


def _version(port: int) -> dict:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/__version", timeout=30) as response:
        return json.loads(response.read())


def _wait(log: Path, text: str, process: subprocess.Popen, timeout: float = 900) -> re.Match:
    deadline = time.monotonic() + timeout
    while not (found := re.search(text, log.read_text(errors="replace"))):
        if process.poll() is not None or time.monotonic() > deadline:
            sys.exit(f"make preview did not get to {text!r}:\n{log.read_text()[-3000:]}")
        time.sleep(0.05)
    return found


def preview_edit(repo: Path, release: str, env: dict, notebook_times, edits: int = 2) -> dict:
    """Seconds from saving a chapter's template to the served page's new version, ``make preview`` running
    warm; the last of ``edits`` saves counts (the first warms what a first edit loads)."""
    log = repo.parent / "preview.log"
    command = [sys.executable, "-m", "hulplijnen.pipeline.cli", "preview", "--release", release, "--port", "0"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=repo, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        port = int(_wait(log, r"at http://127\.0\.0\.1:(\d+)/", process).group(1))
        _wait(log, r"\[preview\] page updated", process)
        for n in range(edits):
            before, mark = _version(port)["version"], len(log.read_text())
            add_sentence(repo, CHAPTER, 100 + n)
            started = time.perf_counter()
            while (now := _version(port))["version"] == before:
                time.sleep(0.02)
            seconds = time.perf_counter() - started
            if now["error"]:
                sys.exit(f"the preview's build failed: {now['error']}")
        said = log.read_text()[mark:]
    finally:
        process.terminate()
        process.wait(timeout=60)
    analysis = notebook_times(repo)[(release, CHAPTER)][1]
    render = float(RENDERED.search(said).group(2))
    phases = re.search(r"^\[preview\] timeline: (.*)$", said, re.M)  # where the time went, as the preview said
    return {
        "preview_edit_timeline": phases.group(1) if phases else None,
        "preview_edit_s": round(seconds, 2),
        "preview_edit_release": release,
        "preview_edit_analysis_s": round(analysis, 2),
        "preview_edit_render_html_s": round(render, 2),
        "preview_edit_budget_s": round(analysis + render + 0.5, 2),
    }


def report(figures: dict) -> None:
    if "template_edit_s" in figures:
        print(
            f"template edit ({figures['template_edit_chapter']}; runs {', '.join(figures['template_edit_runs'])}): "
            f"{figures['template_edit_s']:.2f} s; target <= {figures['template_edit_budget_s']:.2f} s "
            f"(analysis {figures['template_edit_analysis_s']}, renders {figures['template_edit_renders_s']}, + 1 s)"
        )
    if "preview_edit_s" in figures:
        print(
            f"preview edit ({figures['preview_edit_release']}, {CHAPTER}): save to new page "
            f"{figures['preview_edit_s']:.2f} s; target <= {figures['preview_edit_budget_s']:.2f} s "
            f"(analysis {figures['preview_edit_analysis_s']:.2f} s + HTML render "
            f"{figures['preview_edit_render_html_s']:.2f} s + 0.5 s)"
        )
        print(f"  the preview's timeline of that save: {figures.get('preview_edit_timeline')}")
