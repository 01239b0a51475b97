"""Ofsted grades in tables laid out with pipes, as in Markdown or a pasted spreadsheet, or
given as comma-separated values (a dataset's CSV preview).

A table is read when its first row is a header (followed by a ``|---|`` rule, or holding no
grade) that says what its columns hold:

- the body graded: ``Council``, ``Local authority``, ``Trust`` (a place is its council);
- the inspection's ``Year`` (or ``Date``, ``Inspected``) and ``Framework`` (SIF, ILACS);
- an area (``Overall``, ``Leaders``, ``Help and protection``, ``Care leavers``...), or a grade
  of the overall judgement (``Grade``, ``Rating``, ``Latest grade``, ``Previous``); a column of
  earlier grades ("Previous", "Last") takes its year only from its own cells, as in
  ``RI (2019); inadequate (2015)``;
- the area of each row, in a ``Judgement`` or ``Area`` column ("Overall effectiveness"); a row
  whose area is none of Ofsted's (a safeguarding board's review) is left out;
- a year in a heading's brackets dates the whole table (``Judgement (2016)``);
- a column headed by a date holds that inspection's grades (``March 2022 (ILACS)``);
- a column headed by a council, by its place or name, holds its grades, each row's area named
  in the first column (``| | Kirklees | Calderdale |``);
- notes in words ("Adoption performance good; care leavers outstanding");
- an area given as a code the text explains elsewhere, as a data dictionary does
  (``HP`` with "HP help and protection", "CL = care leavers").

>>> rows = '''| Council | Latest grade | Year | Previous |
... |---|---|---|---|
... | Essex | Outstanding | 2019 | Good (2014) |'''
>>> [(j.body, j.area, j.grade, j.year) for j in find_tables(rows)]
[('Essex', 'ilacs-overall', 'outstanding', 2019), ('Essex', 'sif-overall', 'good', 2014)]
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from graph.extract.dates import MONTH_WORD
from graph.extract.judgements import AREAS, GRADE_RE, YEAR, Judgement, _by_date, _grade_id
from graph.extract.names import _COUNCIL_PLACE_NAMES

__all__ = ["find_tables"]

_RULE = re.compile(r"\s*:?-{2,}:?\s*")
_YEAR_COLUMN = re.compile(
    r"year|month|date|inspected|when|(?:date\s+of\s+)?inspection\s+date|published|"
    r"(?:publication|report)\s+date|date\s+(?:of\s+)?publi(?:shed|cation)",
    re.I,
)
# "Latest inspection": its grade, or (where its cells give none) its year
_LATEST_COLUMN = re.compile(r"(?:latest|last|most\s+recent)\s+inspection", re.I)
_FRAMEWORK_COLUMN = re.compile(r"framework|inspection(?:\s+type)?|type", re.I)
_BODY_COLUMN = re.compile(
    r"(?:council|local\s+authority|authority|la|trust|council\s*/\s*trust|provider|"
    r"body(?:\s+inspected)?|inspected\s+body)(?:\s+name)?",
    re.I,
)
_AREA_NAME_COLUMN = re.compile(
    r"(?:judgements?|judgments?|(?:judgement\s+)?areas?|headings?)(?:\s+(?:codes?|names?))?", re.I
)
_NOTES_COLUMN = re.compile(
    r"notes?|comments?|details?|(?:key\s+)?findings|"
    r"(?:area|other|sub-?)\s*(?:judgements?|judgments?|grades?)",
    re.I,
)
_GRADE_COLUMN = re.compile(
    r"\b(?:grades?|ratings?|rated|judgements?|judgments?|results?|outcomes?|ofsted|latest|"
    r"current|previous|last|earlier|overall)\b",
    re.I,
)
# A column of one inspection's grades, headed by its date: "March 2022 (ILACS)", "2017 (SIF)",
# "Nov 2023"
_DATE_COLUMN = re.compile(
    rf"(?:{MONTH_WORD}\.?\s+)?(?P<y>(?:19|20)\d{{2}})(?:\s*\(\s*(?P<f>[^()]{{2,40}})\s*\))?",
    re.I,
)
# A column headed by a council, by its place or its name: "| | Kirklees | Calderdale |"
_COUNCIL_NAME = re.compile(r"(?:[A-Z][\w'\u2019&-]*\s+){1,5}(?:(?:County|City|Borough)\s+)?Council")
_EARLIER = re.compile(r"\b(?:previous|last|earlier|before|prior|old)\b", re.I)
# A grade in a cell, with its own year: "Good (2014)", "inadequate in 2015"
_GRADE_ITEM = re.compile(
    GRADE_RE.pattern + r"(?:\s*\(\s*(?P<y>(?:19|20)\d{2})\s*\)|,?\s+in\s+(?P<y2>(?:19|20)\d{2}))?",
    re.I,
)

_OVERALL = ("sif-overall", "ilacs-overall")
# A label before a grade in a cell: "Care leavers: requires improvement", "(adoption: good"
_CELL_LABEL = re.compile(r"(?P<l>[A-Za-z][\w'\u2019 ,-]{2,60}?)\s*:\s*$")


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line ``text[start:end]``, as stripped spans."""
    line = text[start:end]
    bars = [i for i, c in enumerate(line) if c == "|"]
    edges = [-1, *bars, len(line)]
    cells = []
    for a, b in pairwise(edges):
        a += 1
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        cells.append((start + a, start + b))
    # a line that opens and closes with a bar: no cell before the first or after the last
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


