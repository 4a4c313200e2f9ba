"""Proof against real parsers and stores: pyoxigraph, Raptor's rapper, Jena's riot and Virtuoso.

The Debian packages come from ``.ci/apt-packages.txt`` (``make test`` installs
them as root through ``.ci/system-deps``). When a tool is missing, the fixture
runs ``.ci/system-deps`` once; a test skips, saying why, only when that cannot
install it (not root, no apt-get).
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
import zipfile
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export import RDF_FORMATS, export, open_source
from kg.iris import entity_iri

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "interop"
QUERIES = REPO / "ontology" / "queries"
TRICKY = 'Acme "Quoted" \\ Co; Ltd'
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
_installed_once: list[bool] = []


def _need(binary: str, package: str) -> str:
    """The path of ``binary``; install the Debian packages once if it is missing, else skip."""
    found = shutil.which(binary)
    if found:
        return found
    if not _installed_once:
        _installed_once.append(True)
        if os.geteuid() == 0 and shutil.which("apt-get"):
            subprocess.run(["bash", str(REPO / ".ci" / "system-deps")], check=False, timeout=900)
    found = shutil.which(binary)
    if not found:
        why = "not root" if os.geteuid() != 0 else "apt-get missing or the install failed"
        pytest.skip(
            f"{binary} (Debian {package}) is not installed and cannot be installed here: {why}"
        )
    return found


@pytest.fixture(scope="module", params=["fixture", "seed"])
def graph_dir(request, seed_build) -> Path:
    """The hand-made fixture (awkward names) and the seed build's OUTDIR."""
    return DATA if request.param == "fixture" else seed_build


@pytest.fixture(scope="module")
def exports(graph_dir, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("interop")
    source = open_source(graph=graph_dir)
    paths = {}
    for fmt in RDF_FORMATS:
        paths[fmt] = out / f"graph.{fmt}"
        export(source, fmt, paths[fmt])
    return paths


@pytest.fixture(scope="module")
def original(graph_dir) -> Dataset:
    return open_source(graph=graph_dir).to_dataset()


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for sub in ds.graphs():
        for t in sub:
            g.add(t)
    return g


def _ox_to_rdflib(quads: Iterator[ox.Quad]) -> Dataset:
    ds = Dataset()
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


# ---------------------------------------------------------------- pyoxigraph


@pytest.mark.parametrize("fmt", sorted(OX_FORMATS))
def test_interop_pyoxigraph_parses_every_rdf_export(exports, original, fmt) -> None:
    back = _ox_to_rdflib(ox.parse(path=str(exports[fmt]), format=OX_FORMATS[fmt]))
    assert isomorphic(_union(back), _union(original))
    if fmt in ("nquads", "trig", "json-ld"):
        names = {g.identifier for g in original.graphs() if len(g)}
        assert {g.identifier for g in back.graphs() if len(g)} == names
        for name in names:
            assert isomorphic(back.graph(name), original.graph(name))


@pytest.fixture(scope="module")
def fixture_turtle(tmp_path_factory) -> Path:
    """The Turtle export of the hand-made fixture (awkward names)."""
    path = tmp_path_factory.mktemp("awkward") / "graph.ttl"
    export(open_source(graph=DATA), "turtle", path)
    return path


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "rdfxml"])
def test_interop_non_ascii_survives(tmp_path, fmt) -> None:
    path = tmp_path / f"graph.{fmt}"
    export(open_source(graph=DATA), fmt, path)
    g = _union(_ox_to_rdflib(ox.parse(path=str(path), format=OX_FORMATS[fmt])))
    labels = {str(o) for o in g.objects(None, None) if hasattr(o, "language")}
    assert {"腾讯", TRICKY, "Acme\nCo"} <= labels
    assert all(str(s).isascii() for s, _, _ in g)  # IRIs are percent-encoded ASCII


# ---------------------------------------------------------------- rapper and riot

_RAPPER_SYNTAX = {"turtle": "turtle", "ntriples": "ntriples", "rdfxml": "rdfxml"}
_RIOT_SYNTAX = {"turtle": "Turtle", "ntriples": "N-Triples", "rdfxml": "RDF/XML"}


