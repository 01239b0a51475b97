"""Strict YAML reading: duplicate keys refused, YAML 1.2 types, a line number for every field.

Dates stay strings (validated later with their precision), so ``2017-02-30`` is reported as an
impossible date rather than crashing the parser, and ``NO``/``012`` are never silently retyped.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError
from ruamel.yaml.error import MarkedYAMLError

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


def read_yaml(path: Path, display: str | None = None) -> Located:
    """Read one YAML file strictly; raise :class:`InputError` naming file and line."""
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError([Problem(name, None, "", f"not UTF-8 text ({exc.reason})")]) from None
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
