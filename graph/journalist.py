"""Answers to journalists' questions, each from a named SPARQL query (graph/queries/*.rq).

Names are resolved the way people type them: full names, aliases and surnames,
case-insensitively, with honorifics ("Cllr", "Mr") ignored; an unknown name is an error listing
the closest known names. Dates may be ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; a fact is kept
when its period overlaps the range asked for, so a fact dated only "2018" matches
``--since 2018-06`` (it may fall after June) but not ``--since 2019``.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from graph.evidence import normalise
from graph.model import _check_date, date_period
from graph.namespace import KG
from graph.output import Table
from graph.problems import InputError, Problem
from graph.queries import run

__all__ = [
    "DateRange",
    "connections",
    "findings",
    "posts",
    "quotes",
    "ratings",
    "resolve",
    "responses",
    "show",
    "timeline",
]

HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "cllr",
    "councillor",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "the",
}
THEME_BASE = "https://w3id.org/cskg/vocab/theme/"


def _error(option: str, message: str) -> InputError:
    return InputError([Problem(option, None, "", message)])


def _s(value: Node | None) -> str:
    return "" if value is None else str(value)


def _key(name: str) -> str:
    """Comparable form of a name: case, quotes, punctuation and honorifics ignored."""
    words = re.findall(r"[\w']+", normalise(name).lower())
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


# --- names ---------------------------------------------------------------------------------


class _Names:
    """Every name of every person, body and post (``names.rq``), indexed for :func:`resolve`.
    Read once per graph: a build is never changed while it is being read."""

    def __init__(self, graph: Graph):
        self.rows = [
            (r["entity"], str(r["kind"]), str(r["label"]), str(r["name"]))
            for r in run(graph, "names")
        ]
        self.by_id: dict[str, set[URIRef]] = defaultdict(set)
        self.by_key: dict[str, set[tuple[URIRef, str]]] = defaultdict(set)
        self.by_surname: dict[str, set[URIRef]] = defaultdict(set)
        self.keys: dict[str, str] = {}
        for entity, kind, _, name in self.rows:
            self.by_id[str(entity)].add(entity)
            self.by_id[str(entity).rsplit("/", 1)[-1]].add(entity)
            key = self.keys.setdefault(name, _key(name))
            self.by_key[key].add((entity, kind))
            if kind == "person" and key:
                self.by_surname[key.split()[-1]].add(entity)

    @classmethod
    def of(cls, graph: Graph) -> _Names:
        names = graph.__dict__.get("_kg_names")
        if names is None:
            names = graph.__dict__["_kg_names"] = cls(graph)
        return names


def resolve(graph: Graph, name: str, kinds: Iterable[str], option: str) -> list[URIRef]:
    """The entities of the given kinds (person, body, post) that ``name`` names.

    Tried in order: an id (``warren-whyte``) or IRI; a full name or alias; a surname
    (people); a whole-word part of a name (bodies, posts). Raises an error listing the
    closest names when nothing matches.
    """
    kinds = set(kinds)
    names = _Names.of(graph)
    kind_of = {entity: kind for entity, kind, _, _ in names.rows}
    by_id = {e for e in names.by_id.get(name, ()) if kind_of[e] in kinds}
    if by_id:
        return sorted(by_id, key=str)
    wanted = _key(name)
    if not wanted:
        raise _error(option, f"empty name {name!r}")
    found = {entity for entity, kind in names.by_key.get(wanted, ()) if kind in kinds}
    if not found and " " not in wanted and "person" in kinds:
        found = set(names.by_surname.get(wanted, ()))
    rows = [row for row in names.rows if row[1] in kinds]
    if not found:
        pattern = re.compile(rf"\b{re.escape(wanted)}\b")
        found = {
            entity
            for entity, kind, _, name_ in rows
            if kind != "person" and pattern.search(names.keys[name_])
        }
    if found:
        return sorted(found, key=str)
    labels = sorted({label for _, _, label, _ in rows})
    close = difflib.get_close_matches(name, labels, n=5, cutoff=0.4)
    close += [
        lab
        for lab in difflib.get_close_matches(wanted, [_key(x) for x in labels], n=5, cutoff=0.4)
        if lab not in close
    ]
    shown = close or labels[:8]
    kind_words = " or ".join(sorted(kinds))
    suggestions = _joined(next((lab for lab in labels if _key(lab) == c), c) for c in shown)
    raise _error(option, f"no {kind_words} called {name!r}; closest known: {suggestions}")


def _theme(graph: Graph, name: str) -> URIRef:
    themes: dict[str, str] = {}
    for s, label in graph.subject_objects(URIRef("http://www.w3.org/2004/02/skos/core#prefLabel")):
        if str(s).startswith(THEME_BASE):
            themes[str(s)[len(THEME_BASE) :]] = str(label)
    wanted = _key(name).replace(" ", "-")
    for ident, label in themes.items():
        if wanted in (ident, _key(label).replace(" ", "-")):
            return URIRef(THEME_BASE + ident)
    close = difflib.get_close_matches(wanted, sorted(themes), n=5, cutoff=0.4)
    raise _error(
        "--theme", f"no theme {name!r}; closest known: " + ", ".join(close or sorted(themes))
    )


# --- dates ---------------------------------------------------------------------------------


class DateRange:
    """``--since``/``--until`` at any precision; a fact matches when its period overlaps."""

    def __init__(self, since: str | None = None, until: str | None = None):
        self.start = self._parse(since, "--since")[0] if since else None
        self.end = self._parse(until, "--until")[1] if until else None

    @staticmethod
    def _parse(value: str, option: str) -> tuple[date, date]:
        try:
            return date_period(_check_date(value))
        except ValueError as exc:
            raise _error(option, str(exc)) from None

    @property
    def active(self) -> bool:
        return self.start is not None or self.end is not None

    def keeps(self, value: Node | str | None) -> bool:
        if not self.active:
            return True
        if value is None or str(value) == "":
            return False
        first, last = date_period(str(value))
        return (self.start is None or last >= self.start) and (
            self.end is None or first <= self.end
        )


def _sort_date(value: str) -> tuple:
    return (0, date_period(value)) if value else (1, ())


def _joined(values: Iterable[str], separator: str = "; ") -> str:
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return separator.join(seen)


def _groups(grouped: dict) -> list[list[dict]]:
    """The groups of rows (one per fact), each in source order, so joined lists are stable."""
    return [
        sorted(group, key=lambda r: (_s(r.get("source_title")), _s(r.get("evidence"))))
        for group in grouped.values()
    ]


def _with_evidence(columns: list[str], evidence: bool) -> list[str]:
    return [*columns, "evidence", "source_ids"] if evidence else columns


def _source_id(iri: Node) -> str:
    return str(iri).rsplit("/", 1)[-1]


def _evidence(group: list[dict]) -> dict[str, str]:
    """The ``--evidence`` columns of one fact: its exact words in each source, and their ids."""
    return {
        "evidence": _joined((_s(r["evidence"]) for r in group), " | "),
        "source_ids": _joined(_source_id(r["source"]) for r in group),
    }


# --- the questions -------------------------------------------------------------------------


def _each(graph: Graph, query: str, **wanted: set[URIRef] | None) -> Iterable[dict]:
    """The rows of a named query for each wanted value of one variable (the first given
    set), bound in the query rather than filtered after it; all rows when none is given."""
    for variable, values in wanted.items():
        if values is not None:
            for value in sorted(values, key=str):
                yield from run(graph, query, **{variable: value})
            return
    yield from run(graph, query)


def quotes(
    graph: Graph,
    speaker: str | None = None,
    body: str | None = None,
    post: str | None = None,
    since: str | None = None,
    until: str | None = None,
    contains: str | None = None,
    evidence: bool = False,
) -> Table:
    """Who said what, when, in which post, and where it was published."""
    dates = DateRange(since, until)
    speakers = resolve(graph, speaker, {"person", "body"}, "--speaker") if speaker else [None]
    bodies = set(resolve(graph, body, {"body"}, "--body")) if body else None
    posts_wanted = set(resolve(graph, post, {"post"}, "--post")) if post else None
    needle = normalise(contains).lower() if contains else None
    grouped: dict[URIRef, list[dict]] = defaultdict(list)
    for who in speakers:
        for row in run(graph, "quotes", speaker=who):
            grouped[row["q"]].append(row)
    rows = []
    for group in _groups(grouped):
        first = group[0]
        if bodies is not None and not ({first["body"], first["speaker"]} & bodies):
            continue
        if posts_wanted is not None and first["post"] not in posts_wanted:
            continue
        if needle and needle not in normalise(str(first["text"])).lower():
            continue
        if not dates.keeps(first["date"]):
            continue
        is_body = bool(first["speaker_is_body"].toPython())
        name = _s(first["speaker_name"])
        if first["role"] is not None:
            name += f" ({first['role']})"
        row = {
            "date": _s(first["date"]),
            "speaker": name,
            "post": _s(first["post_name"]),
            "body": _s(first["speaker_name"]) if is_body else _s(first["body_name"]),
            "quotation": _s(first["text"]),
            "source": _joined(_s(r["source_title"]) for r in group),
            "publisher": _joined(_s(r["publisher_name"]) or "unknown" for r in group),
        }
        if evidence:
            row.update(_evidence(group))
        rows.append(row)
    rows.sort(key=lambda r: (_sort_date(r["date"]), r["speaker"], r["quotation"]))
    columns = ["date", "speaker", "post", "body", "quotation", "source", "publisher"]
    return Table(_with_evidence(columns, evidence), rows, "quotations")


def posts(
    graph: Graph, body: str | None = None, post: str | None = None, evidence: bool = False
) -> Table:
    """Who held which post when, with the dates the sources show it."""
    bodies = set(resolve(graph, body, {"body"}, "--body")) if body else None
    wanted = set(resolve(graph, post, {"post"}, "--post")) if post else None
    grouped: dict[URIRef, list[dict]] = defaultdict(list)
    for row in _each(graph, "posts", post=wanted, body=None if wanted else bodies):
        if bodies is not None and row["body"] not in bodies:
            continue
        grouped[row["h"]].append(row)
    rows = []
    for group in _groups(grouped):
        first = group[0]
        seen = sorted(
            {_s(r["evidenced"]) for r in group if r["evidenced"] is not None}, key=_sort_date
        )
        row = {
            "person": _s(first["person_name"]),
            "post": _s(first["post_name"]),
            "body": _s(first["body_name"]),
            "evidenced": ", ".join(seen),
            "from": _s(first["start"]),
            "until": _s(first["end"]),
            "source": _joined(_s(r["source_title"]) for r in group),
        }
        if evidence:
            row.update(_evidence(group))
        rows.append(row)
    rows.sort(
        key=lambda r: (r["body"], r["post"], _sort_date(r["evidenced"].split(", ")[0]), r["person"])
    )
    columns = ["person", "post", "body", "evidenced", "from", "until", "source"]
    return Table(_with_evidence(columns, evidence), rows, "post holders")


def ratings(graph: Graph, body: str | None = None, evidence: bool = False) -> Table:
    """Each inspection's judgements by area and grade, in date order."""
    bodies = set(resolve(graph, body, {"body"}, "--body")) if body else None
    grouped: dict[URIRef, list[dict]] = defaultdict(list)
    for row in _each(graph, "ratings", body=bodies):
        grouped[row["j"]].append(row)
    rows = []
    for group in _groups(grouped):
        first = group[0]
        row = {
            "date": _s(first["date"]),
            "body": _s(first["body_name"]),
            "framework": _s(first["framework"]).upper(),
            "area": _s(first["area_name"]),
            "grade": _s(first["grade_name"]),
            "published": _joined(sorted({_s(r["published"]) for r in group}, key=_sort_date)),
            "source": _joined(_s(r["source_title"]) for r in group),
        }
        if evidence:
            row.update(_evidence(group))
        rows.append(row)
    rows.sort(
        key=lambda r: (
            _sort_date(r["date"]),
            r["body"],
            "overall" not in r["area"].lower(),
            r["area"],
        )
    )
    columns = ["date", "body", "framework", "area", "grade", "published", "source"]
    return Table(_with_evidence(columns, evidence), rows, "ratings")


