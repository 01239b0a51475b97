"""Rendering result tables: an 80-column text table, spreadsheet-safe CSV, JSON, Markdown, TSV.

>>> print(render(Table(["a", "b"], [{"a": "1", "b": "=cmd()"}]), "csv"), end="")
a,b
1,'=cmd()
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import dataclass, field

import tabulate as tabulate_module
from tabulate import tabulate

__all__ = ["FORMATS", "Table", "render", "spreadsheet_safe"]

FORMATS = ["table", "csv", "json", "md"]
_RISKY = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Table:
    """Rows with stable keys (``columns``); every value is a string."""

    columns: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    title: str = ""


def spreadsheet_safe(value: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula: ``=1+1`` -> ``'=1+1``."""
    return "'" + value if value.startswith(_RISKY) else value


def _widths(table: Table, total: int) -> list[int]:
    """Natural widths, the widest column narrowed first until the table fits ``total``, but
    never below its longest word (up to 16 characters), so words are not cut."""
    cells = [[c, *(r.get(c, "") for r in table.rows)] for c in table.columns]
    widths = [max(len(line) for cell in column for line in cell.split("\n")) for column in cells]
    floors = [
        min(16, max((len(w) for cell in column for w in cell.split()), default=1))
        for column in cells
    ]
    available = total - (3 * len(widths) + 1)
    headers = [len(c) for c in table.columns]
    for floor in (floors, headers):  # cut words only when whole words cannot fit
        while sum(widths) > available:
            narrowable = [i for i in range(len(widths)) if widths[i] > floor[i]]
            if not narrowable:
                break
            widths[max(narrowable, key=lambda i: widths[i])] -= 1
    return widths


def _text_table(table: Table) -> str:
    if not table.rows:
        return "(no rows)\n"
    total = shutil.get_terminal_size((80, 24)).columns
    widths = _widths(table, max(total, 40))
    longest = [
        max((len(w) for r in table.rows for w in r.get(c, "").split()), default=1)
        for c in table.columns
    ]
    whole_words = all(w >= n for w, n in zip(widths, longest, strict=True))
    data = [[row.get(c, "") for c in table.columns] for row in table.rows]
    # tabulate pads headers by MIN_PADDING beyond the widths computed here: none, to fit.
    padding, tabulate_module.MIN_PADDING = tabulate_module.MIN_PADDING, 0
    try:
        text = tabulate(
            data,
            headers=table.columns,
            tablefmt="grid",
            maxcolwidths=widths,
            disable_numparse=True,
            break_long_words=not whole_words,
        )
    finally:
        tabulate_module.MIN_PADDING = padding
    return text + "\n"


def _markdown(table: Table) -> str:
    def cell(value: str) -> str:
        return " ".join(value.split()).replace("|", "\\|")

    head = "| " + " | ".join(table.columns) + " |"
    rule = "|" + "|".join("---" for _ in table.columns) + "|"
    body = ["| " + " | ".join(cell(r.get(c, "")) for c in table.columns) + " |" for r in table.rows]
    return "\n".join([head, rule, *body]) + "\n"


def _delimited(table: Table, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(table.columns)
    for row in table.rows:
        cells = [row.get(c, "") for c in table.columns]
        if delimiter == "\t":
            cells = [" ".join(c.split()) for c in cells]
        writer.writerow([spreadsheet_safe(c) for c in cells])
    return out.getvalue()


def render(table: Table, fmt: str) -> str:
    """``table`` as text in ``fmt``: table, csv, json, md or tsv."""
    if fmt == "table":
        return _text_table(table)
    if fmt == "csv":
        return _delimited(table, ",")
    if fmt == "tsv":
        return _delimited(table, "\t")
    if fmt == "json":
        rows = [{c: row.get(c, "") for c in table.columns} for row in table.rows]
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return _markdown(table)
    raise ValueError(f"unknown format {fmt!r}")
