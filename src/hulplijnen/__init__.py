"""Reproducible annual report for Flemish helplines (Hulplijn 1712, Tele-Onthaal, Stop it Now!).

The package's folders, in the order data flows through them (each imports only from those listed before it;
`make lint` holds that order with import-linter, see .importlinter):

- ``maths``: pure arithmetic several layers share (what a rounded figure allows, Erlang A queues);
- ``config``: the params, every path, the one exception family, strict YAML;
- ``data``: read, validate, correct and reconcile every table in data/;
- ``export``: contact-level exports: read, aggregate with DuckDB, disclosure control, synthetic exports;
- ``analysis``: pure functions on validated frames that several chapters share;
- ``facts``: figures.json, every number the report states, keyed by one registry;
- ``presentation``: number formatting, the charts' theme, alt texts, text templates, escaping;
- ``chapters``: one folder per chapter (its build, analysis, charts, text and methods);
- ``pipeline``: the build, from the command line down (plan, execute, assemble, render, publish).

`ls` lists them alphabetically; this list, the layers in .importlinter and docs/architecture.md give the flow.
"""

__version__ = "0.1.0"
