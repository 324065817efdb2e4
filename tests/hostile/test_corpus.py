"""Hostile-input corpus: each payload gets the specific clean error or the safe outcome."""

import re
import shlex
import subprocess

import pytest

from hulplijnen.config.errors import BuildError
from hulplijnen.config.params import check_params
from hulplijnen.config.paths import ROOT
from hulplijnen.data.specs import CODE_PATTERN
from hulplijnen.pipeline import build, publish
from hulplijnen.presentation import escape

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{< include /etc/passwd >}}",
    "{{% pagebreak %}}",
    "a | b | c",
    "$x^2$",
    "`rm -rf /`",
    "**bold** _it_",
    "[link](javascript:alert(1))",
    "# heading",
    "line\nbreak",
    "&amp; &lt;",
    "\\`escaped\\`",
    "~~strike~~",
    "@citation",
    "{.class}",
    "<!-- comment -->",
    "</table>",
    "```\ncode\n```",
    "x\r\n| --- |",
    "{{< meta title >}}",
    "{{< var secret >}}",
    "<style>body{}</style>",
    "javascript:alert(1)",
    "$$\\int$$",
    "\\(x\\)",
    "<iframe src=//evil>",
    "![img](x.png)",
    "> quote",
    "* item",
]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("fn", [escape.md_cell, escape.md_text])
def test_markdown_escaping_leaves_no_markup(fn, payload):
    out = fn(payload)
    assert "<" not in out and ">" not in out and "\n" not in out
    assert "{{<" not in out and "{{%" not in out
    assert not re.search(r"(?<!\\)[|$`*_\[\]#@~^{}]", out), out


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_escaping(payload):
    out = escape.html(payload)
    assert "<" not in out and ">" not in out and '"' not in out


@pytest.mark.parametrize("payload", PAYLOADS)
def test_front_matter_is_yaml_and_has_no_shortcode(payload):
    import yaml

    block = escape.front_matter({"title": payload, "subtitle": payload})
    loaded = yaml.safe_load(block.strip().strip("-"))
    assert "{{<" not in block.replace("{{{<", "") and "{{%" not in block.replace("{{{%", "")
    assert loaded["title"] == escape.no_shortcodes(payload)
    assert yaml.safe_load(escape.yaml_scalar(payload)) == payload


PARAMS_OK = "year: 2020\nhelplines: ['1712']\n"
YAML_CASES = {
    "alias_bomb": (
        "a: &a ['x','x','x','x','x','x','x','x','x']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        "c: [*b,*b,*b,*b,*b,*b,*b,*b]\n",
        "yaml",
        "anchors",
    ),
    "alias_only": ("year: 2020\nx: *nothing\n", "yaml", "not valid YAML"),
    "anchor": ("year: &y 2020\n", "yaml", "anchors"),
    "duplicate_key": ("year: 2020\nyear: 2021\n", "yaml", "appears twice"),
    "duplicate_nested": ("year: 2020\nexport:\n  path: a\n  path: b\n", "yaml", "appears twice"),
    "python_tag": ("year: !!python/object/apply:os.system ['touch /tmp/pwned']\n", "yaml", "not valid YAML"),
    "impossible_date": ("year: 2020\npublication_date: 2021-02-30\n", "yaml", "not valid YAML"),
    "huge": ("year: 2020\n" + "#" * 300_000 + "\n", "too_large", "larger than"),
    "not_mapping": ("- 1\n- 2\n", "yaml", "mapping"),
    "tabs": ("year:\t2020\n\tx: 1\n", "yaml", "not valid YAML"),
    "unclosed": ("title: 'abc\n", "yaml", "not valid YAML"),
}


@pytest.mark.parametrize("case", sorted(YAML_CASES))
def test_hostile_params_yaml(case, tmp_path):
    text, rule, words = YAML_CASES[case]
    path = tmp_path / "2020.yml"
    path.write_text(text, encoding="utf-8")
    problems = check_params("2020", path)
    assert problems and problems[0].rule == rule and words in problems[0].message, problems
    if case in ("duplicate_key", "anchor"):
        assert problems[0].row is not None


