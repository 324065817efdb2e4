"""Fact keys come from one registry (hulplijnen/keys.py): no module of the package spells a key by hand, as a
string or an f-string ("{helpline}.export.phone.offered", "quality.corrections", or a prefix such as
"{helpline}.export" to build keys from). `make lint` runs this file."""

import ast
import re

import pytest

from hulplijnen.config.paths import PACKAGE, relative_to_root
from hulplijnen.facts import keys

DOTTED = re.compile(r"^[a-z0-9_{}\-]+(\.[a-z0-9_{}\-]+)+$")


def _pieces(pattern: str) -> list[str]:
    """The literal words of a registry pattern: "{helpline}.export.phone.answer_{part}_pct" ->
    export, phone, answer_, _pct."""
    return [p for segment in pattern.split(".") for p in re.split(r"\{\w+\}", segment) if p]


ROOTS = {p.split(".")[0] for p in (s.pattern for s in keys.REGISTRY) if not p.startswith("{")}
WORDS = {w for spec in keys.REGISTRY for w in _pieces(spec.pattern)} - ROOTS


def _shape(node: ast.AST) -> str | None:
    """A string constant as it is; an f-string with "{}" for each value it formats."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    return None


def looks_like_a_key(shape: str) -> bool:
    """Dotted like a key and starting as one does: a formatted value (the helpline, or a key prefix) followed by
    a word of the registry ("{}.export.contacts", "{}.campaigns.{}"), or a root of the registry ("quality.x")."""
    if not DOTTED.match(shape):
        return False
    first, *rest = shape.split(".")
    if first in ROOTS:
        return True
    return first == "{}" and any(w in WORDS for segment in rest for w in re.split(r"\{\}", segment) if w)


def hand_spelled(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    inside_fstring = {id(v) for n in ast.walk(tree) if isinstance(n, ast.JoinedStr) for v in n.values}
    found = []
    for node in ast.walk(tree):
        shape = None if id(node) in inside_fstring else _shape(node)
        if shape is not None and looks_like_a_key(shape):
            found.append((node.lineno, shape))
    return found


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if p != PACKAGE / "facts" / "keys.py")


def test_no_module_spells_a_fact_key_by_hand():
    found = [
        f"{relative_to_root(p)}:{line}: {shape!r}"
        for p in MODULES
        for line, shape in hand_spelled(p.read_text(encoding="utf-8"))
    ]
    message = "fact keys spelled by hand; build them with a function of hulplijnen.facts.keys:\n"
    assert not found, message + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'facts.add(f"{helpline}.export.phone.offered", n, "count", src)',
        'facts.get(f"{h}.campaigns.count")',
        'phone = f"{helpline}.export.phone"',  # a prefix to build keys from
        'facts.get(f"{phone}.route.{route}.share_pct")',
        'facts.get("quality.corrections")',
        'key = f"comparison.{h}.index_{year - 2}.low"',
        'facts.get(f"{helpline}.gender.{year}.{k}.share_known_pct")',
    ],
)
def test_a_planted_key_is_found(source):
    assert hand_spelled(source)


@pytest.mark.parametrize(
    "source",
    [
        'name = f"{nb.stem}.html"',
        'rc = {"axes.spines.top": False}',
        'module = f"{package}.{m.name}"',
        'file = f"contacts.{fmt}"',
        'work = f"{target.name}.tmp-{os.getpid()}"',
        'key = keys.phone(helpline, "route", route, "share_pct")',
    ],
)
def test_what_is_not_a_key_is_not_found(source):
    assert not hand_spelled(source)


@pytest.mark.parametrize(
    ("key", "pattern"),
    [
        (keys.phone("1712", "route", "own_region", "share_pct"), "{helpline}.export.phone.route.{route}.share_pct"),
        (keys.staffing("1712", "need_80_hours"), "{helpline}.export.phone.staffing.need_{attempts}_hours"),
        (
            keys.export("1712", "group", "welfare", "chat", "share_pct"),
            "{helpline}.export.group.{group}.{channel}.share_pct",
        ),
        (keys.comparison("1712", 2019, "low"), "comparison.{helpline}.index_{year}.{bound}"),
        (
            keys.contact_person("1712", "victim", "share_pct", 2019, "high"),
            "{helpline}.contact_person.{role}.share_pct.{year}.{bound}",
        ),
        (keys.gender("1712", 2021, "female", "share_known_pct"), "{helpline}.gender.{year}.{category}.share_known_pct"),
        (keys.share_of("1712", "conversations", "calls"), "{helpline}.{measure}.share_of_{part}_pct"),
        (keys.quality("corrections"), "quality.{part}"),
        (keys.campaign("1712", "tv_spring", "effect_pct"), "{helpline}.campaign.{campaign}.{part}_pct"),
    ],
)
def test_the_key_functions_build_keys_of_their_pattern(key, pattern):
    assert keys.spec_of(key).pattern == pattern
