"""Benchmark the project's stores at several sizes, against rdflib and pyoxigraph used directly.

Usage:
  python scripts/bench.py [--sizes 10k,100k,1m|seed] [--stores memory,oxigraph[,sparql:URL]]
                          [--repeat 5] [--budget 60] [--timeout 600] [--build-timeout 3600]
                          [--seed 1]
                          [--work DIR] [--json out.json]
  python scripts/bench.py --report out.json [--markdown]     (print the tables of a past run)

For each size: the synthetic corpus (scripts/synth.py, cached in the work folder; ``seed`` is
the project's own data/), then per store a whole ``kg build`` in a fresh process (wall time and
peak RSS), the load, each journalist's question as the project answers it (median of
``--repeat`` runs after one warm-up), the Turtle export and the HTML view, and ``kg build``
again after adding one article. In the same run, rdflib's memory store and pyoxigraph, used
directly on the union of the built graph, load it, run the same SPARQL text and write Turtle.
``--stores sparql:auto`` starts a private Virtuoso (tests/virtuoso.py). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import selectors
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERY_DIR = ROOT / "graph" / "queries"
WORKER_PREFIX = "BENCH "

# The journalists' questions: (metric, label, named query of graph/queries, its bindings).
QUESTIONS = [
    ("quotes_by_speaker", "quotes by speaker", "quotes", ("speaker",)),
    ("post_holders", "post holders", "posts", ()),
    ("rating_history", "rating history", "ratings", ()),
    ("recurring_themes", "recurring themes", "recurring", ()),
    ("neighbourhood", "2-hop neighbourhood", None, ("entity",)),
]
# The entity's neighbourhood as journalist.connections finds it (by triple lookups), in SPARQL:
# linked by one of our properties in either direction, or through a fact both take part in.
# Of the forms tried, the fastest on rdflib (1 s on the seed corpus; others took 8-100 s).
# ?entity is projected because pyoxigraph substitutes only projected variables.
NEIGHBOURHOOD_RQ = """\
PREFIX kg: <https://w3id.org/cskg/ontology#>
SELECT DISTINCT ?entity ?relation ?other WHERE {
  { ?entity ?relation ?other . FILTER(STRSTARTS(STR(?relation), STR(kg:))) }
  UNION { ?other ?relation ?entity . FILTER(STRSTARTS(STR(?relation), STR(kg:))) }
  UNION {
    ?fact ?p ?entity . FILTER(STRSTARTS(STR(?p), STR(kg:)))
    ?fact ?p2 ?other . FILTER(STRSTARTS(STR(?p2), STR(kg:)))
    ?fact a ?relation .
    FILTER(?relation IN (kg:Quotation, kg:PostHolding, kg:Event, kg:Response))
  }
  FILTER EXISTS { ?other a ?class . FILTER(?class IN (kg:Person, kg:Body, kg:Post)) }
  FILTER(?other != ?entity)
}
"""
# (metric, label, unit, the baseline metric its ratios are taken against)
METRICS = [
    ("build", "build from files", "s", "load"),
    ("build_rss", "  peak memory", "MB", "load_rss"),
    ("load", "load", "s", "load"),
    ("load_rss", "  peak memory", "MB", "load_rss"),
    *((key, label, "s", key) for key, label, _, _ in QUESTIONS),
    ("export_turtle", "Turtle export", "s", "export_turtle"),
    ("view", "view (HTML)", "s", None),
    ("add_article", "add one article", "s", "load"),
    ("add_article_rss", "  peak memory", "MB", "load_rss"),
]
BASELINE_METRICS = ["load", "load_rss", *(q[0] for q in QUESTIONS), "export_turtle"]
BASELINES = ["rdflib", "pyoxigraph"]
PARAMS_RQ = {
    # a person quoted many times
    "speaker": "SELECT ?e ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {"
    " ?x a kg:Quotation ; kg:speaker ?e . ?e a kg:Person ; rdfs:label ?label }",
    # a post with several holders
    "post": "SELECT ?e ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {"
    " ?h a kg:PostHolding ; kg:post ?e ; kg:holder ?x . ?e rdfs:label ?label }",
    # a council with a rating history
    "body": "SELECT ?e ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {"
    " ?j a kg:Judgement ; kg:judgedBody ?e ; kg:inspection ?x . ?e rdfs:label ?label }",
    # the theme of most findings
    "theme": "SELECT ?e ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {"
    " ?x a kg:Finding ; kg:theme ?e . ?e skos:prefLabel ?label }",
    # the person most facts point at
    "entity": "SELECT ?e ?label (COUNT(DISTINCT ?x) AS ?n) WHERE {"
    " ?e a kg:Person ; rdfs:label ?label . ?x ?p ?e }",
}
PREFIXES = (
    "PREFIX kg: <https://w3id.org/cskg/ontology#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
)
ARTICLE_ID = "bench-added-article"


# --- measuring a child process -------------------------------------------------------------


def child_env() -> dict[str, str]:
    """The environment of every child: this checkout's ``graph`` first, no KG_STORE."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