def findings(
    graph: Graph,
    theme: str | None = None,
    body: str | None = None,
    recurring: bool = False,
    evidence: bool = False,
) -> Table:
    """Findings with inspection, area, strength or weakness and themes; or recurring themes."""
    wanted_theme = _theme(graph, theme) if theme else None
    bodies = set(resolve(graph, body, {"body"}, "--body")) if body else None
    if recurring:
        rows = []
        if bodies is not None:  # a body counts with the bodies it was succeeded by
            bodies |= {r["lineage"] for r in run(graph, "findings") if r["body"] in bodies}
        for row in run(graph, "recurring", theme=wanted_theme):
            if bodies is not None and row["lineage"] not in bodies:
                continue
            dates = sorted(set(_s(row["dates"]).split()), key=_sort_date)
            # Predecessors first, the latest body last.
            latest = _s(row["lineage_name"])
            names = sorted(set(_s(row["bodies"]).split("; ")), key=lambda n: (n == latest, n))
            rows.append(
                {
                    "body": "; ".join(names),
                    "theme": _s(row["theme_name"]),
                    "inspections": _s(row["inspections"]),
                    "dates": ", ".join(dates),
                }
            )
        rows.sort(key=lambda r: (r["body"], -int(r["inspections"]), r["theme"]))
        return Table(["body", "theme", "inspections", "dates"], rows, "recurring themes")
    grouped: dict[URIRef, list[dict]] = defaultdict(list)
    for row in run(graph, "findings"):
        if bodies is not None and not ({row["body"], row["lineage"]} & bodies):
            continue
        grouped[row["f"]].append(row)
    rows = []
    for group in _groups(grouped):
        if wanted_theme is not None and wanted_theme not in {r["theme"] for r in group}:
            continue
        first = group[0]
        row = {
            "date": _s(first["date"]),
            "inspection": _s(first["inspection_name"]),
            "area": _s(first["area_name"]),
            "finding": _s(first["polarity"]),
            "themes": _joined(sorted({_s(r["theme_name"]) for r in group}), ", "),
            "text": _s(first["text"]),
        }
        if evidence:
            row.update(_evidence(group))
        rows.append(row)
    rows.sort(key=lambda r: (_sort_date(r["date"]), r["inspection"], r["finding"], r["text"]))
    columns = ["date", "inspection", "area", "finding", "themes", "text"]
    return Table(_with_evidence(columns, evidence), rows, "findings")


