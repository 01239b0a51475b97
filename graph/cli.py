"""The ``kg`` command line: each command parses its options and calls one library function."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import get_args

import click

from graph.model import SourceKind
from graph.problems import InputError, Problem

__all__ = ["main"]

SOURCE_KINDS = list(get_args(SourceKind))
EXPORT_FORMATS = ["turtle", "trig", "nquads", "nt", "jsonld", "csv", "graphml", "gexf"]


def project_option(func):
    """``--project DIR``: the project folder (default: the current directory)."""
    return click.option(
        "--project",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("."),
        show_default=True,
        help="Project folder holding data/ and ontology/.",
    )(func)


def store_option(func):
    """``--store SPEC``: where the built graph is kept (default: $KG_STORE or memory)."""
    return click.option(
        "--store",
        default=None,
        metavar="SPEC",
        help="Store: memory (default; snapshot in build/), or sparql:QUERY_URL[,UPDATE_URL]"
        " (a SPARQL 1.1 server). Also set by $KG_STORE.",
    )(func)


def output_option(default: str):
    """``-o PATH``: the output file; ``-`` writes to standard output."""
    return click.option(
        "-o",
        "--output",
        default=default,
        show_default=True,
        help="Output file, or - for standard output.",
    )


def _fail(error: InputError) -> None:
    for problem in error.problems:
        click.echo(str(problem), err=True)
    count = len(error.problems)
    click.echo(f"{count} problem{'s' if count != 1 else ''} found; nothing was written.", err=True)
    sys.exit(1)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{value} {key}" for key, value in counts.items())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="graph")
def main() -> None:
    """Knowledge graph of English children's services inspections.

    Every fact is traced to the exact words of its source. Start with `kg run`.
    """


def jobs_option(func):
    """``--jobs N``: worker processes for a full build (default: one per core, up to 4, for
    projects of 200 sources or more; else 1)."""
    return click.option(
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        help="Worker processes (default: one per core, up to 4, from 200 sources on).",
    )(func)


@main.command()
@project_option
@jobs_option
def validate(project: Path, jobs: int | None) -> None:
    """Run every check on data/ without storing anything; list every problem.

    Example: kg validate --project .
    """
    from graph.pipeline import validate_project

    try:
        counts = validate_project(project, jobs)
    except InputError as error:
        _fail(error)
    click.echo(f"valid: {_counts(counts)}")


@main.command()
@project_option
@store_option
@click.option(
    "--full",
    is_flag=True,
    help="Rebuild every source (by default only what changed since the stored build).",
)
@jobs_option
def build(project: Path, store: str | None, full: bool, jobs: int | None) -> None:
    """Check data/, build the RDF dataset, validate it with SHACL and store it.

    On any problem nothing is stored and the previous build stays as it was. After a first
    build, only the sources whose text, metadata or facts changed (and those referring to
    what changed) are rebuilt and replaced in the store; a change to data/entities.yaml or
    ontology/ rebuilds everything, as does --full.

    Example: kg build --project .
    """
    from graph.pipeline import build_report

    try:
        outcome = build_report(project, store, full, jobs)
    except InputError as error:
        _fail(error)
    click.echo(f"built: {_counts(outcome.counts)}")
    if not outcome.full:
        sources = len(outcome.units)
        click.echo(
            f"incremental: {outcome.rebuilt} of {sources} source graph"
            f"{'s' if sources != 1 else ''} rebuilt (kg build --full rebuilds all)"
        )


@main.command()
@project_option
@store_option
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="Output format (graphml, gexf: the network view's nodes and edges, for Gephi).",
)
@output_option("-")
def export(project: Path, store: str | None, fmt: str, output: str) -> None:
    """Write the built graph in a standard RDF format (byte-identical for the same data).

    Formats: turtle, trig, nquads, nt, jsonld (inline context, one named graph per source),
    csv (one row per quad); graphml and gexf write the network view's projection.

    Example: kg export --format trig -o out/graph.trig
    """
    from graph.pipeline import export_project

    try:
        size = export_project(project, fmt, output, store)
    except InputError as error:
        _fail(error)
    if output != "-":
        click.echo(f"wrote {output} ({size:,} bytes, {fmt})", err=True)


@main.command()
@project_option
@store_option
@output_option("out/graph.html")
@click.option("--focus", metavar="ENTITY", help="Only the neighbourhood of this node (id or name).")
@click.option(
    "--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops from --focus."
)
@click.option("--types", metavar="TYPE,...", help="Only these kinds of node, e.g. Person,Body.")
@click.option(
    "--since", metavar="DATE", help="Only what is dated on or after DATE (YYYY[-MM[-DD]])."
)
@click.option("--until", metavar="DATE", help="Only what is dated on or before DATE.")
@click.option("--source", "source", metavar="ID", help="Only what this source reports (its id).")
@click.option("--theme", metavar="THEME", help="Only findings on this theme, and their links.")
def viz(project: Path, store: str | None, output: str, **selection) -> None:
    """Draw the built graph as an interactive network in one offline HTML file.

    Example: kg viz -o out/whyte.html --focus warren-whyte --depth 2
    """
    from graph.pipeline import view_project

    try:
        nodes, edges = view_project(project, output, store, **selection)
    except InputError as error:
        _fail(error)
    click.echo(f"wrote {output} ({nodes} nodes, {edges} edges)", err=True)


@main.command()
@project_option
@store_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("out"),
    show_default=True,
    help="Output folder.",
)
def run(project: Path, store: str | None, out_dir: Path) -> None:
    """The main job: build, then write the Turtle export and the HTML view to one folder.

    Example: kg run --out out
    """
    from graph.pipeline import run_project

    try:
        counts, written = run_project(project, out_dir, store)
    except InputError as error:
        _fail(error)
    click.echo(f"built: {_counts(counts)}")
    for path in written:
        click.echo(f"wrote {path}")


# --- journalists' questions ----------------------------------------------------------------


def answer_options(formats: list[str]):
    """``--format`` (table by default), ``--evidence``, ``--project`` and ``--store``."""

    def decorate(func):
        func = click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(formats),
            default="table",
            show_default=True,
            help="Output format.",
        )(func)
        func = click.option(
            "--evidence", is_flag=True, help="Add the exact evidence text and its source ids."
        )(func)
        return project_option(store_option(func))

    return decorate


def _answer(job, fmt: str, **options) -> None:
    """Run ``job(graph, **options)`` on the stored graph and print it in ``fmt``."""
    from graph.output import render
    from graph.pipeline import load_graph

    try:
        result = job(load_graph(options.pop("project"), options.pop("store")), **options)
    except InputError as error:
        _fail(error)
    tables = result if isinstance(result, list) else [result]
    if fmt == "json" and isinstance(result, list):
        import json

        card = {
            t.title if i else "entity": [{c: r.get(c, "") for c in t.columns} for r in t.rows]
            for i, t in enumerate(tables)
        }
        click.echo(json.dumps(card, ensure_ascii=False, indent=2))
        return
    for index, table in enumerate(tables):
        if len(tables) > 1 and fmt in ("table", "md"):
            click.echo(
                ("" if index == 0 else "\n") + ("## " if fmt == "md" else "") + (table.title or "")
            )
        click.echo(render(table, fmt), nl=False)


FORMATS = ["table", "csv", "json", "md"]


@main.command()
@click.option("--speaker", help="Full name, alias or surname (case-insensitive).")
@click.option("--body", help="The body the speaker's post belongs to (or the speaking body).")
@click.option("--post", help="The post the speaker held.")
@click.option("--since", help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--contains", help="Text the quotation contains (case-insensitive).")
@answer_options(FORMATS)
def quotes(fmt: str, **options) -> None:
    """Who said what, when, in which post, and where it was published.

    Example: kg quotes --speaker whyte --since 2018
    """
    from graph.journalist import quotes as job

    _answer(job, fmt, **options)


@main.command()
@click.option("--body", help="The body the post belongs to.")
@click.option("--post", help="The post.")
@answer_options(FORMATS)
def posts(fmt: str, **options) -> None:
    """Who held which post when, with the dates the sources show it.

    Example: kg posts --post "cabinet member for children's services"
    """
    from graph.journalist import posts as job

    _answer(job, fmt, **options)


@main.command()
@click.option("--body", help="The inspected body.")
@answer_options(FORMATS)
def ratings(fmt: str, **options) -> None:
    """Each inspection's judgements by area and grade, in date order.

    Example: kg ratings --body "Buckinghamshire County Council"
    """
    from graph.journalist import ratings as job

    _answer(job, fmt, **options)


@main.command()
@click.option("--theme", help="A finding theme: its id (caseloads) or name.")
@click.option("--body", help="The inspected body (its predecessors and successors count).")
@click.option(
    "--recurring",
    is_flag=True,
    help="List the themes found by two or more inspections of the same body.",
)
@answer_options(FORMATS)
def findings(fmt: str, **options) -> None:
    """What the inspectorate found each time, and what keeps coming back.

    Example: kg findings --recurring
    """
    from graph.journalist import findings as job

    _answer(job, fmt, **options)


@main.command()
@click.option("--by", help="Who responded: a person or body.")
@click.option("--stance", type=click.Choice(["agrees", "disputes", "qualifies"]))
@answer_options(FORMATS)
def responses(fmt: str, **options) -> None:
    """Who answered which finding, agreeing, disputing or qualifying, with both texts.

    Example: kg responses --stance disputes
    """
    from graph.journalist import responses as job

    _answer(job, fmt, **options)


@main.command()
@click.argument("entity", required=False)
@answer_options(FORMATS)
def timeline(fmt: str, entity: str | None, **options) -> None:
    """Every dated event, judgement, statement and appointment, in order.

    Example: kg timeline "Warren Whyte"
    """
    from graph.journalist import timeline as job

    _answer(job, fmt, entity=entity, **options)


@main.command()
@click.argument("entity")
@answer_options(FORMATS)
def show(fmt: str, entity: str, **options) -> None:
    """One entity's card: names, posts over time, quotations, connections, sources.

    Example: kg show "Cllr Macpherson"
    """
    from graph.journalist import show as job

    _answer(job, fmt, entity=entity, **options)


@main.command()
@click.argument("query")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json", "tsv"]),
    default="table",
    show_default=True,
    help="Output format for SELECT results.",
)
@project_option
@store_option
def query(query: str, fmt: str, project: Path, store: str | None) -> None:
    """Run any SPARQL SELECT, ASK, CONSTRUCT or DESCRIBE (@FILE.rq reads a file).

    CONSTRUCT and DESCRIBE print Turtle. SERVICE and FROM are refused.

    Example: kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from graph.adhoc import run_query
    from graph.output import render
    from graph.pipeline import load_graph

    origin = "query"
    if query.startswith("@"):
        origin = query[1:]
        try:
            query = Path(origin).read_text(encoding="utf-8")
        except OSError as exc:
            _fail(InputError([Problem(origin, None, "", f"cannot read: {exc.strerror}")]))
    try:
        result = run_query(load_graph(project, store), query, origin)
    except InputError as error:
        _fail(error)
    click.echo(result if isinstance(result, str) else render(result, fmt), nl=False)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any free."
)
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a query may run before it is stopped.",
)
@click.option(
    "--max-rows",
    default=10_000,
    show_default=True,
    type=click.IntRange(min=0),
    help="Rows (or triples) a result may hold; 0 for no cap.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(min=1),
    help="Query worker processes, each holding the graph.",
)
@project_option
@store_option
def serve(
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    workers: int,
    project: Path,
    store: str | None,
) -> None:
    """Serve the built graph: a read-only SPARQL endpoint at /sparql and web pages.

    Pages: / (search), /entity/NAME, /quotes, /timeline, /query (SPARQL with examples).
    Updates, SERVICE, FROM and FROM NAMED are refused; a query running past --timeout is
    stopped while other requests go on being answered.

    Example: kg serve --port 8000   (then open http://127.0.0.1:8000/)
    """
    from graph.serve import Limits
    from graph.serve import serve as job

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: reachable from other machines", err=True)

    def ready(url: str) -> None:
        click.echo(f"Serving {project.resolve()} on {url} (SPARQL: {url}sparql); Ctrl-C stops")

    try:
        job(
            project,
            store,
            host=host,
            port=port,
            workers=workers,
            limits=Limits(timeout=timeout, max_rows=max_rows),
            ready=ready,
        )
    except InputError as error:
        _fail(error)
    except OSError as error:
        _fail(InputError([Problem("--port", None, "", f"cannot listen on {host}:{port}: {error}")]))


