"""Load a project folder (``data/`` and ``ontology/``) and check it, reporting every problem.

>>> corpus = load_project(Path("."))            # doctest: +SKIP
>>> sorted(corpus.sources)[:1]                  # doctest: +SKIP
['bucks-childrens-services-branded-inadequate']
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from rdflib import Graph
from rdflib.namespace import SKOS

from graph.evidence import Span, Text
from graph.model import FACT_GROUPS, Entities, Facts, SourceMeta
from graph.problems import InputError, Problem
from graph.rdfio import read_turtle
from graph.yamlio import Located, field_path, read_yaml

__all__ = ["Corpus", "Source", "concept_ids", "load_project"]

ONTOLOGY_DIR = "ontology"
SCHEMES = {
    "grade": "GradeScheme",
    "area": "JudgementAreaScheme",
    "theme": "ThemeScheme",
}


@dataclass
class Source:
    """One source document: its metadata, verbatim text, and where they came from."""

    meta: SourceMeta
    text: Text
    text_file: str
    meta_file: str
    meta_located: Located | None = None


@dataclass
class Corpus:
    """Everything in ``data/``, checked, with every evidence span located in its source."""

    root: Path
    sources: dict[str, Source]
    entities: Entities
    facts: dict[str, Facts]
    concepts: dict[str, set[str]]
    # (source id, kind, index) -> span of the fact's evidence in the source text
    spans: dict[tuple[str, str, int], Span] = field(default_factory=dict)
    # (source id, "quotations", index) -> span of the quoted words themselves
    text_spans: dict[tuple[str, str, int], Span] = field(default_factory=dict)

    # id (or ("judgement", inspection, area)) -> (file, line) where the item is written
    locations: dict = field(default_factory=dict)
    # id -> "person", "body", "post", or the kind of fact ("quotation", "event"...)
    kinds: dict[str, str] = field(default_factory=dict)

    def kind_of(self, ident: str) -> str | None:
        """``person``, ``body``, ``post``, or the kind of fact an id names."""
        return self.kinds.get(ident)


def concept_ids(root: Path) -> dict[str, set[str]]:
    """The ids (last IRI segment) of the SKOS concepts in each scheme of ``ontology/``."""
    graph = Graph()
    for path in sorted((root / ONTOLOGY_DIR).glob("*.ttl")):
        read_turtle(path, _rel(root, path), graph)
    out: dict[str, set[str]] = {}
    for key, local in SCHEMES.items():
        schemes = [
            s
            for s in graph.subjects(predicate=None, object=SKOS.ConceptScheme)
            if str(s).endswith("#" + local)
        ]
        ids: set[str] = set()
        for scheme in schemes:
            for concept in graph.subjects(SKOS.inScheme, scheme):
                ids.add(str(concept).rstrip("/").rsplit("/", 1)[-1])
        out[key] = ids
    return out


def _validate(model: type[BaseModel], located: Located, problems: list[Problem]) -> Any:
    try:
        return model.model_validate(located.data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = tuple(part for part in error["loc"] if not _is_union_tag(part))
            message = error["msg"]
            if error["type"] == "extra_forbidden":
                message = "unknown field"
            elif error["type"] == "missing":
                message = "required field is missing"
            elif error["type"] == "value_error":
                message = message.removeprefix("Value error, ")
            problems.append(Problem(located.file, located.line(loc), field_path(loc), message))
        return None


def _validate_lists(
    model: type[BaseModel], located: Located, problems: list[Problem], ghosts: dict[str, str]
) -> Any:
    """Validate a container of lists; on failure keep the valid items, so one bad item does
    not make every reference to its siblings fail too. Ids of invalid items go to ``ghosts``."""
    whole = _validate(model, located, problems)
    if whole is not None or not isinstance(located.data, dict):
        return whole
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        raw = located.data.get(name)
        item_type = getattr(info.annotation, "__args__", (None,))[0]
        if (
            isinstance(raw, list)
            and isinstance(item_type, type)
            and issubclass(item_type, BaseModel)
        ):
            kept = []
            for item in raw:
                try:
                    kept.append(item_type.model_validate(item))
                except ValidationError:
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        ghosts[item["id"]] = name
            fields[name] = kept
        elif raw is not None:
            fields[name] = raw
    return model.model_construct(**fields)


def _is_union_tag(part: Any) -> bool:
    # pydantic reports which union member failed ("function-after[...]", "literal['unknown']")
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "float", "bool"})


def _rel(root: Path, path: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _read(path: Path, root: Path, problems: list[Problem]) -> Located | None:
    try:
        return read_yaml(path, _rel(root, path))
    except InputError as exc:
        problems.extend(exc.problems)
        return None


def load_project(root: Path) -> Corpus:
    """Read and check ``root/data`` against ``root/ontology``; raise :class:`InputError`."""
    root = Path(root)
    problems: list[Problem] = []
    data = root / "data"
    if not (data / "sources").is_dir():
        raise InputError(
            [
                Problem(
                    _rel(root, data / "sources"),
                    None,
                    "",
                    "folder not found (is this a project folder? use --project DIR)",
                )
            ]
        )
    concepts = concept_ids(root)

    sources = _load_sources(root, problems)
    entities_loc = _read(data / "entities.yaml", root, problems)
    ghosts: dict[str, str] = {}
    entities = _validate_lists(Entities, entities_loc, problems, ghosts) if entities_loc else None
    facts: dict[str, tuple[Facts, Located]] = {}
    for path in sorted((data / "facts").glob("*.yaml")):
        located = _read(path, root, problems)
        if located is None:
            continue
        parsed = _validate_lists(Facts, located, problems, ghosts)
        if parsed is None:
            continue
        if not isinstance(getattr(parsed, "source", None), str):
            continue
        if parsed.source != path.stem:
            problems.append(
                Problem(
                    located.file,
                    located.line(("source",)),
                    "source",
                    f"must equal the file name {path.stem!r}",
                )
            )
        elif parsed.source not in sources:
            problems.append(
                Problem(
                    located.file,
                    located.line(("source",)),
                    "source",
                    f"unknown source {parsed.source!r} (no data/sources/{parsed.source}.yaml)",
                )
            )
        else:
            facts[parsed.source] = (parsed, located)

    corpus = Corpus(
        root, sources, entities or Entities(), {k: v[0] for k, v in facts.items()}, concepts
    )
    if entities is not None:
        _check_entities(corpus, entities_loc, problems)
    # Ids of items that failed validation (already reported) satisfy references: no cascade.
    for ident in ghosts:
        corpus.kinds.setdefault(ident, GHOST)
    _check_facts(corpus, facts, problems)
    if problems:
        raise InputError(problems)
    return corpus


def _load_sources(root: Path, problems: list[Problem]) -> dict[str, Source]:
    folder = root / "data" / "sources"
    sources: dict[str, Source] = {}
    metas = {p.stem: p for p in folder.glob("*.yaml")}
    texts = {p.stem: p for p in folder.glob("*.txt")}
    for stem in sorted(set(texts) - set(metas)):
        problems.append(
            Problem(_rel(root, texts[stem]), None, "", f"no metadata file data/sources/{stem}.yaml")
        )
    for stem in sorted(metas):
        located = _read(metas[stem], root, problems)
        if located is None:
            continue
        meta = _validate(SourceMeta, located, problems)
        if meta is None:
            continue
        if meta.id != stem:
            problems.append(
                Problem(
                    located.file, located.line(("id",)), "id", f"must equal the file name {stem!r}"
                )
            )
            continue
        if stem not in texts:
            problems.append(Problem(located.file, 1, "", f"no text file data/sources/{stem}.txt"))
            continue
        try:
            text = texts[stem].read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(_rel(root, texts[stem]), None, "", f"not UTF-8 text ({exc.reason})")
            )
            continue
        sources[stem] = Source(meta, Text(text), _rel(root, texts[stem]), located.file, located)
    return sources


def _check_entities(corpus: Corpus, located: Located, problems: list[Problem]) -> None:
    ents = corpus.entities
    kinds = corpus.kinds
    for group, kind in (("people", "person"), ("bodies", "body"), ("posts", "post")):
        for index, item in enumerate(getattr(ents, group)):
            if item.id in kinds:
                problems.append(
                    Problem(
                        located.file,
                        located.line((group, index, "id")),
                        f"{group}[{index}].id",
                        f"duplicate id {item.id!r}",
                    )
                )
            kinds.setdefault(item.id, kind)

    def need(ident: str | None, want: set[str], path: tuple) -> None:
        if ident is not None and kinds.get(ident) not in want | {GHOST}:
            problems.append(_ref_problem(located, path, ident, want, kinds))

    for index, body in enumerate(ents.bodies):
        need(body.part_of, {"body"}, ("bodies", index, "part_of"))
        need(body.succeeded_by, {"body"}, ("bodies", index, "succeeded_by"))
    for index, post in enumerate(ents.posts):
        need(post.body, {"body"}, ("posts", index, "body"))
    for source in corpus.sources.values():
        publisher = source.meta.publisher
        if not isinstance(publisher, str):
            need_in = source.meta_located
            if kinds.get(publisher.body) != "body":
                problems.append(
                    _ref_problem(need_in, ("publisher", "body"), publisher.body, {"body"}, kinds)
                )


def _ref_problem(
    located: Located, path: tuple, ident: str, want: set[str], kinds: dict[str, str]
) -> Problem:
    have = kinds.get(ident)
    wanted = " or ".join(sorted(want))
    if have is None:
        message = f"unknown id {ident!r} (expected a {wanted})"
    else:
        message = f"{ident!r} is a {have}, expected a {wanted}"
    return Problem(located.file, located.line(path), field_path(path), message)


GHOST = "invalid item"
FACT_KINDS = {
    "events": "event",
    "findings": "finding",
    "quotations": "quotation",
    "figures": "figure",
    "responses": "response",
    "post_holdings": "post-holding",
}
AGENTS = {"person", "body"}
ANY = {
    "person",
    "body",
    "post",
    "event",
    "finding",
    "quotation",
    "figure",
    "response",
    "post-holding",
}


def _items(facts: Facts) -> Iterator[tuple[str, int, Any]]:
    for group in FACT_GROUPS:
        for index, item in enumerate(getattr(facts, group)):
            yield group, index, item


def _check_facts(
    corpus: Corpus, facts: dict[str, tuple[Facts, Located]], problems: list[Problem]
) -> None:
    kinds = corpus.kinds
    home: dict[str, str] = {}
    # First pass: ids, so references may point forwards and across files.
    for parsed, located in facts.values():
        for group, index, item in _items(parsed):
            if group == "judgements":
                key = ("judgement", item.inspection, item.area)
                corpus.locations.setdefault(key, (located.file, located.line((group, index))))
            ident = getattr(item, "id", None)
            if group not in FACT_KINDS or ident is None:
                continue
            if ident in kinds:
                where = home.get(ident, "data/entities.yaml")
                problems.append(
                    Problem(
                        located.file,
                        located.line((group, index, "id")),
                        f"{group}[{index}].id",
                        f"duplicate id {ident!r} (already used in {where})",
                    )
                )
                continue
            kinds[ident] = FACT_KINDS[group]
            home[ident] = located.file
            corpus.locations[ident] = (located.file, located.line((group, index)))
    event_kinds = {e.id: e.kind for parsed, _ in facts.values() for e in parsed.events}
    grades: dict[tuple[str, str], tuple[str, str, int]] = {}

    for stem, (parsed, located) in facts.items():

        def need(ident, want, path, located=located):
            if ident is not None and kinds.get(ident) not in want | {GHOST}:
                problems.append(_ref_problem(located, path, ident, want, kinds))

        def concept(ident, scheme, path, located=located):
            if ident is not None and ident not in corpus.concepts[scheme]:
                known = ", ".join(sorted(corpus.concepts[scheme]))
                problems.append(
                    Problem(
                        located.file,
                        located.line(path),
                        field_path(path),
                        f"unknown {scheme} {ident!r} (known: {known})",
                    )
                )

        for group, index, item in _items(parsed):
            at = (group, index)
            if group == "events":
                for k, ident in enumerate(item.agent):
                    need(ident, AGENTS, (*at, "agent", k))
                for k, ident in enumerate(item.subject):
                    need(ident, ANY, (*at, "subject", k))
                need(item.post, {"post"}, (*at, "post"))
                need(item.report_of, {"event"}, (*at, "report_of"))
                need(item.part_of, {"event"}, (*at, "part_of"))
            elif group == "judgements":
                need(item.inspection, {"event"}, (*at, "inspection"))
                concept(item.area, "area", (*at, "area"))
                concept(item.grade, "grade", (*at, "grade"))
                if event_kinds.get(item.inspection) not in (None, "inspection"):
                    problems.append(
                        Problem(
                            located.file,
                            located.line((*at, "inspection")),
                            field_path((*at, "inspection")),
                            f"{item.inspection!r} is a "
                            f"{event_kinds[item.inspection]}, not an inspection",
                        )
                    )
                key = (item.inspection, item.area)
                if key in grades and grades[key][0] != item.grade:
                    other = grades[key]
                    problems.append(
                        Problem(
                            located.file,
                            located.line((*at, "grade")),
                            field_path((*at, "grade")),
                            f"grade {item.grade!r} contradicts {other[0]!r} for "
                            f"the same inspection and area in {other[1]}:{other[2]}",
                        )
                    )
                grades.setdefault(key, (item.grade, located.file, located.line((*at, "grade"))))
            elif group == "findings":
                need(item.inspection, {"event"}, (*at, "inspection"))
                concept(item.area, "area", (*at, "area"))
                for k, ident in enumerate(item.themes):
                    concept(ident, "theme", (*at, "themes", k))
            elif group == "quotations":
                need(item.speaker, AGENTS, (*at, "speaker"))
                need(item.post, {"post"}, (*at, "post"))
                need(item.context, {"event"}, (*at, "context"))
                for k, ident in enumerate(item.about):
                    need(ident, ANY, (*at, "about", k))
            elif group == "mentions":
                need(
                    item.fact,
                    {"quotation", "finding", "event", "figure", "response", "post-holding"},
                    (*at, "fact"),
                )
            elif group == "post_holdings":
                need(item.person, {"person"}, (*at, "person"))
                need(item.post, {"post"}, (*at, "post"))
            elif group == "figures":
                for k, ident in enumerate(item.about):
                    need(ident, ANY, (*at, "about", k))
            elif group == "responses":
                need(item.by, AGENTS, (*at, "by"))
                for k, ident in enumerate(item.to):
                    need(ident, {"finding", "event", "quotation"}, (*at, "to", k))
                need(item.quotation, {"quotation"}, (*at, "quotation"))
        _check_evidence(corpus, stem, parsed, located, problems)


def _check_evidence(
    corpus: Corpus, stem: str, parsed: Facts, located: Located, problems: list[Problem]
) -> None:
    source = corpus.sources[stem]
    text_file = source.text_file
    quotations = {q.id: q for f in corpus.facts.values() for q in f.quotations}
    for group, index, item in _items(parsed):
        at = (group, index)
        if group == "mentions" and item.fact in quotations:
            span = source.text.find(item.evidence)
            if span is not None:
                corpus.spans[(stem, group, index)] = span
                # The quoted words themselves, where the mention repeats them in full.
                inner = source.text.find(quotations[item.fact].text, span.start)
                fits = inner is not None and inner.end <= span.end
                corpus.text_spans[(stem, group, index)] = inner if fits else span
                continue
        if group == "quotations":
            words = source.text.find(item.text)
            if words is None:
                problems.append(
                    Problem(
                        located.file,
                        located.line((*at, "text")),
                        field_path((*at, "text")),
                        f"quoted words not found verbatim in {text_file}",
                    )
                )
                continue
            corpus.text_spans[(stem, group, index)] = words
            if item.evidence is None:
                corpus.spans[(stem, group, index)] = words
                continue
        span = source.text.find(item.evidence)
        if span is None:
            problems.append(
                Problem(
                    located.file,
                    located.line((*at, "evidence")),
                    field_path((*at, "evidence")),
                    f"evidence not found verbatim in {text_file}",
                )
            )
            continue
        if group == "quotations":
            inner = source.text.find(item.text, span.start)
            if inner is None or inner.end > span.end:
                problems.append(
                    Problem(
                        located.file,
                        located.line((*at, "evidence")),
                        field_path((*at, "evidence")),
                        "evidence must contain the quoted words",
                    )
                )
                continue
            corpus.text_spans[(stem, group, index)] = inner
        corpus.spans[(stem, group, index)] = span
