"""Contact-level exports of a helpline's registration system: format, reading and validation,
aggregation to tidy tables, and a seeded generator of synthetic exports.

Row-level data stays inside this package's functions: what leaves it is aggregated tables
(see ``aggregate``), which ``hulplijnen.export.disclosure`` protects before anything is published.
"""
