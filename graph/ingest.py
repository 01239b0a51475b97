"""Bring in a new article: store it as a source, draft its facts, and accept a reviewed draft.

``ingest`` copies the text verbatim into ``data/sources/<id>.txt``, writes its metadata
``data/sources/<id>.yaml``, and writes the machine-extracted draft apart from the curated
facts: ``data/drafts/<id>.yaml`` (the facts format of ``data/facts/``) and
``data/drafts/<id>.entities.yaml`` (proposed new people and bodies, the format of
``data/entities.yaml``). The loader never reads ``data/drafts/``: drafts enter the graph only
through ``accept``, which runs every check of the build on the project as it would be, and then
moves the facts to ``data/facts/<id>.yaml`` and the new entities into ``data/entities.yaml``
(each file written whole through a temporary file and a rename; nothing is written on error).
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap

from graph.extract import EntityIndex, extract
from graph.extract.names import fold, slug
from graph.model import Entities, SourceMeta, date_period
from graph.problems import InputError, Problem
from graph.store import atomic_write
from graph.yamlio import field_path, read_yaml

__all__ = ["DRAFTS", "Ingested", "accept", "draft_facts", "extract_file", "ingest", "render"]

DRAFTS = "drafts"
UNRESOLVED = "unresolved-speaker"
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@dataclass
class Ingested:
    """What ``ingest`` wrote, and what the draft holds."""

    source_id: str
    written: list[Path]
    quotations: int
    judgements: int
    new_entities: int
    unresolved: int


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.allow_unicode = True
    return yaml


def _dump(data, header: str = "") -> bytes:
    buffer = io.StringIO()
    _yaml().dump(data, buffer)
    return (header + buffer.getvalue()).encode("utf-8")


def _problem(file: str, field: str, message: str, line: int | None = None) -> InputError:
    return InputError([Problem(file, line, field, message)])


def _registry(root: Path) -> tuple[Entities, set[str]]:
    """The registry and every id in use (entities and facts), for new ids not to clash."""
    from graph.corpus import load_project

    corpus = load_project(root)
    return corpus.entities, set(corpus.kinds)


def extract_file(
    root: Path, file: Path, date: str | None = None, data: bytes | None = None
) -> dict:
    """``kg extract``: the draft of ``file`` (or of ``data``, read from stdin and named
    ``file``), names linked to ``root``'s registry if it has one."""
    file = Path(file)
    try:
        text = (file.read_bytes() if data is None else data).decode("utf-8")
    except OSError as exc:
        raise _problem(str(file), "", f"cannot read: {exc.strerror}") from None
    except UnicodeDecodeError as exc:
        raise _problem(str(file), "", f"not UTF-8 text ({exc.reason})") from None
    if date is not None and date != "unknown" and not _DATE.match(date):
        raise _problem("--date", "date", f"{date!r}: YYYY, YYYY-MM or YYYY-MM-DD")
    entities = None
    path = Path(root) / "data" / "entities.yaml"
    if path.is_file():
        located = read_yaml(path, "data/entities.yaml")
        try:
            entities = Entities.model_validate(located.data or {})
        except ValidationError as exc:
            raise InputError(
                [
                    Problem(
                        "data/entities.yaml",
                        located.line(e["loc"]),
                        field_path(e["loc"]),
                        e["msg"].removeprefix("Value error, "),
                    )
                    for e in exc.errors()
                ]
            ) from None
    return extract(text, entities, None if date == "unknown" else date)


def render(draft: dict, fmt: str) -> str:
    """The draft as JSON or YAML text."""
    if fmt == "json":
        import json

        return json.dumps(draft, ensure_ascii=False, indent=2) + "\n"
    return _dump(draft).decode("utf-8")


