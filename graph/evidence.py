"""Finding evidence text verbatim in a source, forgiving only typography.

Normalised away: curly versus straight quotes, runs of white space, HTML entities. Nothing
else: a changed word, letter or punctuation mark still fails.

>>> Text("He said: \u201cWe will   improve.\u201d").find('"We will improve."')
Span(start=9, end=29, exact='\u201cWe will   improve.\u201d')
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from dataclasses import dataclass

__all__ = ["Span", "Text", "normalise"]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
    }
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True)
class Span:
    """Character offsets ``[start, end)`` into the original text, and the exact text there."""

    start: int
    end: int
    exact: str


def _units(text: str):
    """Yield (normalised character, original start, original end)."""
    pos = 0
    while pos < len(text):
        if text[pos] == "&":
            match = _ENTITY.match(text, pos)
            if match and html.unescape(match.group()) != match.group():
                for char in html.unescape(match.group()):
                    yield char.translate(_QUOTES), pos, match.end()
                pos = match.end()
                continue
        yield text[pos].translate(_QUOTES), pos, pos + 1
        pos += 1


def normalise(text: str) -> str:
    """The form evidence is compared in: quotes straightened, entities decoded, spaces folded."""
    return Text(text).normalised.strip()


class Text:
    """A source text, with a normalised copy and the map back to original offsets."""

    def __init__(self, original: str):
        self.original = original
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for char, start, end in _units(original):
            if char.isspace():
                if chars and chars[-1] == " ":
                    ends[-1] = end
                    continue
                char = " "
            chars.append(char)
            starts.append(start)
            ends.append(end)
        self.normalised = "".join(chars)
        self._starts = starts
        self._ends = ends

    def find(self, evidence: str, after: int = 0) -> Span | None:
        """The first place ``evidence`` occurs (normalised) at or after original offset ``after``,
        as a span of the original text."""
        needle = normalise(evidence)
        if not needle:
            return None
        index = self.normalised.find(needle, bisect_left(self._starts, after))
        if index < 0:
            return None
        start, end = self._starts[index], self._ends[index + len(needle) - 1]
        return Span(start, end, self.original[start:end])

    def line_of(self, offset: int) -> int:
        """1-based line number of an original offset."""
        return self.original.count("\n", 0, offset) + 1
