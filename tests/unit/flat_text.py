"""Text as a reader reads it, for the tests that compare wording (tests/unit/ is on the path as pytest runs them)."""


def flat(md: str) -> str:
    """``md`` on one line, every run of white space (a no-break space too) one space."""
    return " ".join(str(md).replace("\xa0", " ").split())
