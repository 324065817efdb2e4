"""The packages the notebooks run with (r50: a module of its own that imports nothing, so the up-to-date check
reads the notebook cache's key without loading pandas, tests/e2e/test_uptodate.py)."""

# every package the notebooks run with: the notebook cache's key (cache.py) and, with the program, build.json's
# "packages" (r49, demo r49 #13: one list, not two)
ENVIRONMENT_PACKAGES = [
    "pandas",
    "pandera",
    "numpy",
    "scipy",
    "statsmodels",
    "ciw",  # r49: the staffing simulation (chapters/capacity/analysis/simulate.py)
    "duckdb",
    "matplotlib",
    "seaborn",
    "babel",
    "pydantic",
    "papermill",
    "nbclient",
    "ipykernel",
    "nbformat",
]