def responses(
    graph: Graph, by: str | None = None, stance: str | None = None, evidence: bool = False
) -> Table:
    """Who answered which finding, agreeing, disputing or qualifying it, with both texts."""
    who = set(resolve(graph, by, {"person", "body"}, "--by")) if by else None
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for row in run(graph, "responses"):
        if who is not None and row["by"] not in who:
            continue
        if stance is not None and str(row["stance"]) != stance:
            continue
        grouped[(row["r"], row["target"])].append(row)
    rows = []
    for group in _groups(grouped):
        first = group[0]
        row = {
            "date": _s(first["date"]),
            "by": _s(first["by_name"]),
            "stance": _s(first["stance"]),
            "to": _s(first["target_kind"]),
            "finding": _s(first["target_text"]),
            "response": _s(first["words"]) or _s(first["response_text"]),
        }
        if evidence:
            row.update(_evidence(group))
        rows.append(row)
    rows.sort(
        key=lambda r: (_sort_date(r["date"]), r["by"], r["stance"], r["finding"], r["response"])
    )
    columns = ["date", "by", "stance", "to", "finding", "response"]
    return Table(_with_evidence(columns, evidence), rows, "responses")


def timeline(graph: Graph, entity: str | None = None, evidence: bool = False) -> Table:
    """Every dated event, judgement, statement and appointment, in date order."""
    wanted = set(resolve(graph, entity, {"person", "body", "post"}, "ENTITY")) if entity else None
    names = {entity: label for entity, _, label, _ in _Names.of(graph).rows}
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for row in run(graph, "timeline"):
        grouped[(row["item"], str(row["kind"]), _s(row["date"]))].append(row)
    rows = []
    for (_, kind, _), group in zip(grouped, _groups(grouped), strict=True):
        who = {r["who"] for r in group if r["who"] is not None}
        if wanted is not None and not (who & wanted):
            continue
        first = group[0]
        row = {
            "date": _s(first["date"]),
            "kind": kind,
            "what": _s(first["what"]),
            "who": _joined(sorted(names.get(w, "") for w in who), ", "),
            "source": _joined(_s(r["source_title"]) for r in group),
        }
        if evidence:
            row.update(_evidence(group))
        rows.append(row)
    # Every column in the key: two responses can share date, kind and text, and the order
    # rows come from the query differs between stores.
    rows.sort(key=lambda r: (_sort_date(r["date"]), r["kind"], r["what"], *r.values()))
    columns = ["date", "kind", "what", "who", "source"]
    return Table(_with_evidence(columns, evidence), rows, "timeline")


