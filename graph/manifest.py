"""The build manifest: what a stored build was made from, for the next build to be incremental.

It lies beside the stored build (``build/dataset.manifest.json`` for the memory store,
``DIR.manifest.json`` for ``oxigraph:DIR``) and holds:

- ``global``: a hash of everything every graph depends on: ``data/entities.yaml``, every file
  of ``ontology/``, the base IRI, and the code that checks and builds. When it changes, the
  next build is a full one.
- ``units``: per source, a hash of its files (text, metadata, facts), its :class:`Summary`
  (what the global checks and other sources need from it) and the hash of what its graph read
  about other sources (``graph.build.unit_dependencies``).
- ``store``: what tells the stored build from another one (the snapshot's inode, size and
  time; the database folder's inode). A build stored by anything else makes it stale.
- ``counts``: what ``kg build`` printed.

Before a build changes the store, it removes the manifest; it writes the new one only once
the store holds the new build. A build stopped half-way therefore leaves no manifest, and the
next build is a full one: a manifest never describes a store it does not match.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from graph.corpus import unit_files

__all__ = ["VERSION", "forget", "global_hash", "read", "unit_hash", "write"]

VERSION = 1
# The modules whose code decides what a build holds: a change to any of them means a full build.
_CODE = (
    "build.py",
    "corpus.py",
    "engine.py",
    "evidence.py",
    "iris.py",
    "lines.py",
    "manifest.py",
    "model.py",
    "shacl.py",
    "yamlio.py",
    "namespace/_KG.py",
    "namespace/__init__.py",
)


def _feed(digest, name: str, data: bytes) -> None:
    digest.update(f"{name}\0{len(data)}\0".encode())
    digest.update(data)


def global_hash(root: Path, base: str) -> str:
    """The hash of the registry, the ontology, the base IRI and the build code."""
    root = Path(root)
    digest = hashlib.sha256(f"cskg-build {VERSION}\0{base}\0".encode())
    entities = root / "data" / "entities.yaml"
    _feed(digest, "entities", entities.read_bytes() if entities.is_file() else b"")
    for path in sorted((root / "ontology").glob("*")):
        if path.is_file():
            _feed(digest, f"ontology/{path.name}", path.read_bytes())
    code = Path(__file__).resolve().parent
    for name in _CODE:
        _feed(digest, name, (code / name).read_bytes())
    return digest.hexdigest()


def unit_hash(root: Path, stem: str) -> str:
    """The hash of source ``stem``'s files (which of them exist, and their bytes)."""
    digest = hashlib.sha256()
    for path in unit_files(root, stem):
        _feed(digest, f"{path.parent.name}/{path.name}", path.read_bytes())
    return digest.hexdigest()


def read(path: Path) -> dict | None:
    """The manifest at ``path``, or None when there is none or it cannot be used."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return None
    return data


def write(path: Path, data: dict) -> None:
    """Write the manifest atomically (temporary file, then rename)."""
    from graph.store import atomic_write

    data = {"version": VERSION, **data}
    atomic_write(Path(path), json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())


def forget(path: Path) -> None:
    """Remove the manifest (before the store changes)."""
    Path(path).unlink(missing_ok=True)