@pytest.mark.parametrize("fmt", sorted(_RAPPER_SYNTAX))
def test_interop_rapper_parses_without_warnings(exports, original, fmt) -> None:
    rapper = _need("rapper", "raptor2-utils")
    proc = subprocess.run(
        [rapper, "-q", "-i", _RAPPER_SYNTAX[fmt], "-o", "ntriples", str(exports[fmt])],
        capture_output=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode().strip() == ""  # -q keeps only warnings and errors
    back = Graph().parse(data=proc.stdout.decode("ascii"), format="nt")  # rapper writes \\u escapes
    assert isomorphic(back, _union(original))


@pytest.fixture(scope="session")
def riot_classpath(tmp_path_factory) -> str:
    """A classpath for Jena's ``riotcmd.riot`` from Debian's libapache-jena-java.

    Debian ships the jars without the ``riot`` script. Their relocated Xerces
    classes (``xerces.*``) look for message bundles that the jar keeps under
    ``org/apache/jena/ext/xerces``; without them Jena fails to start with
    "internal error", so the bundles are copied to where the classes look.
    """
    _need("java", "default-jre-headless")
    java_dir = Path("/usr/share/java")
    if not (java_dir / "jena-cmds.jar").is_file():
        _need("riot-jars-missing", "libapache-jena-java")
    fix = tmp_path_factory.mktemp("jena-fix")
    with zipfile.ZipFile(java_dir / "jena-core.jar") as jar:
        for name in jar.namelist():
            prefix = "org/apache/jena/ext/xerces/impl/"
            if name.startswith(prefix) and name.endswith(".properties"):
                target = fix / "xerces" / "impl" / name[len(prefix) :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    jars = sorted(
        str(p) for p in java_dir.glob("jena-*.jar") if not any(c.isdigit() for c in p.name)
    )
    deps = (
        "slf4j-api slf4j-simple commons-cli commons-codec commons-compress commons-csv commons-io "
        "commons-lang3 dexx.collection gson guava httpclient httpcore jackson-core "
        "jackson-databind jackson-annotations jsonld-java protobuf thrift titanium-json-ld"
    ).split()
    return os.pathsep.join([str(fix), *jars, *(str(java_dir / f"{d}.jar") for d in deps)])


@pytest.mark.parametrize("fmt", sorted(_RIOT_SYNTAX))
def test_interop_riot_parses_without_warnings(exports, original, riot_classpath, fmt) -> None:
    proc = subprocess.run(
        ["java", "-cp", riot_classpath, "riotcmd.riot", "--strict", f"--syntax={_RIOT_SYNTAX[fmt]}",
         "--output=N-Triples", str(exports[fmt])],
        capture_output=True,
        timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stderr.decode().strip() == "", proc.stderr.decode()  # no WARN, no ERROR
    back = Graph().parse(data=proc.stdout.decode("utf-8"), format="nt")
    assert isomorphic(back, _union(original))


# ---------------------------------------------------------------- Virtuoso

_VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 256M

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
MaxClientConnections = 4
ServerThreads = 4
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Virtuoso:
    """A throw-away Virtuoso server: SPARQL over HTTP, loading through isql."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sql, self.http = _free_port(), _free_port()
        while self.http == self.sql:
            self.http = _free_port()
        (folder / "virtuoso.ini").write_text(
            _VIRTUOSO_INI.format(d=folder, sql=self.sql, http=self.http)
        )
        self.log = open(folder / "stdout.log", "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [shutil.which("virtuoso-t") or "virtuoso-t", "-f", "-c", str(folder / "virtuoso.ini")],
            cwd=folder,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.endpoint = f"http://127.0.0.1:{self.http}/sparql"

    def wait(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                log = (self.folder / "virtuoso.log").read_text(errors="replace")
                raise RuntimeError(f"virtuoso-t exited: {log}")
            try:
                self.select("ASK {}", None)
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError("virtuoso did not open its SPARQL port in time")

    def load_turtle(self, path: Path, graph: str) -> None:
        local = self.folder / f"load-{abs(hash(graph))}.ttl"
        shutil.copyfile(path, local)
        sql = f"DB.DBA.TTLP_MT(file_to_string_output('{local}'), '', '{graph}', 0); checkpoint;"
        proc = subprocess.run(
            [
                shutil.which("isql-vt") or "isql-vt",
                f"127.0.0.1:{self.sql}",
                "dba",
                "dba",
                f"exec={sql}",
            ],
            capture_output=True,
            timeout=120,
        )
        out = proc.stdout.decode(errors="replace") + proc.stderr.decode(errors="replace")
        assert proc.returncode == 0 and "Error" not in out, out

    def select(self, query: str, graph: str | None) -> dict:
        params = {"query": query}
        if graph:
            params["default-graph-uri"] = graph
        req = urllib.request.Request(
            self.endpoint,
            data=urllib.parse.urlencode(params).encode(),
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read().decode("utf-8"))

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.log.close()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory) -> Iterator[_Virtuoso]:
    _need("virtuoso-t", "virtuoso-opensource-7-bin")
    _need("isql-vt", "virtuoso-opensource-7-bin")
    server = _Virtuoso(tmp_path_factory.mktemp("virtuoso"))
    try:
        server.wait()
        yield server
    finally:
        server.stop()


def _norm_json(term: dict | None) -> tuple | None:
    """A SPARQL JSON result term, comparable across engines (numbers by value)."""
    if term is None:
        return None
    kind, value = term["type"], term["value"]
    if kind == "uri":
        return ("iri", value)
    if kind == "bnode":
        return ("bnode",)
    return _norm_literal(value, term.get("datatype"), term.get("xml:lang"))


def _norm_literal(value: str, datatype: str | None, lang: str | None) -> tuple:
    if lang:
        return ("lit", value, lang.lower())
    xsd = "http://www.w3.org/2001/XMLSchema#"
    if datatype in {xsd + t for t in ("integer", "decimal", "double", "float", "int", "long")}:
        try:
            return ("num", Decimal(value).normalize())
        except InvalidOperation:
            pass
    if datatype in (None, xsd + "string"):
        return ("lit", value, None)
    return ("lit", value, datatype)


def _norm_ox(term: object) -> tuple | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode",)
    assert isinstance(term, ox.Literal)
    return _norm_literal(term.value, term.datatype.value, term.language)


def _norm_rdflib(term: object) -> tuple | None:
    from rdflib import BNode, Literal, URIRef

    if term is None:
        return None
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, BNode):
        return ("bnode",)
    assert isinstance(term, Literal)
    return _norm_literal(str(term), str(term.datatype) if term.datatype else None, term.language)


_RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
_SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
_KG = "PREFIX kg: <http://kg.example.org/ontology#> "
_OWN_QUERIES = {
    "count": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "labels": _RDFS + "SELECT ?e ?l WHERE { ?e rdfs:label ?l }",
    "aliases": _SKOS + "SELECT ?e ?a WHERE { ?e skos:altLabel ?a }",
    "types": "SELECT ?t (COUNT(?s) AS ?n) WHERE { ?s a ?t } GROUP BY ?t",
    "evidence": _KG + "SELECT ?st ?conf ?start ?end ?text ?title WHERE { ?st kg:confidence ?conf ; "
    "kg:evidenceStart ?start ; kg:evidenceEnd ?end ; kg:evidenceText ?text . "
    "OPTIONAL { ?st kg:title ?title } }",
}


def _queries() -> dict[str, str]:
    named = {
        f"queries/{p.stem}": p.read_text(encoding="utf-8") for p in sorted(QUERIES.glob("*.rq"))
    }
    return {**named, **{f"own/{k}": v for k, v in _OWN_QUERIES.items()}}


@pytest.fixture(scope="module")
def loaded(virtuoso, exports, graph_dir) -> tuple[_Virtuoso, str, Path]:
    graph = f"urn:kg-test:{graph_dir.name}:{abs(hash(str(graph_dir)))}"
    virtuoso.load_turtle(exports["turtle"], graph)
    return virtuoso, graph, exports["turtle"]


@pytest.mark.parametrize("name", sorted(_queries()))
def test_interop_virtuoso_answers_like_the_embedded_stores(loaded, name) -> None:
    server, graph, turtle = loaded
    query = _queries()[name]
    res = server.select(query, graph)
    names = res["head"]["vars"]
    got = Counter(tuple(_norm_json(b.get(v)) for v in names) for b in res["results"]["bindings"])

    store = ox.Store()
    store.load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    oxi = Counter(tuple(_norm_ox(sol[v]) for v in names) for sol in store.query(query))
    rdf = Graph().parse(turtle, format="turtle")
    rdfl = Counter(tuple(_norm_rdflib(row[v]) for v in names) for row in rdf.query(query))

    assert got == oxi, name
    assert got == rdfl, name
    if name.startswith("queries/"):
        assert sum(got.values()) > 0 or "chains" in name, f"{name} found nothing to compare"


def test_interop_virtuoso_keeps_awkward_names(virtuoso, fixture_turtle) -> None:
    server, graph = virtuoso, "urn:kg-test:awkward"
    server.load_turtle(fixture_turtle, graph)
    q = _RDFS + f"SELECT ?l WHERE {{ <{entity_iri(TRICKY)}> rdfs:label ?l }}"
    res = server.select(q, graph)
    assert [b["l"]["value"] for b in res["results"]["bindings"]] == [TRICKY]
