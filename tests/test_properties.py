"""Property tests: evidence spans map back exactly; hostile literals survive every export."""

from __future__ import annotations

import pyoxigraph
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic

from graph.evidence import Text, normalise
from graph.export import EXPORTERS, export_bytes, union_graph
from graph.model import _check_date
from graph.store import read_dataset

WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@given(before=WORDS, middle=WORDS.filter(lambda s: normalise(s) != ""), after=WORDS)
def test_found_span_is_the_original_text_at_those_offsets(before, middle, after):
    text = Text(before + middle + after)
    span = text.find(middle)
    assert span is not None
    assert text.original[span.start : span.end] == span.exact
    assert normalise(span.exact) == normalise(middle)


@given(
    word=st.sampled_from(["improve", "inadequate", "caseloads"]),
    typo=st.sampled_from(["improves", "inadequat", "case loads", "Improve"]),
)
def test_a_changed_word_is_not_found(word, typo):
    text = Text(f"Inspectors said services must \u201c{word}\u201d soon.")
    assert text.find(f'services must "{word}" soon') is not None
    if typo != word:
        assert text.find(f'services must "{typo}" soon') is None


@given(st.dates())
def test_every_real_date_is_accepted(day):
    value = day.isoformat()
    assert _check_date(value) == value


HOSTILE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=40
) | st.sampled_from(
    [
        '"""',
        "a\nb\r\nc",
        "\x00\x07\x1b",
        "\\",
        "'''",
        "<script>",
        "😀𝄞",
        "\u2028\u2029",
        "@prefix x: <y> .",
    ]
)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(HOSTILE, min_size=1, max_size=4))
def test_hostile_literals_survive_every_format(values):
    dataset = Dataset()
    graph = dataset.graph(URIRef("https://example.org/graph/g"))
    for index, value in enumerate(values):
        graph.add(
            (
                URIRef(f"https://example.org/s/{index}"),
                URIRef("https://schema.org/text"),
                Literal(value),
            )
        )
    expected = union_graph(dataset)
    for name in ("turtle", "trig", "nquads", "nt"):
        data = export_bytes(dataset, name)
        if name in ("trig", "nquads"):
            reread = union_graph(read_dataset(data, name))
        else:
            from rdflib import Graph

            reread = Graph().parse(data=data.decode("utf-8"), format=name)
        assert isomorphic(expected, reread), (name, data)
        store = pyoxigraph.Store()
        fmt = {
            "turtle": pyoxigraph.RdfFormat.TURTLE,
            "trig": pyoxigraph.RdfFormat.TRIG,
            "nquads": pyoxigraph.RdfFormat.N_QUADS,
            "nt": pyoxigraph.RdfFormat.N_TRIPLES,
        }[name]
        store.load(data, format=fmt)
        got = sorted(q.object.value for q in store)
        assert got == sorted(values), name
    assert set(EXPORTERS) >= {"turtle", "trig", "nquads", "nt"}


# --- the build's fast paths equal the slow originals ------------------------------------------


def _reference_text(original: str) -> tuple[str, list[int], list[int]]:
    """Evidence normalisation character by character (the original implementation)."""
    import html

    from graph.evidence import _ENTITY, _QUOTES

    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    units = []
    while pos < len(original):
        match = _ENTITY.match(original, pos) if original[pos] == "&" else None
        if match and html.unescape(match.group()) != match.group():
            units.extend(
                (c.translate(_QUOTES), pos, match.end()) for c in html.unescape(match.group())
            )
            pos = match.end()
            continue
        units.append((original[pos].translate(_QUOTES), pos, pos + 1))
        pos += 1
    for char, start, end in units:
        if char.isspace():
            if chars and chars[-1] == " ":
                ends[-1] = end
                continue
            char = " "
        chars.append(char)
        starts.append(start)
        ends.append(end)
    return "".join(chars), starts, ends


PIECES = st.sampled_from(
    ["a", "B", " ", "  ", "\n", "\t", "\xa0", "\u2028", "&", ";", "#", "amp;", "&amp;",
     "&nbsp;", "&#32;", "&#x20;", "&#10;", "&zz;", "&ampx;", "&rsquo;", "\u201c", "\u2019",
     "'", '"', "é"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES | WORDS, max_size=12).map("".join))
def test_text_is_normalised_as_character_by_character(original):
    text = Text(original)
    assert (text.normalised, list(text._starts), list(text._ends)) == _reference_text(original)
    assert normalise(original) == _reference_text(original)[0].strip()


TERMS = st.one_of(
    st.builds(Literal, HOSTILE),
    st.builds(
        lambda v, lang: Literal(v, lang=lang), HOSTILE, st.sampled_from(["en", "cy", "en-GB"])
    ),
    st.builds(
        lambda v, dt: Literal(v, datatype=URIRef(dt)),
        HOSTILE,
        st.sampled_from(
            ["http://www.w3.org/2001/XMLSchema#date", "https://example.org/type",
             "http://www.w3.org/2001/XMLSchema#integer"]
        ),
    ),
    st.sampled_from([Literal(12), Literal(1.5), Literal(True), URIRef("https://example.org/o")]),
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(objects=st.lists(TERMS, min_size=1, max_size=5))
def test_lines_are_rdflibs_and_read_back_as_rdflib_reads_them(objects):
    from rdflib import Graph

    from graph.lines import Formatter, parse_triples, quad_line, triple_part
    from graph.namespace import SCHEMA

    triples = [
        (URIRef(f"https://example.org/s/{i}"), SCHEMA.text, o) for i, o in enumerate(objects)
    ]
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    rdflib_lines = export_bytes(_one_graph_dataset(triples), "nquads").decode("utf-8")
    ours = sorted({quad_line(t, "https://example.org/graph/g") for t in triples})
    fast = Formatter()
    assert ours == sorted({fast.quad(t, "https://example.org/graph/g") for t in triples})
    assert "".join(ours) == rdflib_lines
    read = parse_triples(triple_part(line) + " .\n" for line in ours)
    expected = Graph().parse(data="".join(triple_part(x) + " .\n" for x in ours), format="nt")
    assert sorted(read) == sorted(expected)


def _one_graph_dataset(triples) -> Dataset:
    dataset = Dataset()
    graph = dataset.graph(URIRef("https://example.org/graph/g"))
    for triple in triples:
        graph.add(triple)
    return dataset
