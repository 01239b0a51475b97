"""Finding evidence text verbatim in a source, forgiving only typography.

Normalised away: curly versus straight quotes, runs of white space, HTML entities. Nothing
else: a changed word, letter or punctuation mark still fails.

>>> Text("He said: \u201cWe will   improve.\u201d").find('"We will improve."')
Span(start=9, end=29, exact='\u201cWe will   improve.\u201d')
"""

from __future__ import annotations

import html
import re
from array import array
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


def _entity(match: re.Match) -> str:
    decoded = html.unescape(match.group())
    return match.group() if decoded == match.group() else decoded


_SPACES = re.compile(r"\s+")
# An entity that may decode, or a run of white space: everything else maps one to one.
_SPECIAL = re.compile(_ENTITY.pattern + r"|\s+")


def normalise(text: str) -> str:
    """The form evidence is compared in: quotes straightened, entities decoded, spaces folded."""
    return _SPACES.sub(" ", _ENTITY.sub(_entity, text).translate(_QUOTES)).strip()


class Text:
    """A source text, with a normalised copy and the map back to original offsets.

    Character ``i`` of ``normalised`` comes from ``original[_starts[i]:_ends[i]]``: one
    character, a whole run of white space (folded to one space) or a whole HTML entity.
    """

    def __init__(self, original: str):
        self.original = original
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        last_space = False  # is the last character written a (folded) space?
        done = 0
        for match in _SPECIAL.finditer(original):
            begin, stop = match.span()
            if begin > done:  # plain characters, one to one
                parts.append(original[done:begin].translate(_QUOTES))
                starts.extend(range(done, begin))
                ends.extend(range(done + 1, begin + 1))
                last_space = False
            done = stop
            token = match.group()
            if token[0] != "&":  # a run of white space
                if last_space:
                    ends[-1] = stop
                else:
                    parts.append(" ")
                    starts.append(begin)
                    ends.append(stop)
                    last_space = True
                continue
            decoded = html.unescape(token)
            if decoded == token:  # not an entity after all: plain characters
                parts.append(token.translate(_QUOTES))
                starts.extend(range(begin, stop))
                ends.extend(range(begin + 1, stop + 1))
                last_space = False
                continue
            for char in decoded.translate(_QUOTES):
                if char.isspace():
                    if last_space:
                        ends[-1] = stop
                        continue
                    char = " "
                parts.append(char)
                starts.append(begin)
                ends.append(stop)
                last_space = char == " "
        if done < len(original):
            parts.append(original[done:].translate(_QUOTES))
            starts.extend(range(done, len(original)))
            ends.extend(range(done + 1, len(original) + 1))
        self.normalised = "".join(parts)
        # Machine integers (4 bytes each), not a list of int objects (36 bytes each).
        self._starts = array("l" if len(original) >= 2**31 else "i", starts)
        self._ends = array("l" if len(original) >= 2**31 else "i", ends)

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
