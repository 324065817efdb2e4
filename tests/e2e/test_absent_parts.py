"""A part a chapter shows nothing of in a release tells the reader why, where its chapter says so (issue 22)."""

import nbformat
from declared import not_shown  # tests/e2e/ is on the path as pytest runs its tests


def test_a_part_declared_not_shown_tells_the_reader_why_where_its_chapter_says_so(built):
    """Where a chapter's part names the section that says why it is missing (parts.Figure/Table ``absent``), a release
    that declares the part not shown has that section's sentence right after the part's empty cell, and a release
    that shows the part has no such sentence: the 2021 report has no monthly series to draw the campaigns over."""
    from hulplijnen import chapters
    from hulplijnen.presentation.parts import Text

    told = 0
    for release, out in built.items():
        declared = not_shown(out)
        for name in chapters.names():
            path = out / "notebooks" / f"{name}.ipynb"
            if not path.exists():
                continue
            cells = nbformat.read(path, as_version=4).cells
            for part in getattr(getattr(chapters, name), "SHOWN", ()):
                if isinstance(part, Text) or part.absent is None:
                    continue
                at = next(i for i, c in enumerate(cells) if f"#| label: {part.label}\n" in c.source)
                after = [o["data"].get("text/markdown", "") for o in cells[at + 1].get("outputs", [])]
                if part.label in declared:
                    assert cells[at].outputs == [] and after and after[0].strip(), (release, part.label)
                    told += 1
                else:
                    assert not any("alleen jaarcijfers" in a for a in after), (release, part.label)
    assert told >= 1  # the 2021 campaigns chapter