FACT_CLASSES = (KG.Quotation, KG.PostHolding, KG.Event, KG.Response)


def connections(graph: Graph, iri: URIRef) -> list[dict[str, str]]:
    """The people, bodies and posts ``iri`` links to: directly by one of our properties (in
    either direction), or through a quotation, post holding, event or response both take
    part in (the relation is then the fact's class).

    Walked with triple lookups from ``iri`` outwards: rdflib's SPARQL engine puts the type
    patterns of such a query first and scans every typed node.
    """
    kinds = {"person": "Person", "body": "Body", "post": "Post"}
    entities = {e: (label, kinds[kind]) for e, kind, label, _ in _Names.of(graph).rows}
    own = str(KG)

    labels: dict[URIRef, str] = {}

    def label(term: URIRef) -> str:
        if term not in labels:
            labels[term] = _s(graph.value(term, RDFS.label)) or str(term).rsplit("#", 1)[-1]
        return labels[term]

    found: set[tuple[str, URIRef]] = set()
    for p, other in graph.predicate_objects(iri):
        if str(p).startswith(own) and other in entities:
            found.add((label(p), other))
    for subject, p in set(graph.subject_predicates(iri)):
        if not str(p).startswith(own):
            continue
        if subject in entities:
            found.add((label(p), subject))
            continue
        types = set(graph.objects(subject, RDF.type))
        for fact_class in FACT_CLASSES:
            if fact_class in types:
                for p2, other in graph.predicate_objects(subject):
                    if str(p2).startswith(own) and other in entities:
                        found.add((label(fact_class).lower(), other))
    return [
        {"relation": relation, "name": entities[other][0], "type": entities[other][1]}
        for relation, other in found
        if other != iri
    ]


