"""Turn a checked :class:`~graph.corpus.Corpus` into an RDF dataset.

One named graph per source (its facts, their sources and evidence spans), one for the entity
registry, one for the ontology. Own terms only are written here; :func:`add_standard_triples`
then copies every standard super-class and super-property declared in ontology/ into the data.

A source's graph is a function of its own files, the registry, the ontology, and what it reads
about the facts of other sources that it references (an inspection's label, subjects and
agents; a mentioned quotation's words; each id's kind): :func:`unit_dependencies` hashes the
latter, so an incremental build knows when an unchanged source must be rebuilt all the same.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from graph import namespace
from graph.corpus import Corpus
from graph.evidence import Span
from graph.iris import ONTOLOGY_GRAPH, Iris
from graph.model import date_precision
from graph.namespace import bind_prefixes
from graph.rdfio import read_turtle


class _Terms:
    """A namespace whose terms are looked up once: rdflib resolves every attribute of a
    ``DefinedNamespace`` through a metaclass ``__getattr__``, a cost paid per triple here."""

    def __init__(self, space):
        self._space = space

    def __getattr__(self, name: str):
        value = getattr(self._space, name)
        setattr(self, name, value)
        return value


KG, OA, RDF, RDFS, SKOS, TIME, XSD = (
    _Terms(getattr(namespace, name)) for name in ("KG", "OA", "RDF", "RDFS", "SKOS", "TIME", "XSD")
)

__all__ = [
    "Standard",
    "add_standard_triples",
    "build_dataset",
    "date_literal",
    "load_ontology",
    "registry_triples",
    "superterms",
    "unit_dependencies",
    "unit_triples",
]

BODY_CLASSES = {
    "council": KG.Council,
    "inspectorate": KG.Inspectorate,
    "government": KG.Government,
    "government-department": KG.GovernmentDepartment,
    "court": KG.Court,
    "agency": KG.Agency,
    "partnership": KG.Partnership,
    "board": KG.Board,
    "committee": KG.Committee,
    "unit": KG.Unit,
    "publisher": KG.Publisher,
    "company": KG.Company,
    "union": KG.TradeUnion,
}
SOURCE_CLASSES = {
    "news-article": KG.NewsArticle,
    "trade-news-article": KG.TradeNewsArticle,
    "council-minutes": KG.CouncilMinutes,
    "inspection-report": KG.InspectionReport,
    "monitoring-letter": KG.MonitoringLetter,
    "press-release": KG.PressRelease,
    "web-page": KG.WebPage,
}
EVENT_CLASSES = {
    "inspection": KG.Inspection,
    "monitoring-visit": KG.MonitoringVisit,
    "report-publication": KG.ReportPublication,
    "meeting": KG.Meeting,
    "appointment": KG.Appointment,
    "court-case": KG.CourtCase,
    "review": KG.Review,
    "other": KG.Event,
}
FRAMEWORKS = {
    "sif": KG.SIF,
    "ilacs": KG.ILACS,
    "monitoring": KG.MonitoringFramework,
    "area-send": KG.AreaSendFramework,
    "other": KG.OtherFramework,
}
BASIS = {"stated": KG.Stated, "inferred": KG.Inferred, "unknown": KG.Unknown}
PRECISION = {"year": KG.Year, "month": KG.Month, "day": KG.Day}
STANCE = {
    "agrees": (KG.Agrees, KG.agreesWith),
    "disputes": (KG.Disputes, KG.disputes),
    "qualifies": (KG.Qualifies, KG.qualifies),
}
_DATATYPES = {"year": XSD.gYear, "month": XSD.gYearMonth, "day": XSD.date}
_TIME_PROPS = {"year": TIME.inXSDgYear, "month": TIME.inXSDgYearMonth, "day": TIME.inXSDDate}
ONTOLOGY_FILES = ("kg.ttl", "schemes.ttl")
CONTEXT = 32  # characters of prefix/suffix kept with each quoted evidence span


def date_literal(value: str) -> Literal:
    """``"2018"`` -> ``"2018"^^xsd:gYear``; the datatype carries the precision."""
    return Literal(value, datatype=_DATATYPES[date_precision(value)])


def load_ontology(root: Path) -> Graph:
    """The ontology graph: classes, properties and SKOS schemes (not the SHACL shapes)."""
    graph = Graph()
    for name in ONTOLOGY_FILES:
        read_turtle(root / "ontology" / name, f"ontology/{name}", graph)
    return graph


class _Builder:
    def __init__(self, corpus: Corpus, iris: Iris):
        self.corpus = corpus
        self.iris = iris
        self.kinds = corpus.kinds

    def ref(self, ident: str) -> URIRef:
        """The IRI of any id: entity or fact."""
        kind = self.kinds[ident]
        return self.iris.entity(kind, ident)

    def label_of(self, ident: str) -> str:
        return self.corpus.names.get(ident, ident)

    # -- entity registry ------------------------------------------------------------------

    def entities(self, g: Graph) -> None:
        ents = self.corpus.entities
        for person in ents.people:
            node = self.ref(person.id)
            g.add((node, RDF.type, KG.Person))
            self.names(g, node, person.name, person.aliases, person.note)
        for body in ents.bodies:
            node = self.ref(body.id)
            g.add((node, RDF.type, BODY_CLASSES[body.kind]))
            if body.public and body.kind in {"partnership", "board", "committee", "unit"}:
                g.add((node, RDF.type, KG.PublicBody))
            self.names(g, node, body.name, body.aliases, body.note)
            if body.part_of:
                g.add((node, KG.partOf, self.ref(body.part_of)))
            if body.succeeded_by:
                g.add((node, KG.succeededBy, self.ref(body.succeeded_by)))
            if body.succession_date:
                g.add((node, KG.successionDate, date_literal(body.succession_date)))
        for post in ents.posts:
            node = self.ref(post.id)
            g.add((node, RDF.type, KG.Post))
            self.names(g, node, post.name, post.aliases, post.note)
            g.add((node, KG.postIn, self.ref(post.body)))

    @staticmethod
    def names(g: Graph, node: URIRef, name: str, aliases: list[str], note: str | None) -> None:
        g.add((node, RDFS.label, Literal(name)))
        g.add((node, SKOS.prefLabel, Literal(name)))
        for alias in aliases:
            if alias != name:
                g.add((node, SKOS.altLabel, Literal(alias)))
        if note:
            g.add((node, KG.note, Literal(note)))

    # -- sources --------------------------------------------------------------------------

    def source(self, g: Graph, stem: str) -> URIRef:
        meta = self.corpus.sources[stem].meta
        node = self.iris.entity("source", stem)
        g.add((node, RDF.type, SOURCE_CLASSES[meta.kind]))
        g.add((node, RDFS.label, Literal(meta.title)))
        g.add((node, KG.title, Literal(meta.title)))
        g.add((node, KG.titleBasis, Literal(meta.title_basis)))
        g.add((node, KG.originalFileName, Literal(meta.original_file)))
        g.add((node, KG.text, Literal(self.corpus.sources[stem].text.original)))
        g.add((node, URIRef("http://purl.org/dc/terms/language"), Literal(meta.language)))
        published = meta.published
        if published.date != "unknown":
            g.add((node, KG.datePublished, date_literal(published.date)))
            g.add((node, KG.datePrecision, PRECISION[date_precision(published.date)]))
        g.add((node, KG.dateBasis, BASIS[published.basis]))
        if published.note:
            g.add((node, KG.dateNote, Literal(published.note)))
        if isinstance(meta.publisher, str):
            g.add((node, KG.publisherBasis, KG.Unknown))
        else:
            g.add((node, KG.publisher, self.ref(meta.publisher.body)))
            g.add((node, KG.publisherBasis, BASIS[meta.publisher.basis]))
            if meta.publisher.note:
                g.add((node, KG.publisherNote, Literal(meta.publisher.note)))
        if meta.publisher_note:
            g.add((node, KG.publisherNote, Literal(meta.publisher_note)))
        if meta.url:
            g.add((node, URIRef("https://schema.org/url"), URIRef(meta.url)))
        return node

    def span(self, g: Graph, stem: str, span: Span) -> URIRef:
        node = self.iris.span(stem, span.start, span.end)
        text = self.corpus.sources[stem].text.original
        quote = URIRef(f"{node}/quote")
        position = URIRef(f"{node}/position")
        g.add((node, RDF.type, KG.EvidenceSpan))
        g.add((node, KG.inSource, self.iris.entity("source", stem)))
        g.add((node, OA.hasSelector, quote))
        g.add((node, OA.hasSelector, position))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(span.exact)))
        g.add((quote, OA.prefix, Literal(text[max(0, span.start - CONTEXT) : span.start])))
        g.add((quote, OA.suffix, Literal(text[span.end : span.end + CONTEXT])))
        g.add((position, RDF.type, OA.TextPositionSelector))
        g.add((position, OA.start, Literal(span.start)))
        g.add((position, OA.end, Literal(span.end)))
        return node

    def dated(self, g: Graph, node: URIRef, prop: URIRef, fact) -> None:
        if fact.date is None:
            return
        g.add((node, prop, date_literal(fact.date)))
        g.add((node, KG.datePrecision, PRECISION[date_precision(fact.date)]))
        g.add((node, KG.dateBasis, BASIS[fact.date_basis]))
        if fact.date_note:
            g.add((node, KG.dateNote, Literal(fact.date_note)))

    def provenance(
        self, g: Graph, stem: str, node: URIRef, group: str, index: int, prop: URIRef = KG.source
    ) -> None:
        g.add((node, prop, self.iris.entity("source", stem)))
        g.add((node, KG.evidence, self.span(g, stem, self.corpus.spans[(stem, group, index)])))
        note = getattr(self.corpus.facts[stem], group)[index].note
        if note:
            g.add((node, KG.note, Literal(note)))

    # -- facts ----------------------------------------------------------------------------

    def facts(self, g: Graph, stem: str) -> None:
        facts = self.corpus.facts.get(stem)
        if facts is None:
            return
        events = self.corpus.events  # id -> (kind, label, subject ids, agent ids)
        for index, event in enumerate(facts.events):
            node = self.ref(event.id)
            g.add((node, RDF.type, EVENT_CLASSES[event.kind]))
            g.add((node, RDFS.label, Literal(event.label)))
            self.dated(g, node, KG.eventDate, event)
            for agent in event.agent:
                g.add((node, KG.agent, self.ref(agent)))
            for subject in event.subject:
                g.add((node, KG.subject, self.ref(subject)))
            if event.framework:
                g.add((node, KG.framework, FRAMEWORKS[event.framework]))
            if event.post:
                g.add((node, KG.appointedTo, self.ref(event.post)))
            if event.report_of:
                g.add((node, KG.reportOf, self.ref(event.report_of)))
            if event.part_of:
                g.add((node, KG.partOfEvent, self.ref(event.part_of)))
            self.provenance(g, stem, node, "events", index)

        for index, judgement in enumerate(facts.judgements):
            node = self.iris.judgement(judgement.inspection, judgement.area)
            _kind, label, subjects, agents = events[judgement.inspection]
            area = self.iris.concept("area", judgement.area)
            grade = self.iris.concept("grade", judgement.grade)
            g.add((node, RDF.type, KG.Judgement))
            g.add(
                (
                    node,
                    RDFS.label,
                    Literal(f"{label}: {judgement.area} {judgement.grade}"),
                )
            )
            g.add((node, KG.inspection, self.ref(judgement.inspection)))
            g.add((node, KG.area, area))
            g.add((node, KG.grade, grade))
            for subject in subjects:
                if self.kinds.get(subject) == "body":
                    g.add((node, KG.judgedBody, self.ref(subject)))
            for agent in agents:
                g.add((node, KG.judgedBy, self.ref(agent)))
            self.provenance(g, stem, node, "judgements", index)

        for index, finding in enumerate(facts.findings):
            node = self.ref(finding.id)
            _kind, _label, subjects, agents = events[finding.inspection]
            text = finding.text or finding.evidence
            g.add((node, RDF.type, KG.Finding))
            g.add((node, RDFS.label, Literal(_short(text))))
            g.add((node, KG.text, Literal(text)))
            g.add(
                (node, KG.polarity, KG.Strength if finding.polarity == "strength" else KG.Weakness)
            )
            g.add((node, KG.inspection, self.ref(finding.inspection)))
            if finding.area:
                g.add((node, KG.area, self.iris.concept("area", finding.area)))
            for theme in finding.themes:
                g.add((node, KG.theme, self.iris.concept("theme", theme)))
            for subject in subjects:
                if self.kinds.get(subject) == "body":
                    g.add((node, KG.findingAbout, self.ref(subject)))
            for agent in agents:
                g.add((node, KG.judgedBy, self.ref(agent)))
            self.provenance(g, stem, node, "findings", index)

        for index, quote in enumerate(facts.quotations):
            node = self.ref(quote.id)
            g.add((node, RDF.type, KG.Quotation))
            g.add(
                (
                    node,
                    RDFS.label,
                    Literal(f"{self.label_of(quote.speaker)}: {_short(quote.text, 60)}"),
                )
            )
            g.add((node, KG.text, Literal(quote.text)))
            g.add((node, KG.speaker, self.ref(quote.speaker)))
            if quote.post:
                g.add((node, KG.speakerPost, self.ref(quote.post)))
            if quote.speaker_role:
                g.add((node, KG.speakerRole, Literal(quote.speaker_role)))
            if quote.cue:
                g.add((node, KG.cue, Literal(quote.cue)))
            if quote.context:
                g.add((node, KG.context, self.ref(quote.context)))
            for about in quote.about:
                g.add((node, KG.about, self.ref(about)))
            self.dated(g, node, KG.dateSaid, quote)
            g.add((node, KG.quotedFrom, self.iris.entity("source", stem)))
            words = self.corpus.text_spans[(stem, "quotations", index)]
            g.add((node, KG.quoteSpan, self.span(g, stem, words)))
            self.provenance(g, stem, node, "quotations", index, KG.quotedFrom)

        for index, mention in enumerate(facts.mentions):
            node = self.ref(mention.fact)
            prop = KG.quotedFrom if self.kinds[mention.fact] == "quotation" else KG.source
            self.provenance(g, stem, node, "mentions", index, prop)
            if prop == KG.quotedFrom:
                words = self.corpus.text_spans[(stem, "mentions", index)]
                g.add((node, KG.quoteSpan, self.span(g, stem, words)))

        for index, holding in enumerate(facts.post_holdings):
            node = (
                self.ref(holding.id)
                if holding.id
                else self.iris.holding(holding.person, holding.post)
            )
            person, post = self.ref(holding.person), self.ref(holding.post)
            post_body = self.corpus.post_bodies[holding.post]
            g.add((node, RDF.type, KG.PostHolding))
            g.add(
                (
                    node,
                    RDFS.label,
                    Literal(f"{self.label_of(holding.person)}, {self.label_of(holding.post)}"),
                )
            )
            g.add((node, KG.holder, person))
            g.add((node, KG.post, post))
            g.add((node, KG.organization, self.ref(post_body)))
            g.add((person, KG.holds, post))
            g.add((post, KG.heldBy, person))
            interval = URIRef(f"{node}/interval")
            g.add((node, KG.during, interval))
            g.add((interval, RDF.type, TIME.Interval))
            if holding.date:
                g.add((node, KG.evidencedAt, date_literal(holding.date)))
                g.add((node, KG.dateBasis, BASIS[holding.date_basis]))
                if holding.date_note:
                    g.add((node, KG.dateNote, Literal(holding.date_note)))
                g.add((interval, TIME.inside, self.instant(g, interval, holding.date)))
            if holding.start:
                g.add((interval, TIME.hasBeginning, self.instant(g, interval, holding.start)))
            if holding.end:
                g.add((interval, TIME.hasEnd, self.instant(g, interval, holding.end)))
            self.provenance(g, stem, node, "post_holdings", index)

        for index, figure in enumerate(facts.figures):
            node = self.ref(figure.id)
            value = figure.value if isinstance(figure.value, int) else Decimal(str(figure.value))
            g.add((node, RDF.type, KG.Figure))
            g.add((node, RDFS.label, Literal(figure.label)))
            g.add((node, KG.value, Literal(value)))
            g.add((node, KG.unit, Literal(figure.unit)))
            self.dated(g, node, KG.asOf, figure)
            for about in figure.about:
                g.add((node, KG.about, self.ref(about)))
            self.provenance(g, stem, node, "figures", index)

        for index, response in enumerate(facts.responses):
            node = self.ref(response.id)
            concept, prop = STANCE[response.stance]
            g.add((node, RDF.type, KG.Response))
            g.add((node, RDFS.label, Literal(f"{self.label_of(response.by)} {response.stance}")))
            g.add((node, KG.text, Literal(response.evidence)))
            g.add((node, KG.respondent, self.ref(response.by)))
            g.add((node, KG.stance, concept))
            for target in response.to:
                g.add((node, prop, self.ref(target)))
            if response.quotation:
                g.add((node, KG.expressedIn, self.ref(response.quotation)))
            self.dated(g, node, KG.responseDate, response)
            self.provenance(g, stem, node, "responses", index)

    @staticmethod
    def instant(g: Graph, interval: URIRef, value: str) -> URIRef:
        node = URIRef(f"{interval}/{value}")
        g.add((node, RDF.type, TIME.Instant))
        g.add((node, _TIME_PROPS[date_precision(value)], date_literal(value)))
        return node


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class Standard:
    """The standard super-classes and super-properties that ontology/ declares, ready to be
    copied into data (worked out once per build, not once per graph)."""

    def __init__(self, ontology: Graph):
        self.classes = superterms(ontology, RDFS.subClassOf)
        self.properties = superterms(ontology, RDFS.subPropertyOf)

    def added(self, triples) -> list[tuple[Node, Node, Node]]:
        """The standard triples implied by ``triples``."""
        supers, super_props = self.classes, self.properties
        added: list[tuple[Node, Node, Node]] = []
        for s, p, o in triples:
            if p == RDF.type and o in supers:
                added.extend((s, RDF.type, c) for c in supers[o])
            elif p in super_props:
                added.extend((s, q, o) for q in super_props[p])
        return added


def add_standard_triples(graph: Graph, ontology: Graph) -> None:
    """Copy the super-classes and super-properties that ontology/ declares into ``graph``."""
    for triple in Standard(ontology).added(list(graph)):
        graph.add(triple)


def superterms(ontology: Graph, prop: URIRef) -> dict[Node, set[Node]]:
    """``{x: every y with x prop+ y}`` (transitive, without x itself), e.g. for
    ``rdfs:subClassOf``: every class's super-classes."""
    direct: dict[Node, set[Node]] = {}
    for sub, sup in ontology.subject_objects(prop):
        if not isinstance(sub, BNode) and not isinstance(sup, BNode) and sub != sup:
            direct.setdefault(sub, set()).add(sup)
    closed: dict[Node, set[Node]] = {}
    for start, firsts in direct.items():
        seen: set[Node] = set()
        todo = list(firsts)
        while todo:
            node = todo.pop()
            if node not in seen and node != start:
                seen.add(node)
                todo.extend(direct.get(node, ()))
        closed[start] = seen
    return closed


