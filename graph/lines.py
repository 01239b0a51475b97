"""N-Quads lines: the one form a build takes between the builder and the stores.

Every quad is written exactly as the memory store's snapshot writes it (rdflib's N-Triples
row, control characters escaped, the graph IRI before the final dot), so sorted lines of a
build *are* the snapshot, byte for byte. Sorted runs of lines merge into the whole build
without holding it in memory, and the counts that ``kg build`` prints are taken on the way.

>>> from rdflib import URIRef, Literal
>>> quad_line((URIRef("urn:s"), URIRef("urn:p"), Literal("a\\nb")), "urn:g")
'<urn:s> <urn:p> "a\\\\nb" <urn:g> .\\n'
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.compat import decodeUnicodeEscape
from rdflib.plugins.serializers.nt import _nt_row, _quoteLiteral

from graph.namespace import KG, RDF

__all__ = [
    "COUNTED",
    "Counter",
    "Formatter",
    "graph_of",
    "merge_files",
    "object_of",
    "parse_triples",
    "quad_line",
    "triple_line",
    "triple_part",
    "write_sorted",
]

# Escaped as pyoxigraph's N-Triples writer escapes them (graph.export writes the exports with
# it): backspace, tab and form feed as \b, \t and \f, the other C0 controls and DEL as \uXXXX.
_CONTROL = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]")
_SHORT = {"\x08": "\\b", "\x09": "\\t", "\x0c": "\\f"}
_TYPE = f"<{RDF.type}>"
_TYPED = f" {_TYPE} "


def _escape(text: str) -> str:
    """Control characters escaped (rdflib writes them raw; parsers reject them)."""
    return _CONTROL.sub(lambda m: _SHORT.get(m.group()) or f"\\u{ord(m.group()):04X}", text)


def _lower_language(term):
    """A language tag in lower case, as pyoxigraph writes it (tags are case-insensitive)."""
    if isinstance(term, Literal) and term.language and term.language != term.language.lower():
        return Literal(str(term), lang=term.language.lower())
    return term


def triple_line(triple) -> str:
    """``s p o .`` and a newline, as rdflib's N-Triples serialiser writes it (escaped)."""
    s, p, o = triple
    return _escape(_nt_row((s, p, _lower_language(o))))


def quad_line(triple, graph: str) -> str:
    """``s p o <graph> .`` and a newline."""
    return triple_line(triple)[:-3] + f" <{graph}> .\n"


def triple_part(line: str) -> str:
    """``s p o`` of a quad line ``s p o <g> .``: the graph is always the last ``<...>``, and a
    literal's own `` <`` comes before it."""
    return line[: line.rstrip().removesuffix(" .").rfind(" <")]


def graph_of(line: str) -> str:
    """The graph IRI (without brackets) of a quad line."""
    return line.rstrip().removesuffix(" .").rsplit(" <", 1)[1][:-1]


def object_of(triple: str) -> str:
    """The object token of ``s p o`` (IRIs and blank nodes hold no space)."""
    return triple.split(" ", 2)[2]


def write_sorted(lines: Iterable[str], path: Path) -> None:
    """Write the distinct ``lines`` to ``path``, sorted."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.writelines(sorted(set(lines)))


def merge_files(paths: list[Path]) -> Iterator[str]:
    """The lines of sorted files, merged into one sorted stream (repeats dropped)."""
    with ExitStack() as stack:
        handles = [stack.enter_context(open(p, encoding="utf-8", newline="")) for p in paths]
        previous = None
        for line in heapq.merge(*handles):
            if line != previous:
                yield line
                previous = line


# The classes whose instances `kg build` counts, in the order it prints them.
COUNTED = {
    "sources": KG.Source,
    "people": KG.Person,
    "bodies": KG.Body,
    "posts": KG.Post,
    "events": KG.Event,
    "quotations": KG.Quotation,
    "findings": KG.Finding,
    "judgements": KG.Judgement,
    "responses": KG.Response,
}


class Counter:
    """Counts over sorted quad lines: instances of each counted class, distinct triples."""

    def __init__(self) -> None:
        self._classes = {f"<{iri}>": name for name, iri in COUNTED.items()}
        self._members: dict[str, set[str]] = {name: set() for name in COUNTED}
        self._triples = 0
        self._last = None

    def add(self, line: str) -> str | None:
        """Count ``line``; return its triple part when it is a new triple (else None)."""
        triple = triple_part(line)
        if triple == self._last:
            return None
        self._last = triple
        self._triples += 1
        if _TYPED in triple:  # cheap test first: most triples are not types
            subject, predicate, rest = triple.split(" ", 2)
            if predicate == _TYPE and rest in self._classes:
                self._members[self._classes[rest]].add(subject)
        return triple

    def counts(self) -> dict[str, int]:
        out = {name: len(members) for name, members in self._members.items()}
        out["triples"] = self._triples
        return out


def _term(token: str):
    """An rdflib term from its N-Triples form, as rdflib's N-Triples parser reads it."""
    if token[0] == "<":
        return URIRef(token[1:-1])
    if token[0] != '"':
        raise ValueError(token)
    end = token.rfind('"')
    lexical = decodeUnicodeEscape(token[1:end])
    rest = token[end + 1 :]
    if not rest:
        return Literal(lexical)
    if rest[0] == "@":
        return Literal(lexical, lang=rest[1:])
    if rest.startswith("^^<") and rest.endswith(">"):
        return Literal(lexical, datatype=URIRef(rest[3:-1]))
    raise ValueError(token)


def parse_triples(lines: Iterable[str]) -> list:
    """rdflib triples from N-Triples lines (``s p o .``, as :func:`triple_part` gives).

    Lines as this module writes them (IRIs without escapes, no blank nodes) are read
    directly; the terms are those rdflib's own N-Triples parser makes (tested)."""
    triples = []
    for line in lines:
        subject, predicate, rest = line.split(" ", 2)
        rest = rest.rstrip()
        if subject[0] != "<" or not rest.endswith(" ."):
            raise ValueError(f"not a line of this build: {line!r}")
        triples.append((URIRef(subject[1:-1]), URIRef(predicate[1:-1]), _term(rest[:-2])))
    return triples


class Formatter:
    """:func:`quad_line`, faster for many lines: each IRI's N-Triples form is made once."""

    def __init__(self) -> None:
        self._known: dict = {}

    def term(self, term) -> str:
        """The N-Triples form of a subject, predicate or object (escaped like a line)."""
        if isinstance(term, Literal):
            return _escape(_quoteLiteral(_lower_language(term)))
        text = self._known.get(term)
        if text is None:
            text = self._known[term] = _escape(term.n3())
        return text

    def quad(self, triple, graph: str) -> str:
        return f"{self.term(triple[0])} {self.term(triple[1])} {self.term(triple[2])} <{graph}> .\n"
