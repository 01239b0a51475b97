"""How ``kg build`` gets through a million triples: in parts, in parallel, and incrementally.

A full build (:func:`full_build`) runs in worker processes that each own a share of the
sources (a single worker in this process for small projects):

1. every worker reads and locally checks its sources and returns their summaries;
2. this process runs the global checks over all summaries (graph/corpus.py) and hands the
   results (ids and kinds, events, quotations, registry names, locations) to the workers,
   which check their evidence spans;
3. every worker builds the named graphs of its sources, in chunks of :data:`CHUNK` sources,
   writing each chunk's quads as sorted N-Quads lines (graph/lines.py) and keeping the
   triples SHACL reads;
4. this process merges the chunks into the sorted build: the memory store's snapshot, or the
   load file of a new Oxigraph database; it counts as it goes, and routes to each chunk the
   triples of other chunks its validation needs (graph/shacl.py: the nodes it describes and
   the nodes they point to);
5. the workers validate their chunks with pySHACL while the store stages the new build;
6. only when nothing failed is the new build swapped in.

An incremental build (:func:`incremental_build`) reads the manifest of the stored build
(graph/manifest.py), rereads only the sources whose files changed, runs every global check
again over all summaries, rebuilds the graphs of changed sources and of sources whose
references changed (``graph.build.unit_dependencies``), validates the nodes whose data or
whose neighbours' data changed, and replaces those graphs in the store in one step.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS

from graph import manifest
from graph.build import (
    Standard,
    load_ontology,
    registry_triples,
    unit_dependencies,
    unit_triples,
)
from graph.corpus import (
    Corpus,
    Summary,
    check_corpus,
    check_evidence,
    concept_ids,
    load_unit,
    unit_stems,
)
from graph.iris import ONTOLOGY_GRAPH, Iris
from graph.lines import (
    COUNTED,
    Counter,
    Formatter,
    graph_of,
    merge_files,
    object_of,
    parse_triples,
    triple_part,
)
from graph.model import Entities
from graph.namespace import bind_prefixes
from graph.problems import InputError, Problem
from graph.shacl import Reach, as_problems, load_shapes, shape_reach, violations

__all__ = ["CHUNK", "Outcome", "full_build", "incremental_build", "locations"]

CHUNK = 128  # sources per chunk: one pySHACL run and one sorted file each
PARALLEL_FROM = 200  # sources: fewer are built in this process
REGISTRY = -1  # the chunk of the entity registry's and the ontology's graphs
_SUBCLASS = "<http://www.w3.org/2000/01/rdf-schema#subClassOf>"
_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_SUBCLASSED = f" {_SUBCLASS} "


@dataclass
class Shared:
    """What the global checks found, for the workers to build and locate with."""

    entities: Entities
    kinds: dict[str, str]
    events: dict
    quotation_texts: dict[str, str]
    names: dict[str, str]
    post_bodies: dict[str, str]
    where: dict[str, tuple[str, int]]


@dataclass
class ChunkInfo:
    """A built chunk: its sorted lines' file, subject and object IRIs, and graphs."""

    id: int
    path: str
    subjects: set[str]
    objects: set[str]
    graphs: list[str]


@dataclass
class Outcome:
    """A build's result: the counts, and what the manifest records of it."""

    counts: dict[str, int]
    units: dict[str, dict] = field(default_factory=dict)
    rebuilt: int = 0  # sources whose graphs were built
    full: bool = True
    hierarchy: bool = False  # do data graphs hold rdfs:subClassOf triples of their own?
    registry: dict = field(default_factory=dict)  # Corpus.registry


def locations(corpus: Corpus, iris: Iris) -> dict[str, tuple[str, int]]:
    """Node IRI -> (file, line) of the item that made it, for SHACL problems."""
    where = {}
    for key, location in corpus.locations.items():
        if isinstance(key, tuple):
            where[str(iris.judgement(key[1], key[2]))] = location
        elif corpus.kind_of(key):
            where[str(iris.entity(corpus.kind_of(key), key))] = location
    return where


