"""Where a built dataset is kept.

``memory`` (the default) keeps the dataset in memory while a command runs and saves a
snapshot under the project's ``build/`` folder, written to a temporary file then renamed, so a
failed build leaves the previous good one untouched. The store is chosen by ``--store`` or
the ``KG_STORE`` environment variable.
"""

from __future__ import annotations

import os
import warnings
from contextlib import contextmanager
from pathlib import Path

from rdflib import Dataset

from graph.export import nquads
from graph.namespace import bind_prefixes
from graph.problems import InputError, Problem

__all__ = ["MemoryStore", "atomic_write", "open_store", "quiet_rdflib_internals", "read_dataset"]

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


@contextmanager
def quiet_rdflib_internals():
    """Silence only the deprecation warnings rdflib 7.6 raises about its own internal calls
    (``Dataset.contexts``, ``ConjunctiveGraph``) when parsing or querying a Dataset."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore",
            message=r"(Dataset\.\w+|ConjunctiveGraph) is deprecated",
            category=DeprecationWarning,
        )
        yield


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


def open_store(spec: str | None, project: Path):
    """The store named by ``spec`` (``--store``), ``KG_STORE``, or ``memory``."""
    spec = spec or os.environ.get("KG_STORE") or "memory"
    if spec == "memory":
        return MemoryStore(project)
    if spec.startswith("sparql:"):
        from graph.remote import RemoteStore

        return RemoteStore.from_spec(spec)
    raise InputError(
        [
            Problem(
                "--store",
                None,
                "store",
                f"unknown store {spec!r} (known: memory, sparql:QUERY_URL[,UPDATE_URL])",
            )
        ]
    )
