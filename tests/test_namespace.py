"""The generated namespace matches the ontology; unknown names fail."""

import pytest

from graph.namespace import KG
from graph.namespace.generate import ROOT, generate


def test_generated_namespace_has_not_drifted() -> None:
    current = (ROOT / "graph" / "namespace" / "_KG.py").read_text(encoding="utf-8")
    assert current == generate(), "run: python scripts/gen_namespace.py"


def test_unknown_term_fails() -> None:
    assert str(KG.Quotation) == "https://w3id.org/cskg/ontology#Quotation"
    with pytest.raises(AttributeError):
        _ = KG.Quoation
