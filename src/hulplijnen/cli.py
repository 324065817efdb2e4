"""Command line: what `make` calls (python -m hulplijnen.cli report|notebooks|validate)."""

from __future__ import annotations

import sys

from .build import main

if __name__ == "__main__":
    sys.exit(main())
