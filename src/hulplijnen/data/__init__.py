"""The data layer: read, validate, correct and reconcile every table in data/."""