# A comma-separated field: quoted (with "" for a quotation mark) or bare
_CSV_FIELD = re.compile(r'[ \t]*(?:"(?P<q>(?:[^"\n]|"")*)"|(?P<b>[^,"\n]*))[ \t]*(?:,|$)', re.M)


def _csv_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The fields of the comma-separated line ``text[start:end]``, as stripped spans."""
    cells = []
    pos = start
    while pos <= end:
        field = _CSV_FIELD.match(text, pos, end)
        if field is None:
            return []  # not a line of comma-separated values
        group = "q" if field.group("q") is not None else "b"
        a, b = field.span(group)
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append((a, b))
        if field.end() == pos or not field.group().rstrip().endswith(","):
            break
        pos = field.end()
    return cells


def _csv_blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of at least three consecutive lines with one number (three or more) of
    comma-separated fields and no pipes."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    width = 0
    pos = 0
    for line in [*text.split("\n"), ""]:
        start, end = pos, pos + len(line)
        pos = end + 1
        n = len(_csv_cells(text, start, end)) if "|" not in line and "," in line else 0
        if n >= 3 and n == width:
            current.append((start, end))
            continue
        if len(current) >= 3:
            blocks.append(current)
        current, width = ([(start, end)], n) if n >= 3 else ([], 0)
    return blocks


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of consecutive lines holding at least two cells."""
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.count("|") >= 1 and len(_cells(text, start, end)) >= 2:
            current.append((start, end))
            continue
        if len(current) >= 2:
            blocks.append(current)
        current = []
    if len(current) >= 2:
        blocks.append(current)
    return blocks


def _area_of(words: str) -> tuple[str | None, str | None] | None:
    """The SIF and ILACS areas the words name; both, where a row names each framework's
    ("Impact of leaders / Leadership, management and governance")."""
    found: tuple[str | None, str | None] | None = None
    for pattern, sif, ilacs in AREAS:
        if pattern.search(words):
            if found is None:
                found = (sif, ilacs)
            elif None in found:
                found = (found[0] or sif, found[1] or ilacs)
    return found


def _coded_area(text: str, code: str) -> tuple[str | None, str | None] | None:
    """The area a short code stands for, where the text explains it: "HP help and
    protection", "CL = care leavers", "LEAD \u2013 impact of leaders"."""
    if not re.fullmatch(r"[A-Z]{1,6}", code):
        return None
    for key in re.finditer(
        rf"\b{code}\b\s*(?:[=:\u2013\u2014-]\s*)?(?P<words>[^;,()\n]{{3,60}})", text
    ):
        area = _area_of(key.group("words"))
        if area is not None:
            return area
    return None


_PUBLISHED_YEAR = re.compile(r"\b(?:published|out|released)\s+(?:in\s+)?(?:[A-Z][a-z]+\s+)?$")


def _lead_in(text: str, start: int) -> tuple[int | None, str | None]:
    """The year and framework of the line before a table that leads in to it (ending in a
    colon), the inspection's year rather than its report's."""
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    if not line.endswith(":") or len(line) > 200:
        return None, None
    years = [
        int(m.group())
        for m in YEAR.finditer(line)
        if not _PUBLISHED_YEAR.search(line[max(0, m.start() - 30) : m.start()])
    ]
    return (years[0] if years else None), _framework_of(line)