def ingest(
    root: Path,
    file: Path,
    title: str,
    publisher: str,
    date: str,
    ident: str | None = None,
    kind: str = "news-article",
) -> Ingested:
    """Add ``file`` as source ``ident`` (default: from the title) and write its draft."""
    root = Path(root)
    file = Path(file)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise _problem(str(file), "", f"cannot read: {exc.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _problem(str(file), "", f"not UTF-8 text ({exc.reason})") from None
    if not text.strip():
        raise _problem(str(file), "", "the file is empty")
    problems: list[Problem] = []
    ident = ident or slug(title)[:60].strip("-")
    if not _ID.match(ident):
        problems.append(
            Problem("--id", None, "id", f"{ident!r}: lowercase words joined by hyphens")
        )
    if date != "unknown":
        try:
            date_period(date)
        except ValueError as exc:
            problems.append(Problem("--date", None, "published.date", f"{date!r}: {exc}"))
    entities, used = _registry(root)
    bodies = {b.id: b for b in entities.bodies}
    if publisher != "unknown" and publisher not in bodies:
        by_name = [
            b.id for b in entities.bodies if fold(publisher) in map(fold, [b.name, *b.aliases])
        ]
        if by_name:
            publisher = by_name[0]
        else:
            problems.append(
                Problem(
                    "--publisher",
                    None,
                    "publisher",
                    f"unknown body {publisher!r} (give a body id from data/entities.yaml, "
                    "or unknown)",
                )
            )
    if problems:
        raise InputError(problems)
    sources = root / "data" / "sources"
    targets = {
        "text": sources / f"{ident}.txt",
        "meta": sources / f"{ident}.yaml",
        "draft": root / "data" / DRAFTS / f"{ident}.yaml",
        "entities": root / "data" / DRAFTS / f"{ident}.entities.yaml",
    }
    for path in (*targets.values(), root / "data" / "facts" / f"{ident}.yaml"):
        if path.exists():
            raise _problem(
                str(path.relative_to(root)),
                "",
                f"already exists: source {ident!r} is taken (choose another --id)",
            )
    meta = {
        "id": ident,
        "title": title,
        "title_basis": "headline",
        "kind": kind,
        "publisher": "unknown"
        if publisher == "unknown"
        else {
            "body": publisher,
            "basis": "inferred",
            "note": "Given by the person who ingested the article (kg ingest --publisher).",
        },
        "original_file": file.name,
        "published": {"date": "unknown", "basis": "unknown"}
        if date == "unknown"
        else {
            "date": date,
            "basis": "inferred",
            "note": "Given by the person who ingested the article (kg ingest --date).",
        },
    }
    if publisher == "unknown":
        meta["publisher_note"] = "Not given at ingest (kg ingest --publisher unknown)."
    try:
        SourceMeta.model_validate(meta)
    except ValidationError as exc:
        raise InputError(
            [
                Problem(
                    "kg ingest", None, field_path(e["loc"]), e["msg"].removeprefix("Value error, ")
                )
                for e in exc.errors()
            ]
        ) from None
    draft = extract(text, EntityIndex(entities), None if date == "unknown" else date)
    facts, new_entities, unresolved = draft_facts(ident, text, draft, entities, used, date)
    header = (
        f"# DRAFT made by `kg ingest` from data/sources/{ident}.txt: machine-extracted, NOT in\n"
        f"# the graph. Check every item against the text; fix or delete it (a speaker of\n"
        f"# {UNRESOLVED!r} must be set or the item deleted), then run `kg accept {ident}`.\n"
    )
    entity_header = (
        f"# DRAFT: people and bodies that data/drafts/{ident}.yaml names and\n"
        f"# data/entities.yaml does not have. `kg accept {ident}` adds them to it.\n"
    )
    writes = [
        (targets["text"], raw),
        (targets["meta"], _dump(meta, f"# Metadata of {ident}.txt, written by kg ingest.\n")),
        (targets["draft"], _dump(facts, header)),
        (targets["entities"], _dump(new_entities, entity_header)),
    ]
    _write_all(writes)
    return Ingested(
        ident,
        [p for p, _ in writes],
        len(facts.get("quotations", [])),
        len(facts.get("judgements", [])),
        sum(len(v) for v in new_entities.values()),
        unresolved,
    )


def _write_all(writes: list[tuple[Path, bytes]]) -> None:
    """Write every file or none: each through a temporary file, renamed at the end."""
    temps: list[tuple[Path, Path]] = []
    done: list[Path] = []
    try:
        for path, data in writes:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            temps.append((tmp, path))
        for tmp, path in temps:
            os.replace(tmp, path)
            done.append(path)
    except OSError:
        for path in done:
            path.unlink(missing_ok=True)
        raise
    finally:
        for tmp, _ in temps:
            tmp.unlink(missing_ok=True)


def draft_facts(
    ident: str, text: str, draft: dict, entities: Entities, used: set[str], published: str
) -> tuple[dict, dict, int]:
    """The facts file (as plain data) and the proposed entities for an extraction."""
    taken = set(used) | {ident}
    new: dict[str, list] = {"people": [], "bodies": []}
    new_ids: dict[tuple[str, str], str] = {}

    def fresh(base: str) -> str:
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        taken.add(candidate)
        return candidate

    def entity(name: str, kind: str, body_kind: str = "agency", alias: list | None = None) -> str:
        key = (kind, fold(name))
        if key not in new_ids:
            new_ids[key] = fresh(slug(name))
            item = CommentedMap(id=new_ids[key], name=name)
            if kind == "person":
                if alias:
                    item["aliases"] = alias
                new["people"].append(item)
            else:
                item["kind"] = body_kind
                new["bodies"].append(item)
        return new_ids[key]

    people = {fold(p["name"]): p for p in draft["people"]}
    bodies = {fold(b["name"]): b for b in draft["bodies"]}
    posts = EntityIndex(entities)
    dated = published not in (None, "", "unknown")
    quotations = []
    unresolved = 0
    for n, q in enumerate(draft["quotations"], 1):
        item = CommentedMap()
        item["id"] = fresh(f"{ident}-q{n:02d}")
        if q["speaker"] is None:
            speaker = UNRESOLVED
            unresolved += 1
        elif q["speaker_id"]:
            speaker = q["speaker_id"]
            if not any(
                speaker == x.id for x in [*entities.people, *entities.bodies]
            ):  # a built-in body the registry lacks
                speaker = entity(q["speaker"], "body", _builtin_kind(speaker))
        elif q["speaker_kind"] == "person":
            seen = people.get(fold(q["speaker"]), {}).get("names_seen", [])
            aliases = [s for s in seen if fold(s) != fold(q["speaker"])]
            speaker = entity(q["speaker"], "person", alias=aliases)
        else:
            kind = bodies.get(fold(q["speaker"]), {}).get("kind") or "agency"
            speaker = entity(q["speaker"], "body", kind)
        item["speaker"] = speaker
        if q["speaker_kind"] == "person" and q["speaker_role"]:
            post = posts.post_for(q["speaker_role"])
            if post:
                item["post"] = post
        # speaker_role is for a body's voice ("the report"); a person's role goes in the note
        if q["speaker_role"] and q["speaker_kind"] != "person":
            item["speaker_role"] = q["speaker_role"]
        if q["cue"]:
            item["cue"] = q["cue"]
        if dated:
            item["date"] = published
            item["date_basis"] = "inferred"
            item["date_note"] = "The article's date (draft: check when the words were said)."
        item["text"] = q["text"]
        evidence = text[q["evidence_start"] : q["evidence_end"]]
        if evidence != q["text"]:
            item["evidence"] = evidence
        item["note"] = (
            f"DRAFT: attributed by {q['attribution']}"
            + (" (continues the quotation before)" if q["continues"] else "")
            + ("; no speaker found" if q["speaker"] is None else "")
            + (
                f"; role as written: {q['speaker_role']}"
                if q["speaker_role"] and q["speaker_kind"] == "person"
                else ""
            )
            + "."
        )
        quotations.append(item)
    events, judgements = _inspections(ident, draft, entities, entity, fresh)
    facts = CommentedMap(source=ident)
    if events:
        facts["events"] = events
        facts["judgements"] = judgements
    if quotations:
        facts["quotations"] = quotations
    new_entities = CommentedMap((k, v) for k, v in new.items() if v)
    return facts, new_entities, unresolved


def _builtin_kind(ident: str) -> str:
    from graph.extract.names import BUILTIN_BODIES

    return next((kind for i, _, kind, _ in BUILTIN_BODIES if i == ident), "agency")


def _inspections(ident, draft, entities, entity, fresh):
    known_bodies = {b.id for b in entities.bodies}
    ofsted = next((b.id for b in entities.bodies if b.kind == "inspectorate"), None)
    groups: dict[tuple, list[dict]] = {}
    for j in draft["judgements"]:
        groups.setdefault((j["body"], j["body_id"], j["year"], j["framework"]), []).append(j)
    events, judgements = [], []
    for (body, body_id, year, framework), items in groups.items():
        event = CommentedMap()
        event["id"] = fresh(f"{ident}-inspection" + (f"-{year}" if year else ""))
        event["kind"] = "inspection"
        label = f"Ofsted inspection of {body or 'the council'}'s children's services"
        event["label"] = label + (f", {year}" if year else "")
        event["framework"] = framework
        event["agent"] = [ofsted or entity("Ofsted", "body", "inspectorate")]
        if body_id in known_bodies:
            event["subject"] = [body_id]
        elif body:
            event["subject"] = [entity(body, "body", "council")]
        if year:
            event["date"] = str(year)
        event["evidence"] = items[0]["evidence"]
        event["note"] = (
            "DRAFT: an inspection named by the judgements below; if it is already in the graph, "
            "point the judgements at that event instead and delete this one."
        )
        events.append(event)
        for j in items:
            judgements.append(
                CommentedMap(
                    inspection=event["id"], area=j["area"], grade=j["grade"], evidence=j["evidence"]
                )
            )
    return events, judgements


def accept(root: Path, ident: str) -> dict[str, int]:
    """Check the reviewed draft of ``ident`` with every check of the build, then move its facts
    to ``data/facts/<id>.yaml`` and its new entities into ``data/entities.yaml``."""
    from graph.pipeline import check_project

    root = Path(root)
    drafts = root / "data" / DRAFTS
    draft = drafts / f"{ident}.yaml"
    proposed = drafts / f"{ident}.entities.yaml"
    target = root / "data" / "facts" / f"{ident}.yaml"
    entities_path = root / "data" / "entities.yaml"
    draft_name = f"data/{DRAFTS}/{ident}.yaml"
    proposed_name = f"data/{DRAFTS}/{ident}.entities.yaml"
    if not draft.is_file():
        raise _problem(draft_name, "", "no such draft (kg ingest writes it)")
    if target.exists():
        raise _problem(f"data/facts/{ident}.yaml", "", "already exists: the draft was accepted")
    problems: list[Problem] = []
    new_items: dict = {}
    if proposed.is_file():
        located = read_yaml(proposed, proposed_name)
        try:
            Entities.model_validate(located.data or {})
        except ValidationError as exc:
            raise InputError(
                [
                    Problem(
                        proposed_name,
                        located.line(e["loc"]),
                        field_path(e["loc"]),
                        e["msg"].removeprefix("Value error, "),
                    )
                    for e in exc.errors()
                ]
            ) from None
        new_items = _yaml().load(proposed.read_text(encoding="utf-8")) or {}
    original = entities_path.read_text(encoding="utf-8")
    original_lines = original.count("\n")
    merged = _merge_entities(original, new_items).encode("utf-8")
    draft_bytes = draft.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp)
        shutil.copytree(root / "ontology", trial / "ontology")
        shutil.copytree(root / "data" / "sources", trial / "data" / "sources")
        shutil.copytree(root / "data" / "facts", trial / "data" / "facts")
        (trial / "data" / "entities.yaml").write_bytes(merged)
        (trial / "data" / "facts" / f"{ident}.yaml").write_bytes(draft_bytes)
        try:
            counts = _counts(check_project(trial)[1])
        except InputError as error:
            for problem in error.problems:
                problems.append(_map(problem, ident, original_lines, draft_name, proposed_name))
    if problems:
        raise InputError(problems)
    lines = draft_bytes.decode("utf-8").splitlines(True)
    while lines and lines[0].startswith("#"):  # the DRAFT banner
        lines.pop(0)
    body = "".join(lines)
    header = f"# Accepted from {draft_name} (kg accept {ident}).\n"
    _commit([(entities_path, merged), (target, (header + body).encode("utf-8"))])
    draft.unlink()
    proposed.unlink(missing_ok=True)
    return counts


