"""Where a built dataset is kept.

``memory`` (the default) keeps the dataset in memory while a command runs and saves a
snapshot under the project's ``build/`` folder, written to a temporary file then renamed, so a
failed build leaves the previous good one untouched. The store is chosen by ``--store`` or
the ``KG_STORE`` environment variable.
"""

from __future__ import annotations

import os
from pathlib import Path

from rdflib import Dataset

from graph.export import nquads
from graph.namespace import bind_prefixes
from graph.problems import InputError, Problem

__all__ = ["MemoryStore", "atomic_write", "open_store"]

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
        dataset = bind_prefixes(Dataset())
        dataset.parse(self.path, format="nquads")
        return dataset


def open_store(spec: str | None, project: Path) -> MemoryStore:
    """The store named by ``spec`` (``--store``), ``KG_STORE``, or ``memory``."""
    spec = spec or os.environ.get("KG_STORE") or "memory"
    if spec == "memory":
        return MemoryStore(project)
    raise InputError([Problem("--store", None, "store", f"unknown store {spec!r} (known: memory)")])
