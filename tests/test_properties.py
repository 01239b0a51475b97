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