def _merge_entities(original: str, new_items) -> str:
    """``original`` with each new item added at the end of its list, the rest byte for byte."""
    lines = original.splitlines(True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    for group in ("people", "bodies", "posts"):
        items = (new_items or {}).get(group) or []
        if not items:
            continue
        rendered = _dump({group: items}).decode("utf-8").splitlines(True)[1:]
        start = next((i for i, line in enumerate(lines) if line.rstrip() == f"{group}:"), None)
        if start is None:
            lines += [f"{group}:\n", *rendered]
            continue
        end = next(
            (i for i in range(start + 1, len(lines)) if re.match(r"[^\s#]", lines[i])),
            len(lines),
        )
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1
        lines[end:end] = rendered
    return "".join(lines)


def _commit(writes: list[tuple[Path, bytes]]) -> None:
    for path, data in writes:
        atomic_write(path, data)


def _counts(dataset) -> dict[str, int]:
    from graph.pipeline import counts

    return counts(dataset)


def _map(problem: Problem, ident: str, lines: int, draft_name: str, proposed_name: str) -> Problem:
    file = problem.file
    if file == f"data/facts/{ident}.yaml":
        file = draft_name
    elif file == "data/entities.yaml" and problem.line and problem.line > lines:
        file = f"data/entities.yaml (with {proposed_name} merged)"
    return Problem(file, problem.line, problem.field, problem.message)