def _data_graph(base: str) -> Graph:
    """An empty graph for validation, with the prefixes the whole build's union has (pySHACL
    writes nodes in its messages with them)."""
    graph = Graph()
    for prefix, namespace in bind_prefixes(Dataset(), base).namespaces():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def _locate(where: dict[str, tuple[str, int]]):
    """``where`` as a function of a node (rdflib terms never equal plain strings)."""
    return lambda node: where.get(str(node))


def _shared(corpus: Corpus, iris: Iris) -> Shared:
    return Shared(
        corpus.entities,
        corpus.kinds,
        corpus.events,
        corpus.quotation_texts,
        corpus.names,
        corpus.post_bodies,
        locations(corpus, iris),
    )


# --- the workers -----------------------------------------------------------------------------


class Worker:
    """Reads, checks, builds and validates a share of the sources (see the module doc)."""

    def __init__(self, root: str, base: str):
        self.root = Path(root)
        self.iris = Iris(base)
        self.concepts = concept_ids(self.root)
        self.units: dict = {}
        self.checked: set[str] = set()
        self.corpus: Corpus | None = None
        self.where: dict[str, tuple[str, int]] = {}
        self.chunks: dict[int, tuple[list, set]] = {}

    # Read or derived once per worker, when first needed.
    @cached_property
    def ontology(self) -> Graph:
        return load_ontology(self.root)

    @cached_property
    def shapes(self) -> Graph:
        return load_shapes(self.root)

    @cached_property
    def reach(self) -> Reach:
        return shape_reach(self.shapes)

    @cached_property
    def relevant(self) -> set:
        """The classes whose type triples validation reads (see :func:`relevant_classes`)."""
        return relevant_classes(self.reach, self.ontology)

    @cached_property
    def standard(self) -> Standard:
        return Standard(self.ontology)

    def ontology_part(self, whole: bool) -> list:
        """The ontology's triples that validation reads: where ontology nodes are validated
        (the registry's chunk), all it reads; elsewhere they are only pointed to, so their
        "deep" triples (and the class hierarchy) suffice."""
        reach = self.reach
        predicates = reach.predicates if whole else reach.deep | {RDFS.subClassOf}
        return [t for t in self.ontology if _read(t, predicates, self.relevant)]

    def load(self, stems: list[str]):
        """Read and locally check ``stems``: (summaries, problems, stems with a source)."""
        problems: list[Problem] = []
        for stem in stems:
            self.units[stem] = load_unit(self.root, stem, self.concepts, problems)
            self.checked.discard(stem)
            if self.corpus is not None:
                self._attach(stem)
        summaries = {s: self.units[s].summary for s in stems if self.units[s].summary}
        with_source = [s for s in stems if self.units[s].source is not None]
        _settle()
        return summaries, problems, with_source

    def _attach(self, stem: str) -> None:
        unit = self.units[stem]
        if unit.source is not None:
            self.corpus.sources[stem] = unit.source
        if unit.facts is not None:
            self.corpus.facts[stem] = unit.facts

    def share(self, shared: Shared) -> list[Problem]:
        """Take the global checks' results; check the evidence of the sources read."""
        corpus = Corpus(self.root, {}, shared.entities, {}, self.concepts)
        corpus.kinds = shared.kinds
        corpus.events = shared.events
        corpus.quotation_texts = shared.quotation_texts
        corpus.names = shared.names
        corpus.post_bodies = shared.post_bodies
        self.corpus = corpus
        self.where = shared.where
        for stem in self.units:
            self._attach(stem)
        return self.check_evidence()

    def check_evidence(self) -> list[Problem]:
        problems: list[Problem] = []
        for stem, unit in self.units.items():
            if unit.facts is not None and stem not in self.checked:
                check_evidence(self.corpus, stem, unit.facts, unit.located, problems)
                self.checked.add(stem)
            # Lines of fields are only needed to report problems, all found by now.
            unit.located = None
            if unit.source is not None:
                unit.source.meta_located = None
        return problems

    def triples(self, stem: str) -> tuple[str, list]:
        """The graph IRI and triples of a source (or of the registry: ``REGISTRY``)."""
        if stem == REGISTRY:
            return str(self.iris.graph("entities")), registry_triples(
                self.corpus, self.iris, self.standard
            )
        return str(self.iris.graph(stem)), unit_triples(self.corpus, self.iris, self.standard, stem)

    def lines(self, stems: Iterable[str]) -> dict[str, list[str]]:
        """Graph IRI -> the sorted quad lines of each source's graph."""
        out = {}
        fmt = Formatter()
        for stem in stems:
            graph, triples = self.triples(stem)
            out[graph] = sorted({fmt.quad(t, graph) for t in triples})
        return out

    def build(
        self, chunks: list[tuple[int, list]], folder: str, last: bool = False
    ) -> list[ChunkInfo]:
        """Build each chunk's graphs into a sorted lines file; keep what SHACL reads.

        ``last``: nothing more is built here, so the sources read are let go."""
        reach = self.reach
        relevant = self.relevant if reach.local else set()
        infos = []
        for chunk, stems in chunks:
            lines: list[str] = []
            kept: list = []
            focus: set = set()
            subjects: set[str] = set()
            objects: set[str] = set()
            graphs = []
            fmt = Formatter()
            for stem in stems:
                if stem == REGISTRY:
                    parts = [self.triples(REGISTRY), (str(ONTOLOGY_GRAPH), list(self.ontology))]
                else:
                    parts = [self.triples(stem)]
                for graph, triples in parts:
                    graphs.append(graph)
                    suffix = f" <{graph}> .\n"
                    for s, p, o in triples:
                        subject, target = fmt.term(s), fmt.term(o)
                        lines.append(f"{subject} {fmt.term(p)} {target}{suffix}")
                        subjects.add(subject)
                        if isinstance(o, URIRef):
                            objects.add(target)
                    focus.update(t[0] for t in triples)
                    if reach.local:
                        kept.extend(t for t in triples if _read(t, reach.predicates, relevant))
            path = Path(folder) / f"chunk-{chunk}.nq"
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.writelines(sorted(set(lines)))
            del lines
            self.chunks[chunk] = (kept, focus)
            infos.append(ChunkInfo(chunk, str(path), subjects, objects, graphs))
        if last:
            self.units.clear()
            self.corpus = None
            gc.unfreeze()
        _settle()
        return infos

    def validate(self, work: list[tuple[int, str]]) -> list[Problem]:
        """Validate chunks, each on its own triples, the ontology and its context file."""
        problems: list[Problem] = []
        for chunk, context in work:
            filling = time.perf_counter()
            kept, focus = self.chunks.pop(chunk)
            data = _data_graph(self.iris.base)
            for triple in self.ontology_part(whole=chunk == REGISTRY):
                data.add(triple)
            for triple in kept:
                data.add(triple)
            with open(context, encoding="utf-8", newline="") as handle:
                for triple in parse_triples(handle):
                    data.add(triple)
            del kept
            started = time.perf_counter()
            found = violations(data, self.shapes, focus)
            problems.extend(as_problems(found, _locate(self.where)))
            if os.environ.get("KG_BUILD_TRACE"):
                print(
                    f"[build]   chunk {chunk}: {len(data)} triples, {len(focus)} subjects,"
                    f" filled in {started - filling:.2f} s,"
                    f" pySHACL {time.perf_counter() - started:.2f} s, worker {_rss_mb()} MB",
                    file=sys.stderr,
                )
        return problems


