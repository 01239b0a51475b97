"""The fast YAML reader (C parser) gives exactly what the round-trip reader gives: the same
data and the same line for every field, or it hands the document to the round-trip reader."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph.problems import InputError
from graph.yamlio import _fast_load, _round_trip, read_yaml
from tests.conftest import ROOT

# Plain scalars that YAML 1.1 and 1.2 read differently, numbers in every form, dates.
TRICKY = [
    "NO", "yes", "on", "off", "y", "true", "False", "TRUE", "null", "Null", "~", "",
    "012", "0o12", "0x1F", "0b101", "1_000", "-7", "+3", "0", "00", "1e3", "1.5e-3", ".5",
    "+.inf", "-.Inf", ".NaN", "3.", "2017-02-30", "2018-02", "2018", "2018-01-29T10:00:00",
    "12:30", "1:20:30", "a: b", "- x", "#x", "plain words", "Cllr Whyte", "=HYPERLINK()",
]  # fmt: skip


def same(a, b) -> bool:
    """Equal data, NaN equal to NaN, and the same types (1 is not True)."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def check(text: str) -> bool:
    """Both readers agree on ``text``; returns whether the fast one took it."""
    fast = _fast_load(text)
    try:
        slow = _round_trip(text, "doc.yaml")
    except InputError:
        assert fast is None, text  # what the round-trip reader refuses, the fast one leaves
        return False
    if fast is None:
        return False
    assert same(fast[0], slow.data), text
    assert fast[1] == slow.lines, text
    return True


def test_every_data_file_reads_the_same_and_fast() -> None:
    files = sorted((ROOT / "data").rglob("*.yaml"))
    assert files
    for path in files:
        assert check(path.read_text(encoding="utf-8")), path


@pytest.mark.parametrize("scalar", TRICKY)
def test_tricky_plain_scalars(scalar: str) -> None:
    check(f"key: {scalar}\nlist:\n  - {scalar}\n  - [{scalar}, x]\n")


KEYS = st.sampled_from(["id", "name", "kind", "evidence", "date", "a", "b-c", "x_y", "NO", "1"])
SCALARS = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12),
)


def _scalar(draw_text: str, style: str) -> str:
    if style == "double":
        return '"' + draw_text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if style == "single":
        return "'" + draw_text.replace("'", "''") + "'"
    return draw_text


@st.composite
def documents(draw, depth: int = 0) -> str:
    """A YAML mapping in block style, with flow lists, quoted and plain scalars, comments."""
    lines = []
    indent = "  " * depth
    for key in draw(st.lists(KEYS, min_size=1, max_size=4)):
        kind = draw(
            st.sampled_from(["scalar", "flow", "block", "map"] if depth < 2 else ["scalar"])
        )
        if draw(st.booleans()):
            lines.append(f"{indent}# a comment")
        if kind == "scalar":
            value = _scalar(draw(SCALARS), draw(st.sampled_from(["plain", "double", "single"])))
            lines.append(f"{indent}{key}: {value}")
        elif kind == "flow":
            items = draw(st.lists(st.sampled_from(TRICKY[12:40]), max_size=3))
            lines.append(f"{indent}{key}: [{', '.join(items)}]")
        elif kind == "block":
            lines.append(f"{indent}{key}:")
            for item in draw(st.lists(SCALARS, min_size=1, max_size=3)):
                lines.append(
                    f"{indent}  - {_scalar(item, draw(st.sampled_from(['double', 'plain'])))}"
                )
        else:
            lines.append(f"{indent}{key}:")
            lines.append(draw(documents(depth + 1)))
    return "\n".join(lines) + "\n"


@settings(max_examples=300, deadline=None)
@given(documents())
def test_generated_documents_read_the_same(text: str) -> None:
    check(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\na: 2\n",  # duplicate key
        "a: &x [1]\nb: *x\n",  # alias
        "a: !custom 012\n",  # a tag of no known type
        "%YAML 1.1\n---\na: NO\n",  # directive: YAML 1.1 rules
        "a: [1, 2\n",  # malformed
        "<<: {a: 1}\nb: 2\n",  # merge key
        "? [a]\n: b\n",  # complex key
        "1: a\n",  # number key
        "a: 1\n---\nb: 2\n",  # two documents
    ],
)
def test_what_only_the_round_trip_reader_handles_goes_to_it(text: str) -> None:
    assert _fast_load(text) is None
    check(text)


@pytest.mark.parametrize("text", ["a: !!str 012\n", "a: !!int '12'\n", "a: !!float 1\n"])
def test_standard_tags_read_the_same(text: str) -> None:
    check(text)


def test_errors_still_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("people:\n  - id: a\n    id: b\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_yaml(path, "data/entities.yaml")
    assert str(caught.value) == "data/entities.yaml:3: id: duplicate key"
