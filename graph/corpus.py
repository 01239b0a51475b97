"""Load a project folder (``data/`` and ``ontology/``) and check it, reporting every problem.

>>> corpus = load_project(Path("."))            # doctest: +SKIP
>>> sorted(corpus.sources)[:1]                  # doctest: +SKIP
['bucks-childrens-services-branded-inadequate']

Checks come in two kinds. *Local* checks read one source only (its metadata, text and facts
file): schema, concepts, evidence found verbatim. *Global* checks read what every source
defines: ids unique, references resolving to the right kind of thing, the same judgement never
given two grades, publishers being bodies. A source is summarised (:class:`Summary`: the ids
it defines, its judgements, events, quotations and references) right after its local checks,
and the global checks run over the summaries alone. An incremental build keeps the summaries of
unchanged sources from the last build and reads only what changed, yet runs every global check
over the whole corpus (they are cheap: one pass over the summaries).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
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

__all__ = [
    "Corpus",
    "Source",
    "Summary",
    "check_corpus",
    "check_evidence",
    "concept_ids",
    "load_project",
    "load_unit",
    "unit_files",
    "unit_stems",
]

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
class Summary:
    """What the global checks and the other sources' graphs need from one source.

    Lines are those of the facts file (``file``), or of the metadata file for ``publisher``.
    Plain data only, so that it is kept in the build manifest as JSON.
    """

    stem: str
    file: str | None = None  # the facts file, when it was read and names this source
    # (group, index, id, line of the id, line of the item) of every fact with an id
    ids: list[tuple[str, int, str, int | None, int | None]] = field(default_factory=list)
    # (index, inspection, area, grade, line of item, line of grade, line of inspection)
    judgements: list[tuple[int, str, str, str, int | None, int | None, int | None]] = field(
        default_factory=list
    )
    # id -> (kind, label, subject ids, agent ids)
    events: dict[str, tuple[str, str, list[str], list[str]]] = field(default_factory=dict)
    quotations: dict[str, str] = field(default_factory=dict)  # id -> quoted words
    # (referenced id, kinds it may be, line, field) of every reference, in file order
    refs: list[tuple[str, list[str], int | None, str]] = field(default_factory=list)
    ghosts: dict[str, str] = field(default_factory=dict)  # ids of items that failed validation
    meta_file: str | None = None
    publisher: tuple[str, int | None] | None = None  # (body id, line) in the metadata file

    def to_json(self) -> dict:
        return {
            "stem": self.stem,
            "file": self.file,
            "ids": self.ids,
            "judgements": self.judgements,
            "events": self.events,
            "quotations": self.quotations,
            "refs": self.refs,
            "ghosts": self.ghosts,
            "meta_file": self.meta_file,
            "publisher": self.publisher,
        }

    @classmethod
    def from_json(cls, data: dict) -> Summary:
        return cls(
            stem=data["stem"],
            file=data["file"],
            ids=[tuple(i) for i in data["ids"]],
            judgements=[tuple(j) for j in data["judgements"]],
            events={k: (v[0], v[1], list(v[2]), list(v[3])) for k, v in data["events"].items()},
            quotations=dict(data["quotations"]),
            refs=[(r[0], list(r[1]), r[2], r[3]) for r in data["refs"]],
            ghosts=dict(data["ghosts"]),
            meta_file=data["meta_file"],
            publisher=tuple(data["publisher"]) if data["publisher"] else None,
        )


@dataclass
class Corpus:
    """Everything in ``data/``, checked, with every evidence span located in its source.

    ``sources`` and ``facts`` hold the sources read in full (all of them, except in an
    incremental build); ``summaries`` covers every source.
    """

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
    summaries: dict[str, Summary] = field(default_factory=dict)
    # every source's events and quotations, by id (from the summaries)
    events: dict[str, tuple[str, str, list[str], list[str]]] = field(default_factory=dict)
    quotation_texts: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)  # entity id -> name
    post_bodies: dict[str, str] = field(default_factory=dict)  # post id -> body id
    stems: list[str] = field(default_factory=list)  # every source with a graph, sorted
    # the registry's ids and kinds, names and posts' bodies (kept in the build manifest)
    registry: dict = field(default_factory=dict)

    def kind_of(self, ident: str) -> str | None:
        """``person``, ``body``, ``post``, or the kind of fact an id names."""
        return self.kinds.get(ident)

    def load_more(self, stems: Iterable[str]) -> None:
        """Read in full sources that were only summarised (for their graphs to be rebuilt)."""
        problems: list[Problem] = []
        for stem in sorted(set(stems) - set(self.sources)):
            _add_unit(self, stem, load_unit(self.root, stem, self.concepts, problems), problems)
        if problems:
            raise InputError(problems)


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


def unit_files(root: Path, stem: str) -> list[Path]:
    """The files that make up source ``stem``: its text, metadata and facts (those present)."""
    data = Path(root) / "data"
    candidates = (
        data / "sources" / f"{stem}.txt",
        data / "sources" / f"{stem}.yaml",
        data / "facts" / f"{stem}.yaml",
    )
    return [path for path in candidates if path.is_file()]


def unit_stems(root: Path) -> list[str]:
    """Every source id with a text, metadata or facts file, sorted."""
    data = Path(root) / "data"
    stems = {p.stem for p in (data / "sources").glob("*.yaml")}
    stems |= {p.stem for p in (data / "sources").glob("*.txt")}
    stems |= {p.stem for p in (data / "facts").glob("*.yaml")}
    return sorted(stems)


@dataclass
class _Unit:
    """One source read in full: what its files hold, after the local checks."""

    stem: str
    source: Source | None = None
    facts: Facts | None = None
    located: Located | None = None
    summary: Summary | None = None


def load_unit(
    root: Path, stem: str, concepts: dict[str, set[str]], problems: list[Problem]
) -> _Unit:
    """Read and locally check the text, metadata and facts of source ``stem``."""
    data = root / "data"
    unit = _Unit(stem)
    meta_path = data / "sources" / f"{stem}.yaml"
    text_path = data / "sources" / f"{stem}.txt"
    facts_path = data / "facts" / f"{stem}.yaml"
    summary = Summary(stem)
    if meta_path.is_file():
        located = _read(meta_path, root, problems)
        meta = _validate(SourceMeta, located, problems) if located is not None else None
        if meta is not None:
            summary.meta_file = located.file
            if meta.id != stem:
                problems.append(
                    Problem(
                        located.file,
                        located.line(("id",)),
                        "id",
                        f"must equal the file name {stem!r}",
                    )
                )
            elif not text_path.is_file():
                problems.append(
                    Problem(located.file, 1, "", f"no text file data/sources/{stem}.txt")
                )
            else:
                try:
                    text = text_path.read_text(encoding="utf-8")
                except UnicodeDecodeError as exc:
                    problems.append(
                        Problem(_rel(root, text_path), None, "", f"not UTF-8 text ({exc.reason})")
                    )
                else:
                    unit.source = Source(
                        meta, Text(text), _rel(root, text_path), located.file, located
                    )
                    if not isinstance(meta.publisher, str):
                        summary.publisher = (
                            meta.publisher.body,
                            located.line(("publisher", "body")),
                        )
    elif text_path.is_file():
        problems.append(
            Problem(_rel(root, text_path), None, "", f"no metadata file data/sources/{stem}.yaml")
        )
    if facts_path.is_file():
        located = _read(facts_path, root, problems)
        parsed = None
        if located is not None:
            parsed = _validate_lists(Facts, located, problems, summary.ghosts)
        if parsed is not None and isinstance(getattr(parsed, "source", None), str):
            if parsed.source != stem:
                problems.append(
                    Problem(
                        located.file,
                        located.line(("source",)),
                        "source",
                        f"must equal the file name {stem!r}",
                    )
                )
            elif unit.source is None:
                problems.append(
                    Problem(
                        located.file,
                        located.line(("source",)),
                        "source",
                        f"unknown source {stem!r} (no data/sources/{stem}.yaml)",
                    )
                )
            else:
                unit.facts, unit.located = parsed, located
                _summarise(summary, parsed, located)
                _check_concepts(concepts, parsed, located, problems)
    unit.summary = summary
    return unit


def _items(facts: Facts) -> Iterator[tuple[str, int, Any]]:
    for group in FACT_GROUPS:
        for index, item in enumerate(getattr(facts, group)):
            yield group, index, item


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
MENTIONABLE = {"quotation", "finding", "event", "figure", "response", "post-holding"}


def _summarise(summary: Summary, parsed: Facts, located: Located) -> None:
    """Fill ``summary`` from one checked facts file."""
    summary.file = located.file
    refs = summary.refs

    def need(ident: str | None, want: set[str], path: tuple) -> None:
        if ident is not None:
            refs.append((ident, sorted(want), located.line(path), field_path(path)))

    for group, index, item in _items(parsed):
        at = (group, index)
        ident = getattr(item, "id", None)
        if group in FACT_KINDS and ident is not None:
            summary.ids.append((group, index, ident, located.line((*at, "id")), located.line(at)))
        if group == "events":
            summary.events[item.id] = (item.kind, item.label, list(item.subject), list(item.agent))
            for k, agent in enumerate(item.agent):
                need(agent, AGENTS, (*at, "agent", k))
            for k, subject in enumerate(item.subject):
                need(subject, ANY, (*at, "subject", k))
            need(item.post, {"post"}, (*at, "post"))
            need(item.report_of, {"event"}, (*at, "report_of"))
            need(item.part_of, {"event"}, (*at, "part_of"))
        elif group == "judgements":
            summary.judgements.append(
                (
                    index,
                    item.inspection,
                    item.area,
                    item.grade,
                    located.line(at),
                    located.line((*at, "grade")),
                    located.line((*at, "inspection")),
                )
            )
            need(item.inspection, {"event"}, (*at, "inspection"))
        elif group == "findings":
            need(item.inspection, {"event"}, (*at, "inspection"))
        elif group == "quotations":
            summary.quotations[item.id] = item.text
            need(item.speaker, AGENTS, (*at, "speaker"))
            need(item.post, {"post"}, (*at, "post"))
            need(item.context, {"event"}, (*at, "context"))
            for k, about in enumerate(item.about):
                need(about, ANY, (*at, "about", k))
        elif group == "mentions":
            need(item.fact, MENTIONABLE, (*at, "fact"))
        elif group == "post_holdings":
            need(item.person, {"person"}, (*at, "person"))
            need(item.post, {"post"}, (*at, "post"))
        elif group == "figures":
            for k, about in enumerate(item.about):
                need(about, ANY, (*at, "about", k))
        elif group == "responses":
            need(item.by, AGENTS, (*at, "by"))
            for k, target in enumerate(item.to):
                need(target, {"finding", "event", "quotation"}, (*at, "to", k))
            need(item.quotation, {"quotation"}, (*at, "quotation"))


def _check_concepts(
    concepts: dict[str, set[str]], parsed: Facts, located: Located, problems: list[Problem]
) -> None:
    def concept(ident, scheme, path):
        if ident is not None and ident not in concepts[scheme]:
            known = ", ".join(sorted(concepts[scheme]))
            problems.append(
                Problem(
                    located.file,
                    located.line(path),
                    field_path(path),
                    f"unknown {scheme} {ident!r} (known: {known})",
                )
            )

    for index, item in enumerate(parsed.judgements):
        concept(item.area, "area", ("judgements", index, "area"))
        concept(item.grade, "grade", ("judgements", index, "grade"))
    for index, item in enumerate(parsed.findings):
        concept(item.area, "area", ("findings", index, "area"))
        for k, theme in enumerate(item.themes):
            concept(theme, "theme", ("findings", index, "themes", k))


def load_project(root: Path, reuse: dict[str, Summary] | None = None) -> Corpus:
    """Read and check ``root/data`` against ``root/ontology``; raise :class:`InputError`.

    ``reuse``: summaries of sources known unchanged since a good build; those sources are not
    read again (``Corpus.load_more`` reads them when needed). The global checks always run over
    every source.
    """
    root = Path(root)
    problems: list[Problem] = []
    _require_project(root)
    concepts = concept_ids(root)
    reuse = reuse or {}
    units: dict[str, _Unit] = {}
    for stem in unit_stems(root):
        if stem in reuse:
            units[stem] = _Unit(stem, summary=reuse[stem])
        else:
            units[stem] = load_unit(root, stem, concepts, problems)
    summaries = {s: u.summary for s, u in units.items() if u.summary is not None}
    with_source = {s for s, u in units.items() if u.source is not None} | set(reuse)
    corpus = check_corpus(root, concepts, summaries, with_source, problems)
    for stem, unit in units.items():
        _add_unit(corpus, stem, unit, problems)
    if problems:
        raise InputError(problems)
    return corpus


def _add_unit(corpus: Corpus, stem: str, unit: _Unit, problems: list[Problem]) -> None:
    """A source read in full joins the corpus, its evidence checked against its text."""
    if unit.source is not None:
        corpus.sources[stem] = unit.source
    if unit.facts is not None:
        corpus.facts[stem] = unit.facts
        check_evidence(corpus, stem, unit.facts, unit.located, problems)


def _require_project(root: Path) -> None:
    sources = root / "data" / "sources"
    if not sources.is_dir():
        raise InputError(
            [
                Problem(
                    _rel(root, sources),
                    None,
                    "",
                    "folder not found (is this a project folder? use --project DIR)",
                )
            ]
        )


def check_corpus(
    root: Path,
    concepts: dict[str, set[str]],
    summaries: dict[str, Summary],
    with_source: set[str],
    problems: list[Problem],
    registry: dict | None = None,
) -> Corpus:
    """Read the registry and run every global check over the sources' summaries.

    Returns a corpus holding the registry and what the summaries tell (kinds, locations,
    events, quotations), without any source read in full; problems go to ``problems``.
    ``registry``: what an earlier check of the same ``data/entities.yaml`` found
    (``Corpus.registry``), instead of reading it again."""
    registry_ghosts: dict[str, str] = {}
    if registry is not None:
        corpus = Corpus(root, {}, Entities(), {}, concepts)
        corpus.kinds.update(registry["kinds"])
        corpus.names.update(registry["names"])
        corpus.post_bodies.update(registry["post_bodies"])
    else:
        entities_loc = _read(root / "data" / "entities.yaml", root, problems)
        entities = None
        if entities_loc:
            entities = _validate_lists(Entities, entities_loc, problems, registry_ghosts)
        corpus = Corpus(root, {}, entities or Entities(), {}, concepts)
        if entities is not None:
            _check_entities(corpus, entities_loc, problems)
    corpus.registry = {
        "kinds": dict(corpus.kinds),
        "names": dict(corpus.names),
        "post_bodies": dict(corpus.post_bodies),
    }
    corpus.summaries = summaries
    corpus.stems = sorted(with_source)
    _check_global(corpus, registry_ghosts, problems)
    return corpus


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
            corpus.names.setdefault(item.id, item.name)
    for post in ents.posts:
        corpus.post_bodies.setdefault(post.id, post.body)

    def need(ident: str | None, want: set[str], path: tuple) -> None:
        if ident is not None and kinds.get(ident) not in want | {GHOST}:
            problems.append(
                _ref_problem(located.file, located.line(path), path, ident, want, kinds)
            )

    for index, body in enumerate(ents.bodies):
        need(body.part_of, {"body"}, ("bodies", index, "part_of"))
        need(body.succeeded_by, {"body"}, ("bodies", index, "succeeded_by"))
    for index, post in enumerate(ents.posts):
        need(post.body, {"body"}, ("posts", index, "body"))


def _ref_problem(
    file: str, line: int | None, path: tuple | str, ident: str, want: set[str], kinds: dict
) -> Problem:
    have = kinds.get(ident)
    wanted = " or ".join(sorted(want))
    if have is None:
        message = f"unknown id {ident!r} (expected a {wanted})"
    else:
        message = f"{ident!r} is a {have}, expected a {wanted}"
    where = path if isinstance(path, str) else field_path(path)
    return Problem(file, line, where, message)


def _check_global(corpus: Corpus, registry_ghosts: dict[str, str], problems: list[Problem]):
    """Every check that reads more than one source, over the summaries (in facts file order)."""
    kinds = corpus.kinds
    summaries = corpus.summaries
    for stem in sorted(summaries):
        summary = summaries[stem]
        if summary.publisher is not None and summary.meta_file is not None:
            body, line = summary.publisher
            if kinds.get(body) != "body":
                problems.append(
                    _ref_problem(
                        summary.meta_file, line, ("publisher", "body"), body, {"body"}, kinds
                    )
                )
    # Ids of items that failed validation (already reported) satisfy references: no cascade.
    for ident in registry_ghosts:
        kinds.setdefault(ident, GHOST)
    facts = sorted(
        (s for s in summaries.values() if s.file is not None), key=lambda s: s.file or ""
    )
    for summary in summaries.values():
        for ident in summary.ghosts:
            kinds.setdefault(ident, GHOST)
    home: dict[str, str] = {}
    # First pass: ids, so references may point forwards and across files.
    for summary in facts:
        file = summary.file
        for _index, inspection, area, _grade, item_line, _g, _i in summary.judgements:
            corpus.locations.setdefault(("judgement", inspection, area), (file, item_line))
        for group, index, ident, id_line, item_line in summary.ids:
            if ident in kinds:
                where = home.get(ident, "data/entities.yaml")
                problems.append(
                    Problem(
                        file,
                        id_line,
                        f"{group}[{index}].id",
                        f"duplicate id {ident!r} (already used in {where})",
                    )
                )
                continue
            kinds[ident] = FACT_KINDS[group]
            home[ident] = file
            corpus.locations[ident] = (file, item_line)
        corpus.events.update(summary.events)
        corpus.quotation_texts.update(summary.quotations)
    event_kinds = {ident: info[0] for ident, info in corpus.events.items()}
    grades: dict[tuple[str, str], tuple[str, str, int | None]] = {}
    for summary in facts:
        file = summary.file
        for ident, want, line, where in summary.refs:
            wanted = set(want)
            if kinds.get(ident) not in wanted | {GHOST}:
                problems.append(_ref_problem(file, line, where, ident, wanted, kinds))
        for judgement in summary.judgements:
            index, inspection, area, grade, _item, grade_line, inspection_line = judgement
            at = ("judgements", index)
            if event_kinds.get(inspection) not in (None, "inspection"):
                problems.append(
                    Problem(
                        file,
                        inspection_line,
                        field_path((*at, "inspection")),
                        f"{inspection!r} is a {event_kinds[inspection]}, not an inspection",
                    )
                )
            key = (inspection, area)
            if key in grades and grades[key][0] != grade:
                other = grades[key]
                problems.append(
                    Problem(
                        file,
                        grade_line,
                        field_path((*at, "grade")),
                        f"grade {grade!r} contradicts {other[0]!r} for "
                        f"the same inspection and area in {other[1]}:{other[2]}",
                    )
                )
            grades.setdefault(key, (grade, file, grade_line))


def check_evidence(
    corpus: Corpus, stem: str, parsed: Facts, located: Located, problems: list[Problem]
) -> None:
    source = corpus.sources[stem]
    text_file = source.text_file
    quotations = corpus.quotation_texts
    for group, index, item in _items(parsed):
        at = (group, index)
        if group == "mentions" and item.fact in quotations:
            span = source.text.find(item.evidence)
            if span is not None:
                corpus.spans[(stem, group, index)] = span
                # The quoted words themselves, where the mention repeats them in full.
                inner = source.text.find(quotations[item.fact], span.start)
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