def _rss_mb() -> int:
    """This process's resident memory in MB (Linux; 0 elsewhere), for the trace."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 2**20
    except OSError:
        return 0


def _settle() -> None:
    """Keep the garbage collector off what stays for the whole build (parsed sources, kept
    triples): scanning them again at every collection made validation several times slower."""
    gc.collect()
    gc.freeze()


def relevant_classes(reach: Reach, ontology: Graph) -> set:
    """The classes that shapes target or require, and their subclasses (in ``ontology``):
    a type triple with any other class is never read by validation."""
    out = set(reach.classes)
    todo = list(out)
    while todo:
        for sub in ontology.subjects(RDFS.subClassOf, todo.pop()):
            if sub not in out:
                out.add(sub)
                todo.append(sub)
    return out


def _read(triple, predicates, relevant) -> bool:
    """Does validation read ``triple`` (a predicate it reads; a type it can ask about)?"""
    return triple[1] in predicates and (triple[1] != RDF.type or triple[2] in relevant)


def _serve(conn, root: str, base: str) -> None:
    """A worker process: run the methods the parent asks for, until it says stop."""
    try:
        worker = Worker(root, base)
    except BaseException as error:  # reported to the parent
        conn.send(("crash", f"{error}"))
        return
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        method, args = message
        try:
            started = time.process_time()
            answer = getattr(worker, method)(*args)
            if os.environ.get("KG_BUILD_TRACE"):
                print(
                    f"[build]   worker {os.getpid()}: {method}"
                    f" {time.process_time() - started:.2f} s CPU, {_rss_mb()} MB",
                    file=sys.stderr,
                )
            conn.send(("ok", answer))
        except InputError as error:
            conn.send(("error", error))
        except BaseException:
            conn.send(("crash", traceback.format_exc()))


class _Pool:
    """``size`` worker processes (spawned), or one :class:`Worker` in this process."""

    def __init__(self, size: int, root: Path, base: str):
        self.local = Worker(str(root), base) if size <= 1 else None
        self.pending: list = []
        self.processes = []
        self.conns = []
        if self.local is None:
            context = multiprocessing.get_context("spawn")
            for _ in range(size):
                parent, child = context.Pipe()
                process = context.Process(target=_serve, args=(child, str(root), base))
                process.daemon = True
                process.start()
                child.close()
                self.processes.append(process)
                self.conns.append(parent)

    @property
    def size(self) -> int:
        return 1 if self.local is not None else len(self.conns)

    def start(self, method: str, args: list[tuple]) -> None:
        """Ask every worker to run ``method`` with its own arguments (see :meth:`finish`)."""
        if self.local is not None:
            self.pending = [(method, args[0])]
            return
        for conn, arg in zip(self.conns, args, strict=True):
            conn.send((method, arg))

    def finish(self) -> list:
        """The workers' answers to the last :meth:`start`, in worker order."""
        if self.local is not None:
            (method, arg), self.pending = self.pending[0], []
            return [getattr(self.local, method)(*arg)]
        answers = []
        for conn in self.conns:
            try:
                status, value = conn.recv()
            except EOFError:
                status, value = "crash", "a build worker process died"
            answers.append((status, value))
        for status, value in answers:
            if status == "error":
                raise value
            if status == "crash":
                raise RuntimeError(f"build worker failed:\n{value}")
        return [value for _, value in answers]

    def each(self, method: str, args: list[tuple]) -> list:
        self.start(method, args)
        return self.finish()

    def close(self) -> None:
        for conn in self.conns:
            try:
                conn.send(None)
                conn.close()
            except OSError:
                pass
        for process in self.processes:
            process.join(timeout=10)
            if process.is_alive():
                process.kill()
                process.join()

    def __enter__(self) -> _Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Trace:
    """Phase times on standard error when ``KG_BUILD_TRACE`` is set (for measuring)."""

    def __init__(self) -> None:
        self.on = bool(os.environ.get("KG_BUILD_TRACE"))
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def __call__(self, phase: str) -> None:
        if self.on:
            wall, cpu = time.perf_counter(), time.process_time()
            print(
                f"[build] {phase}: {wall - self.wall:.2f} s ({cpu - self.cpu:.2f} s CPU here,"
                f" {_rss_mb()} MB here)",
                file=sys.stderr,
            )
            self.wall, self.cpu = wall, cpu