@pytest.mark.parametrize("data", [b"year: 2020\ntitle: caf\xe9\n", b"\xff\xfeyear: 2020\n", b"year: 2020\n\x80\n"])
def test_params_not_utf8(data, tmp_path):
    path = tmp_path / "2020.yml"
    path.write_bytes(data)
    problems = check_params("2020", path)
    assert problems[0].rule == "encoding" and problems[0].row is not None


BAD_RELEASES = ["2020;touch /tmp/x", "../etc", "2020 && id", "$(id)", "`id`", "2020\nx", "A2020", "-rf", "", "x" * 100]


@pytest.mark.parametrize("name", BAD_RELEASES)
def test_release_names_are_validated(name, tmp_path):
    ws = build.Workspace(output=tmp_path / "o", staging=tmp_path / "s", cache=tmp_path / "c")
    with pytest.raises(BuildError, match="a release is the name of a params file|no params file"):
        build.build([name], render=False, workspace=ws)
    assert not (tmp_path / "x").exists()


MAKE_PAYLOADS = ["2020;touch {m}", "2020' ; touch {m} ; '", "$$(touch {m})", "`touch {m}`", '2020" && touch {m} "']


@pytest.mark.parametrize("payload", MAKE_PAYLOADS)
def test_make_passes_variables_quoted(payload, tmp_path):
    marker = tmp_path / "pwned"
    value = payload.format(m=marker)
    done = subprocess.run(["make", "-n", "notebooks", f"YEAR={value}"], cwd=ROOT, capture_output=True, text=True)
    line = [line for line in done.stdout.splitlines() if "hulplijnen.pipeline.cli notebooks" in line][-1]
    args = shlex.split(line)
    assert args[args.index("--year") + 1] == value.replace("$$", "$")  # make turns $$ into $
    assert not marker.exists()


@pytest.mark.parametrize(
    "code", ["x' THEN 'y' END, contact_id AS x --", "1100'", "a b", "A", "", "é", "a;b", "../x", "a" * 41, "_x", "x\n"]
)
def test_codes_must_match_the_strict_pattern(code):
    assert not re.fullmatch(CODE_PATTERN, code)


@pytest.mark.parametrize("code", ["1100", "victim_environment", "option_0", "minor_12_plus", "unknown"])
def test_real_codes_match(code):
    assert re.fullmatch(CODE_PATTERN, code)


STEPS = ["new folder", "moved figures.json", "moved tables", "old aside", "new in place"]


@pytest.mark.parametrize("kill_at", range(len(STEPS)))
def test_a_publish_killed_at_any_step_leaves_old_or_new(kill_at, tmp_path, monkeypatch):
    out, staged = tmp_path / "_output", tmp_path / "staged"
    (out / "r" / "tables").mkdir(parents=True)
    (out / "r" / "figures.json").write_text("old")
    (out / "r" / "tables" / "t.md").write_text("old")
    (staged / "tables").mkdir(parents=True)
    (staged / "figures.json").write_text("new")
    (staged / "tables" / "t.md").write_text("new")

    class Killed(BaseException):
        pass

    def step(name):
        if name == STEPS[kill_at]:
            raise Killed

    monkeypatch.setattr(publish, "step", step)
    monkeypatch.setattr(publish, "alive", lambda pid: False)  # the killed build is gone
    with pytest.raises(Killed):
        publish.publish(staged, out / "r", ["figures.json", "tables"])
    publish.recover(out)
    state = {(out / "r" / "figures.json").read_text(), (out / "r" / "tables" / "t.md").read_text()}
    assert state in ({"old"}, {"new"})
    assert sorted(p.name for p in out.iterdir()) == ["r"]


def test_stale_staging_and_export_temporaries_are_removed(tmp_path):
    staging, exports = tmp_path / "_staging", tmp_path / "exports"
    (staging / "build-999999999").mkdir(parents=True)
    (exports / "abc.tmp-999999999" / "source").mkdir(parents=True)
    (exports / "keep").mkdir()
    publish.clean_stale(staging, exports)
    assert not any(staging.iterdir()) and [p.name for p in exports.iterdir()] == ["keep"]