def run_measured(cmd: list[str], timeout: float, log: Path, cwd: Path | None = None) -> dict:
    """Run ``cmd`` in its own process group; wall time, CPU time and the peak RSS of it.

    The peak is ``ru_maxrss`` of the rusage ``os.wait4`` returns for this one child (it covers
    the child and the descendants it waited for), so other children of this process do not
    count; it starts from this process's own RSS at the fork, which is why this process keeps
    no data (see :func:`prepare`). Past ``timeout`` seconds the whole group is killed and the
    result is a timeout.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        out.write(f"$ {' '.join(cmd)}\n".encode())
        out.flush()
        started = time.perf_counter()
        process = subprocess.Popen(
            cmd,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            env=child_env(),
            start_new_session=True,
        )
    expired = threading.Event()

    def kill() -> None:
        expired.set()
        _kill_group(process.pid)

    timer = threading.Timer(timeout, kill)
    timer.start()
    try:
        _, status, usage = os.wait4(process.pid, 0)
    finally:
        timer.cancel()
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if expired.is_set():
        return {"status": "timeout", "limit": timeout}
    if process.returncode != 0:
        return {"status": "error", "error": f"exit status {process.returncode} (see {log})"}
    return {
        "status": "ok",
        "seconds": seconds,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "load_average": os.getloadavg()[0],
    }


# --- the worker: load once, then measure task after task -----------------------------------


def _emit(event: str, task: str, **fields) -> None:
    line = json.dumps({"event": event, "task": task, **fields})
    sys.stdout.write(WORKER_PREFIX + line + "\n")
    sys.stdout.flush()


def _peak_rss_mb() -> float:
    """This process's peak RSS: ``VmHWM``, which starts afresh at exec (``ru_maxrss`` keeps the
    peak of the process that forked it), else ``ru_maxrss``."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class ProjectSubject:
    """The project itself: its store, its journalist functions, its exporter and view."""

    def __init__(self, job: dict):
        from rdflib import URIRef

        from graph import journalist
        from graph.export import export_bytes
        from graph.store import atomic_write, open_store
        from graph.view import write_view

        self.store = open_store(job["store"], Path(job["project"]))
        self.out = Path(job["out"])
        self.graph = self.dataset = None
        p = job["params"]
        self.questions = {
            "quotes_by_speaker": lambda: journalist.quotes(self.graph, speaker=p["speaker_name"]),
            "post_holders": lambda: journalist.posts(self.graph, post=p["post_id"]),
            "rating_history": lambda: journalist.ratings(self.graph, body=p["body_name"]),
            "recurring_themes": lambda: journalist.findings(
                self.graph, recurring=True, theme=p["theme_id"]
            ),
            "neighbourhood": lambda: journalist.connections(self.graph, URIRef(p["entity"])),
        }
        self._export = lambda: atomic_write(
            self.out / "graph.ttl", export_bytes(self.dataset, "turtle")
        )
        self._view = lambda: write_view(self.dataset, self.out / "graph.html")

    def load(self) -> None:
        self.graph = self.store.graph()

    def prepare(self, task: str) -> None:
        """Before the export and the view: the dataset as `kg export`/`kg viz` load it."""
        if task in ("export_turtle", "view") and self.dataset is None:
            self.graph = None
            self.dataset = self.store.load()

    def run(self, task: str) -> int:
        if task == "export_turtle":
            self._export()
            return (self.out / "graph.ttl").stat().st_size
        if task == "view":
            return self._view()[0]
        answer = self.questions[task]()
        return len(answer.rows) if hasattr(answer, "rows") else len(answer)