def _jobs(jobs: int | None, sources: int) -> int:
    if jobs is not None:
        return max(1, jobs)
    if sources < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 4))


def _require_project(root: Path) -> None:
    from graph.corpus import _require_project as require

    require(root)


# --- a full build ----------------------------------------------------------------------------


def full_build(root: Path, store=None, jobs: int | None = None) -> tuple[Outcome, object]:
    """Check, build and validate the whole project; stage it in ``store`` (None: only check).

    Returns the outcome and the staged writer (``commit()`` swaps the build in; ``abort()``
    drops it). Raises :class:`InputError` with every problem, nothing staged.
    """
    root = Path(root)
    _require_project(root)
    trace = _Trace()
    iris = Iris()
    stems = unit_stems(root)
    hashes = {stem: manifest.unit_hash(root, stem) for stem in stems}
    size = _jobs(jobs, len(stems))
    folder = Path(tempfile.mkdtemp(prefix=".kg-build-", dir=_scratch(root, store)))
    writer = None
    try:
        with _Pool(size, root, iris.base) as pool:
            size = pool.size
            trace(f"start {size} worker(s), hash {len(stems)} sources")
            parts = [stems[k::size] for k in range(size)]
            loaded = pool.each("load", [(part,) for part in parts])
            trace("read and check sources (workers)")
            summaries: dict[str, Summary] = {}
            problems: list[Problem] = []
            with_source: dict[int, list[str]] = {}
            for k, (found, trouble, sources) in enumerate(loaded):
                summaries.update(found)
                problems.extend(trouble)
                with_source[k] = sources
            concepts = concept_ids(root)
            everyone = {s for sources in with_source.values() for s in sources}
            corpus = check_corpus(root, concepts, summaries, everyone, problems)
            shared = _shared(corpus, iris)
            trace("global checks")
            for trouble in pool.each("share", [(shared,)] * size):
                problems.extend(trouble)
            trace("evidence (workers)")
            if problems:
                raise InputError(problems)
            shapes = load_shapes(root)
            reach = shape_reach(shapes)
            plans: list[list[tuple[int, list]]] = [[] for _ in range(size)]
            plans[0].append((REGISTRY, [REGISTRY]))
            number = 0
            for k in range(size):
                mine = sorted(with_source[k])
                for start in range(0, len(mine), CHUNK):
                    plans[k].append((number, mine[start : start + CHUNK]))
                    number += 1
            infos = [
                i
                for built in pool.each("build", [(p, str(folder), True) for p in plans])
                for i in built
            ]
            trace("build graphs (workers)")
            writer = store.full_writer() if store is not None else None
            relevant = relevant_classes(reach, load_ontology(root)) if reach.local else set()
            counts, contexts, hierarchy = _merge(infos, folder, writer, reach, relevant)
            for info in infos:  # routed: only the files are needed now
                info.subjects = info.objects = set()
            local = reach.local and not hierarchy
            trace("merge, count, route context")
            if reach.local:
                pool.start("validate", [([(c, contexts[c]) for c, _ in plan],) for plan in plans])
            if writer is not None:
                writer.stage()
                trace("stage the store")
            if local:
                for trouble in pool.finish():
                    problems.extend(trouble)
            else:
                problems.extend(_validate_whole(root, infos, shapes, shared.where))
            trace("SHACL (workers)")
        if problems:
            raise InputError(problems)
        units = {
            stem: {
                "hash": hashes[stem],
                "summary": summaries[stem].to_json(),
                "deps": unit_dependencies(corpus, stem),
            }
            for stem in sorted(everyone)
        }
        return Outcome(counts, units, len(everyone), True, hierarchy, corpus.registry), writer
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _scratch(root: Path, store) -> str | None:
    """Where a build's temporary files go: beside the store (same disk), else the system's."""
    target = getattr(store, "path", None)
    if target is None:
        return None
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    return str(Path(target).parent)


