"""Command line: what `make` calls (python -m hulplijnen.pipeline.cli report|notebooks|validate)."""

from __future__ import annotations

import atexit
import os
import signal
import sys

from ..config.errors import BuildError, InputError, QuartoNotFoundError, storage_problem
from . import grace
from .build import build


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="hulplijnen", description="Build the helplines report.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("report", "notebooks"):
        p = sub.add_parser(name)
        p.add_argument(
            "--release",
            "--year",
            dest="year",
            action="append",
            help="release to build, a params file's name (repeatable); default: every params/<release>.yml",
        )
        p.add_argument("--force", action="store_true", help="ignore the cache: execute every notebook and reassemble")
        p.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: number of cores)")
    sub.add_parser("validate")
    p = sub.add_parser("preview", help="one release's HTML, rebuilt on save, served on 127.0.0.1 with live reload")
    p.add_argument("--release", "--year", dest="year", required=True, help="the release to preview")
    p.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765; 0: any free port)")
    p.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: number of cores)")
    args = parser.parse_args(argv)
    _heard.clear()
    _command[:] = [args.command]
    grace.watch()
    previous = {signum: signal.signal(signum, _interrupt) for signum in STOPS.values()}  # SIGTERM as Ctrl-C
    try:
        if args.command == "validate":
            from .validate import main as validate_main

            return validate_main()
        if args.command == "preview":
            from .preview import main as preview_main

            return preview_main(args.year, args.port, args.jobs)
        build(args.year, render=args.command == "report", force=args.force, jobs=args.jobs)
        if _heard:  # a library swallowed the stop's KeyboardInterrupt: a stop heard is never a success
            raise KeyboardInterrupt(_heard[0])
    except BaseException as exc:
        # a stop, or what a library made of one (DuckDB turns it into RuntimeError('Query interrupted'))
        how = _heard[0] if _heard else "Ctrl-C" if isinstance(exc, KeyboardInterrupt) else None
        if how is not None:  # from here a further signal of the stop is only noted: it must not cut this short
            for signum in STOPS.values():
                signal.signal(signum, _noted)
        if how is not None:
            print(_stopped(how), file=sys.stderr)
            return 128 + STOPS[how]
        storage = storage_problem(exc)  # disk full, read-only or immutable: one line, not a traceback
        if storage is not None:
            print(f"error: {storage}", file=sys.stderr)
            return 1
        if not isinstance(exc, (InputError, BuildError)):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 3 if isinstance(exc, QuartoNotFoundError) else 1
    finally:
        grace.disarm()  # the cleanup after a stop returned in time
        for signum, handler in previous.items():
            # After a stop, a second signal of it may still be on its way (sent to the process group as the
            # preview or the build stops its children): heard, it must not turn the exit code into a death by
            # signal (-2), so it is only noted.
            signal.signal(signum, _noted if _heard else handler)
    return 0


STOPS = {"Ctrl-C": signal.SIGINT, "SIGTERM": signal.SIGTERM}
_heard: list[str] = []  # the stops this run heard, first first
_command: list[str] = []  # the command running (its stop line differs)


def _noted(signum, frame) -> None:  # noqa: ARG001
    _heard.append(next(name for name, number in STOPS.items() if number == signum))


def _interrupt(signum, frame) -> None:  # noqa: ARG001
    how = next(name for name, number in STOPS.items() if number == signum)
    _heard.append(how)
    grace.arm(_stopped(how), 128 + signum)  # the cleanup that follows ends in bounded time (grace.py)
    raise KeyboardInterrupt(how)


def _stopped(how: str) -> str:
    """The one line a stop ends with."""
    if _command == ["preview"]:
        return f"preview stopped ({how})"
    return (
        f"stopped ({how}): releases written before the stop are complete; every other release keeps its last good "
        "output"
    )


def _exit(code: int) -> None:
    """Leave with ``code``. After a stop, a late signal of it (sent to the process group as the build stops its
    children) may still come while Python shuts down, where Python puts the default handlers back and such a
    signal ends the process as a death by signal (-2) instead of 130 or 143; ignored signals stay ignored.
    And CPython remembers a KeyboardInterrupt that escaped any code it ran through its C API, even one this
    module then handled: at the very end of `python -m` it turns the exit into a death by SIGINT (-2). So after
    a stop the exit functions run and the output is flushed here, and the process ends with ``code`` itself."""
    if _heard:
        for signum in STOPS.values():
            signal.signal(signum, signal.SIG_IGN)
        atexit._run_exitfuncs()
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed or broken stream: nothing more can be said there
                pass
        os._exit(code)
    else:
        sys.exit(code)


if __name__ == "__main__":
    _exit(main())
