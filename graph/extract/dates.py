"""Dates as British news and council papers write them, resolved against the article's date.

>>> [d.value for d in find_dates("On 20 Feb 18, and again on 29 January.", "2018-02-20")]
['2018-02-20', '2018-01-29']

Forms: "20 February 2018", "20 Feb 18", "20/02/2018", "2018-02-20", "29 January" (the year
from the article's date: the nearest such day), "November 2016", "in January" (month of the
nearest year), "the end of 2021", "early 2019", "2014", "today"/"yesterday".
A text given without its date is dated by its masthead, where it has one (``masthead_date``).
Values are ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``: the precision the text gives. A date whose
year comes from the article's date has ``basis`` ``inferred`` and a ``note``; without an
article date it has no ``value``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["MONTH_NAME", "MONTH_WORD", "DateMention", "find_dates", "masthead_date"]

# A month's name written in full: "September"
MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# A month's name, in full or short: "November", "Nov", "Sept"
MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH = rf"(?P<month>{MONTH_WORD})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2}|'?\d{2})"
PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+(?P<year>(?:19|20)\d{{2}})\b")),
    (
        "numeric",
        re.compile(r"\b(?P<day>[0-3]?\d)/(?P<mnum>[01]?\d)/(?P<year>(?:19|20)?\d{2})\b"),
    ),
    (
        "part",
        re.compile(
            r"\b(?P<part>(?:the\s+)?(?:end|start|beginning|middle|close|turn|spring|summer|"
            r"autumn|winter)\s+of|early|late|mid-?)\s*(?P<year>(?:19|20)\d{2})\b",
            re.I,
        ),
    ),
    ("my", re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b")),
    (
        "month",
        re.compile(
            rf"\b(?:in|since|from|until|till|by|during|last|this|next|early|late|mid-?|end\s+of)"
            rf"\s+{_MONTH}(?!\s+\d)\b"
        ),
    ),
    ("year", re.compile(r"(?<![\d,.£$-])\b(?P<year>(?:19[5-9]|20[0-4])\d)\b(?![\d,%]|\.\d)")),
    ("relative", re.compile(r"\b(?P<rel>today|yesterday)\b", re.I)),
]


@dataclass
class DateMention:
    """A date in the text: what it says, where, and the date it means."""

    text: str
    start: int
    end: int
    value: str | None
    basis: str  # stated | inferred
    qualifier: str | None = None  # "end", "early"... for "the end of 2021"
    note: str | None = None


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _year(raw: str) -> int:
    raw = raw.lstrip("'")
    if len(raw) == 2:
        return 2000 + int(raw) if int(raw) < 70 else 1900 + int(raw)
    return int(raw)


def _published(published: str | None) -> date | None:
    if not published or published == "unknown":
        return None
    parts = [int(p) for p in published.split("-")]
    if len(parts) == 1:
        return None
    return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 15)


def _published_year(published: str | None) -> int | None:
    if not published or published == "unknown":
        return None
    return int(published[:4])


def _nearest(month: int, day: int | None, around: date) -> date | None:
    best = None
    for year in (around.year - 1, around.year, around.year + 1):
        try:
            candidate = date(year, month, day or 15)
        except ValueError:
            continue
        if best is None or abs(candidate - around) < abs(best - around):
            best = candidate
    return best


def find_dates(text: str, published: str | None = None) -> list[DateMention]:
    """Every date in ``text``, in order, with its value resolved where possible."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    around = _published(published)
    pub_year = _published_year(published)
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            a, b = match.span()
            if any(not (b <= x or a >= y) for x, y in taken):
                continue
            mention = _resolve(kind, match, around, pub_year, published)
            if mention is None:
                continue
            taken.append((a, b))
            out.append(mention)
    return sorted(out, key=lambda d: d.start)


def _resolve(kind, match, around, pub_year, published) -> DateMention | None:
    groups = match.groupdict()
    raw = match.group(0)
    a, b = match.span()
    try:
        if kind == "relative":
            if published is None or published == "unknown" or published.count("-") < 2:
                return DateMention(raw, a, b, None, "inferred", note="needs the article's date")
            day = date.fromisoformat(published)
            if match.group("rel").lower() == "yesterday":
                day -= timedelta(days=1)
            note = f"{raw} in an article dated {published}"
            return DateMention(raw, a, b, day.isoformat(), "inferred", note=note)
        month = int(groups["mnum"]) if groups.get("mnum") else None
        if groups.get("month"):
            month = _month(groups["month"])
        day = int(groups["day"]) if groups.get("day") else None
        year = _year(groups["year"]) if groups.get("year") else None
        if kind == "part":
            part = re.sub(r"^the\s+|\s+of$|-$", "", groups["part"].lower().strip())
            return DateMention(raw, a, b, str(year), "stated", qualifier=part)
        if kind == "year":
            return DateMention(raw, a, b, str(year), "stated")
        if month is not None and not 1 <= month <= 12:
            return None
        if year is not None:
            if day is not None:
                value = date(year, month, day).isoformat()
            else:
                value = f"{year:04d}-{month:02d}"
            return DateMention(raw, a, b, value, "stated")
        # No year: the nearest such day or month to the article's date.
        if kind == "month":
            raw_month = match.group(0)
            a = match.start("month")
            raw = match.group(0)[a - match.start() :]
            del raw_month
        if around is None:
            if pub_year is not None:
                value = f"{pub_year}-{month:02d}" + (f"-{day:02d}" if day else "")
                date.fromisoformat(value if day else value + "-01")
                note = f"year taken from the article's year {pub_year}"
                return DateMention(raw, a, b, value, "inferred", note=note)
            return DateMention(raw, a, b, None, "inferred", note="needs the article's date")
        nearest = _nearest(month, day, around)
        if nearest is None:
            return None
        value = nearest.isoformat() if day else f"{nearest.year}-{month:02d}"
        note = f"year from the article's date {published} (the nearest such date)"
        return DateMention(raw, a, b, value, "inferred", note=note)
    except ValueError:
        return None


# What stands before a masthead's date on its line: nothing, a separator, a season, a label
# ("The magazine for Tameside residents | Winter 2023", "Issue 37 \u00b7 Summer 2022",
# "Inspection dates: 5 to 16 June 2023"); not a headline's "rated inadequate in 2016"
_MASTHEAD_LEAD = re.compile(
    r"(?:^|[|\u00b7:\u2013\u2014,]|\b(?:spring|summer|autumn|winter|term|published|updated|"
    r"posted|issue\s+\d+|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\s*(?:\d{1,2}\s+to\s+)?$",
    re.I,
)


def masthead_date(text: str) -> str | None:
    """The date at the head of a text, on a line of its own or after a separator, within its
    first six lines: a magazine's issue, a report's dates, a dateline.

    >>> masthead_date("The magazine for Barset residents | Winter 2023\\n\\nFrom inadequate ...")
    '2023'
    >>> masthead_date("Saturday 18 November 2023\\n\\nNews")
    '2023-11-18'
    >>> masthead_date("Council rated inadequate in 2016 is now good\\n\\nText") is None
    True
    """
    lines = [line for line in text[:600].splitlines() if line.strip()][:6]
    for line in lines:
        for mention in find_dates(line):
            lead = line[: mention.start].rstrip()
            if re.search(r"\d\s*[-\u2013\u2014/]$", lead) or re.match(
                r"\s*[-\u2013\u2014/]\s*\d", line[mention.end :]
            ):
                continue  # "Plan 2025\u20132028", "Peggy Lindqvist, 1951\u20132024": a span
            if mention.value and _MASTHEAD_LEAD.search(lead):
                return mention.value
    return None
