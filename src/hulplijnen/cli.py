"""Command line: what `make` calls (python -m hulplijnen.cli report|notebooks|validate)."""

from __future__ import annotations

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
