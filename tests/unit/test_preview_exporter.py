"""The notebooks' HTML pages come from one nbconvert exporter per process (its templates compiled once, not on
every build of `make preview`): a page made after others is byte for byte the page a new exporter makes."""

import nbformat

from hulplijnen.pipeline import notebook_pages


def staged(folder, name: str, text: str):
    (folder / "notebooks").mkdir(parents=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(text, id="tekst")])
    nbformat.write(nb, folder / "notebooks" / f"{name}.ipynb")
    return folder


def test_a_page_made_by_the_shared_exporter_is_the_page_a_new_one_makes(tmp_path):
    notebook_pages._preview_exporter.cache_clear()
    notebook_pages.write_previews(staged(tmp_path / "first" / "2021", "a", "Eerste notebook"))
    after = staged(tmp_path / "second" / "2021", "b", "Tweede notebook")
    notebook_pages.write_previews(after)
    shared = (after / "preview" / "b.html").read_bytes()
    assert notebook_pages._preview_exporter.cache_info().currsize == 1  # one exporter served both
    notebook_pages._preview_exporter.cache_clear()
    alone = staged(tmp_path / "alone" / "2021", "b", "Tweede notebook")  # the same release
    notebook_pages.write_previews(alone)
    assert (alone / "preview" / "b.html").read_bytes() == shared
    assert b"Eerste notebook" not in shared
