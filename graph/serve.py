"""``kg serve``: a read-only SPARQL 1.1 endpoint and web pages over the built graph.

The HTTP side is a WSGI application (Werkzeug for requests, routing and content negotiation,
served by waitress); every query runs in a worker process (graph/workers.py) that is killed
when it overruns the timeout, so a runaway query never holds the server.

    app = Server(WorkerPool(Path("."), size=2), Limits(timeout=10, max_rows=10_000))

Routes: ``/`` (home and search), ``/entity/<id or name>`` (+ ``/network``), ``/quotes``,
``/timeline``, ``/query`` (the SPARQL page), ``/sparql`` (the protocol), ``/static/site.css``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from werkzeug.exceptions import HTTPException
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from graph.adhoc import Refused, TooManyRows, form, prepare
from graph.output import Table
from graph.problems import InputError
from graph.workers import PoolBusy, QueryTimeout, WorkerCrashed, WorkerPool

__all__ = ["EXAMPLES", "Limits", "Server", "negotiate", "serve"]

SITE = Path(__file__).parent / "templates" / "site"
EXAMPLE_DIR = Path(__file__).parent / "queries" / "examples"

# Media types offered for each query form, in the server's order of preference.
RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
}
# SPARQL's CSV and TSV formats carry no ASK answer.
BOOLEAN_TYPES = {k: v for k, v in RESULT_TYPES.items() if v in ("json", "xml")}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "text/plain": "nt",
}
MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
DATASET_PARAMS = (
    "default-graph-uri",
    "named-graph-uri",
    "using-graph-uri",
    "using-named-graph-uri",
)
SITE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; frame-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)


def _examples() -> dict[str, tuple[str, str]]:
    """The SPARQL page's examples: file stem -> (title from the first comment line, text)."""
    found = {}
    for path in sorted(EXAMPLE_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        found[path.stem] = (text.splitlines()[0].lstrip("# ").strip(), text)
    return found


EXAMPLES = _examples()


@dataclass(frozen=True)
class Limits:
    """``timeout`` seconds per query; ``max_rows`` rows (or triples) per result, 0 for none."""

    timeout: float = 10.0
    max_rows: int = 10_000


def negotiate(kind: str, accept, requested: str | None = None) -> str | None:
    """The format (``json``, ``turtle``...) for a query of ``kind``, or None when none fits.

    ``requested`` (a ``format=`` parameter) wins when it suits the query; otherwise the
    Accept header picks, and a missing header or ``*/*`` gives the first offered type.
    """
    offered = {"ASK": BOOLEAN_TYPES, "SELECT": RESULT_TYPES}.get(kind, GRAPH_TYPES)
    if requested in offered.values():
        return requested
    if not accept:
        return next(iter(offered.values()))
    best = accept.best_match(list(offered))
    return offered[best] if best else None


class _Failure(Exception):
    def __init__(self, status: int, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.retry_after = retry_after


def _status_of(error: InputError) -> int:
    if isinstance(error, Refused):
        return 403
    if isinstance(error, TooManyRows):
        return 422
    return 400


def _message(error: InputError) -> str:
    return "\n".join(str(problem) for problem in error.problems)


class Server:
    """The WSGI application: routes, pages and the SPARQL protocol."""

    def __init__(self, pool: WorkerPool, limits: Limits | None = None):
        self.pool = pool
        self.limits = limits or Limits()
        self.templates = Environment(
            loader=FileSystemLoader(str(SITE)),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.templates.filters["q"] = lambda value: quote(str(value), safe="")
        self.routes = Map(
            [
                Rule("/", endpoint="home"),
                Rule("/entity/<path:name>/network", endpoint="network"),
                Rule("/entity/<path:name>", endpoint="entity"),
                Rule("/quotes", endpoint="quotes"),
                Rule("/timeline", endpoint="timeline"),
                Rule("/query", endpoint="query"),
                Rule("/sparql", endpoint="sparql", methods=["GET", "POST", "HEAD"]),
                Rule("/static/site.css", endpoint="css"),
            ],
            strict_slashes=False,
        )

    # --- WSGI ------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            endpoint, values = self.routes.bind_to_environ(environ).match()
            response = getattr(self, f"page_{endpoint}")(request, **values)
        except HTTPException as error:
            if request.path.startswith("/sparql"):
                response = self._text(error.code or 500, error.description or error.name)
            else:
                response = self._page_error(error.code or 500, error.name, error.description)
        return response(environ, start_response)

    def _run(self, task: tuple):
        """Run a task in a worker, turning every way it can fail into a :class:`_Failure`."""
        try:
            return self.pool.run(task, self.limits.timeout)
        except InputError as error:
            raise _Failure(_status_of(error), _message(error)) from None
        except QueryTimeout as error:
            raise _Failure(
                503, f"query {error} (the server's --timeout); narrow the query"
            ) from None
        except PoolBusy as error:
            raise _Failure(503, f"server busy: {error}; try again", retry_after=2) from None
        except WorkerCrashed as error:
            raise _Failure(500, f"{error}; it has been restarted") from None

    @staticmethod
    def _text(status: int, message: str, retry_after: int | None = None) -> Response:
        response = Response(message.rstrip("\n") + "\n", status=status, mimetype="text/plain")
        if retry_after:
            response.headers["Retry-After"] = str(retry_after)
        return response

    # --- HTML pages ----------------------------------------------------------------------------

    def _render(self, template: str, status: int = 200, **context) -> Response:
        html = self.templates.get_template(template).render(
            examples=EXAMPLES, limits=self.limits, **context
        )
        response = Response(html, status=status, mimetype="text/html")
        response.headers["Content-Security-Policy"] = SITE_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def _page_error(self, status: int, heading: str, message: str, **context) -> Response:
        context.setdefault("title", heading)
        return self._render(
            "error.html", status=status, heading=heading, message=message, **context
        )

    def _guarded(self, template: str, task_context, **context) -> Response:
        """Render ``template`` with what ``task_context()`` returns, or an error page."""
        try:
            context.update(task_context())
        except _Failure as failure:
            response = self._page_error(failure.status, "Cannot answer", failure.message, **context)
            if failure.retry_after:
                response.headers["Retry-After"] = str(failure.retry_after)
            return response
        return self._render(template, **context)

    def page_css(self, request: Request) -> Response:
        response = Response((SITE / "site.css").read_bytes(), mimetype="text/css")
        response.headers["Cache-Control"] = "max-age=3600"
        return response

    def page_home(self, request: Request) -> Response:
        text = request.args.get("q", "").strip()

        def answer():
            found = self._run(("call", "entities", {"text": text})) if text else []
            return {"stats": self._run(("stats",)), "found": found}

        return self._guarded("home.html", answer, title="Search", q=text)

    def page_entity(self, request: Request, name: str) -> Response:
        def answer():
            tables = self._run(("call", "show", {"entity": name}))
            return {"about": tables[0], "tables": tables[1:]}

        return self._guarded("entity.html", answer, title=name, name=name)

    def page_network(self, request: Request, name: str) -> Response:
        try:
            depth = max(1, min(3, int(request.args.get("depth", "1"))))
        except ValueError:
            depth = 1
        try:
            html = self._run(("view", {"focus": name, "depth": depth}))
        except _Failure as failure:
            return self._page_error(failure.status, "Cannot draw", failure.message)
        response = Response(html, mimetype="text/html")
        # The page carries its own policy (scripts by hash); this only limits who frames it.
        response.headers["Content-Security-Policy"] = "frame-ancestors 'self'"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response

    QUOTE_FILTERS = ("speaker", "body", "post", "since", "until", "contains")

    def page_quotes(self, request: Request) -> Response:
        filters = {k: request.args.get(k, "").strip() for k in self.QUOTE_FILTERS}

        def answer():
            options = {k: v for k, v in filters.items() if v}
            return {"listing": self._run(("call", "quotes", options))}

        return self._guarded("quotes.html", answer, title="Quotations", filters=filters)

    def page_timeline(self, request: Request) -> Response:
        entity = request.args.get("entity", "").strip()

        def answer():
            return {"listing": self._run(("call", "timeline", {"entity": entity or None}))}

        return self._guarded("timeline.html", answer, title="Timeline", entity=entity)

    def page_query(self, request: Request) -> Response:
        example = request.args.get("example", "")
        text = request.args.get("query", "")
        if not text and example in EXAMPLES:
            text = EXAMPLES[example][1]
        if not text:
            text = next(iter(EXAMPLES.values()))[1]
            return self._render("query.html", title="SPARQL", text=text, result=None)

        def answer():
            result = self._run(("table", text, self.limits.max_rows))
            links = {
                fmt: "/sparql?" + urlencode({"query": text, "format": fmt})
                for fmt in (("json", "csv", "tsv", "xml") if isinstance(result, Table) else ())
            }
            return {"result": result, "downloads": links}

        return self._guarded("query.html", answer, title="SPARQL", text=text, result=None)

    # --- the SPARQL 1.1 protocol ---------------------------------------------------------------

    def page_sparql(self, request: Request) -> Response:
        try:
            return self._protocol(request)
        except _Failure as failure:
            return self._text(failure.status, failure.message, failure.retry_after)

    def _protocol(self, request: Request) -> Response:
        params = request.args
        queries = params.getlist("query")
        updates = params.getlist("update")
        if request.method == "POST":
            mimetype = request.mimetype
            if mimetype == "application/x-www-form-urlencoded":
                queries = queries + request.form.getlist("query")
                updates = updates + request.form.getlist("update")
                params = request.values
            elif mimetype == "application/sparql-query":
                queries = [*queries, request.get_data(as_text=True)]
            elif mimetype == "application/sparql-update":
                updates = [request.get_data(as_text=True)]
            else:
                raise _Failure(
                    415,
                    f"unsupported content type {mimetype or '(none)'!r}: send"
                    " application/x-www-form-urlencoded or application/sparql-query",
                )
        if updates:
            raise _Failure(403, "refused: updates are not allowed (this endpoint is read-only)")
        chosen = [name for name in DATASET_PARAMS if params.get(name)]
        if chosen:
            raise _Failure(
                403,
                f"refused: {', '.join(chosen)}: the dataset is fixed (the default graph is the"
                " union of every source's named graph; use GRAPH in the query)",
            )
        if not queries:
            if "text/html" in request.headers.get("Accept", ""):  # a browser
                return Response(status=303, headers={"Location": "/query"})
            return self._service_description(request)
        if len(queries) > 1:
            raise _Failure(400, "give exactly one query parameter")
        text = queries[0]
        try:
            kind = form(prepare(text))
        except InputError as error:
            raise _Failure(_status_of(error), _message(error)) from None
        accept = request.accept_mimetypes if request.headers.get("Accept") else None
        fmt = negotiate(kind, accept, params.get("format"))
        if fmt is None:
            offered = {"ASK": BOOLEAN_TYPES, "SELECT": RESULT_TYPES}.get(kind, GRAPH_TYPES)
            raise _Failure(406, f"{kind} results come as: {', '.join(offered)}")
        body = self._run(("sparql", text, fmt, self.limits.max_rows))
        response = Response(body, content_type=f"{MEDIA[fmt]}; charset=utf-8")
        response.headers["Vary"] = "Accept"
        return response

    def _service_description(self, request: Request) -> Response:
        """A SPARQL 1.1 Service Description of this endpoint, in Turtle."""
        sd = "http://www.w3.org/ns/sparql-service-description#"
        formats = "http://www.w3.org/ns/formats/"
        graph = Graph()
        graph.bind("sd", sd)
        graph.bind("formats", formats)
        service = URIRef(request.base_url)
        graph.add((service, RDF.type, URIRef(sd + "Service")))
        graph.add((service, URIRef(sd + "endpoint"), service))
        graph.add((service, URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")))
        graph.add((service, URIRef(sd + "feature"), URIRef(sd + "UnionDefaultGraph")))
        for name in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV"):
            graph.add((service, URIRef(sd + "resultFormat"), URIRef(formats + name)))
        for name in ("SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
            graph.add((service, URIRef(sd + "resultFormat"), URIRef(formats + name)))
        graph.add(
            (
                service,
                URIRef("http://www.w3.org/2000/01/rdf-schema#comment"),
                Literal(
                    f"Read-only. Queries stop after {self.limits.timeout:g} s; results are "
                    f"capped at {self.limits.max_rows} rows. SERVICE, FROM and FROM NAMED are "
                    "refused."
                ),
            )
        )
        return Response(graph.serialize(format="turtle"), mimetype="text/turtle")


def serve(
    project: Path,
    store: str | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 2,
    threads: int = 8,
    limits: Limits | None = None,
    ready=None,
) -> None:
    """Load the graph into ``workers`` processes and answer HTTP until interrupted.

    ``ready(url)`` is called once the server listens (``port`` 0 picks a free port).
    """
    import signal

    from waitress import create_server

    pool = WorkerPool(project, store, workers)
    pool.start()
    try:
        server = create_server(
            Server(pool, limits), host=host, port=port, threads=threads, ident="kg"
        )

        def stop(*_args):
            raise KeyboardInterrupt

        signal.signal(signal.SIGTERM, stop)
        shown = f"[{host}]" if ":" in host else host
        if ready is not None:
            ready(f"http://{shown}:{server.effective_port}/")
        try:
            server.run()
        except KeyboardInterrupt:
            pass
        finally:
            server.close()
    finally:
        pool.close()
