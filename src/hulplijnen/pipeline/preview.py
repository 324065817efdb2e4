"""`make preview YEAR=…`: one release's HTML, rebuilt on every save and served with live reload.

A long-lived process the analyst starts on purpose and stops with Ctrl-C (as ``quarto preview`` and
``jupyter lab``): it keeps the build's zygote (warm.py) between builds, so a notebook forked for an
edit finds pandas & co imported, and the zygote keeps a spare kernel forked and answering (zygote.py), so a
save pays no kernel start; it watches notebooks/, report/, src/, data/ and params/ (watchfiles)
and on each save runs the build of that release (what the change affects re-runs, by the cache's
chapter-grain dependencies; the rest comes from the cache), rendering the HTML only, into
``_cache/live/<release>/`` (never _output/). The page is served on 127.0.0.1 only; a small script in
it asks ``/__version`` whether a build ended since its version (the answer comes the moment one does) and
reloads. The log gives each save's timeline (timeline.py). A failed build keeps the last good page and
shows its error above it, and in the terminal. An edit of the package's code (src/**.py; not a
chapter's text.md beside it) restarts the process (exec): the
zygote's and this process's imported package are the edited code's. Ctrl-C or SIGTERM ends the
zygote, its kernels, Quarto and whatever a notebook left running (orphans.end_with_the_build).
"""

from __future__ import annotations

import html
import json
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from ..config import timeline
from ..config.paths import CACHE, DATA, NOTEBOOKS, PARAMS, REPORT_TEXT, ROOT, STAGING, relative_to_root
from .workspace import Workspace, log

LIVE = CACHE / "live"  # where the preview publishes its releases (a Workspace output)
WATCHED = (NOTEBOOKS, REPORT_TEXT, ROOT / "src", DATA, PARAMS)
HOST = "127.0.0.1"  # never reachable from another machine
WAIT_S = 25  # a page's question "has a build ended since my version?" is answered at once or within this
SCRIPT = """<script>(function () {{
  var version = {version};
  function ask() {{
    fetch("/__version?since=" + encodeURIComponent(version), {{cache: "no-store"}})
      .then(function (r) {{ return r.json(); }})
      .then(function (d) {{ if (d.version !== version) {{ location.reload(); }} else {{ ask(); }} }})
      .catch(function () {{ setTimeout(ask, 1000); }});
  }}
  ask();
}})();</script>"""
BANNER = (
    '<div id="preview-error" role="alert" style="position:sticky;top:0;z-index:9999;background:#fde8e8;'
    "color:#7a1010;border-bottom:3px solid #b42318;padding:1em;font:14px/1.4 monospace;white-space:pre-wrap;"
    'max-height:50vh;overflow:auto">'
    "<strong>Het laatste bouwen mislukte; hieronder de laatste goede versie.</strong>\n{error}</div>"
)
WAITING = '<!doctype html><html lang="nl"><meta charset="utf-8"><title>Voorbeeld</title><body>{body}</body></html>'


class Page:
    """What the server shows: the last good report of the release and the error of the last build, if any."""

    def __init__(self, report: Path):
        self.report = report
        self.port = 0  # set once the server listens
        self.error: str | None = None
        self._lock = threading.Condition()
        self._count = 0
        self._start = f"{os.getpid()}-{time.time_ns()}"  # a new process (an exec) is a new version

    @property
    def version(self) -> str:
        with self._lock:
            return f"{self._start}-{self._count}"

    def built(self, error: str | None) -> None:
        with self._lock:
            self.error = error
            self._count += 1
            self._lock.notify_all()

    def after(self, since: str | None = None, timeout: float = WAIT_S) -> tuple[str, str | None]:
        """The version and the last build's error, once the version is not ``since`` (a page waits for the
        next build: it reloads the moment the build ends, instead of asking every so often), or after
        ``timeout`` seconds; at once without ``since``."""
        with self._lock:
            if since is not None:
                self._lock.wait_for(lambda: f"{self._start}-{self._count}" != since, timeout)
            return f"{self._start}-{self._count}", self.error

    def body(self) -> bytes:
        with self._lock:
            error, version = self.error, f"{self._start}-{self._count}"
        script = SCRIPT.format(version=json.dumps(version).replace("<", "\\u003c"))
        banner = BANNER.format(error=html.escape(error)) if error else ""
        if self.report.is_file():
            page = self.report.read_text(encoding="utf-8")
        else:
            page = WAITING.format(body="<p>Het voorbeeld wordt gebouwd…</p>" if not error else "")
        head, tag, rest = page.partition("<body")
        if tag:
            opening, close, after = rest.partition(">")
            page = head + tag + opening + close + banner + after
        else:
            page = banner + page
        position = page.rfind("</body>")
        page = page[:position] + script + page[position:] if position >= 0 else page + script
        return page.encode("utf-8")


