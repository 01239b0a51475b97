"""Strict YAML reading: duplicate keys refused, YAML 1.2 types, a line number for every field.

Dates stay strings (validated later with their precision), so ``2017-02-30`` is reported as an
impossible date rather than crashing the parser, and ``NO``/``012`` are never silently retyped.

Two readers give the same result. The fast one reads the events of ruamel's C parser
(``ruamel.yaml.clib``), which carry their line numbers, and resolves plain scalars with
ruamel's own YAML 1.2 resolver; it handles plain documents (mappings with string keys, lists,
strings, numbers, booleans, nulls). Anything else (a duplicate key, an anchor or alias, a tag,
a directive, a second document, malformed YAML) goes to ruamel's round-trip loader, which
reads the file again and reports or handles it exactly as it always has.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.events import (
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from ruamel.yaml.nodes import ScalarNode

try:  # the C parser of ruamel.yaml.clib; without it every file takes the round-trip loader
    from ruamel.yaml.cyaml import CSafeLoader
except ImportError:  # pragma: no cover - depends on the platform's wheels
    CSafeLoader = None

from graph.problems import InputError, Problem

__all__ = ["Located", "field_path", "read_yaml"]

Path_ = tuple[str | int, ...]


class Located:
    """Plain Python data read from YAML, with the line of every mapping key and list item."""

    def __init__(self, data: Any, lines: dict[Path_, int], file: str):
        self.data = data
        self.lines = lines
        self.file = file

    def line(self, path: Path_) -> int | None:
        """The line of ``path``, or of its nearest located parent."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)


def field_path(path: Path_) -> str:
    """``("people", 3, "name")`` -> ``people[3].name``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    # Keep timestamps as text; dates are validated with their precision by the model.
    yaml.constructor.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
    )
    return yaml


def _plain(node: Any, path: Path_, lines: dict[Path_, int]) -> Any:
    if isinstance(node, CommentedMap):
        out = {}
        for key, value in node.items():
            sub = (*path, str(key))
            with contextlib.suppress(KeyError, TypeError, IndexError):
                lines[sub] = node.lc.key(key)[0] + 1
            out[str(key) if not isinstance(key, str) else key] = _plain(value, sub, lines)
        return out
    if isinstance(node, CommentedSeq):
        out_list = []
        for index, value in enumerate(node):
            sub = (*path, index)
            with contextlib.suppress(KeyError, TypeError, IndexError):
                lines[sub] = node.lc.item(index)[0] + 1
            out_list.append(_plain(value, sub, lines))
        return out_list
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    return node


_TAG = "tag:yaml.org,2002:"
_DIRECTIVE = re.compile(r"^%", re.MULTILINE)


class _Slow(Exception):
    """The fast reader does not handle this document; the round-trip loader will."""


def _fast_int(text: str) -> int:
    """A YAML 1.2 integer as ruamel's round-trip loader reads it (``012`` is 12)."""
    digits = text.replace("_", "")
    sign = -1 if digits[0] == "-" else 1
    digits = digits.lstrip("+-")
    for prefix, base in (("0b", 2), ("0x", 16), ("0o", 8)):
        if digits.startswith(prefix):
            return sign * int(digits[2:], base)
    return sign * int(digits)


def _fast_float(text: str) -> float:
    digits = text.replace("_", "").lower()
    sign = -1.0 if digits[0] == "-" else 1.0
    digits = digits.lstrip("+-")
    if digits == ".inf":
        return sign * float("inf")
    if digits == ".nan":
        return float("nan")
    return sign * float(digits)


def _fast_scalar(loader, event) -> Any:
    if event.anchor is not None or event.tag is not None:
        raise _Slow("anchor or tag")  # the round-trip loader keeps tagged scalars as such
    tag = str(loader.resolve(ScalarNode, event.value, event.implicit)).removeprefix(_TAG)
    if tag in ("str", "timestamp"):  # timestamps stay text, as in the round-trip loader
        return event.value
    if tag == "null":
        return None
    if tag == "bool":
        return event.value.lower() == "true"
    if tag == "int":
        return _fast_int(event.value)
    if tag == "float":
        return _fast_float(event.value)
    raise _Slow(tag)


def _fast_node(loader, event, path: Path_, lines: dict[Path_, int]) -> Any:
    """The value that starts with ``event``, read from the C parser's events."""
    if isinstance(event, ScalarEvent):
        return _fast_scalar(loader, event)
    if event.anchor is not None or event.tag is not None:
        raise _Slow("anchor or tag")
    if isinstance(event, MappingStartEvent):
        out: dict[str, Any] = {}
        while True:
            key_event = loader.get_event()
            if isinstance(key_event, MappingEndEvent):
                return out
            key = _fast_node(loader, key_event, path, {})
            if not isinstance(key_event, ScalarEvent) or not isinstance(key, str):
                raise _Slow("key")  # not a plain string key
            if key in out or key == "<<":
                raise _Slow("duplicate or merge key")  # the round-trip loader handles them
            sub = (*path, key)
            lines[sub] = key_event.start_mark.line + 1
            out[key] = _fast_node(loader, loader.get_event(), sub, lines)
    if isinstance(event, SequenceStartEvent):
        items: list[Any] = []
        while True:
            item = loader.get_event()
            if isinstance(item, SequenceEndEvent):
                return items
            sub = (*path, len(items))
            lines[sub] = item.start_mark.line + 1
            items.append(_fast_node(loader, item, sub, lines))
    raise _Slow(type(event).__name__)  # an alias


def _fast_load(text: str) -> tuple[Any, dict[Path_, int]] | None:
    """The data and line map through the C parser, or None when the document needs the
    round-trip loader (malformed YAML included: it reports the error)."""
    if CSafeLoader is None or _DIRECTIVE.search(text):
        return None
    lines: dict[Path_, int] = {(): 1}
    loader = CSafeLoader(text)
    try:
        if not isinstance(loader.get_event(), StreamStartEvent):
            return None
        start = loader.get_event()
        if not isinstance(start, DocumentStartEvent):
            return None  # an empty stream
        data = _fast_node(loader, loader.get_event(), (), lines)
        if not isinstance(loader.get_event(), DocumentEndEvent):
            return None
        if not isinstance(loader.get_event(), StreamEndEvent):
            return None  # a second document
        return data, lines
    except Exception:  # any problem: let the round-trip loader read and report it
        return None
    finally:
        loader.dispose()


def read_yaml(path: Path, display: str | None = None) -> Located:
    """Read one YAML file strictly; raise :class:`InputError` naming file and line."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError([Problem(name, None, "", f"not UTF-8 text ({exc.reason})")]) from None
    fast = _fast_load(text)
    if fast is not None:
        return Located(fast[0], fast[1], name)
    return _round_trip(text, name)


def _round_trip(text: str, name: str) -> Located:
    """Read with ruamel's round-trip loader: slow, but it reports every malformed input."""
    try:
        node = _yaml().load(text)
    except DuplicateKeyError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        key = str(exc.problem).split('"')[1] if '"' in str(exc.problem) else ""
        raise InputError([Problem(name, line, key, "duplicate key")]) from None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise InputError([Problem(name, line, "", f"malformed YAML: {exc.problem}")]) from None
    except Exception as exc:  # ruamel raises plain errors for some malformed input
        raise InputError([Problem(name, None, "", f"malformed YAML: {exc}")]) from None
    lines: dict[Path_, int] = {(): 1}
    return Located(_plain(node, (), lines), lines, name)
