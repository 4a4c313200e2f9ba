"""``kg serve``: a SPARQL 1.1 Protocol endpoint over a kg store, with an offline query page.

Routes:

- ``/sparql``: queries by GET (``?query=``) and POST (``application/sparql-query``
  or form-encoded ``query=``); updates by POST (``application/sparql-update`` or
  form ``update=``) only with ``--allow-update`` and ``Authorization: Bearer
  TOKEN``. SELECT/ASK answers in JSON, XML, CSV or TSV by ``Accept`` (JSON by
  default); CONSTRUCT/DESCRIBE in Turtle, N-Triples, JSON-LD or RDF/XML. With
  no query it returns the service description. ``bind=NAME=VALUE`` (repeatable)
  binds parameters as ``kg query --bind`` does.
- ``/``: the query page (plain HTML and JS shipped in the package; no CDN).
- ``/queries``: the named queries as JSON; ``/graph``: the HTML network view;
  ``/health``: ``ok``.

Queries run in a pool of worker processes, each with the store open
read-only, so a query that exceeds the timeout is really stopped: its
process is killed and replaced, and the server goes on. An update waits for
running queries, runs in a process of its own holding the writer's lock, and
then the workers reopen the store.
"""

from __future__ import annotations

import hmac
import json
import multiprocessing as mp
import queue
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KGError

__all__ = ["ServeSettings", "QueryPool", "KGServer", "make_server", "negotiate"]

_STATIC = Path(__file__).parent / "serve_static"
_MAX_BODY = 10 * 1024 * 1024

_SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}
_CONTENT_TYPE = {
    ("select", "json"): "application/sparql-results+json",
    ("select", "xml"): "application/sparql-results+xml",
    ("select", "csv"): "text/csv",
    ("select", "tsv"): "text/tab-separated-values",
    ("graph", "turtle"): "text/turtle",
    ("graph", "ntriples"): "application/n-triples",
    ("graph", "json-ld"): "application/ld+json",
    ("graph", "xml"): "application/rdf+xml",
}


@dataclass(frozen=True)
class ServeSettings:
    """What ``kg serve`` was asked for (see its ``--help``)."""

    store: str
    timeout: float = 30.0
    max_results: int = 100_000
    workers: int = 4
    allow_update: bool = False
    token: str | None = None
    allow_service: bool = False
    cors: str | None = None
    html: str | None = None


def negotiate(accept: str, kind: str) -> str:
    """The result format for an ``Accept`` header and a query kind (``select``/``ask`` or ``graph``).

    >>> negotiate("text/csv;q=0.9, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("*/*", "graph")
    'turtle'
    """
    table = _GRAPH_TYPES if kind == "graph" else _SELECT_TYPES
    ranked = []
    for i, part in enumerate((accept or "").split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, bits[0].lower()))
    for _, _, mime in sorted(ranked):
        if mime in table:
            return table[mime]
    return "turtle" if kind == "graph" else "json"


# ---------------------------------------------------------------- workers


def _worker_main(conn: Any, store: str, max_results: int) -> None:
    """Worker process: answer requests on ``conn`` until it closes."""
    from kg import query as q
    from kg.store import KGStore

    st = None
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if req["op"] == "update":
                if st is not None:
                    st.close()
                    st = None
                with KGStore(store) as rw:
                    try:
                        rw.db.update(req["text"])
                    except SyntaxError as exc:
                        raise q._syntax_error(exc) from None
                    except (OSError, ValueError, RuntimeError) as exc:
                        raise KGError(f"update failed: {' '.join(str(exc).split())}") from None
                conn.send((204, "text/plain", b""))
                continue
            if st is None:
                st = KGStore(store, read_only=True)
            subs = q.bind_params(st, None, req["binds"]) if req["binds"] else None
            dataset: dict[str, Any] = {}
            if req["default_graphs"] or req["named_graphs"]:
                import pyoxigraph as ox

                if req["default_graphs"]:
                    dataset["default_graph"] = [ox.NamedNode(g) for g in req["default_graphs"]]
                if req["named_graphs"]:
                    dataset["named_graphs"] = [ox.NamedNode(g) for g in req["named_graphs"]]
            result = q.run(st, req["text"], subs, max_rows=max_results, dataset=dataset)
            kind = "graph" if result.kind == "graph" else "select"
            fmt = req["format"] or negotiate(req["accept"], kind)
            if (kind, fmt) not in _CONTENT_TYPE:
                fmt = "turtle" if kind == "graph" else "json"
            body = q.serialize(result, fmt)
            conn.send((200, _CONTENT_TYPE[(kind, fmt)], body))
        except q.ResultTooLarge as exc:
            conn.send((413, "text/plain; charset=utf-8", str(exc).encode()))
        except KGError as exc:
            conn.send((400, "text/plain; charset=utf-8", str(exc).encode()))
        except Exception as exc:  # noqa: BLE001 - a worker must answer, whatever happened
            conn.send((500, "text/plain; charset=utf-8", f"internal error: {exc}".encode()))