def _merge(infos: list[ChunkInfo], folder: Path, writer, reach: Reach, relevant: set):
    """Merge the chunks' sorted lines into the build (to ``writer``); count; route context.

    Returns the counts, per chunk the file of the triples of other chunks that its validation
    reads, and whether the data graphs hold class hierarchies of their own. A chunk reads,
    from other chunks, every read triple about its own nodes (a quotation mentioned by a
    source elsewhere), and the "deep" triples (types, schemes, selectors' words) about the
    nodes its own nodes point to."""
    owners: dict[str, set[int]] = defaultdict(set)
    for info in infos:
        for token in info.subjects:
            owners[token].add(info.id)
    full: dict[str, list[int]] = defaultdict(list)  # subject -> chunks reading all about it
    deep: dict[str, list[int]] = defaultdict(list)  # subject -> chunks reading deep triples
    for info in infos:
        for token in info.subjects:
            if len(owners[token]) > 1:
                full[token].append(info.id)
        for token in info.objects - info.subjects:
            if owners.get(token):
                deep[token].append(info.id)
    chunk_of = {graph: info.id for info in infos for graph in info.graphs}
    ontology = str(ONTOLOGY_GRAPH)
    read = {f"<{p}>" for p in reach.predicates}
    deep_read = {f"<{p}>" for p in reach.deep}
    types = {f"<{c}>" for c in relevant}
    paths = {info.id: str(folder / f"context-{info.id}.nt") for info in infos}
    handles = {c: open(p, "w", encoding="utf-8", newline="") for c, p in paths.items()}  # noqa: SIM115
    further: dict[int, set[str]] = defaultdict(set)  # objects of triples routed in full
    counter = Counter()
    hierarchy = False
    try:
        for line in merge_files([Path(info.path) for info in infos]):
            triple = counter.add(line)
            if writer is not None:
                writer.add(line, triple)
            if not reach.local:
                continue
            subject = line[: line.find(" ")]
            all_of, deep_of = full.get(subject), deep.get(subject)
            if _SUBCLASSED in line and graph_of(line) != ontology:
                hierarchy = hierarchy or line.split(" ", 2)[1] == _SUBCLASS
            if not (all_of or deep_of):
                continue  # most lines: nobody else reads about this node
            predicate = line[len(subject) + 1 : line.find(" ", len(subject) + 1)]
            if predicate not in read:
                continue
            graph = graph_of(line)
            if graph == ontology:
                continue  # every chunk holds the whole ontology
            text = triple_part(line)
            target = object_of(text)
            if predicate == _TYPE and target not in types:
                continue
            origin = chunk_of.get(graph)
            for chunk in all_of or ():
                if chunk != origin:
                    handles[chunk].write(text + " .\n")
                    if target.startswith("<"):
                        further[chunk].add(target)
            if predicate in deep_read:
                for chunk in deep_of or ():
                    if chunk != origin:
                        handles[chunk].write(text + " .\n")
        if reach.local:
            _route_further(infos, owners, further, deep_read, types, handles)
    finally:
        for handle in handles.values():
            handle.close()
    return counter.counts(), paths, hierarchy


