"""Pure functions on validated DataFrames: one module per chapter of the report."""
