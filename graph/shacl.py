"""SHACL validation of the built data with pySHACL, reported as :class:`Problem` lines.

A million triples do not fit pySHACL's time or memory budget in one go, so a build validates
part by part: a set of *focus* nodes at a time, on just the data their validation reads. What
the shapes can read is worked out from the shapes themselves (:func:`shape_reach`): the
predicates on their paths (plus ``rdf:type`` and ``rdfs:subClassOf``), and how far from a focus
node they look. For the project's shapes that is the focus node's own triples and those of the
nodes it points to (its values: a speaker's types, a grade's scheme, a span's selectors), never
further. Validating a focus node on that data (plus the ontology) gives exactly the result it
would get in the whole graph, so the parts' results together are the whole graph's. Shapes
that look further, or use constraints not analysed here (``sh:closed``, SPARQL, property pair
constraints, other targets), make :func:`shape_reach` say so, and the build validates the
whole graph at once instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH
from rdflib.term import Node

from graph.problems import Problem
from graph.rdfio import read_turtle

__all__ = [
    "SHAPES_FILE",
    "Reach",
    "load_shapes",
    "shacl_problems",
    "shape_reach",
    "violations",
]

SHAPES_FILE = Path("ontology") / "shapes.ttl"


def load_shapes(root: Path) -> Graph:
    return read_turtle(root / SHAPES_FILE, str(SHAPES_FILE))


Locate = Callable[[URIRef], tuple[str, int] | None]


def violations(
    data: Graph, shapes: Graph, focus: set[Node] | None = None
) -> list[tuple[Node, Node | None, str]]:
    """Every SHACL violation in ``data``: (focus node, result path, message with value).

    ``focus``: validate only these nodes (each against the shapes that target it); the other
    nodes of ``data`` are there to be read, not validated.
    """
    if focus is None:
        return _report(data, shapes)
    found = []
    supers: dict[Node, set[Node]] = {}
    kinds = {node: _classes(data, node, supers) for node in focus}
    for shape, classes in _targets(shapes).items():
        wanted = {node for node, types in kinds.items() if types & classes}
        if isinstance(shape, URIRef):
            if wanted:
                found.extend(_report(data, shapes, shape, sorted(wanted)))
        else:  # a blank-node shape cannot be named: validate all, keep what was asked
            found.extend(v for v in _report(data, shapes) if v[0] in focus)
            break
    return found


def _targets(shapes: Graph) -> dict[Node, set[Node]]:
    """Every shape with class targets (explicit, or implicit: a shape that is a class)."""
    out: dict[Node, set[Node]] = {}
    for shape, cls in shapes.subject_objects(SH.targetClass):
        out.setdefault(shape, set()).add(cls)
    for shape in shapes.subjects(RDF.type, RDFS.Class):
        if _is_shape(shapes, shape):
            out.setdefault(shape, set()).add(shape)
    return out


def _classes(data: Graph, node: Node, supers: dict[Node, set[Node]]) -> set[Node]:
    """Every class ``node`` is an instance of (``rdf:type/rdfs:subClassOf*``); ``supers``
    caches each class's super-classes."""
    out: set[Node] = set()
    for cls in data.objects(node, RDF.type):
        if cls not in supers:
            closure = {cls}
            todo = [cls]
            while todo:
                for parent in data.objects(todo.pop(), RDFS.subClassOf):
                    if parent not in closure:
                        closure.add(parent)
                        todo.append(parent)
            supers[cls] = closure
        out |= supers[cls]
    return out


def _report(data: Graph, shapes: Graph, shape: URIRef | None = None, focus=None) -> list:
    options = {}
    if shape is not None:
        options = {"use_shapes": [str(shape)], "focus_nodes": [str(node) for node in focus]}
    conforms, report, _ = validate(
        data,
        shacl_graph=shapes,
        inference="none",
        advanced=False,
        allow_warnings=True,
        **options,
    )
    if conforms:
        return []
    found = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage) or Literal("constraint violated")
        value = report.value(result, SH.value)
        detail = f"{message}" + (f" (value {value})" if value is not None else "")
        found.append((focus, path, detail))
    return found


def as_problems(
    found: Iterable[tuple[Node, Node | None, str]], locate: Locate | None = None
) -> list[Problem]:
    """Violations as problems, at the file and line of the item behind the focus node."""
    problems = []
    for focus, path, detail in found:
        field = _short(path) if isinstance(path, URIRef) else ""
        where = locate(focus) if locate and isinstance(focus, URIRef) else None
        if where:
            problems.append(Problem(where[0], where[1], field, f"SHACL: {detail} on <{focus}>"))
        else:
            problems.append(Problem(f"<{focus}>", None, field, f"SHACL: {detail}"))
    return sorted(problems)


def shacl_problems(data: Graph, shapes: Graph, locate: Locate | None = None) -> list[Problem]:
    """Every SHACL violation in ``data`` (which must include the ontology's SKOS schemes).

    ``locate`` maps a focus node to the (file, line) it was written at, when known.
    """
    return as_problems(violations(data, shapes), locate)


def _short(iri: URIRef) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1] if "#" in text else text.rsplit("/", 1)[-1]


# --- what the shapes read --------------------------------------------------------------------