def server(page: Page, port: int) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path, _, query = self.path.partition("?")
            if path == "/__version":
                version, error = page.after(*parse_qs(query).get("since", [None])[:1])
                body = json.dumps({"version": version, "error": error}).encode()
                kind = "application/json"
            elif path in ("/", "/index.html", "/report.html"):
                body, kind = page.body(), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # the terminal is the build's log
            pass

    httpd = ThreadingHTTPServer((HOST, port), Handler)
    httpd.daemon_threads = True
    return httpd


def rebuild(release: str, zygote, page: Page, workspace: Workspace, jobs: int | None, saved=None) -> None:
    """One build of ``release`` (HTML only) on the warm zygote; the page shows the result; the log says where
    the time went from ``saved`` (the save, a time.perf_counter() value) to the page."""
    from ..config.errors import BuildError, InputError
    from . import build

    started = time.perf_counter()
    timeline.begin(started if saved is None else saved)
    if saved is not None:
        timeline.span("save", saved, started)  # until the watcher heard of it
    try:
        build.build([release], render=True, workspace=workspace, jobs=jobs, formats=("html",), zygote=zygote)
    except (BuildError, InputError) as exc:
        page.built(str(exc))
        log(f"[preview] build failed; the page keeps its last good version and shows the error:\n{exc}")
    else:
        page.built(None)
        log(f"[preview] page updated in {time.perf_counter() - started:.1f} s: http://{HOST}:{page.port}/")
    finally:
        log(f"[preview] timeline: {timeline.summary(*timeline.end())}")


def saved_at(paths: list[Path]) -> float:
    """When the latest of ``paths`` was saved (time.perf_counter()); now when none is left to ask."""
    latest = 0
    for path in paths:
        try:
            latest = max(latest, path.stat().st_mtime_ns)
        except OSError:  # deleted
            continue
    return timeline.since_modified(latest) if latest else time.perf_counter()


def _relevant(change, path: str) -> bool:  # noqa: ARG001 (watchfiles' filter signature)
    from watchfiles import DefaultFilter

    name = Path(path)
    return DefaultFilter()(change, path) and ".ipynb_checkpoints" not in name.parts and "_cache" not in name.parts


def main(release: str, port: int = 8765, jobs: int | None = None) -> int:
    from watchfiles import watch

    from ..config.paths import release_ids
    from . import deps, orphans
    from .zygote import Zygote

    if release not in release_ids():
        log(f"error: no params file for {release!r}; params files exist for: {', '.join(release_ids())}")
        return 1
    workspace = Workspace(output=LIVE, staging=STAGING, cache=CACHE)
    page = Page(workspace.release_output(release) / "report.html")
    httpd = server(page, port)
    page.port = httpd.server_address[1]
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    log(f"[preview] {release} at http://{HOST}:{page.port}/ (Ctrl-C stops the preview and all it started)")
    restart = False
    try:
        with orphans.end_with_the_build():
            zygote = Zygote(ROOT, jobs, deps.snapshot())
            zygote.prepare(1)  # a kernel answering for the next save, again as soon as a save's notebooks ran
            try:
                rebuild(release, zygote, page, workspace, jobs)
                for changes in watch(*WATCHED, watch_filter=_relevant, step=30, debounce=400):
                    saved = saved_at([Path(p) for _, p in changes])
                    names = sorted({relative_to_root(Path(p)) for _, p in changes})
                    log(f"[preview] changed: {', '.join(names[:5])}{' …' if len(names) > 5 else ''}")
                    if any(n.startswith("src/") and n.endswith(".py") for n in names):
                        restart = True  # the package itself changed: a new process imports the new code
                        break
                    rebuild(release, zygote, page, workspace, jobs, saved)
            finally:
                zygote.close()
    except KeyboardInterrupt:
        log("[preview] the zygote, its kernels and Quarto have ended")
        raise  # the command line says how it was stopped, and exits 130 (Ctrl-C) or 143 (SIGTERM)
    finally:
        httpd.shutdown()
        httpd.server_close()
    if restart:
        log("[preview] the package changed: restarting the preview")
        args = [sys.executable, "-m", "hulplijnen.pipeline.cli", "preview", "--year", release, "--port", str(page.port)]
        os.execv(sys.executable, args + (["--jobs", str(jobs)] if jobs else []))
    return 0
