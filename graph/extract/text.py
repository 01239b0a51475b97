"""Paragraphs, sentences and quotation marks in raw article text, with exact offsets.

Everything here works on the original string: offsets are character positions into it, so
``text[start:end]`` is always the words found. Nothing here raises on odd input: unbalanced,
mixed or mis-encoded quotation marks give fewer or shorter quotations, never an error.

>>> [(q.start, q.end) for q in find_quotes('He said: "Yes." Then \u2018no\u2019.')]
[(10, 14), (22, 24)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quotes", "lines_up", "mask_quotes", "paragraphs", "sentences"]

DOUBLE = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
SINGLE = "'\u2018\u2019\u201a\u201b`"
OPEN_CURL = "\u201c\u201e\u2018\u201a\u00ab"
CLOSE_CURL = "\u201d\u2019\u00bb"
GUILLEMETS = "\u00ab\u00bb"
# Mis-encoded marks seen in scraped text: UTF-8 read as Windows-1252, or half of it.
MOJIBAKE = {
    "\u00e2\u20ac\u0153": ("d", "open"),
    "\u00e2\u20ac\u009d": ("d", "close"),
    "\u00e2\u20ac\u02dc": ("s", "open"),
    "\u00e2\u20ac\u2122": ("s", "close"),
    "'\u02dc": ("s", "open"),
    "\u2018\u02dc": ("s", "open"),
}
LEFT_PUNCT = set("([{<\u2014\u2013-/:;") | set(DOUBLE) | set(SINGLE)
# (a reference mark after a quotation: "... not yet satisfied."[19])
RIGHT_PUNCT = set(".,;:!?)]}>[\u2014\u2013-/\u2026") | set(DOUBLE) | set(SINGLE)
BULLETS = "-\u2022*\u00b7\u25aa\u2013\u2014\u25cf\u2023"


@dataclass(frozen=True)
class QuoteSpan:
    """Words between quotation marks: ``start``/``end`` of the words (marks excluded).

    ``open_start`` is where the opening mark begins, ``close_end`` where the closing mark ends
    (the paragraph's end when the quotation is not closed in its paragraph: ``closed`` False).
    """

    start: int
    end: int
    open_start: int
    close_end: int
    kind: str  # "d" double, "s" single, "g" guillemets
    closed: bool
    paragraph: int


@dataclass
class _Mark:
    start: int
    end: int
    kind: str
    role: str  # open, close, weak, none


# A numbered point ("2.", "2.1"), or a chat or transcript line's time ("10:09  Hannah W:")
_NUMBERED = re.compile(
    r"\d{1,2}(?:\.\d{1,2})*[.)]\s|\d{1,2}\.\d{1,2}\s|\d{1,2}:\d{2}(?::\d{2})?\s+(?=[A-Z\"'\u201c\u2018(\[])"
)

_YEAR_LABEL = re.compile(r"(?:19|20)\d{2}[ \t]*(?::|[\u2013\u2014-][ \t])")


def lines_up(text: str, pos: int, limit: int) -> Iterator[int]:
    r"""Where the line holding ``pos`` starts, then where each line above it starts, up to
    ``limit`` of them, in the same block (a blank line ends it).

    >>> text = "Notes\n\n1. Ofsted (2019).\nKelby was judged good."
    >>> [text[a:].split("\n")[0] for a in lines_up(text, len(text) - 1, 3)]
    ['Kelby was judged good.', '1. Ofsted (2019).']
    """
    line = text.rfind("\n", 0, pos) + 1
    yield line
    for _ in range(limit):
        if line == 0:
            return
        line = text.rfind("\n", 0, line - 1) + 1
        if not text[line : text.find("\n", line)].strip():
            return
        yield line


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: blank lines and line ends separate them, except a
    line break inside a sentence (hard-wrapped text: the next line starts in lower case or
    with a number that is not a numbered point's, "2." or "2.1", or the line ends on a word
    no line of its own ends with, "of", "the", "children's")."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            lines.append((-1, -1))
            continue
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        lines.append((start + lead, end - trail))
    out: list[tuple[int, int]] = []
    open_end = False  # the line before ends with no full stop or other closing mark
    length = 0  # the line before's length
    open_word = False  # ... or on a word no line of its own ends with
    for start, end in lines:
        if start < 0:
            open_end = open_word = False
            continue
        first = text[start]
        # (or a timeline's next entry: "2019: ILACS. Overall: good")
        numbered = _NUMBERED.match(text, start) or _YEAR_LABEL.match(text, start)
        # (a narrow column's wrap, a teletext page's: "Hull City Council's children's //
        # services have been rated good by // Ofsted, up from requires improvement // to be
        # good in 2019.": a line ending on such a word, or going on in lower case after a
        # line of a few words)
        if (
            out
            and not numbered
            and (
                (open_end and first.islower() and length > 25)
                or (open_end and first.isdigit() and length > 50)
                or (open_word and re.match(r"[\w\"'\u201c\u2018]", first))
            )
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        open_end = text[end - 1] not in ".!?:;\"'\u201d\u2019"
        length = end - start
        open_word = bool(_OPEN_END.search(text, start, end))
    return out


# The words no line of its own ends with: an article, a preposition, a linking verb, a
# possessive ("the", "of", "was", "children's")
_OPEN_END = re.compile(
    r"(?<![\w'\u2019-])(?:the|a|an|of|to|by|in|for|with|from|at|on|and|or|but|was|were|is|are|"
    r"has|have|had|be|been|that|as|its|their|his|her|our|[a-z]+['\u2019]s)$"
)


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    pos = start
    while pos < end:
        char = text[pos]
        for seq, (kind, role) in MOJIBAKE.items():
            if text.startswith(seq, pos) and pos + len(seq) <= end:
                marks.append(_Mark(pos, pos + len(seq), kind, role))
                pos += len(seq)
                break
        else:
            if text.startswith("''", pos) and pos + 2 <= end:
                # A double mark typed as two apostrophes: ''We will,'' he said.
                marks.append(_Mark(pos, pos + 2, "d", _role(text, pos, start, end, "d", 2)))
                pos += 2
                continue
            if char in DOUBLE or char in SINGLE:
                # (guillemets pair among themselves, so a quotation in them nests inside
                # one in other double marks: „... «...» ...”)
                kind = "g" if char in GUILLEMETS else "d" if char in DOUBLE else "s"
                marks.append(_Mark(pos, pos + 1, kind, _role(text, pos, start, end, kind)))
            pos += 1
    return marks


def _role(text: str, pos: int, start: int, end: int, kind: str, width: int = 1) -> str:
    char = text[pos]
    prev = text[pos - 1] if pos > start else " "
    nxt = text[pos + width] if pos + width < end else " "
    if kind == "s":
        if prev.isalnum() and nxt.isalnum():
            return "none"  # children's, it's
        if not prev.isalnum() and nxt.isdigit() and not prev.strip():
            return "none"  # '90s
    left = prev.isspace() or prev in LEFT_PUNCT or pos == start
    right = nxt.isspace() or nxt in RIGHT_PUNCT or pos + width == end
    if left and not right:
        return "open"
    if right and not left:
        if kind == "s" and nxt.isspace() and prev.isalpha():
            return "weak"  # a closing mark, or a plural possessive: parents' own
        return "close"
    if char in OPEN_CURL and not right:
        return "open"
    if char in CLOSE_CURL and not left:
        return "close"
    if left and right and kind == "d" and char in CLOSE_CURL and prev in SINGLE:
        return "close"  # curly marks nested: "people say, ‘Don’t,’” says Roe"
    if left and right and kind == "d" and char in OPEN_CURL and nxt in SINGLE:
        return "open"  # "“‘Outstanding’ is a word we avoid,” she said"
    if left and right and char == '"':
        # straight marks nested: the double closes after a closing single (one day,'" Roe
        # writes) and opens before an opening one ("'Write it down,' she said")
        before = text[pos - 2] if pos - 2 >= start else " "
        after = text[pos + width + 1] if pos + width + 1 < end else " "
        if prev in SINGLE and not before.isspace() and (nxt.isspace() or nxt in ".,;:!?)"):
            return "close"
        if nxt in SINGLE and not after.isspace() and prev.isspace():
            return "open"
    if left and right and char == "'":
        # ... and the single closes after a closing double ('People say, "But they were
        # rated good,"' she said) and opens before an opening one ('"Good" is a word,' she)
        before = text[pos - 2] if pos - 2 >= start else " "
        after = text[pos + width + 1] if pos + width + 1 < end else " "
        if prev == '"' and not before.isspace() and (nxt.isspace() or nxt in ".,;:!?)"):
            return "close"
        if nxt == '"' and not after.isspace() and prev.isspace():
            return "open"
    return "none"


def _scan(text: str, start: int, end: int, index: int) -> list[QuoteSpan]:
    marks = _marks(text, start, end)
    quotes: list[QuoteSpan] = []
    opened: _Mark | None = None
    i = 0
    while i < len(marks):
        mark = marks[i]
        if opened is None:
            if mark.role == "open":
                opened = mark
            elif mark.role == "close" and mark.kind == "d":
                # A closing mark with no opening one, after "X said:": the opening was left out.
                lost = _lost_opening(text, quotes[-1].close_end if quotes else start, mark, end)
                if lost is not None:
                    quotes.append(_span(text, lost, mark.start, mark.end, True, index))
            i += 1
            continue
        if mark.kind != opened.kind:
            i += 1
            continue
        if mark.role == "close" or (mark.role == "weak" and _weak_closes(marks, i)):
            quotes.append(_span(text, opened, mark.start, mark.end, True, index))
            opened = None
        elif mark.role == "open":
            if opened.kind != "s":
                # An opening mark while one is open: the first was never closed. When its
                # attribution is inside ("We will, said Cllr X. "But..."), it ends there.
                cut = _ATTRIBUTION_INSIDE.search(text, opened.end, mark.start)
                if cut is not None:
                    quotes.append(_span(text, opened, cut.start() + 1, cut.start(), True, index))
                else:
                    quotes.append(_span(text, opened, mark.start, mark.start, False, index))
            opened = mark
        i += 1
    if opened is not None:
        lead = text[start : opened.start].rstrip()
        keep = opened.kind != "s" or not lead or lead[-1] in ":," or _runs_on(text, opened, end)
        if keep:
            quotes.append(_span(text, opened, end, end, False, index))
        else:
            # A lone single mark mid-paragraph is an apostrophe: look again without it.
            rest = _scan(text, opened.end, end, index)
            quotes.extend(rest)
    return [q for q in quotes if q.end > q.start]


def _runs_on(text: str, opened: _Mark, end: int) -> bool:
    """Whether a single mark left open at a paragraph's end opens a quotation running on into
    the next paragraph, which opens with the same mark ("' she says. 'Now we've had four ..."
    / "'It's not their fault.'"), rather than standing for an apostrophe."""
    after = _SPACES.match(text, end).end()
    return text[after : after + 1] == text[opened.start] and bool(
        _CAPITAL_NEXT.match(text, opened.end, end)
    )


_SPACES = re.compile(r"\s*")
_CAPITAL_NEXT = re.compile(r"\s*[A-Z]")
# ", said Cllr X", ", he added", ", Jo Roe said" inside an unclosed quotation: a closing mark
# was left out before the comma.
_ATTRIBUTION_INSIDE = re.compile(
    r",\s+(?:(?:said|says|added|adds)\s+[A-Z]|(?:he|she|they)\s+(?:said|says|added)\b"
    r"|(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:said|says|added|told|tells)\b)"
)
_SAID_COLON = re.compile(
    r"\b(?:said|says|added|adds|stated|states|wrote|writes|commented|explained|told|tweeted|"
    r"posted)\b[^:\n]{0,30}:\s*$"
)


def _lost_opening(text: str, floor: int, mark: _Mark, end: int) -> _Mark | None:
    """Where a quotation opened whose opening mark is missing: after ``said:`` before the
    paragraph's last mark."""
    if text[mark.end : end].strip(" .,;!?"):
        return None
    colon = text.rfind(":", floor, mark.start)
    if colon < 0 or not _SAID_COLON.search(text, floor, colon + 1):
        return None
    if any(c in DOUBLE for c in text[colon : mark.start]):
        return None
    return _Mark(colon + 1, colon + 1, "d", "open")


def _weak_closes(marks: list[_Mark], i: int) -> bool:
    """A closing-or-possessive mark closes unless a sure closing mark of the same kind
    follows before the next opening one."""
    kind = marks[i].kind
    for later in marks[i + 1 :]:
        if later.kind != kind:
            continue
        if later.role == "close":
            return False
        if later.role == "open":
            return True
    return True


def _span(text: str, opened: _Mark, end: int, close_end: int, closed: bool, index: int):
    start = opened.end
    while start < end and text[start].isspace():
        start += 1
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1
    return QuoteSpan(start, stop, opened.start, close_end, opened.kind, closed, index)


def find_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> list[QuoteSpan]:
    """Every top-level quotation in ``text``, paragraph by paragraph, in order."""
    out: list[QuoteSpan] = []
    for index, (start, end) in enumerate(paras if paras is not None else paragraphs(text)):
        out.extend(_scan(text, start, end, index))
    return out


def mask_quotes(text: str, quotes: list[QuoteSpan]) -> str:
    """``text`` with quoted words replaced by ``_`` (same length), so that attribution cues and
    sentence ends are looked for only outside quotations."""
    chars = list(text)
    for quote in quotes:
        # A full stop ending the quoted words still ends the sentence.
        last = quote.end - 1 if text[quote.end - 1] in ".!?" else quote.end
        for pos in range(quote.start, last):
            if not chars[pos].isspace():
                chars[pos] = "_"
    return "".join(chars)


_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|Cllrs|Coun|Prof|Insp|Supt|Sgt|Det|Hon|Rt|Capt|Col|St|No|Rev|Revd|Sr|Jr|Co|Ltd|Inc|vs|cf|approx|etc|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z]|\bi\.e|\be\.g)\.$"
)
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(A-Z0-9\u2022-])")
# After a question or an exclamation quoted, who said it: ' Ms Okafor asked.', ' Kai said'
_ASKER = re.compile(
    r"[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Prof)\.?[ \t]+)?[A-Z][\w'\u2019-]+"
    r"(?:[ \t]+[A-Z][\w'\u2019-]+){0,2}[ \t]+(?:asked|asks|said|says|replied|replies|"
    r"shouted|shouts|exclaimed|demanded|demands|wondered|wonders|added|adds)\b"
)
# "2.4 The director told the team:", "(b) Members asked": a paragraph's number is not part of
# its first sentence.
PARA_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})+\.?|\(?[a-z0-9]{1,3}\))[ \t]+(?=[A-Z])")


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``masked[start:end]`` (use the quote-masked text)."""
    out: list[tuple[int, int]] = []
    number = PARA_NUMBER.match(masked, start, end)
    begin = number.end() if number else start
    for match in _END.finditer(masked, start, end):
        if _ABBREV.search(masked, max(start, match.start() - 8), match.start() + 1):
            continue
        if match.group().startswith("....") and re.match(r"[ \t]+\S", masked[match.end() :]):
            continue  # a table's dot leaders: "Overall effectiveness ........ Good"
        if re.search(r"[?!][\"'\u201d\u2019]$", match.group()) and _ASKER.match(
            masked, match.end(), end
        ):
            continue  # '"Is that normal?" Ms Okafor asked.': who asked it, in its sentence
        out.append((begin, match.end()))
        begin = match.end()
        while begin < end and masked[begin].isspace():
            begin += 1
    if begin < end:
        out.append((begin, end))
    return out