PARAMS_CASES = {
    "compare_years 2099": ("compare_years: [2099]\n", "compare_years must be earlier years"),
    "compare_years same": ("compare_years: [2020]\n", "compare_years must be earlier years"),
    "year 3000": ("year: 3000\n", "less than or equal to 2100"),
    "year negative": ("year: -1\n", "greater than or equal to 1990"),
    "min_cell_count 1": ("min_cell_count: 1\n", "greater than or equal to 2"),
    "min_cell_count huge": ("min_cell_count: 100000\n", "less than or equal to 50"),
    "unknown helpline": ("helplines: ['evil']\n", "unknown helpline"),
    "answer target as percent": ("answer_targets: [80, 90]\n", "less than 1"),
    "answer target as text": ("answer_targets: ['0.8']\n", "valid number"),
    "answer targets descending": ("answer_targets: [0.9, 0.8]\n", "ascending"),
    "answer target not whole percent": ("answer_targets: [0.805]\n", "whole percentages"),
    "answer targets empty": ("answer_targets: []\n", "at least 1"),
    "redial share above one": ("redial_share: 1.5\n", "less than or equal to 1"),
    "redial share as text": ("redial_share: 'half'\n", "valid number"),
}


@pytest.mark.parametrize("case", sorted(PARAMS_CASES))
def test_hostile_params_values(case, tmp_path):
    change, words = PARAMS_CASES[case]
    base = (ROOT / "params" / "2020.yml").read_text(encoding="utf-8")
    key = change.split(":")[0]
    lines = [line for line in base.splitlines() if not line.startswith(key + ":")]
    path = tmp_path / "2020.yml"
    path.write_text("\n".join(lines) + "\n" + change, encoding="utf-8")
    problems = check_params("2020", path)
    assert any(words in p.message for p in problems), problems


PROVENANCE = (ROOT / "data" / "provenance.yml").read_text(encoding="utf-8")
PROVENANCE_CASES = {
    "impossible date": (PROVENANCE.replace("date: 2022-01-24", "date: 2022-02-30"), "yaml", None),
    "extra key": (
        PROVENANCE.replace("    seed: 000_", "    evil: 1\n    seed: 000_", 1),
        "provenance_schema",
        "Extra inputs",
    ),
    "missing title": (PROVENANCE.replace('    title: "Vlaams', '    titel: "Vlaams', 1), "provenance_schema", "title"),
    "bad seed path": (
        PROVENANCE.replace("seed: 000_364c084f79176d1d.txt", "seed: ../../etc/passwd x"),
        "provenance_schema",
        "seed",
    ),
    "document with a quote": (
        PROVENANCE.replace(
            "{document: vr282, locator: \"table 'Aantal", '{document: "vr\'282", locator: "table \'Aantal', 1
        ),
        "provenance_schema",
        "document",
    ),
    "files a list": (PROVENANCE.replace("files:\n", "files:\n  - x\nold_files:\n", 1), None, None),
    "alias": (PROVENANCE.replace("documents:\n  vr282:", "documents:\n  vr282: &v", 1), "yaml", "anchors"),
    "duplicate file": (
        PROVENANCE.replace("files:\n", "files:\n  campaigns.csv: {document: vr282, locator: x}\n", 1),
        "yaml",
        "twice",
    ),
}


@pytest.mark.parametrize("case", sorted(PROVENANCE_CASES))
def test_hostile_provenance(case, tmp_path):
    from hulplijnen.data import provenance

    text, rule, words = PROVENANCE_CASES[case]
    path = tmp_path / "provenance.yml"
    path.write_text(text, encoding="utf-8")
    record, problems = provenance.load(path)
    assert record is None and problems
    assert rule is None or problems[0].rule == rule, problems
    assert words is None or any(words in (p.message + (p.column or "")) for p in problems), problems
    if rule == "provenance_schema":
        assert problems[0].row is not None
