"""scripts/bench.py end to end on the seed corpus, and its timeouts (no timing thresholds)."""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

STORES = ["memory", "oxigraph"]


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "scripts" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[dict, str]:
    """One run at the smallest size: the seed corpus, one timed run per question."""
    work = tmp_path_factory.mktemp("bench")
    out = work / "bench.json"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "bench.py"),
            *("--sizes", "seed", "--stores", ",".join(STORES)),
            *("--repeat", "1", "--budget", "1", "--timeout", "300"),
            *("--work", str(work), "--json", str(out)),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def test_every_metric_of_every_store_is_a_positive_figure(run):
    size = run[0]["sizes"]["seed"]
    assert set(size["stores"]) == set(STORES)
    for store, results in size["stores"].items():
        for key, *_ in bench.METRICS:
            record = results[key]
            assert record["status"] == "ok", (store, key, record)
            assert bench.value(record) > 0, (store, key)
    for base in bench.BASELINES:
        for key in bench.BASELINE_METRICS:
            record = size["baselines"][base][key]
            assert record["status"] == "ok", (base, key, record)
            assert bench.value(record) > 0, (base, key)


def test_ratios_are_the_figures_divided_by_the_baselines(run):
    size = run[0]["sizes"]["seed"]
    for results in size["stores"].values():
        for key, _, _, against in bench.METRICS:
            for base in bench.BASELINES:
                ratio = results[key][f"vs_{base}"]
                if against is None:
                    assert ratio is None
                    continue
                theirs = bench.value(size["baselines"][base][against])
                assert ratio > 0
                assert math.isclose(ratio, bench.value(results[key]) / theirs, rel_tol=1e-9)


def test_the_questions_have_answers_and_the_baselines_agree(run):
    size = run[0]["sizes"]["seed"]
    rdflib, oxigraph = size["baselines"]["rdflib"], size["baselines"]["pyoxigraph"]
    for key, *_ in bench.QUESTIONS:
        assert rdflib[key]["rows"] == oxigraph[key]["rows"] > 0, key
        for results in size["stores"].values():
            assert results[key]["rows"] > 0
            assert results[key]["runs"] and results[key]["first"] > 0
    # The SPARQL given to the baselines finds the neighbourhood journalist.connections finds.
    for results in size["stores"].values():
        assert results["neighbourhood"]["rows"] == rdflib["neighbourhood"]["rows"]


def test_the_added_article_is_built(run):
    for results in run[0]["sizes"]["seed"]["stores"].values():
        assert results["add_article"]["triples"] > results["build"]["triples"]
        assert results["add_article"]["mode"] in ("incremental", "full rebuild")


def test_the_report_says_what_ran_where(run):
    report, printed = run
    machine = report["machine"]
    assert machine["nproc"] >= 1 and machine["memory_gib"] > 0 and machine["python"]
    assert len(machine["commit"]) == 40 and machine["versions"]["pyoxigraph"]
    assert report["sizes"]["seed"]["params"]["speaker_name"]
    for label in ("build from files", "quotes by speaker", "Turtle export", "×pyox"):
        assert label in printed
    assert bench.tables(report, markdown=True).count("| quotes by speaker |") == 1


def test_a_command_past_the_timeout_is_killed(tmp_path):
    began = time.monotonic()
    cmd = [sys.executable, "-c", "import time; time.sleep(60)"]
    done = bench.run_measured(cmd, 0.5, tmp_path / "log")
    assert done == {"status": "timeout", "limit": 0.5}
    assert time.monotonic() - began < 30


def test_a_task_past_the_timeout_is_recorded_and_the_next_runs(tmp_path):
    nt = tmp_path / "g.nt"
    nt.write_text(
        "".join(f"<urn:x:{i}> <urn:x:p> <urn:x:{i + 1}> .\n" for i in range(50)), encoding="utf-8"
    )
    patterns = " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(5))  # 50**5 rows to count
    endless = f"SELECT (COUNT(*) AS ?n) WHERE {{ {patterns} }}"
    job = {
        "kind": "pyoxigraph",
        "nt": str(nt),
        "out": str(tmp_path / "out"),
        "queries": {
            "endless": {"text": endless, "bindings": {}},
            "quick": {"text": "SELECT ?s WHERE { ?s ?p <urn:x:3> }", "bindings": {}},
        },
        "tasks": ["endless", "quick"],
        "repeat": 1,
        "budget": 1,
    }
    results = bench.run_worker(job, 2, tmp_path / "log")
    assert results["endless"] == {"status": "timeout", "limit": 2}
    assert results["quick"]["status"] == "ok" and results["quick"]["rows"] == 1
    assert results["load"]["status"] == "ok" and results["load_rss"]["value"] > 0


def test_stores_with_two_urls_stay_one_store():
    assert bench.parse_stores("memory,sparql:http://h/q,http://h/u,oxigraph") == [
        "memory",
        "sparql:http://h/q,http://h/u",
        "oxigraph",
    ]