class RdflibSubject:
    """rdflib used plainly: one in-memory Graph parsed from N-Triples, ``Graph.query``."""

    def __init__(self, job: dict):
        from rdflib import Graph, URIRef

        from graph.namespace import bind_prefixes

        self.job, self.uri, self.graph = job, URIRef, bind_prefixes(Graph())
        self.out = Path(job["out"])

    def load(self) -> None:
        self.graph.parse(self.job["nt"], format="nt")

    def prepare(self, task: str) -> None:
        pass

    def run(self, task: str) -> int:
        if task == "export_turtle":
            self.graph.serialize(destination=self.out / "rdflib.ttl", format="turtle")
            return (self.out / "rdflib.ttl").stat().st_size
        query = self.job["queries"][task]
        bindings = {k: self.uri(v) for k, v in query["bindings"].items()}
        return len(list(self.graph.query(query["text"], initBindings=bindings)))


class OxigraphSubject:
    """pyoxigraph used directly: an in-memory Store, ``bulk_load``, ``query``, ``dump``."""

    def __init__(self, job: dict):
        import pyoxigraph as ox

        from graph.namespace import PREFIXES as NAMES

        self.job, self.ox, self.store = job, ox, ox.Store()
        self.prefixes = dict(NAMES)
        self.out = Path(job["out"])

    def load(self) -> None:
        self.store.bulk_load(path=self.job["nt"], format=self.ox.RdfFormat.N_TRIPLES)

    def prepare(self, task: str) -> None:
        pass

    def run(self, task: str) -> int:
        ox = self.ox
        if task == "export_turtle":
            path = self.out / "pyoxigraph.ttl"
            self.store.dump(
                str(path), ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=self.prefixes
            )
            return path.stat().st_size
        query = self.job["queries"][task]
        bindings = {ox.Variable(k): ox.NamedNode(v) for k, v in query["bindings"].items()}
        solutions = self.store.query(query["text"], substitutions=bindings)
        names = [v.value for v in solutions.variables]
        return len([[solution[n] for n in names] for solution in solutions])


SUBJECTS = {"project": ProjectSubject, "rdflib": RdflibSubject, "pyoxigraph": OxigraphSubject}
REPEATED = {q[0] for q in QUESTIONS}


def _measure(subject, task: str, repeat: int, budget: float) -> dict:
    """One task: a single timed run, or (questions) a warm-up then up to ``repeat`` runs,
    fewer once ``budget`` seconds are spent (at least one)."""
    subject.prepare(task)
    _emit("start", task)
    began, cpu = time.perf_counter(), time.process_time()
    rows = subject.run(task)
    first, first_cpu = time.perf_counter() - began, time.process_time() - cpu
    if task not in REPEATED:
        return {"status": "ok", "seconds": first, "cpu_seconds": first_cpu, "rows": rows}
    runs: list[float] = []
    cpus: list[float] = []
    spent = first
    while len(runs) < repeat and not (runs and spent > budget):
        _emit("start", task)
        began, cpu = time.perf_counter(), time.process_time()
        subject.run(task)
        runs.append(time.perf_counter() - began)
        cpus.append(time.process_time() - cpu)
        spent += runs[-1]
    return {
        "status": "ok",
        "seconds": statistics.median(runs),
        "cpu_seconds": statistics.median(cpus),
        "runs": runs,
        "first": first,
        "rows": rows,
    }


