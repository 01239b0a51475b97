"""The top-level jobs the CLI calls: validate, build, export."""

from __future__ import annotations

from pathlib import Path

from graph.corpus import load_project

__all__ = ["validate_project"]


def validate_project(project: Path) -> dict[str, int]:
    """Check everything; return counts, or raise InputError listing every problem."""
    corpus = load_project(project)
    facts = corpus.facts.values()
    return {
        "sources": len(corpus.sources),
        "people": len(corpus.entities.people),
        "bodies": len(corpus.entities.bodies),
        "quotations": sum(len(f.quotations) for f in facts),
        "findings": sum(len(f.findings) for f in facts),
        "judgements": sum(len(f.judgements) for f in facts),
    }
