"""Command line: what `make` calls (python -m hulplijnen.cli report|notebooks|validate)."""

from __future__ import annotations

import signal
import sys

from .build import build
from .errors import BuildError, InputError, QuartoNotFoundError


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
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _interrupt)  # stopped as by Ctrl-C: kernels, renders and staging cleaned up
    try:
        if args.command == "validate":
            from .validate import main as validate_main

            return validate_main()
        build(args.year, render=args.command == "report", force=args.force, jobs=args.jobs)
    except QuartoNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3
    except (InputError, BuildError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        how = exc.args[0] if exc.args else "Ctrl-C"
        print(
            f"stopped ({how}): releases written before the stop are complete; every other release keeps "
            "its last good output",
            file=sys.stderr,
        )
        return 128 + (signal.SIGTERM if how == "SIGTERM" else signal.SIGINT)
    return 0


def _interrupt(signum, frame) -> None:  # noqa: ARG001
    raise KeyboardInterrupt(signal.Signals(signum).name)


if __name__ == "__main__":
    sys.exit(main())
