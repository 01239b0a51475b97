"""Where a built dataset is kept.

``memory`` (the default) keeps the dataset in memory while a command runs and saves a
snapshot under the project's ``build/`` folder, written to a temporary file then renamed, so a
failed build leaves the previous good one untouched. The store is chosen by ``--store`` or
the ``KG_STORE`` environment variable.

The memory and Oxigraph stores also take a build as sorted N-Quads lines (``full_writer``: a
whole build, staged then swapped in) and replace single named graphs of the stored build
(``replace``: an incremental build), reading what they hold through ``previous``. Beside each
stored build lies its manifest (``manifest_path``, see graph/manifest.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import XSD

from graph.export import from_oxigraph, nquads, oxigraph_quads, union_graph
from graph.lines import Counter, graph_of, object_of, quad_line, triple_part
from graph.namespace import bind_prefixes
from graph.problems import InputError, Problem
from graph.rdfio import quiet_rdflib_internals

__all__ = [
    "MemoryStore",
    "OxigraphStore",
    "atomic_write",
    "open_store",
    "quiet_rdflib_internals",
    "read_dataset",
]

SNAPSHOT = Path("build") / "dataset.nq"
LOAD_PIECE = 200_000  # lines per bulk load into a new Oxigraph database


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def read_dataset(source: Path | str | bytes, fmt: str) -> Dataset:
    """Parse quads (``nquads``/``trig``) into a Dataset with the project's prefixes.

    ``source`` is a path, or the data itself as bytes. rdflib 7.6's Dataset.parse calls its own
    deprecated API internally; only those warnings are silenced here.
    """
    dataset = bind_prefixes(Dataset())
    with quiet_rdflib_internals():
        if isinstance(source, bytes):
            dataset.parse(data=source.decode("utf-8"), format=fmt)
        else:
            with open(source, "rb") as handle:
                dataset.parse(source=handle, format=fmt)
    return dataset


class MemoryStore:
    """rdflib's in-memory store, persisted as an N-Quads snapshot in ``build/``."""

    name = "memory"

    def __init__(self, project: Path):
        self.path = Path(project) / SNAPSHOT
        self.manifest_path = self.path.with_name("dataset.manifest.json")

    def save(self, dataset: Dataset) -> None:
        _forget_manifest(self)
        atomic_write(self.path, nquads(dataset).encode("utf-8"))

    def identity(self) -> dict | None:
        """What tells this snapshot from another one (None when there is none)."""
        return _file_identity(self.path)

    def full_writer(self) -> _MemoryWriter:
        """Take a whole build as sorted quad lines, to be swapped in by ``commit``."""
        return _MemoryWriter(self.path)

    def previous(self) -> _LinesPrevious:
        """The stored build, for an incremental build to read."""
        with open(self.path, encoding="utf-8", newline="") as handle:
            return _LinesPrevious(handle.readlines())

    def replace(
        self,
        previous: _LinesPrevious,
        graphs: dict[str, list[str]],
        dropped: set[str],
        counts: dict[str, int] | None = None,
    ):
        """Replace named graphs (``graphs``: IRI -> sorted new lines) and drop ``dropped``;
        write the new snapshot atomically; return the counts of the new build (counted
        while writing; ``counts``, what the caller expects, is not needed)."""
        gone = tuple(f" <{g}> .\n" for g in set(graphs) | set(dropped))
        kept = [line for line in previous.lines if not line.endswith(gone)]
        new = sorted(line for lines in graphs.values() for line in lines)
        writer = _MemoryWriter(self.path)
        try:
            counter = Counter()
            for line in _merge_sorted(kept, new):
                writer.add(line, counter.add(line))
            writer.stage()
            writer.commit()
        finally:
            writer.abort()
        return counter.counts()

    def load(self) -> Dataset:
        if not self.path.exists():
            raise InputError(
                [Problem(str(self.path), None, "", "no build found: run `kg build` first")]
            )
        return read_dataset(self.path, "nquads")

    def graph(self) -> Graph:
        """The union of the named graphs as one plain graph (rdflib queries it fastest)."""
        return union_graph(self.load())


def _forget_manifest(store) -> None:
    """A build saved whole from a Dataset has no manifest: the next build is a full one."""
    path = getattr(store, "manifest_path", None)
    if path is not None and path.exists():
        path.unlink()