class _Triples(list):
    """A list of triples that the builder writes to as it would to a Graph."""

    add = list.append


def registry_triples(corpus: Corpus, iris: Iris, standard: Standard) -> list:
    """The triples of the entity registry's graph, standard ones included, without repeats."""
    triples = _Triples()
    _Builder(corpus, iris).entities(triples)
    return _with_standard(triples, standard)


def unit_triples(corpus: Corpus, iris: Iris, standard: Standard, stem: str) -> list:
    """The triples of source ``stem``'s graph, standard ones included, without repeats.

    The source must have been read in full (``corpus.sources[stem]``)."""
    builder = _Builder(corpus, iris)
    triples = _Triples()
    builder.source(triples, stem)
    builder.facts(triples, stem)
    return _with_standard(triples, standard)


def _with_standard(triples: list, standard: Standard) -> list:
    unique = list(dict.fromkeys(triples))
    return list(dict.fromkeys(unique + standard.added(unique)))


def unit_dependencies(corpus: Corpus, stem: str) -> str:
    """A hash of everything the graph of ``stem`` reads about other sources' facts: for each id
    it references, its kind and, for events and quotations, what the builder uses of them."""
    summary = corpus.summaries.get(stem)
    refs = sorted({ref[0] for ref in summary.refs}) if summary else []
    public = [
        (
            ident,
            corpus.kinds.get(ident),
            corpus.events.get(ident),
            corpus.quotation_texts.get(ident),
        )
        for ident in refs
    ]
    text = json.dumps(public, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_dataset(corpus: Corpus, iris: Iris | None = None) -> Dataset:
    """The whole dataset: ontology graph, entity registry graph, one graph per source."""
    iris = iris or Iris()
    dataset = bind_prefixes(Dataset(), iris.base)
    ontology = load_ontology(corpus.root)
    standard = Standard(ontology)
    onto_graph = dataset.graph(ONTOLOGY_GRAPH)
    for triple in ontology:
        onto_graph.add(triple)
    entities = dataset.graph(iris.graph("entities"))
    for triple in registry_triples(corpus, iris, standard):
        entities.add(triple)
    for stem in sorted(corpus.sources):
        graph = dataset.graph(iris.graph(stem))
        for triple in unit_triples(corpus, iris, standard, stem):
            graph.add(triple)
    return dataset