def _framework_of(cell: str) -> str | None:
    if re.search(r"\bSIF\b|single\s+inspection", cell, re.I):
        return "sif"
    if re.search(r"\bILACS\b|local\s+authority\s+children", cell, re.I):
        return "ilacs"
    return None


def _judgement(area, grade, framework, year, row, cell, body, published) -> Judgement | None:
    sif, ilacs = area
    framework = framework or _by_date(year, published)
    if framework == "sif" and sif is None:
        framework = "ilacs"
    if framework == "ilacs" and ilacs is None:
        framework = "sif"
    chosen = sif if framework == "sif" else ilacs
    if chosen is None or (year is not None and year < 2013):
        return None
    return Judgement(chosen, grade, framework, row[0], row[1], cell[0], cell[1], year, body)


def find_tables(text: str, published: str | None = None) -> list[Judgement]:
    """The judgements in the pipe tables and comma-separated rows of ``text``; ``body`` is
    the row's body as written (a place or a name), or None where the table does not say."""
    out: list[Judgement] = []
    coded: dict[str, tuple[str | None, str | None] | None] = {}  # (area codes, as explained)
    blocks = [(b, _cells) for b in _blocks(text)] + [(b, _csv_cells) for b in _csv_blocks(text)]
    for block, cells_of in blocks:
        header = [text[a:b] for a, b in cells_of(text, *block[0])]
        rows = block[1:]
        if rows and all(_RULE.fullmatch(text[a:b]) for a, b in cells_of(text, *rows[0])):
            rows = rows[1:]
        elif any(GRADE_RE.search(h) for h in header):
            continue  # no header: a row of its own, read as words
        kinds: list[tuple[str, object]] = []
        # the line that leads in to the table: "Single inspection framework, inspection in
        # November 2016 (report published January 2017):"
        table_year, lead_framework = _lead_in(text, block[0][0])
        # (columns whose cells give no grade: "| Latest inspection |" over "| 2022 |")
        row_cells = [cells_of(text, *row) for row in rows]
        gradeless = [
            not any(GRADE_RE.search(text[a:b]) for cells in row_cells for a, b in cells[i : i + 1])
            for i in range(len(header))
        ]
        for h, no_grades in zip(header, gradeless, strict=True):
            name = " ".join(h.replace("_", " ").split())
            # "Judgement (2016)": the year of the whole table
            column = _DATE_COLUMN.fullmatch(name)
            if column and (not column.group("f") or _framework_of(column.group("f"))):
                overall = ("sif-overall", "ilacs-overall")
                framework = _framework_of(column.group("f") or "")
                kinds.append(("grade", (overall, False, int(column.group("y")), framework, None)))
                continue
            if name in _COUNCIL_PLACE_NAMES or _COUNCIL_NAME.fullmatch(name):
                # a council's column of grades, its rows' areas in the first column
                overall = ("sif-overall", "ilacs-overall")
                kinds.append(("grade", (overall, False, None, None, name)))
                continue
            if not name and not kinds:
                kinds.append(("area-name", None))  # "| | Kirklees |": the areas' column
                continue
            dated = re.search(r"\s*\(\s*((?:19|20)\d{2})\s*\)", name)
            if dated:
                table_year = int(dated.group(1))
                name = (name[: dated.start()] + name[dated.end() :]).strip()
            if _YEAR_COLUMN.fullmatch(name) or (no_grades and _LATEST_COLUMN.fullmatch(name)):
                kinds.append(("year", None))
            elif _FRAMEWORK_COLUMN.fullmatch(name):
                kinds.append(("framework", None))
            elif _BODY_COLUMN.fullmatch(name):
                kinds.append(("body", None))
            elif _AREA_NAME_COLUMN.fullmatch(name):
                kinds.append(("area-name", None))
            elif _NOTES_COLUMN.fullmatch(name):
                kinds.append(("notes", None))
            elif (area := _area_of(name)) is not None:
                kinds.append(("grade", (area, bool(_EARLIER.search(name)), None, None, None)))
            elif _GRADE_COLUMN.search(name):
                overall = ("sif-overall", "ilacs-overall")
                kinds.append(("grade", (overall, bool(_EARLIER.search(name)), None, None, None)))
            else:
                kinds.append(("other", None))
        if not any(kind == "grade" for kind, _ in kinds):
            # "| Council | Judgement |": the judgement column holds the grades
            named = [i for i, (kind, _) in enumerate(kinds) if kind == "area-name"]
            if not named:
                continue
            kinds[named[0]] = ("grade", (("sif-overall", "ilacs-overall"), False, None, None, None))
        block_from = len(out)
        for row, cells in zip(rows, row_cells, strict=True):
            values = {
                kind: (text[a:b], (a, b)) for (kind, _), (a, b) in zip(kinds, cells, strict=False)
            }
            year_cell = values.get("year", ("", None))[0] or values.get("framework", ("", None))[0]
            found_year = YEAR.search(year_cell)
            row_year = int(found_year.group()) if found_year else table_year
            framework = _framework_of(values.get("framework", ("", None))[0]) or (
                lead_framework if row_year == table_year else None
            )
            body = values.get("body", ("", None))[0].strip() or None
            area_name = values.get("area-name", ("", None))[0].strip()
            if area_name and area_name not in coded:
                coded[area_name] = _coded_area(text, area_name)
            row_area = _area_of(area_name) or coded.get(area_name)
            # (or the inspection column names an area, under its inspection's row: "| ILACS |
            # March 2023 | Good overall |" then "| – Help and protection | March 2023 | Good |")
            kind_cell = values.get("framework", ("", None))[0]
            if not area_name and kind_cell and not _framework_of(kind_cell):
                row_area = _area_of(kind_cell) or row_area
            if row_area is None and area_name:
                continue  # "Review of the Local Safeguarding Children Board": not an area
            for (kind, info), (a, b) in zip(kinds, cells, strict=False):
                if kind == "grade":
                    (area, earlier, column_year, column_framework, column_body) = info
                    if row_area is not None and area == _OVERALL:
                        area = row_area
                    after = a  # (where the words before the next grade start)
                    for item in _GRADE_ITEM.finditer(text, a, b):
                        # a cell of labelled grades: "Overall: good. Leaders: good. Care
                        # leavers: requires improvement": each label's area
                        label = _CELL_LABEL.search(text, after, item.start())
                        after = item.end()
                        labelled = _area_of(label.group("l")) if label else None
                        item_area = labelled if area == _OVERALL and labelled else area
                        own = item.group("y") or item.group("y2")
                        year = int(own) if own else column_year or (None if earlier else row_year)
                        found = _judgement(
                            item_area,
                            _grade_id(item.group("g").lower()),
                            column_framework or (framework if (year == row_year) else None),
                            year,
                            row,
                            (item.start(), item.end()),
                            column_body or body,
                            published,
                        )
                        if found is not None:
                            out.append(found)
                elif kind == "notes":
                    for piece in re.finditer(r"[^;]+", text[a:b]):
                        words = piece.group()
                        area = _area_of(words)
                        grade = GRADE_RE.search(words)
                        if area is None or grade is None:
                            continue
                        g0 = a + piece.start() + grade.start()
                        found = _judgement(
                            area,
                            _grade_id(grade.group("g").lower()),
                            framework,
                            row_year,
                            row,
                            (g0, g0 + len(grade.group())),
                            body,
                            published,
                        )
                        if found is not None:
                            out.append(found)
        out[block_from:] = _one_grade_for_care(out[block_from:])
    return out


def _one_grade_for_care(table: list[Judgement]) -> list[Judgement]:
    """Before 2023 children in care and care leavers had one grade between them. A table's
    care leavers grade of that time is that grade: given once where children in care have it
    for the same inspection ("Good* | Good*"), and theirs where the table gives them none for
    it (from 2018: "| 2022 | ... | Requires improvement* |" under "Care leavers")."""
    in_care = {(j.body, j.year, j.grade) for j in table if j.area == "ilacs-children-in-care"}
    visits = {(body, year) for body, year, _grade in in_care}
    out = []
    for j in table:
        if j.area == "ilacs-care-leavers" and j.year is not None and j.year < 2023:
            if (j.body, j.year, j.grade) in in_care:
                continue
            if j.year >= 2018 and (j.body, j.year) not in visits:
                j = replace(j, area="ilacs-children-in-care")
        out.append(j)
    return out