def show(graph: Graph, entity: str, evidence: bool = False) -> list[Table]:
    """One entity's card: names, posts over time, quotations, connections, sources."""
    found = resolve(graph, entity, {"person", "body", "post"}, "ENTITY")
    if len(found) > 1:
        labels = sorted({label for e, _, label, _ in _Names.of(graph).rows if e in found})
        raise _error(
            "ENTITY", f"{entity!r} names several entities: {'; '.join(sorted(set(labels)))}"
        )
    (iri,) = found
    card = run(graph, "entity", entity=iri)
    label = _s(card[0]["label"]) if card else str(iri)
    kind = _joined(sorted({_s(r["type"]).rsplit("#", 1)[-1] for r in card}), ", ")
    about = Table(
        ["field", "value"],
        [
            {"field": "id", "value": str(iri).rsplit("/", 1)[-1]},
            {"field": "iri", "value": str(iri)},
            {"field": "name", "value": label},
            {"field": "type", "value": kind},
            {"field": "aliases", "value": _joined(sorted({_s(r["alias"]) for r in card}))},
            {"field": "note", "value": _joined(_s(r["note"]) for r in card)},
        ],
        label,
    )
    held = posts(graph, evidence=evidence)
    held.rows = [r for r in held.rows if label in (r["person"], r["post"], r["body"])]
    held.title = "posts"
    said = quotes(graph, speaker=None, evidence=evidence)

    def spoken(row: dict[str, str]) -> bool:
        if kind == "Post":  # what holders said in the post
            return row["post"] == label
        return row["speaker"] == label or row["speaker"].startswith(label + " (")

    said.rows = [r for r in said.rows if spoken(r)]
    said.title = "quotations"
    links = Table(
        ["relation", "name", "type"],
        sorted(connections(graph, iri), key=lambda r: (r["type"], r["name"], r["relation"])),
        "connections",
    )
    links.rows = [dict(t) for t in dict.fromkeys(tuple(r.items()) for r in links.rows)]
    dated = timeline(graph, entity=None)
    titles = {t for r in said.rows + held.rows for t in r["source"].split("; ") if t}
    titles |= {
        t for r in dated.rows if label in r["who"].split(", ") for t in r["source"].split("; ") if t
    }
    sources = Table(["source"], [{"source": t} for t in sorted(titles)], "sources")
    return [about, held, said, links, sources]