def worker() -> int:
    """Read a job (JSON) on stdin; print one line per event; see :func:`run_worker`."""
    job = json.load(sys.stdin)
    Path(job["out"]).mkdir(parents=True, exist_ok=True)
    subject = SUBJECTS[job["kind"]](job)
    before = _peak_rss_mb()
    _emit("start", "load")
    began, cpu = time.perf_counter(), time.process_time()
    subject.load()
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    if job.get("record_load", True):
        _emit("result", "load", record={"status": "ok", "seconds": seconds, "cpu_seconds": cpu})
        record = {"status": "ok", "value": _peak_rss_mb(), "before_load": before}
        _emit("result", "load_rss", record=record)
    for task in job["tasks"]:
        try:
            record = _measure(subject, task, job["repeat"], job["budget"])
        except Exception as exc:  # recorded, and the next task goes on
            record = {"status": "error", "error": f"{type(exc).__name__}: {exc}"}
        _emit("result", task, record=record)
    return 0


def run_worker(job: dict, timeout: float, log: Path) -> dict[str, dict]:
    """Run ``job`` in worker processes; a task running past ``timeout`` seconds (each run of
    it) is a timeout: that worker is killed and a new one loads again for the next tasks."""
    results: dict[str, dict] = {}
    tasks = list(job["tasks"])
    record_load = True
    log.parent.mkdir(parents=True, exist_ok=True)
    while True:
        current, timed_out = "load", False
        with open(log, "ab") as errors:
            process = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                env=child_env(),
                start_new_session=True,
            )
        process.stdin.write(
            json.dumps({**job, "tasks": tasks, "record_load": record_load}).encode()
        )
        process.stdin.close()
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline, pending = time.monotonic() + timeout, b""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            if not selector.select(left):
                continue
            chunk = os.read(process.stdout.fileno(), 1 << 16)
            if not chunk:
                break
            pending += chunk
            *lines, pending = pending.split(b"\n")
            for line in lines:
                if not line.startswith(WORKER_PREFIX.encode()):
                    continue
                event = json.loads(line[len(WORKER_PREFIX) :])
                if event["event"] == "start":
                    current, deadline = event["task"], time.monotonic() + timeout
                else:
                    event["record"]["load_average"] = os.getloadavg()[0]
                    results[event["task"]] = event["record"]
                    if event["task"] in tasks:
                        tasks.remove(event["task"])
        selector.close()
        if timed_out:
            _kill_group(process.pid)
        process.wait()
        process.stdout.close()
        if timed_out:
            if current == "load":
                if record_load:
                    results["load"] = {"status": "timeout", "limit": timeout}
                for task in ["load_rss", *tasks] if record_load else tasks:
                    results[task] = {"status": "skipped", "error": "the load timed out"}
                return results
            results[current] = {"status": "timeout", "limit": timeout}
            if current in tasks:
                tasks.remove(current)
            if not tasks:
                return results
            record_load = False
            continue
        for task in tasks:
            results[task] = {
                "status": "error",
                "error": f"worker exited with status {process.returncode} (see {log})",
            }
        return results


# --- the corpus, the baselines' input, the parameters ---------------------------------------


def corpus(size: str, seed: int, work: Path, log: Path) -> tuple[Path, dict]:
    """The corpus of ``size``: the project's data/ for ``seed``, else scripts/synth.py's,
    generated once into the work folder (deterministic by seed) and reused."""
    if size == "seed":
        return ROOT, {"source": "the project's data/"}
    folder = work / "corpus" / f"{size}-seed{seed}"
    info = {"source": f"scripts/synth.py --size {size} --seed {seed}", "folder": str(folder)}
    if folder.is_dir():
        return folder, {**info, "cached": True}
    cmd = [sys.executable, str(ROOT / "scripts" / "synth.py"), "--size", size, "--seed", str(seed)]
    done = run_measured([*cmd, "--out", str(folder)], 3600, log)
    if done["status"] != "ok":
        raise SystemExit(f"bench: could not generate the {size} corpus: {done}")
    return folder, {**info, "generate_seconds": done["seconds"]}