def _route_further(infos, owners, further, deep_read, types, handles) -> None:
    """Second round: the deep triples about nodes that triples routed in full point to."""
    by_id = {info.id: info for info in infos}
    wanted_from: dict[int, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for chunk, tokens in further.items():
        info = by_id[chunk]
        for token in tokens - info.subjects - info.objects:
            for owner in owners.get(token, ()):
                if owner != chunk:
                    wanted_from[owner][token].append(chunk)
    ontology = str(ONTOLOGY_GRAPH)
    for owner, wanted in wanted_from.items():
        with open(by_id[owner].path, encoding="utf-8", newline="") as handle:
            for line in handle:
                chunks = wanted.get(line[: line.find(" ")])
                if not chunks or graph_of(line) == ontology:
                    continue
                text = triple_part(line)
                _s, predicate, target = text.split(" ", 2)
                if predicate not in deep_read or (predicate == _TYPE and target not in types):
                    continue
                for chunk in chunks:
                    handles[chunk].write(text + " .\n")


def _validate_whole(root: Path, infos, shapes: Graph, where) -> list[Problem]:
    """Shapes beyond what graph/shacl.py analyses: validate the whole union at once."""
    data = _data_graph(Iris().base)
    for path in [info.path for info in infos]:
        with open(path, encoding="utf-8", newline="") as handle:
            for triple in parse_triples(triple_part(line) + " .\n" for line in handle):
                data.add(triple)
    return as_problems(violations(data, shapes), _locate(where))


# --- an incremental build --------------------------------------------------------------------


def incremental_build(root: Path, store, previous_manifest: dict):
    """Rebuild only what changed since the stored build; None when a full build is needed.

    Returns (outcome, apply): ``apply()`` changes the store and returns the new counts.
    Raises :class:`InputError` with every problem; the store is not touched then.
    """
    root = Path(root)
    _require_project(root)
    trace = _Trace()
    iris = Iris()
    if previous_manifest.get("global") != manifest.global_hash(root, iris.base):
        return None
    if previous_manifest.get("store") != store.identity():
        return None
    known: dict[str, dict] = previous_manifest.get("units", {})
    registry = previous_manifest.get("registry")
    stems = unit_stems(root)
    hashes = {stem: manifest.unit_hash(root, stem) for stem in stems}
    changed = [s for s in stems if known.get(s, {}).get("hash") != hashes[s]]
    removed = sorted(set(known) - set(stems))
    trace(f"hash {len(stems)} sources: {len(changed)} changed, {len(removed)} removed")
    hierarchy = bool(previous_manifest.get("hierarchy"))
    if not changed and not removed:
        outcome = Outcome(previous_manifest["counts"], known, 0, False, hierarchy, registry)
        return outcome, None

    worker = Worker(str(root), iris.base)
    fresh, problems, sources = worker.load(changed)
    summaries = {s: Summary.from_json(known[s]["summary"]) for s in stems if s not in fresh}
    summaries.update(fresh)
    with_source = set(sources) | {s for s in stems if s not in changed}
    corpus = check_corpus(root, worker.concepts, summaries, with_source, problems, registry)
    shared = _shared(corpus, iris)
    problems.extend(worker.share(shared))
    trace("read changed sources, global checks, evidence")
    if problems:
        raise InputError(problems)
    deps = {stem: unit_dependencies(corpus, stem) for stem in with_source}
    rebuild = sorted(
        s for s in with_source if s in changed or known.get(s, {}).get("deps") != deps[s]
    )
    extra = [s for s in rebuild if s not in changed]
    if extra:
        _, trouble, _ = worker.load(extra)
        trouble.extend(worker.check_evidence())
        if trouble:
            raise InputError(trouble)
    graphs = worker.lines(rebuild)
    dropped = {str(iris.graph(s)) for s in removed}
    trace(f"dependencies; build {len(rebuild)} graphs")
    previous = store.previous()
    change = _Change(previous, graphs, dropped)
    hierarchy = hierarchy or change.hierarchy()
    problems = _validate_changes(change, worker, shared.where, hierarchy)
    trace("SHACL on what the change can affect")
    if problems:
        raise InputError(problems)
    units = {
        stem: {
            "hash": hashes[stem],
            "summary": summaries[stem].to_json(),
            "deps": deps[stem],
        }
        for stem in sorted(with_source)
    }
    outcome = Outcome({}, units, len(rebuild), False, hierarchy, corpus.registry)
    counts = change.counts(previous_manifest["counts"])

    def apply() -> dict[str, int]:
        outcome.counts = store.replace(previous, graphs, dropped, counts)
        trace("replace the graphs in the store")
        return outcome.counts

    return outcome, apply


class _Change:
    """Named graphs replaced (``graphs``: IRI -> new sorted lines) or dropped, read against
    the stored build (``previous``): the lines before and after about every node they
    describe, the only nodes whose triples change."""

    def __init__(self, previous, graphs: dict[str, list[str]], dropped: set[str]):
        self.previous = previous
        self.graphs = graphs
        self.replaced = set(graphs) | set(dropped)
        self.old = previous.graph_lines(self.replaced)
        self.new_lines = [line for lines in graphs.values() for line in lines]
        old_lines = [line for lines in self.old.values() for line in lines]
        self.subjects = {_subject(line) for line in old_lines}
        self.subjects |= {_subject(line) for line in self.new_lines}
        self.new_by_subject: dict[str, list[str]] = defaultdict(list)
        for line in self.new_lines:
            self.new_by_subject[_subject(line)].append(line)
        self.before = previous.about(self.subjects, set())
        gone = tuple(f" <{g}> .\n" for g in self.replaced)
        # subject -> lines in the build as it will be (those read so far)
        self._now: dict[str, list[str]] = {subject: [] for subject in self.subjects}
        for line in self.before:
            if not line.endswith(gone):
                self._now[_subject(line)].append(line)
        for subject, lines in self.new_by_subject.items():
            self._now[subject].extend(lines)
        self.after = [line for lines in self._now.values() for line in lines]

    def now(self, subjects: set[str]) -> list[str]:
        """Lines about ``subjects`` in the build as it will be."""
        missing = {s for s in subjects if s not in self._now}
        if missing:
            for subject in missing:
                self._now[subject] = list(self.new_by_subject.get(subject, ()))
            for line in self.previous.about(missing, self.replaced):
                self._now[_subject(line)].append(line)
        return [line for subject in subjects for line in self._now[subject]]

    def hierarchy(self) -> bool:
        """Do the replaced graphs (before or after) hold ``rdfs:subClassOf`` triples?"""
        lines = [*self.new_lines, *(line for lines in self.old.values() for line in lines)]
        return any(line.split(" ", 2)[1] == _SUBCLASS for line in lines)

    def counts(self, before: dict[str, int]) -> dict[str, int]:
        """The counts after the change, from those before: only the changed nodes' triples
        and types can differ."""
        after = dict(before)
        classes = {f"<{iri}>": name for name, iri in COUNTED.items()}
        for lines, sign in ((self.before, -1), (self.after, 1)):
            triples = {triple_part(line) for line in lines}
            after["triples"] += sign * len(triples)
            for triple in triples:
                _, predicate, target = triple.split(" ", 2)
                if predicate == _TYPE and target in classes:
                    after[classes[target]] += sign
        return after


def _subject(line: str) -> str:
    return line[: line.find(" ")]


def _validate_changes(change: _Change, worker: Worker, where, hierarchy: bool) -> list[Problem]:
    """SHACL over what a change can affect, on the build as it will be after the change.

    Validated: every node described in a replaced graph (before or after), and every node
    pointing to a node whose triples read from afar (types, schemes, selectors) changed."""
    reach = worker.reach
    if not reach.local or hierarchy:
        data = _data_graph(worker.iris.base)
        for triple in worker.ontology:
            data.add(triple)
        lines = list(change.previous.everything(change.replaced)) + change.new_lines
        for triple in parse_triples(triple_part(line) + " .\n" for line in lines):
            data.add(triple)
        return as_problems(violations(data, worker.shapes), _locate(where))
    now, previous, replaced = change.now, change.previous, change.replaced
    deep = {f"<{p}>" for p in reach.deep}

    def deep_part(lines: list[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for line in lines:
            triple = triple_part(line)
            if triple.split(" ", 2)[1] in deep:
                out[_subject(line)].add(triple)
        return out

    before, after = deep_part(change.before), deep_part(change.after)
    alive = {_subject(line) for line in change.after}
    moved = {s for s in change.subjects if before.get(s, set()) != after.get(s, set())}
    pointing = previous.referrers(moved, replaced) if moved else set()
    pointing |= {
        _subject(line) for line in change.new_lines if object_of(triple_part(line)) in moved
    }
    focus = alive | pointing
    described = now(focus)
    objects = set()
    for line in described:
        token = object_of(triple_part(line))
        if token.startswith("<") and token not in focus:
            objects.add(token)
    around = now(objects)
    read = {f"<{p}>" for p in reach.predicates}
    types = {f"<{c}>" for c in worker.relevant}

    def wanted(line: str, predicates: set[str]) -> bool:
        _s, predicate, target = triple_part(line).split(" ", 2)
        return predicate in predicates and (predicate != _TYPE or target in types)

    chosen = {triple_part(line) + " .\n" for line in described if wanted(line, read)}
    chosen |= {triple_part(line) + " .\n" for line in around if wanted(line, deep)}
    data = _data_graph(worker.iris.base)
    for triple in worker.ontology:
        data.add(triple)
    for triple in parse_triples(sorted(chosen)):
        data.add(triple)
    terms = {URIRef(token[1:-1]) for token in focus if token.startswith("<")}
    found = violations(data, worker.shapes, terms)
    return as_problems(found, _locate(where))
