"""Validate a kg graph against the SHACL shapes of ``ontology/shapes.ttl``.

The shapes say what every graph ``kg build`` writes must hold: a type and a
label on every entity, the domain and range of every relation, and on every
statement node the reified triple, a confidence in [0, 1], the source
document and the evidence offsets (``kg:title`` on ``leads`` and
``holdsPosition``). :func:`validate_graph` runs pyshacl and returns plain
records that :func:`format_violation` turns into one readable line each.

>>> from kg.graph import new_graph
>>> validate_graph(new_graph()).conforms
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDFS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.errors import ConfigError

__all__ = [
    "SHAPES_PATH",
    "Violation",
    "ValidationReport",
    "load_shapes",
    "validate_graph",
    "format_violation",
]

#: The shapes file, relative to the repository root.
SHAPES_PATH: Path = Path(__file__).parents[1] / "ontology" / "shapes.ttl"

_SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    """One SHACL result.

    Attributes:
        focus: The IRI (or blank node id) of the node that fails.
        label: Its ``rdfs:label`` in the data, when it has one.
        path: The property path of the failing constraint (compact form), or
            ``None`` for a node-level constraint such as a relation's domain.
        message: What is wrong, from the shape's ``sh:message``.
        value: The offending value, when the result names one.
        severity: ``Violation``, ``Warning`` or ``Info``.
        shape: The shape that reported it.
    """

    focus: str
    label: str | None
    path: str | None
    message: str
    value: str | None
    severity: str
    shape: str


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`: ``conforms`` and the results, sorted."""

    conforms: bool
    violations: tuple[Violation, ...]


def load_shapes(path: str | Path | None = None) -> Graph:
    """Parse a SHACL shapes file (``SHAPES_PATH`` by default).

    Raises:
        ConfigError: The file is missing or is not Turtle.
    """
    source = Path(path) if path is not None else SHAPES_PATH
    graph = Graph()
    try:
        graph.parse(source, format="turtle")
    except FileNotFoundError as exc:
        raise ConfigError(f"shapes file {source} not found") from exc
    except Exception as exc:  # rdflib raises many parser exception types
        raise ConfigError(f"shapes file {source} is not valid Turtle: {_one_line(exc)}") from exc
    return graph


def validate_graph(graph: Graph, shapes: Graph | None = None) -> ValidationReport:
    """Run the shapes over ``graph`` (no inference) and collect the results.

    Args:
        graph: The data: a plain graph (validate the union of a dataset's named
            graphs, since entity descriptions and facts live in different ones).
        shapes: The shapes graph; :func:`load_shapes` by default.

    Returns:
        A report whose ``violations`` are sorted by focus node, path and message.
    """
    import pyshacl

    shapes = shapes if shapes is not None else load_shapes()
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=False,
        abort_on_first=False,
    )
    violations = sorted(
        _violations(graph, results), key=lambda v: (v.focus, v.path or "", v.message)
    )
    return ValidationReport(conforms=bool(conforms), violations=tuple(violations))


def format_violation(v: Violation) -> str:
    """One line: focus node (with its label), path, message and value.

    >>> v = Violation("http://x/e", "华为", "kg:investedIn", "bad", None, "Violation", "s")
    >>> format_violation(v)
    '<http://x/e> "华为" kg:investedIn: bad'
    """
    focus = f"<{v.focus}>" + (f' "{_flat(v.label)}"' if v.label else "")
    where = f" {v.path}" if v.path else ""
    value = f" (value: {_flat(v.value)})" if v.value is not None else ""
    return f"{focus}{where}: {_flat(v.message)}{value}"


def _violations(data: Graph, results: Graph) -> Iterable[Violation]:
    """Turn the pyshacl results graph into :class:`Violation` records."""
    # Only the report's top-level results: nested sh:detail results repeat them.
    tops = {
        r
        for report in results.subjects(_SH.conforms, None)
        for r in results.objects(report, _SH.result)
    }
    for result in sorted(tops, key=str):
        focus = results.value(result, _SH.focusNode)
        path = results.value(result, _SH.resultPath)
        value = results.value(result, _SH.value)
        messages = sorted(str(m) for m in results.objects(result, _SH.resultMessage))
        severity = results.value(result, _SH.resultSeverity)
        shape = results.value(result, _SH.sourceShape)
        yield Violation(
            focus=str(focus),
            label=_label(data, focus),
            path=_compact(data, path) if path is not None else None,
            message="; ".join(messages) or "does not conform",
            value=_show(data, value) if value is not None and value != focus else None,
            severity=str(severity).rsplit("#", 1)[-1],
            shape=str(shape) if isinstance(shape, URIRef) else "",
        )


def _label(data: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    labels = sorted(str(x) for x in data.objects(node, RDFS.label))  # type: ignore[arg-type]
    return labels[0] if labels else None


def _compact(data: Graph, node: Node) -> str:
    if isinstance(node, URIRef):
        try:
            return data.namespace_manager.normalizeUri(node)
        except Exception:  # an IRI that has no prefix form
            return f"<{node}>"
    return str(node)


def _show(data: Graph, node: Node) -> str:
    if isinstance(node, Literal):
        return node.n3(data.namespace_manager)
    return _compact(data, node)


def _flat(text: str) -> str:
    """Keep a report line on one line."""
    return " ".join(str(text).split())


def _one_line(exc: BaseException) -> str:
    return _flat(str(exc))[:300] or type(exc).__name__
