"""Regenerate graph/namespace/_KG.py from ontology/*.ttl.  Usage: python scripts/gen_namespace.py"""

from graph.namespace.generate import ROOT, generate

target = ROOT / "graph" / "namespace" / "_KG.py"
target.write_text(generate(), encoding="utf-8")
print(f"wrote {target}")
