"""Presentation: number formatting (nl-BE), the charts' theme and the charts several chapters share, alt
text and contrast, the text templating (Jinja2), escaping, and showing text, tables and figures in a notebook."""
