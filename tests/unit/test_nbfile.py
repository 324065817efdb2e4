"""nbfile.read parses a notebook once per content: readers share the parse, a writer gets its own copy, and
what is written (or saved by anyone else) is read anew."""

import nbformat

from hulplijnen.config import nbfile


def test_a_notebook_is_parsed_once_per_content_and_a_writer_changes_only_its_copy(tmp_path):
    path = tmp_path / "a.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")]), path)
    shared = nbfile.read(path)
    assert nbfile.read(path) is shared  # unchanged: the same parse
    own = nbfile.read(path, own=True)
    own.cells[0].source = "x = 2"
    assert shared.cells[0].source == "x = 1"  # a writer's change reaches nobody before it is written
    nbfile.write(own, path)
    assert nbfile.read(path).cells[0].source == "x = 2"
    other = nbformat.read(path, as_version=4)
    other.cells[0].source = "x = 3"
    nbformat.write(other, path)  # saved by someone else: the bytes differ, so it is parsed again
    assert nbfile.read(path).cells[0].source == "x = 3"