def fresh_project(source: Path, folder: Path) -> Path:
    """A copy of the corpus's data/ and ontology/ in ``folder`` (builds and articles go there)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for part in ("data", "ontology"):
        shutil.copytree(source / part, folder / part, ignore=shutil.ignore_patterns("drafts"))
    return folder


def union_ntriples(project: Path, spec: str, out: Path) -> int:
    """Write the union of the built graph as N-Triples (the baselines' input); its size."""
    import pyoxigraph as ox

    store = ox.Store()
    if spec == "memory":
        store.bulk_load(path=str(project / "build" / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    elif spec.startswith("oxigraph:"):
        # Its default graph is the union (graph/store.py).
        built = ox.Store.read_only(str(project / spec.removeprefix("oxigraph:")))
        built.dump(str(out), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        return sum(1 for _ in built.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    else:
        from graph.export import nquads
        from graph.store import open_store

        data = nquads(open_store(spec, project).load()).encode("utf-8")
        store.load(data, format=ox.RdfFormat.N_QUADS)
    union = ox.Store()
    union.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in store)
    union.dump(str(out), ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return len(union)


def choose_params(nt: Path) -> dict[str, str]:
    """Parameters of the questions, picked from the data: the first by count, then by IRI."""
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    params: dict[str, str] = {}
    for name, text in PARAMS_RQ.items():
        query = f"{PREFIXES}{text} GROUP BY ?e ?label ORDER BY DESC(?n) STR(?e) LIMIT 1"
        found = list(store.query(query))
        if not found:
            raise SystemExit(f"bench: no {name} to ask about in {nt}")
        row = found[0]
        iri = row["e"].value
        params |= {
            name: iri,
            f"{name}_id": iri.rsplit("/", 1)[-1],
            f"{name}_name": row["label"].value,
            f"{name}_count": row["n"].value,
        }
    holding = f"""{PREFIXES}SELECT ?person ?person_name ?post ?post_name WHERE {{
      ?h a kg:PostHolding ; kg:holder ?person ; kg:post ?post .
      ?person rdfs:label ?person_name . ?post rdfs:label ?post_name }} ORDER BY STR(?h) LIMIT 1"""
    row = next(iter(store.query(holding)))
    params["article"] = json.dumps({k: row[k].value for k in ("person", "person_name", "post")})
    params["article_post_name"] = row["post_name"].value
    return params


def prepare() -> int:
    """Read {project, spec, nt} on stdin; write the union N-Triples; print triples and params.

    Run in a child, so that the main process stays small (its RSS would be inherited by the
    peak RSS of every process it forks)."""
    job = json.load(sys.stdin)
    triples = union_ntriples(Path(job["project"]), job["spec"], Path(job["nt"]))
    print(json.dumps({"triples": triples, "params": choose_params(Path(job["nt"]))}))
    return 0


def queries(params: dict[str, str]) -> dict[str, dict]:
    """The SPARQL text behind each question, with its bindings, for the baselines."""
    found = {}
    for metric, _, name, bound in QUESTIONS:
        text = NEIGHBOURHOOD_RQ if name is None else (QUERY_DIR / f"{name}.rq").read_text("utf-8")
        found[metric] = {"text": text, "bindings": {b: params[b] for b in bound}}
    return found


def add_article(project: Path, params: dict[str, str]) -> None:
    """Add one valid source (text, metadata, facts): a post holder quoted in a new article."""
    who = json.loads(params["article"])
    name, post, post_name = who["person_name"], who["post"], params["article_post_name"]
    words = "We will keep listening to children, families and staff as the service improves."
    said = f"{name}, {post_name}, said: “{words}”"
    text = f"{name} on the next steps for children's services\n\n2 January 2025\n\n{said}\n"
    data = project / "data"
    (data / "sources" / f"{ARTICLE_ID}.txt").write_text(text, encoding="utf-8")
    q = json.dumps
    (data / "sources" / f"{ARTICLE_ID}.yaml").write_text(
        f"id: {q(ARTICLE_ID)}\n"
        f"title: {q(text.splitlines()[0], ensure_ascii=False)}\n"
        'title_basis: "headline"\nkind: "news-article"\npublisher: "unknown"\n'
        'publisher_note: "Written by scripts/bench.py to time adding one article."\n'
        f'original_file: "synthetic/{ARTICLE_ID}.txt"\n'
        'published:\n  date: "2025-01-02"\n  basis: "stated"\n'
        '  note: "The text gives the date 2 January 2025."\n',
        encoding="utf-8",
    )
    person = who["person"].rsplit("/", 1)[-1]
    post_id = post.rsplit("/", 1)[-1]
    dated = (
        '    date: "2025-01-02"\n    date_basis: "inferred"\n'
        '    date_note: "The document\'s publication date."\n'
    )
    (data / "facts" / f"{ARTICLE_ID}.yaml").write_text(
        f"source: {q(ARTICLE_ID)}\nquotations:\n"
        f"  - id: {q(ARTICLE_ID + '-q1')}\n    speaker: {q(person)}\n    post: {q(post_id)}\n"
        f'    cue: "said"\n{dated}    text: {q(words)}\n'
        f"    evidence: {q(said, ensure_ascii=False)}\n"
        f"post_holdings:\n  - person: {q(person)}\n    post: {q(post_id)}\n{dated}"
        f"    evidence: {q(f'{name}, {post_name}', ensure_ascii=False)}\n",
        encoding="utf-8",
    )


# --- one size, one store --------------------------------------------------------------------


def kg(*args: str) -> list[str]:
    return [sys.executable, "-m", "graph.cli", *args]


def build_incremental() -> bool:
    """Whether `kg build` rebuilds only what changed (it then offers ``--full``)."""
    done = subprocess.run(
        kg("build", "--help"), capture_output=True, text=True, env=child_env(), check=False
    )
    return "--full" in done.stdout


def _triples(log: Path) -> int | None:
    found = re.findall(r"built: .*?(\d+) triples", log.read_text("utf-8", errors="replace"))
    return int(found[-1]) if found else None


def measure_build(project: Path, spec: str, timeout: float, log: Path) -> dict:
    log.parent.mkdir(parents=True, exist_ok=True)
    log.write_bytes(b"")
    done = run_measured(kg("build", "--project", str(project), "--store", spec), timeout, log)
    done["triples"] = _triples(log) if done["status"] == "ok" else None
    return done


def bench_store(name: str, spec: str, size_dir: Path, source: Path, size: dict, opts) -> dict:
    """Build, load, ask, export, draw, then add an article and build again, on one store."""
    logs = size_dir / "logs"
    project = fresh_project(source, size_dir / name)
    print(f"  {name}: build", flush=True)
    built = measure_build(project, spec, opts.build_timeout, logs / f"{name}-build.log")
    results: dict[str, dict] = {"build": _time(built), "build_rss": _rss(built)}
    results["build"]["triples"] = built.get("triples")
    if built["status"] != "ok":
        for key, *_ in METRICS[2:]:
            results[key] = {"status": "skipped", "error": "the build did not finish"}
        return results
    if "params" not in size:
        nt = size_dir / "union.nt"
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--prepare"],
            input=json.dumps({"project": str(project), "spec": spec, "nt": str(nt)}),
            capture_output=True,
            text=True,
            env=child_env(),
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"bench: could not read the {name} build: {done.stderr}")
        size |= json.loads(done.stdout) | {"nt": str(nt)}
    print(f"  {name}: load, questions, export, view", flush=True)
    job = {
        "kind": "project",
        "store": spec,
        "project": str(project),
        "out": str(size_dir / "out" / name),
        "params": size["params"],
        "tasks": [*(q[0] for q in QUESTIONS), "export_turtle", "view"],
        "repeat": opts.repeat,
        "budget": opts.budget,
    }
    results |= run_worker(job, opts.timeout, logs / f"{name}-worker.log")
    print(f"  {name}: add one article, build again", flush=True)
    add_article(project, size["params"])
    again = measure_build(project, spec, opts.build_timeout, logs / f"{name}-add-article.log")
    results["add_article"] = _time(again) | {
        "triples": again.get("triples"),
        "mode": "incremental" if opts.incremental else "full rebuild",
    }
    results["add_article_rss"] = _rss(again)
    return results


def _time(done: dict) -> dict:
    return {k: v for k, v in done.items() if k != "peak_rss_mb"}


def _rss(done: dict) -> dict:
    if done["status"] != "ok":
        return {"status": done["status"], "error": "see the time"}
    return {"status": "ok", "value": done["peak_rss_mb"]}


def bench_baseline(kind: str, size_dir: Path, size: dict, opts) -> dict:
    print(f"  {kind} used directly", flush=True)
    job = {
        "kind": kind,
        "nt": size["nt"],
        "out": str(size_dir / "out" / kind),
        "queries": queries(size["params"]),
        "tasks": [*(q[0] for q in QUESTIONS), "export_turtle"],
        "repeat": opts.repeat,
        "budget": opts.budget,
    }
    return run_worker(job, opts.timeout, size_dir / "logs" / f"{kind}-worker.log")


def value(record: dict | None) -> float | None:
    """The figure of a record (seconds or MB), or None when it did not finish."""
    if not record or record.get("status") != "ok":
        return None
    return record.get("seconds", record.get("value"))


def add_ratios(size: dict) -> None:
    """Each store's figure divided by the same figure of each baseline (None when either is
    missing); build and adding an article are compared with loading the built triples."""
    for results in size["stores"].values():
        for key, _, _, against in METRICS:
            record = results.get(key)
            if record is None:
                continue
            for base in BASELINES:
                mine = value(record)
                theirs = value(size.get("baselines", {}).get(base, {}).get(against or ""))
                ratio = mine / theirs if mine is not None and theirs else None
                record[f"vs_{base}"] = ratio


# --- reporting ------------------------------------------------------------------------------


def machine() -> dict:
    """What the figures were measured on."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = None
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = round(int(line.split()[1]) / 1024**2, 1)
    versions = {}
    for package in ("rdflib", "pyoxigraph", "oxrdflib", "pyshacl", "networkx"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions[package] = metadata.version(package)

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu_count": os.cpu_count(),
        "cpu_model": model,
        "memory_gib": memory,
        "system": platform.platform(),
        "python": platform.python_version(),
        "versions": versions,
        "commit": git("rev-parse", "HEAD"),
        "branch": git("rev-parse", "--abbrev-ref", "HEAD"),
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "load_average": os.getloadavg(),
    }


def fmt_value(record: dict | None, unit: str) -> str:
    if not record:
        return "-"
    if record.get("status") == "timeout":
        return f"timeout >{record['limit']:g}s"
    if record.get("status") != "ok":
        return record.get("status", "-")
    x = value(record)
    if unit == "MB":
        return f"{x / 1024:.2f} GB" if x >= 1024 else f"{x:.0f} MB"
    if x < 1:
        return f"{x * 1000:.3g} ms"
    return f"{x:.3g} s" if x < 100 else f"{x:.0f} s"


def fmt_ratio(ratio: float | None) -> str:
    if ratio is None:
        return "-"
    return f"{ratio:.2g}" if ratio < 10 else f"{ratio:.0f}"


def tables(report: dict, markdown: bool = False) -> str:
    """One table per size: the baselines, then each store with its ratios against them."""
    out = []
    for size_name, size in report["sizes"].items():
        stores = list(size.get("stores", {}))
        params = size.get("params", {})
        out.append(
            f"{size_name}: {size.get('triples', 0):,} triples (union); quotes by"
            f" {params.get('speaker_name', '?')!r}, holders of {params.get('post_id', '?')},"
            f" ratings of {params.get('body_name', '?')!r}, theme {params.get('theme_id', '?')},"
            f" neighbourhood of {params.get('entity_name', '?')!r}"
        )
        header = ["", *BASELINES]
        for store in stores:
            header += [store, "×rdflib", "×pyox"]
        rows = []
        for key, label, unit, _ in METRICS:
            row = [label.strip() if markdown else label]
            for base in BASELINES:
                rec = size.get("baselines", {}).get(base, {}).get(key)
                row.append(fmt_value(rec, unit) if key in BASELINE_METRICS else "")
            for store in stores:
                rec = size["stores"][store].get(key)
                row += [fmt_value(rec, unit)]
                row += [fmt_ratio((rec or {}).get(f"vs_{b}")) for b in BASELINES]
            if markdown and label.startswith("  "):
                row[0] = f"{label.strip()} ({METRICS[[m[0] for m in METRICS].index(key) - 1][1]})"
            rows.append(row)
        if markdown:
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "---|" * len(header))
            out += ["| " + " | ".join(row) + " |" for row in rows]
        else:
            widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
            for row in [header, *rows]:
                cells = [row[0].ljust(widths[0])]
                cells += [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
                out.append("  ".join(cells))
        mode = size.get("stores", {}).get(stores[0], {}).get("add_article", {}) if stores else {}
        out.append(f"(adding an article: {mode.get('mode', '?')}; ratios are store / baseline)")
        out.append("")
    return "\n".join(out)


# --- main -----------------------------------------------------------------------------------


def parse_stores(text: str) -> list[str]:
    """``memory,oxigraph,sparql:Q[,U]``: commas inside a sparql: spec join its two URLs."""
    stores: list[str] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        if stores and stores[-1].startswith("sparql:") and re.match(r"https?://", part):
            stores[-1] += "," + part
        else:
            stores.append(part)
    return stores


def store_spec(store: str) -> tuple[str, str]:
    """(name in the report, ``--store`` spec)."""
    if store == "memory":
        return "memory", "memory"
    if store == "oxigraph" or store.startswith("oxigraph:"):
        return "oxigraph", store if ":" in store else "oxigraph:build/oxigraph"
    if store.startswith("sparql:"):
        return "sparql", store
    raise SystemExit(f"bench: unknown store {store!r} (memory, oxigraph, sparql:URL|auto)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,100k", help="10k,100k,1m and/or seed")
    parser.add_argument("--stores", default="memory,oxigraph", help="memory,oxigraph,sparql:URL")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per question")
    parser.add_argument("--budget", type=float, default=60, help="seconds per question, at most")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per run, at most")
    parser.add_argument("--build-timeout", type=float, default=3600, help="seconds per build")
    parser.add_argument("--seed", type=int, default=1, help="the synthetic corpora's seed")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--json", type=Path, help="write every figure here")
    parser.add_argument("--report", type=Path, help="print the tables of this JSON and stop")
    parser.add_argument("--markdown", action="store_true", help="tables in Markdown")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.worker:
        return worker()
    if opts.prepare:
        return prepare()
    if opts.report:
        print(tables(json.loads(opts.report.read_text("utf-8")), opts.markdown))
        return 0
    stores = [store_spec(s) for s in parse_stores(opts.stores)]
    sizes = [s.strip() for s in opts.sizes.split(",") if s.strip()]
    for size in sizes:
        if size not in ("10k", "100k", "1m", "seed"):
            raise SystemExit(f"bench: unknown size {size!r} (10k, 100k, 1m, seed)")
    work = opts.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    opts.incremental = build_incremental()
    report = {
        "command": ["python", "scripts/bench.py", *(sys.argv[1:] if argv is None else argv)],
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "options": {
            "repeat": opts.repeat,
            "budget": opts.budget,
            "timeout": opts.timeout,
            "build_timeout": opts.build_timeout,
            "seed": opts.seed,
            "incremental_build": opts.incremental,
        },
        "sizes": {},
    }
    server = None
    try:
        if any(spec == "sparql:auto" for _, spec in stores):
            sys.path.insert(0, str(ROOT))
            from tests.virtuoso import start

            server = start(work / "virtuoso", max_rows=10_000_000, max_seconds=int(opts.timeout))
            stores = [(n, server.store if s == "sparql:auto" else s) for n, s in stores]
        for size_name in sizes:
            print(f"{size_name}:", flush=True)
            size_dir = work / size_name
            size_dir.mkdir(parents=True, exist_ok=True)
            source, info = corpus(size_name, opts.seed, work, size_dir / "logs" / "synth.log")
            size: dict = {"corpus": info, "stores": {}}
            report["sizes"][size_name] = size
            for name, spec in stores:
                size["stores"][name] = bench_store(name, spec, size_dir, source, size, opts)
            if "nt" in size:
                size["baselines"] = {b: bench_baseline(b, size_dir, size, opts) for b in BASELINES}
            add_ratios(size)
            report["load_average_after"] = os.getloadavg()
            size["bench_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if opts.json:
                opts.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    finally:
        if server is not None:
            server.stop()
    report["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    if opts.json:
        opts.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(tables(report, opts.markdown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
