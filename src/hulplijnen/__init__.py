"""Reproducible annual report for Flemish helplines (Hulplijn 1712, Tele-Onthaal, Stop it Now!)."""

__version__ = "0.1.0"
