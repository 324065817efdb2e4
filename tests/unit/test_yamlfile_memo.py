"""yamlfile.load parses a file again only when its content changed (a preview reads params and provenance
on every save), and what it returns is the caller's own: changing it changes nothing for the next caller."""

from hulplijnen.config import yamlfile


def test_a_file_is_parsed_again_only_when_its_content_changed(tmp_path, monkeypatch):
    path = tmp_path / "p.yml"
    path.write_text("a: [1, 2]\n", encoding="utf-8")
    parsed = []
    real = yamlfile.yaml.load
    monkeypatch.setattr(yamlfile.yaml, "load", lambda *a, **k: parsed.append(1) or real(*a, **k))
    first, _ = yamlfile.load(path)
    first["a"].append(3)  # the caller's copy
    assert yamlfile.load(path) == ({"a": [1, 2]}, []) and len(parsed) == 1
    path.write_text("a: [1, 5]\n", encoding="utf-8")  # same size, new content: read again
    assert yamlfile.load(path) == ({"a": [1, 5]}, []) and len(parsed) == 2
    path.write_text("a: [1, &x 5]\n", encoding="utf-8")  # a problem is never remembered as a parse
    assert yamlfile.load(path)[0] is None and yamlfile.load(path)[1][0].rule == "yaml"
