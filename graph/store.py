"""Where a built dataset is kept.

``memory`` (the default) keeps the dataset in memory while a command runs and saves a
snapshot under the project's ``build/`` folder, written to a temporary file then renamed, so a
failed build leaves the previous good one untouched. The store is chosen by ``--store`` or
the ``KG_STORE`` environment variable.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import XSD

from graph.export import nquads, oxigraph_quads, union_graph
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

    def save(self, dataset: Dataset) -> None:
        atomic_write(self.path, nquads(dataset).encode("utf-8"))

    def load(self) -> Dataset:
        if not self.path.exists():
            raise InputError(
                [Problem(str(self.path), None, "", "no build found: run `kg build` first")]
            )
        return read_dataset(self.path, "nquads")

    def graph(self) -> Graph:
        """The union of the named graphs as one plain graph (rdflib queries it fastest)."""
        return union_graph(self.load())


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

    def save(self, dataset: Dataset) -> None:
        import pyoxigraph as ox

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
