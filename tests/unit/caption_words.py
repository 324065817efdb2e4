"""r39: a part's caption names a block of its chapter's captions.md; tests that read a caption's words render it."""

from hulplijnen.presentation import caption_text

# what every chapter's caption template may name, in a release where nothing needs saying (a real export, no gaps)
QUIET = {
    "made_up": False,
    "anchored": None,
    "unpublished": [],
    "without_channel": 0,
    "two_panels": False,
    "counted": "",
    "years_also": "",
    "channels_of": [],
    "units": "",
    "base_year": "",
    "growth_then": "",
    "growth_now": "",
    "years_of": None,
}


def words(chapter: str, part, **data) -> str:
    """The caption of ``part`` (a Figure or Table of ``chapter``) as plain text, from ``data`` over QUIET."""
    return caption_text.plain(f"chapters/{chapter}/captions.md", part.caption, QUIET | data)