class _Worker:
    def __init__(self, ctx: Any, store: str, max_results: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, store, max_results), daemon=True)
        self.proc.start()
        child.close()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class _RWLock:
    """Many queries at once, or one update alone."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writer = False

    def acquire_read(self) -> None:
        with self._cond:
            while self._writer:
                self._cond.wait()
            self._readers += 1

    def release_read(self) -> None:
        with self._cond:
            self._readers -= 1
            self._cond.notify_all()

    def acquire_write(self) -> None:
        with self._cond:
            while self._writer:
                self._cond.wait()
            self._writer = True
            while self._readers:
                self._cond.wait()

    def release_write(self) -> None:
        with self._cond:
            self._writer = False
            self._cond.notify_all()


class QueryPool:
    """Worker processes that run queries with a hard timeout.

    Args:
        store: The store folder.
        size: Number of worker processes.
        max_results: Most rows (or triples) an answer may hold.
    """

    def __init__(self, store: str, size: int = 4, max_results: int = 100_000) -> None:
        self.store, self.size, self.max_results = store, size, max_results
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = _RWLock()
        self.generation = 0
        for _ in range(size):
            self._idle.put(self._new())

    def _new(self) -> _Worker:
        return _Worker(self._ctx, self.store, self.max_results)

    def run(self, request: dict[str, Any], timeout: float) -> tuple[int, str, bytes]:
        """Run one request; ``(status, content type, body)``. A query past ``timeout`` is killed (503)."""
        if request["op"] == "update":
            return self._update(request, timeout)
        self._lock.acquire_read()
        try:
            try:
                worker = self._idle.get(timeout=timeout)
            except queue.Empty:
                return 503, "text/plain; charset=utf-8", b"server busy: no free query worker; try again"
            return self._on(worker, request, timeout)
        finally:
            self._lock.release_read()

    def _on(self, worker: _Worker, request: dict[str, Any], timeout: float) -> tuple[int, str, bytes]:
        try:
            worker.conn.send(request)
            if worker.conn.poll(timeout):
                answer = worker.conn.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass
        else:
            worker.kill()
            self._idle.put(self._new())
            return 503, "text/plain; charset=utf-8", f"query stopped: it ran longer than {timeout:g} s".encode()
        worker.kill()  # died: replace it
        self._idle.put(self._new())
        return 500, "text/plain; charset=utf-8", b"query worker failed; try again"

    def _update(self, request: dict[str, Any], timeout: float) -> tuple[int, str, bytes]:
        self._lock.acquire_write()
        try:
            workers = [self._idle.get() for _ in range(self.size)]
            for w in workers:  # readers release the store before the writer opens it
                w.kill()
            writer = self._new()
            answer = self._on_once(writer, request, timeout)
            writer.kill()
            self.generation += 1
            for _ in range(self.size):
                self._idle.put(self._new())
            return answer
        finally:
            self._lock.release_write()

    def _on_once(self, worker: _Worker, request: dict[str, Any], timeout: float) -> tuple[int, str, bytes]:
        try:
            worker.conn.send(request)
            if worker.conn.poll(timeout):
                return worker.conn.recv()
        except (EOFError, OSError):
            return 500, "text/plain; charset=utf-8", b"update worker failed"
        return 503, "text/plain; charset=utf-8", f"update stopped: it ran longer than {timeout:g} s".encode()

    def close(self) -> None:
        """Stop every worker."""
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                return


# ---------------------------------------------------------------- HTTP


class KGServer(ThreadingHTTPServer):
    """The HTTP server: settings, the query pool and the cached network view."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], settings: ServeSettings) -> None:
        from kg.store import KGStore

        with KGStore(settings.store, read_only=True):  # fail now, with a clear message, if it is missing
            pass
        self.settings = settings
        self.pool = QueryPool(settings.store, settings.workers, settings.max_results)
        self._view: tuple[int, bytes] | None = None
        self._view_lock = threading.Lock()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up is not the server's error; stay quiet about it."""
        import sys

        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)

    def graph_view(self) -> bytes:
        """The HTML network view: ``--html FILE`` or rendered from the store (cached until an update)."""
        if self.settings.html:
            return Path(self.settings.html).read_bytes()
        with self._view_lock:
            if self._view is None or self._view[0] != self.pool.generation:
                from kg.store import KGStore
                from kg.viz import render_html

                with KGStore(self.settings.store, read_only=True) as st, tempfile.TemporaryDirectory() as tmp:
                    out = Path(tmp) / "graph.html"
                    render_html(st.union_graph(), out)
                    self._view = (self.pool.generation, out.read_bytes())
            return self._view[1]

    def close(self) -> None:
        """Stop serving and stop the workers."""
        self.server_close()
        self.pool.close()