# --- new articles: extract, ingest, accept ---------------------------------------------------


@main.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["yaml", "json"]),
    default="yaml",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--date", help="The article's date (YYYY[-MM[-DD]]), to resolve dates without a year."
)
@project_option
def extract_command(file: Path, fmt: str, date: str | None, project: Path) -> None:
    """Print the draft extracted from an article (quotations with speakers, judgements, people,
    bodies, dates) without storing anything. Names are linked to the project's registry.
    FILE '-' reads the article from stdin.

    Example: kg extract article.txt --format json --date 2024-03-01
    """
    from graph.ingest import extract_file, render

    data = sys.stdin.buffer.read() if str(file) == "-" else None
    try:
        draft = extract_file(project, Path("<stdin>") if data is not None else file, date, data)
    except InputError as error:
        _fail(error)
    click.echo(render(draft, fmt), nl=False)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", required=True, help="The article's headline (or a descriptive title).")
@click.option(
    "--publisher", required=True, help="The publishing body's id in data/entities.yaml, or unknown."
)
@click.option("--date", required=True, help="Publication date YYYY[-MM[-DD]], or unknown.")
@click.option("--id", "ident", help="Source id (default: from the title).")
@click.option(
    "--kind",
    type=click.Choice(SOURCE_KINDS),
    default="news-article",
    show_default=True,
    help="What kind of document it is.",
)
@project_option
def ingest(file: Path, title: str, publisher: str, date: str, ident, kind, project: Path) -> None:
    """Add an article to data/sources/ (text copied byte for byte) and write its draft facts to
    data/drafts/ for review. Drafts are not in the graph until `kg accept ID`.

    Example: kg ingest a.txt --title "Council rated good" --publisher unknown --date 2024-03-01
    """
    from graph.ingest import ingest as job

    try:
        done = job(project, file, title, publisher, date, ident, kind)
    except InputError as error:
        _fail(error)
    for path in done.written:
        click.echo(f"wrote {path}")
    click.echo(
        f"draft {done.source_id}: {done.quotations} quotations ({done.unresolved} without a "
        f"speaker), {done.judgements} judgements, {done.new_entities} new people and bodies; "
        f"review it, then: kg accept {done.source_id}"
    )


@main.command()
@click.argument("ident", metavar="ID")
@project_option
def accept(ident: str, project: Path) -> None:
    """Accept the reviewed draft of source ID: check it with every check of the build, then move
    its facts to data/facts/ID.yaml and its new people and bodies into data/entities.yaml.

    Example: kg accept kent-ofsted-2024
    """
    from graph.ingest import accept as job

    try:
        counts = job(project, ident)
    except InputError as error:
        _fail(error)
    click.echo(f"accepted {ident}: {_counts(counts)}; run kg build to store it")


if __name__ == "__main__":
    main()