def _file_identity(path: Path) -> dict | None:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return {"ino": info.st_ino, "size": info.st_size, "mtime_ns": info.st_mtime_ns}


def _merge_sorted(first: list[str], second: list[str]):
    import heapq

    previous = None
    for line in heapq.merge(first, second):
        if line != previous:
            yield line
            previous = line


class _MemoryWriter:
    """Sorted quad lines into a temporary snapshot, renamed over the old one on commit."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.handle = open(self.tmp, "w", encoding="utf-8", newline="")  # noqa: SIM115

    def add(self, line: str, triple: str | None) -> None:
        self.handle.write(line)

    def stage(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()

    def commit(self) -> None:
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        if self.tmp.exists():
            self.tmp.unlink()


class _LinesPrevious:
    """A stored build read as quad lines (the memory store's snapshot)."""

    def __init__(self, lines: list[str]):
        self.lines = lines

    def graph_lines(self, graphs: set[str]) -> dict[str, list[str]]:
        suffixes = {f" <{g}> .\n": g for g in graphs}
        out: dict[str, list[str]] = {g: [] for g in graphs}
        ends = tuple(suffixes)
        for line in self.lines:
            if line.endswith(ends):
                out[graph_of(line)].append(line)
        return out

    def about(self, subjects: set[str], skip: set[str]) -> list[str]:
        """Lines whose subject token is in ``subjects``, outside the graphs ``skip``."""
        skipped = tuple(f" <{g}> .\n" for g in skip)
        return [
            line
            for line in self.lines
            if line[: line.find(" ")] in subjects and not (skipped and line.endswith(skipped))
        ]

    def referrers(self, objects: set[str], skip: set[str]) -> set[str]:
        """Subject tokens of the lines whose object is in ``objects``, outside ``skip``."""
        skipped = tuple(f" <{g}> .\n" for g in skip)
        found = set()
        for line in self.lines:
            if skipped and line.endswith(skipped):
                continue
            triple = triple_part(line)
            if object_of(triple) in objects:
                found.add(triple[: triple.find(" ")])
        return found

    def everything(self, skip: set[str]) -> Iterable[str]:
        skipped = tuple(f" <{g}> .\n" for g in skip)
        return (line for line in self.lines if not (skipped and line.endswith(skipped)))


def _plain(term):
    """Oxigraph gives plain strings their datatype, ``xsd:string``; rdflib leaves it off (the
    same literal in RDF 1.1, but not equal in rdflib). Written as rdflib writes them."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


class _OxigraphDataset(Dataset):
    """A Dataset over oxrdflib whose triple lookups do not trip rdflib 7.6's deprecation
    warnings about its own internal calls (``Dataset.default_context``)."""

    def query(self, *args, **kwargs):
        with quiet_rdflib_internals():
            return super().query(*args, **kwargs)

    def triples(self, triple, context=None):
        with quiet_rdflib_internals():
            found = [(s, p, _plain(o)) for s, p, o in super().triples(triple, context)]
        return iter(found)

    def quads(self, quad=None):
        with quiet_rdflib_internals():
            found = [(s, p, _plain(o), g) for s, p, o, g in super().quads(quad)]
        return iter(found)


class OxigraphStore:
    """An on-disk Oxigraph database (``oxigraph:DIR``): build once, query many times.

    Queries run in Oxigraph's own engine through oxrdflib. The default graph holds the union
    of the named graphs, written out at build time: Oxigraph's own union mode repeats a triple
    once per graph holding it (and a query's rows with it), which is slower and counts
    differently from the memory store. A build is written to a new database beside ``DIR``
    and swapped in, so a failed build leaves the previous one. Many processes may read it.
    """

    name = "oxigraph"

    def __init__(self, path: Path):
        self.path = Path(path)
        self.manifest_path = self.path.with_name(f"{self.path.name}.manifest.json")

    def identity(self) -> dict | None:
        """What tells this database from another one (None when there is none)."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return None
        return {"ino": info.st_ino}

    def full_writer(self) -> _OxigraphWriter:
        """Take a whole build as sorted quad lines: bulk-loaded into a new database beside
        ``DIR`` by ``stage``, swapped in by ``commit``."""
        return _OxigraphWriter(self.path)

    def previous(self) -> _OxigraphPrevious:
        """The stored build, opened for an incremental build to read and then update."""
        import pyoxigraph as ox

        return _OxigraphPrevious(ox.Store(str(self.path)))

    def replace(
        self,
        previous: _OxigraphPrevious,
        graphs: dict[str, list[str]],
        dropped: set[str],
        counts: dict[str, int] | None = None,
    ) -> dict[str, int]:
        """Replace named graphs and drop others in one transaction (a SPARQL update: all of
        it or nothing), keeping the default graph the union; return the new counts:
        ``counts`` when the caller worked them out, else counted by queries."""
        previous.replace(graphs, dropped)
        return counts if counts is not None else previous.counts()

    def save(self, dataset: Dataset) -> None:
        import pyoxigraph as ox

        _forget_manifest(self)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fresh = self.path.with_name(f".{self.path.name}.{os.getpid()}.new")
        old = self.path.with_name(f".{self.path.name}.{os.getpid()}.old")
        shutil.rmtree(fresh, ignore_errors=True)
        try:
            store = ox.Store(str(fresh))
            store.bulk_extend(oxigraph_quads(dataset))
            store.flush()
            del store
            if self.path.exists():
                os.replace(self.path, old)
            os.replace(fresh, self.path)
        finally:
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)

    def load(self) -> Dataset:
        import pyoxigraph as ox
        from oxrdflib import OxigraphStore as RdflibOxigraph

        if not self.path.is_dir():
            raise InputError(
                [Problem(str(self.path), None, "", "no build found: run `kg build` first")]
            )
        try:
            store = ox.Store.read_only(str(self.path))
        except OSError as error:
            raise InputError(
                [Problem(str(self.path), None, "", f"cannot open the Oxigraph store: {error}")]
            ) from None
        dataset = _OxigraphDataset(store=RdflibOxigraph(store=store), default_union=False)
        dataset.oxigraph = store  # read directly by the exporters (graph.export.oxigraph_quads)
        return bind_prefixes(dataset)

    def graph(self) -> Graph:
        """The union of the named graphs, queried in Oxigraph."""
        return self.load()


class _OxigraphWriter:
    """Sorted quad lines to a load file (each triple also once in the default graph), bulk
    loaded into a new database beside the old one, swapped in on commit."""

    def __init__(self, path: Path):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fresh = path.with_name(f".{path.name}.{os.getpid()}.new")
        self.old = path.with_name(f".{path.name}.{os.getpid()}.old")
        shutil.rmtree(self.fresh, ignore_errors=True)
        handle, name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".nq.tmp", dir=str(path.parent)
        )
        self.load_file = Path(name)
        self.handle = os.fdopen(handle, "w", encoding="utf-8", newline="")

    def add(self, line: str, triple: str | None) -> None:
        self.handle.write(line)
        if triple is not None:
            self.handle.write(triple + " .\n")

    def stage(self) -> None:
        import pyoxigraph as ox

        self.handle.close()
        store = ox.Store(str(self.fresh))
        # In pieces: one bulk load of a million-triple build peaks at 2 GB (measured), pieces
        # of 200,000 lines at 0.4 GB, for about a fifth more time.
        piece: list[bytes] = []
        with open(self.load_file, "rb") as handle:
            for line in handle:
                piece.append(line)
                if len(piece) == LOAD_PIECE:
                    store.bulk_load(b"".join(piece), format=ox.RdfFormat.N_QUADS)
                    piece = []
        if piece:
            store.bulk_load(b"".join(piece), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        self.load_file.unlink()

    def commit(self) -> None:
        if self.path.exists():
            os.replace(self.path, self.old)
        os.replace(self.fresh, self.path)
        shutil.rmtree(self.old, ignore_errors=True)

    def abort(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self.load_file.unlink(missing_ok=True)
        shutil.rmtree(self.fresh, ignore_errors=True)
        shutil.rmtree(self.old, ignore_errors=True)


def _ox_line(quad) -> str:
    triple = tuple(from_oxigraph(t) for t in (quad.subject, quad.predicate, quad.object))
    return quad_line(triple, quad.graph_name.value)


class _OxigraphPrevious:
    """A stored Oxigraph build, read quad by quad and then updated in one transaction."""

    def __init__(self, store):
        self.store = store

    def _named(self, quads, skip: set[str]):
        import pyoxigraph as ox

        for quad in quads:
            if isinstance(quad.graph_name, ox.DefaultGraph) or quad.graph_name.value in skip:
                continue
            yield quad

    def graph_lines(self, graphs: set[str]) -> dict[str, list[str]]:
        import pyoxigraph as ox

        return {
            g: sorted(
                _ox_line(q) for q in self.store.quads_for_pattern(None, None, None, ox.NamedNode(g))
            )
            for g in graphs
        }

    def about(self, subjects: set[str], skip: set[str]) -> list[str]:
        import pyoxigraph as ox

        out = []
        for token in subjects:
            if not token.startswith("<"):
                continue
            node = ox.NamedNode(token[1:-1])
            quads = self.store.quads_for_pattern(node, None, None, None)
            out.extend(_ox_line(q) for q in self._named(quads, skip))
        return out

    def referrers(self, objects: set[str], skip: set[str]) -> set[str]:
        import pyoxigraph as ox

        found = set()
        for token in objects:
            if not token.startswith("<"):
                continue
            quads = self.store.quads_for_pattern(None, None, ox.NamedNode(token[1:-1]), None)
            found.update(f"<{q.subject.value}>" for q in self._named(quads, skip))
        return found

    def everything(self, skip: set[str]) -> Iterable[str]:
        return (
            _ox_line(q)
            for q in self._named(self.store.quads_for_pattern(None, None, None, None), skip)
        )

    def replace(self, graphs: dict[str, list[str]], dropped: set[str]) -> None:
        import pyoxigraph as ox

        replaced = set(graphs) | set(dropped)
        new_triples = {triple_part(line) for lines in graphs.values() for line in lines}
        removed = set()
        for g in replaced:
            for quad in self.store.quads_for_pattern(None, None, None, ox.NamedNode(g)):
                line = _ox_line(quad)
                triple = triple_part(line)
                if triple in new_triples or triple in removed:
                    continue
                elsewhere = self._named(
                    self.store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None),
                    replaced,
                )
                if next(elsewhere, None) is None:
                    removed.add(triple)
        parts = [f"DROP SILENT GRAPH <{g}>" for g in sorted(replaced)]
        if removed:
            parts.append("DELETE DATA {\n" + "".join(f"{t} .\n" for t in sorted(removed)) + "}")
        inserts = []
        for g, lines in sorted(graphs.items()):
            body = "".join(f"{triple_part(line)} .\n" for line in lines)
            inserts.append(f"GRAPH <{g}> {{\n{body}}}\n")
        inserts.extend(f"{t} .\n" for t in sorted(new_triples))
        if inserts:
            parts.append("INSERT DATA {\n" + "".join(inserts) + "}")
        self.store.update(" ;\n".join(parts))
        self.store.flush()

    def counts(self) -> dict[str, int]:
        from graph.lines import COUNTED

        out = {}
        for name, iri in COUNTED.items():
            query = f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{iri}> }}"
            out[name] = int(next(iter(self.store.query(query)))["n"].value)
        total = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        out["triples"] = int(next(iter(self.store.query(total)))["n"].value)
        return out


def open_store(spec: str | None, project: Path):
    """The store named by ``spec`` (``--store``), ``KG_STORE``, or ``memory``.

    ``memory``: rdflib in memory, snapshot in ``build/``; ``oxigraph:DIR``: an Oxigraph
    database in DIR (relative to the project folder); ``sparql:QUERY_URL[,UPDATE_URL]``: a
    SPARQL 1.1 server (graph/remote.py).
    """
    spec = spec or os.environ.get("KG_STORE") or "memory"
    if spec == "memory":
        return MemoryStore(project)
    if spec.startswith("oxigraph:") and spec.removeprefix("oxigraph:").strip():
        return OxigraphStore(Path(project) / spec.removeprefix("oxigraph:").strip())
    if spec.startswith("sparql:"):
        from graph.remote import RemoteStore

        return RemoteStore.from_spec(spec)
    raise InputError(
        [
            Problem(
                "--store",
                None,
                "store",
                f"unknown store {spec!r} (known: memory, oxigraph:DIR,"
                " sparql:QUERY_URL[,UPDATE_URL])",
            )
        ]
    )