def make_server(settings: ServeSettings, host: str = "127.0.0.1", port: int = 7878) -> KGServer:
    """Start the worker pool and bind the server (``port=0``: any free port); call ``serve_forever()``.

    Raises:
        kg.store.StoreError: The store is missing.
        OSError: The address is in use.
    """
    return KGServer((host, port), settings)


class _Handler(BaseHTTPRequestHandler):
    server: KGServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet by default
        pass

    # -- helpers
    def _send(self, status: int, ctype: str, body: bytes, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        cors = self.server.settings.cors
        if cors:
            self.send_header("Access-Control-Allow-Origin", cors)
            self.send_header("Vary", "Origin")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, msg: str, extra: dict[str, str] | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (msg + "\n").encode("utf-8"), extra)

    # -- verbs
    def do_OPTIONS(self) -> None:  # noqa: N802
        if not self.server.settings.cors:
            self._text(405, "CORS is off; start kg serve with --cors ORIGIN")
            return
        self._send(204, "text/plain", b"", {
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Accept, Authorization",
            "Access-Control-Max-Age": "600",
        })

    def do_HEAD(self) -> None:  # noqa: N802
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", (_STATIC / "index.html").read_bytes())
        elif url.path == "/queries":
            self._send(200, "application/json", _named_queries_json())
        elif url.path == "/graph":
            try:
                self._send(200, "text/html; charset=utf-8", self.server.graph_view())
            except KGError as exc:
                self._text(500, str(exc))
        elif url.path == "/health":
            self._text(200, "ok")
        elif url.path == "/sparql":
            if "update" in params:
                self._text(405, "updates must be sent by POST")
            elif "query" in params:
                self._query(params["query"][0], params)
            else:
                self._describe()
        else:
            self._text(404, "not found: try /, /sparql, /queries or /graph")

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._text(404, "not found: POST to /sparql")
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > _MAX_BODY:
            self._text(413, f"request body over {_MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            self._query(body, params)
        elif ctype == "application/sparql-update":
            self._update(body)
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            merged = {**params, **form}
            if "update" in form:
                self._update(form["update"][0])
            elif "query" in form:
                self._query(form["query"][0], merged)
            else:
                self._text(400, "the form has neither query= nor update=")
        else:
            self._text(415, "send application/sparql-query, application/sparql-update or a form")

    # -- SPARQL
    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        from kg.query import uses_service

        st = self.server.settings
        if not st.allow_service and uses_service(text):
            self._text(403, "SERVICE (federated queries) is off; start kg serve with --allow-service")
            return
        request = {
            "op": "query",
            "text": text,
            "accept": self.headers.get("Accept") or "",
            "format": (params.get("format") or [""])[0].lower() or None,
            "binds": params.get("bind", []),
            "default_graphs": params.get("default-graph-uri", []),
            "named_graphs": params.get("named-graph-uri", []),
        }
        status, ctype, body = self.server.pool.run(request, st.timeout)
        self._send(status, ctype, body)

    def _update(self, text: str) -> None:
        from kg.query import uses_service

        st = self.server.settings
        if not st.allow_update:
            self._text(403, "updates are off; start kg serve with --allow-update --token TOKEN")
            return
        auth = self.headers.get("Authorization") or ""
        given = auth[7:].strip() if auth.lower().startswith("bearer ") else ""
        if not (st.token and hmac.compare_digest(given.encode(), st.token.encode())):
            self._text(401, "an update needs 'Authorization: Bearer TOKEN'", {"WWW-Authenticate": 'Bearer realm="kg"'})
            return
        if not st.allow_service and (uses_service(text) or _uses_load(text)):
            self._text(403, "SERVICE and LOAD reach other hosts; start kg serve with --allow-service")
            return
        status, ctype, body = self.server.pool.run({"op": "update", "text": text}, st.timeout)
        self._send(status, ctype, body)

    def _describe(self) -> None:
        fmt = negotiate(self.headers.get("Accept") or "", "graph")
        body = _service_description(self._endpoint(), self.server.settings, fmt)
        self._send(200, _CONTENT_TYPE[("graph", fmt)], body)

    def _endpoint(self) -> str:
        host = self.headers.get("Host") or "%s:%d" % self.server.server_address[:2]
        return f"http://{host}/sparql"


def _uses_load(text: str) -> bool:
    import re

    from kg.query import _STRIP

    return bool(re.search(r"(?<![\w:?$])LOAD(?![\w:-])", _STRIP.sub(" ", text), re.I))


def _named_queries_json() -> bytes:
    from kg.query import named_queries

    items = [
        {"name": n.name, "description": n.description, "text": n.text,
         "params": [{"name": p.name, "kind": p.kind, "description": p.description} for p in n.params]}
        for n in named_queries().values()
    ]
    return json.dumps(items, ensure_ascii=False).encode("utf-8")


def _service_description(endpoint: str, settings: ServeSettings, fmt: str) -> bytes:
    """The SPARQL 1.1 Service Description of this endpoint."""
    from rdflib import RDF, BNode, Graph, Literal, Namespace, URIRef

    sd = Namespace("http://www.w3.org/ns/sparql-service-description#")
    fmts = Namespace("http://www.w3.org/ns/formats/")
    g = Graph()
    g.bind("sd", sd)
    g.bind("formats", fmts)
    svc = URIRef(endpoint)
    g.add((svc, RDF.type, sd.Service))
    g.add((svc, sd.endpoint, svc))
    g.add((svc, sd.supportedLanguage, sd.SPARQL11Query))
    if settings.allow_update:
        g.add((svc, sd.supportedLanguage, sd.SPARQL11Update))
    g.add((svc, sd.feature, sd.UnionDefaultGraph))
    for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
              "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        g.add((svc, sd.resultFormat, fmts[f]))
    ds = BNode("dataset")
    g.add((svc, sd.defaultDataset, ds))
    g.add((ds, RDF.type, sd.Dataset))
    dg = BNode("default")
    g.add((ds, sd.defaultGraph, dg))
    g.add((dg, RDF.type, sd.Graph))
    g.add((svc, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), Literal(
        f"kg store; read-only={not settings.allow_update}; SERVICE allowed={settings.allow_service}; "
        f"timeout={settings.timeout:g}s; max results={settings.max_results}")))
    rdflib_fmt = {"turtle": "turtle", "ntriples": "nt", "json-ld": "json-ld", "xml": "xml"}[fmt]
    return g.serialize(format=rdflib_fmt).encode("utf-8")
