"""Tests of ``kg serve``: SPARQL 1.1 Protocol over loopback with SPARQLWrapper and urllib.

Servers run in threads of the test process on free loopback ports; their
query workers are processes.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper
from test_query import seed_store

from kg import query as q
from kg.iris import entity_iri
from kg.serve import KGServer, ServeSettings, make_server, negotiate
from kg.store import KGStore

TOKEN = "t0ken-for-tests"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def start(settings: ServeSettings) -> KGServer:
    server = make_server(settings, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return seed_store(tmp_path_factory)


@pytest.fixture(scope="module")
def server(store) -> Iterator[KGServer]:
    srv = start(ServeSettings(store=str(store), timeout=2.0, max_results=300, workers=4))
    yield srv
    srv.shutdown()
    srv.close()


@pytest.fixture(scope="module")
def url(server) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


def http(url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
         method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()


def get_query(url: str, text: str, accept: str = "application/sparql-results+json") -> tuple[int, dict, bytes]:
    return http(f"{url}/sparql?" + urllib.parse.urlencode({"query": text}), headers={"Accept": accept})


# ------------------------------------------------------------ protocol


def test_serve_binds_loopback_by_default(server) -> None:
    assert server.server_address[0] == "127.0.0.1"


def test_serve_sparqlwrapper_runs_every_named_query(url, store) -> None:
    with KGStore(store, read_only=True) as st:
        for nq in q.named_queries().values():
            expected = q.run(st, nq.text)
            client = SPARQLWrapper(f"{url}/sparql")
            client.setQuery(nq.text)
            client.setReturnFormat(JSON)
            got = client.queryAndConvert()["results"]["bindings"]
            assert len(got) == len(expected.rows), nq.name
            first = expected.variables[0]
            assert sorted(b[first]["value"] for b in got if first in b) == sorted(
                r[0].value for r in expected.rows if r[0] is not None), nq.name


def test_serve_sparqlwrapper_bound_named_query_and_post(url) -> None:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery(q.named_queries()["investments"].text)
    client.addParameter("bind", "company=腾讯")
    client.setMethod("POST")
    client.setReturnFormat(JSON)
    got = {b["target"]["value"] for b in client.queryAndConvert()["results"]["bindings"]}
    assert got == {entity_iri(n) for n in ("东华软件", "金蝶国际", "微盟")}


@pytest.mark.parametrize("fmt", [JSON, XML, CSV])
def test_serve_sparqlwrapper_result_formats(url, fmt) -> None:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery("PREFIX kg: <http://kg.example.org/ontology#> SELECT ?a ?b { ?a kg:investedIn ?b }")
    client.setReturnFormat(fmt)
    res = client.query()
    body = res.response.read()
    assert entity_iri("微盟").encode() in body


@pytest.mark.parametrize(
    "accept, ctype",
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
    ],
)
def test_serve_select_by_accept(url, accept: str, ctype: str) -> None:
    status, headers, body = get_query(url, "ASK { ?s ?p ?o }" if "csv" not in accept else "SELECT ?s { ?s ?p ?o } LIMIT 1", accept)
    assert status == 200 and headers["Content-Type"] == ctype and body


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                         ("application/ld+json", "json-ld")])
def test_serve_construct_by_accept(url, accept: str, fmt: str) -> None:
    text = "PREFIX kg: <http://kg.example.org/ontology#> CONSTRUCT WHERE { ?a kg:investedIn ?b }"
    status, headers, body = get_query(url, text, accept)
    assert status == 200 and headers["Content-Type"] == accept
    assert len(Graph().parse(data=body.decode(), format=fmt)) >= 4


def test_serve_post_sparql_query_and_form(url) -> None:
    status, _, body = http(f"{url}/sparql", b"ASK { ?s ?p ?o }",
                           {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["boolean"] is True
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    status, _, body = http(f"{url}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_service_description(url) -> None:
    status, headers, body = http(f"{url}/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"] == "text/turtle"
    g = Graph().parse(data=body.decode(), format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(str(o) == sd + "Service" for o in g.objects()) and any(str(p) == sd + "endpoint" for p in g.predicates())


def test_serve_syntax_error_is_400_with_position(url) -> None:
    status, _, body = get_query(url, "SELECT ?x\nWHERE { ?x ?y }")
    assert status == 400 and b"line 2, column" in body


def test_serve_result_size_limit(url) -> None:
    status, _, body = get_query(url, "SELECT * { ?s ?p ?o }")
    assert status == 413 and b"LIMIT" in body


# ------------------------------------------------------------ pages


def test_serve_query_page_and_network_view_are_offline(url) -> None:
    for path, marker in (("/", b"<textarea"), ("/graph", b"<html")):
        status, headers, body = http(url + path)
        assert status == 200 and headers["Content-Type"].startswith("text/html") and marker in body.lower()
        assert b'src="http' not in body and b"href=\"http" not in body.replace(b'href="http://kg.', b"")
    status, _, body = http(url + "/queries")
    assert status == 200 and {x["name"] for x in json.loads(body)} >= {"investments", "leaders"}


# ------------------------------------------------------------ safety


def test_serve_service_refused(url) -> None:
    status, _, body = get_query(url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"--allow-service" in body


def test_serve_update_refused_when_read_only(url) -> None:
    status, _, _ = http(f"{url}/sparql", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                        {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert status == 403


def test_serve_cors_off_by_default(url) -> None:
    _, headers, _ = get_query(url, "ASK { ?s ?p ?o }")
    assert "Access-Control-Allow-Origin" not in headers


def test_serve_long_query_is_stopped_and_server_stays_healthy(url) -> None:
    t0 = time.monotonic()
    status, _, body = get_query(url, SLOW)
    assert status == 503 and b"longer than" in body
    assert time.monotonic() - t0 < 15
    assert http(url + "/health")[0] == 200
    status, _, body = get_query(url, "ASK { ?s ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is True


def test_serve_concurrent_clients_lose_no_answer(url, store) -> None:
    """8 clients, 1,000 mixed queries: every answer arrives and is right."""
    named = q.named_queries()
    mix = [
        ("ASK { ?s ?p ?o }", None),
        (named["investments"].text, "company=腾讯"),
        (named["leaders"].text, "company=腾讯"),
        (named["launches"].text, None),
        (named["most-connected"].text, None),
        (named["evidence"].text, "head=腾讯"),
        ("PREFIX kg: <http://kg.example.org/ontology#> SELECT (COUNT(*) AS ?n) { ?a kg:investedIn ?b }", None),
    ]
    expected = []
    with KGStore(store, read_only=True) as st:
        for text, bind in mix:
            r = q.run(st, text, q.bind_params(st, None, [bind]) if bind else None)
            expected.append(json.loads(q.serialize(r, "json")))

    def one(i: int) -> bool:
        text, bind = mix[i % len(mix)]
        params = {"query": text, **({"bind": bind} if bind else {})}
        status, _, body = http(f"{url}/sparql", urllib.parse.urlencode(params).encode(),
                               {"Content-Type": "application/x-www-form-urlencoded",
                                "Accept": "application/sparql-results+json"})
        assert status == 200, body
        return json.loads(body) == expected[i % len(mix)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(one, range(1000)))
    assert len(results) == 1000 and all(results)


def test_serve_update_needs_token(store, tmp_path) -> None:
    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    srv = start(ServeSettings(store=str(copy), workers=1, allow_update=True, token=TOKEN, cors="http://localhost:3000"))
    try:
        base = f"http://127.0.0.1:{srv.server_address[1]}/sparql"
        upd = b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
        ctype = {"Content-Type": "application/sparql-update"}
        assert http(base, upd, ctype)[0] == 401
        assert http(base, upd, {**ctype, "Authorization": "Bearer wrong"})[0] == 401
        assert http(base, upd, {**ctype, "Authorization": f"Bearer {TOKEN}"})[0] == 204
        status, headers, body = get_query(base[: -len("/sparql")], "ASK { <urn:a> <urn:b> <urn:c> }")
        assert status == 200 and json.loads(body)["boolean"] is True
        assert headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
        load = b"LOAD <http://127.0.0.1:9/x.ttl>"
        assert http(base, load, {**ctype, "Authorization": f"Bearer {TOKEN}"})[0] == 403
    finally:
        srv.shutdown()
        srv.close()


def test_serve_negotiate() -> None:
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", "select") == "xml"
    assert negotiate("", "select") == "json"
    assert negotiate("application/ld+json", "graph") == "json-ld"
