"""Time the remote store on the seed corpus against a private Virtuoso (tests/virtuoso.py).

Usage: python scripts/bench_remote.py [RUNS]   (prints medians in seconds, memory store beside)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import journalist  # noqa: E402
from graph.pipeline import check_project, load_graph  # noqa: E402
from graph.remote import RemoteStore  # noqa: E402
from graph.store import MemoryStore  # noqa: E402
from tests.virtuoso import start  # noqa: E402

JOBS = {
    "quotes": lambda g: journalist.quotes(g),
    "quotes --speaker whyte": lambda g: journalist.quotes(g, speaker="whyte"),
    "posts": lambda g: journalist.posts(g),
    "ratings": lambda g: journalist.ratings(g),
    "findings --recurring": lambda g: journalist.findings(g, recurring=True),
    "timeline": lambda g: journalist.timeline(g),
    "show warren-whyte": lambda g: journalist.show(g, "warren-whyte"),
}


def median(job, runs: int) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        job()
        times.append(time.perf_counter() - begin)
    return statistics.median(times)


def main(runs: int) -> None:
    dataset = check_project(ROOT)[1]
    with tempfile.TemporaryDirectory() as folder:
        server = start(Path(folder) / "virtuoso")
        try:
            remote = RemoteStore(server.query_url, server.update_url)
            memory = MemoryStore(Path(folder))
            spec = server.store
            print(f"triples: {len(list(dataset.quads((None, None, None, None))))}; runs: {runs}")
            print(f"{'work':36} {'memory':>8} {'virtuoso':>9}")
            rows = [
                (
                    "save",
                    median(lambda: memory.save(dataset), runs),
                    median(lambda: remote.save(dataset), runs),
                ),
                ("load", median(memory.load, runs), median(remote.load, runs)),
            ]
            for name, job in JOBS.items():
                rows.append(
                    (
                        name + " (incl. open)",
                        median(lambda job=job: job(load_graph(Path(folder))), runs),
                        median(lambda job=job: job(load_graph(Path(folder), spec)), runs),
                    )
                )
            for name, local, far in rows:
                print(f"{name:36} {local:8.2f} {far:9.2f}")
        finally:
            server.stop()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
