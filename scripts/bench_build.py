"""Measure `kg build` on synthetic corpora: full builds, then incremental ones.

    python scripts/bench_build.py --sizes 10k 100k 1m --stores memory oxigraph
    python scripts/bench_build.py --sizes 1m --stores oxigraph --work /tmp/bench --keep

For each size, a corpus is generated (scripts/synth.py, seed 1) and, for each store, built
from scratch (`kg build --full`); then one article is added (a copy of an existing local
article with its fact ids renamed) and built incrementally, then that article's facts are
changed, then it is deleted, each followed by `kg build`. Every command runs in its own
process; the figures are its wall time, the CPU time of the process and its children, and
the peak resident memory: of the whole process tree (sampled every 20 ms, workers included;
RSS, and PSS, which counts pages the processes share once) and of its largest single
process. Printed as a Markdown table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = [sys.executable, "-m", "graph.cli"]


def _pss(pid: int) -> int:
    """Proportional set size (bytes): resident memory, pages shared between processes (the
    libraries every worker maps) counted once in all."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree_rss(pid: int) -> tuple[int, int, int]:
    """Resident memory (bytes) of ``pid`` and all its descendants, of the largest one, and
    their proportional set size."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        child = int(entry)
        children.setdefault(int(fields[1]), []).append(child)
        rss[child] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, largest, pss, todo = 0, 0, 0, [pid]
    while todo:
        current = todo.pop()
        total += rss.get(current, 0)
        largest = max(largest, rss.get(current, 0))
        pss += _pss(current)
        todo.extend(children.get(current, ()))
    return total, largest, pss


def run(args: list[str], env: dict | None = None) -> dict:
    """Run a command; its wall time, CPU time and peak memory (tree and largest process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})}
    )
    peak = largest = proportional = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, largest, proportional
        while not done.is_set():
            total, one, pss = _tree_rss(process.pid)
            peak, largest = max(peak, total), max(largest, one)
            proportional = max(proportional, pss)
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{stderr.decode()}")
    return {
        "wall": wall,
        "cpu": cpu,
        "tree": peak,
        "largest": largest,
        "pss": proportional,
        "out": stdout.decode(),
    }


def copy_article(root: Path, stem: str, suffix: str) -> str:
    """Copy source ``stem`` as a new source, its fact ids renamed; return the new id."""
    from ruamel.yaml import YAML

    new = f"{stem}-{suffix}"
    data = root / "data"
    shutil.copy(data / "sources" / f"{stem}.txt", data / "sources" / f"{new}.txt")
    meta = (data / "sources" / f"{stem}.yaml").read_text(encoding="utf-8")
    meta = re.sub(rf'^id: "?{re.escape(stem)}"?$', f"id: {new}", meta, flags=re.M)
    (data / "sources" / f"{new}.yaml").write_text(meta, encoding="utf-8")
    facts = (data / "facts" / f"{stem}.yaml").read_text(encoding="utf-8")
    parsed = YAML(typ="safe").load(facts)
    ids = [
        item["id"]
        for items in parsed.values()
        if isinstance(items, list)
        for item in items
        if isinstance(item, dict) and "id" in item
    ]
    for ident in sorted(ids, key=len, reverse=True):
        facts = re.sub(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", f"{ident}-{suffix}", facts)
    facts = re.sub(rf'^source: "?{re.escape(stem)}"?$', f"source: {new}", facts, flags=re.M)
    (data / "facts" / f"{new}.yaml").write_text(facts, encoding="utf-8")
    return new


def pick_article(root: Path) -> str:
    """A local newspaper article with quotations (the synthetic corpus's "-chronicle"s etc.)."""
    for path in sorted((root / "data" / "facts").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        meta = (root / "data" / "sources" / f"{path.stem}.yaml").read_text(encoding="utf-8")
        if "news-article" in meta and "quotations:" in text and "judgements:" in text:
            return path.stem
    raise SystemExit("no news article with quotations and judgements")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=["10k", "100k"])
    parser.add_argument("--stores", nargs="+", default=["memory", "oxigraph"])
    parser.add_argument("--work", type=Path, default=None, help="folder for the corpora")
    parser.add_argument("--keep", action="store_true", help="keep the corpora and builds")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for size in args.sizes:
            corpus = work / f"synth-{size}"
            if not (corpus / "data").is_dir():
                synth = [sys.executable, str(ROOT / "scripts" / "synth.py")]
                subprocess.run(
                    [*synth, "--size", size, "--out", str(corpus), "--force"],
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
            for store in args.stores:
                project = work / f"build-{size}-{store}"
                shutil.rmtree(project, ignore_errors=True)
                project.mkdir()
                for name in ("data", "ontology"):
                    shutil.copytree(corpus / name, project / name)
                spec = "memory" if store == "memory" else "oxigraph:build/oxigraph"
                build = [*KG, "build", "--project", str(project), "--store", spec]
                full = run([*build, "--full"])
                triples = re.search(r"(\d+) triples", full["out"]).group(1)
                rows.append((size, store, f"full build ({triples} triples)", full))
                stem = pick_article(project)
                new = copy_article(project, stem, "bench")
                rows.append((size, store, "add one article", run(build)))
                facts = project / "data" / "facts" / f"{new}.yaml"
                facts.write_text(
                    facts.read_text(encoding="utf-8").replace("grade: ", "grade:  ", 1)
                    + "# edited\n",
                    encoding="utf-8",
                )
                rows.append((size, store, "edit its facts file", run(build)))
                for path in (project / "data").glob(f"*/{new}.*"):
                    path.unlink()
                rows.append((size, store, "delete it", run(build)))
                if not args.keep:
                    shutil.rmtree(project)
    finally:
        if not args.keep and args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"machine: {os.cpu_count()} cores; Python {sys.version.split()[0]}")
    print(
        "| size | store | build | wall | CPU | peak RSS, all processes | peak PSS, all"
        " processes | largest process |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for size, store, what, r in rows:
        print(
            f"| {size} | {store} | {what} | {r['wall']:.1f} s | {r['cpu']:.1f} s"
            f" | {r['tree'] / 2**20:.0f} MB | {r['pss'] / 2**20:.0f} MB"
            f" | {r['largest'] / 2**20:.0f} MB |"
        )


if __name__ == "__main__":
    main()
