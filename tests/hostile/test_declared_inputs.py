"""Only declared inputs (data/provenance.yml and the files it lists) are read and hashed; any other
file in data/, or a link out of it, is an error naming it (issue 25, item 3)."""

import os
import shutil

import pytest

from hulplijnen.config.paths import DATA
from hulplijnen.data import provenance
from hulplijnen.pipeline import validate


@pytest.fixture
def data(tmp_path, monkeypatch):
    copy = tmp_path / "data"
    shutil.copytree(DATA, copy)
    monkeypatch.setattr(validate, "DATA", copy)
    return copy


def rules(problems):
    return {(p.file, p.rule) for p in problems}


def test_the_copy_is_clean(data):
    assert validate.undeclared(set(_listed(data))) == []


def _listed(data):
    return [name.removeprefix("data/") for name in provenance.declared_inputs(data) if name != "data/provenance.yml"]


def test_a_stray_file_in_data_is_an_error_naming_it(data):
    (data / "1712" / "2020" / "notes.yml").write_text("secret: 1\n", encoding="utf-8")
    (data / "stray.csv").write_text("a\n1\n", encoding="utf-8")
    found = rules(validate.undeclared(set(_listed(data))))
    assert ("data/1712/2020/notes.yml", "undeclared_file") in found and ("data/stray.csv", "undeclared_file") in found


def test_a_link_out_of_data_is_an_error(data, tmp_path):
    secret = tmp_path / "secret.yml"
    secret.write_text("password: x\n", encoding="utf-8")
    os.symlink(secret, data / "codebooks" / "extra.yml")
    listed = _listed(data)
    target = data / listed[0]
    target.unlink()
    os.symlink(secret, target)  # a declared file that is a link out of data/
    found = rules(validate.undeclared(set(listed)))
    assert ("data/codebooks/extra.yml", "outside_data") in found and (f"data/{listed[0]}", "outside_data") in found


def test_build_json_hashes_only_declared_inputs(data):
    (data / "stray.yml").write_text("x: 1\n", encoding="utf-8")
    names = provenance.declared_inputs(data)
    assert "data/stray.yml" not in names and "data/provenance.yml" in names
    assert all(name.startswith("data/") and not os.path.isabs(name) for name in names)