# Constraints on a value node that look at the term alone (or count the values).
_TERM_ONLY = {
    SH.datatype,
    SH.nodeKind,
    SH.minLength,
    SH.maxLength,
    SH.pattern,
    SH.flags,
    SH.languageIn,
    SH.uniqueLang,
    SH["in"],
    SH.hasValue,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH.minCount,
    SH.maxCount,
}
_NESTED_ONE = {SH.node, SH["not"]}
_NESTED_LIST = {SH["or"], SH["and"], SH.xone}
# Said about a shape without constraining anything (targets are handled apart).
_ANNOTATIONS = {
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.deactivated,
    SH.targetClass,
    SH.path,
    SH.property,
}
_OTHER_TARGETS = {SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target}


@dataclass(frozen=True)
class Reach:
    """What validating a node can read of the data.

    ``local``: only the triples of the focus node and of the nodes it points to (depth 0 and
    1), so a part of the graph can be validated on its own (see the module doc); ``why`` says
    otherwise. ``predicates``: every predicate read (paths, ``rdf:type``, ``rdfs:subClassOf``).
    ``deep``: the predicates read on the nodes a focus node points to: only those of their
    triples are needed, and when they change, the nodes pointing to them must be validated
    again. ``classes``: the classes shapes target or require with ``sh:class``; a type
    triple matters only when its class is one of them or a subclass of one.
    """

    local: bool
    predicates: frozenset[URIRef]
    deep: frozenset[URIRef]
    why: str = ""
    classes: frozenset[Node] = frozenset()  # classes targeted or required by sh:class


class _Unsupported(Exception):
    pass


def shape_reach(shapes: Graph) -> Reach:
    """Work out from ``shapes`` how far validation looks (see :class:`Reach`)."""
    predicates: set[URIRef] = {RDF.type, RDFS.subClassOf}
    deep: set[URIRef] = set()
    try:
        for target in _OTHER_TARGETS:
            for shape in shapes.subjects(target, None):
                raise _Unsupported(f"{_short(target)} on {shape}")
        tops = set(shapes.subjects(SH.targetClass, None))
        tops |= {s for s in shapes.subjects(RDF.type, RDFS.Class) if _is_shape(shapes, s)}
        depth = -1
        for shape in tops:
            depth = max(depth, _node_reach(shapes, shape, 0, predicates, deep, ()))
        if depth > 1:
            raise _Unsupported(f"shapes read {depth} steps away from a focus node")
    except _Unsupported as why:
        return Reach(False, frozenset(), frozenset(), str(why))
    classes = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    classes |= {s for s in tops if (s, RDF.type, RDFS.Class) in shapes}
    return Reach(True, frozenset(predicates), frozenset(deep), "", frozenset(classes))


def _is_shape(shapes: Graph, node: Node) -> bool:
    return (node, RDF.type, SH.NodeShape) in shapes or (node, SH.property, None) in shapes


def _check_parameters(shapes: Graph, shape: Node, allowed: set) -> None:
    for predicate in set(shapes.predicates(shape, None)):
        if str(predicate).startswith(str(SH)) and predicate not in allowed:
            raise _Unsupported(f"{_short(predicate)} on {shape}")


def _node_reach(shapes, shape, depth, predicates, deep, seen) -> int:
    """The farthest depth whose triples a shape applied at ``depth`` reads (-1: none)."""
    if shape in seen:
        raise _Unsupported(f"recursive shape {shape}")
    seen = (*seen, shape)
    _check_parameters(
        shapes, shape, _TERM_ONLY | _NESTED_ONE | _NESTED_LIST | _ANNOTATIONS | {SH["class"]}
    )
    far = _value_reach(shapes, shape, depth, predicates, deep, seen)
    for prop in shapes.objects(shape, SH.property):
        far = max(far, _property_reach(shapes, prop, depth, predicates, deep, seen))
    return far


def _value_reach(shapes, shape, depth, predicates, deep, seen) -> int:
    """What the constraints of ``shape`` on the node it is applied to read."""
    far = -1
    if (shape, SH["class"], None) in shapes:
        far = depth
        if depth >= 1:
            deep.add(RDF.type)
    for nested in shapes.objects(shape, SH.node):
        far = max(far, _node_reach(shapes, nested, depth, predicates, deep, seen))
    for nested in shapes.objects(shape, SH["not"]):
        far = max(far, _node_reach(shapes, nested, depth, predicates, deep, seen))
    for key in _NESTED_LIST:
        for members in shapes.objects(shape, key):
            for nested in Collection(shapes, members):
                far = max(far, _node_reach(shapes, nested, depth, predicates, deep, seen))
    return far


def _property_reach(shapes, prop, depth, predicates, deep, seen) -> int:
    if prop in seen:
        raise _Unsupported(f"recursive shape {prop}")
    seen = (*seen, prop)
    _check_parameters(
        shapes, prop, _TERM_ONLY | _NESTED_ONE | _NESTED_LIST | _ANNOTATIONS | {SH["class"]}
    )
    path = shapes.value(prop, SH.path)
    if isinstance(path, URIRef):
        steps = [path]
    elif path is not None and (path, RDF.first, None) in shapes:
        steps = list(Collection(shapes, path))
        if not all(isinstance(step, URIRef) for step in steps):
            raise _Unsupported(f"complex path on {prop}")
    else:
        raise _Unsupported(f"complex path on {prop}")
    for offset, step in enumerate(steps):
        predicates.add(step)
        if depth + offset >= 1:
            deep.add(step)
    far = depth + len(steps) - 1
    return max(far, _value_reach(shapes, prop, depth + len(steps), predicates, deep, seen))
