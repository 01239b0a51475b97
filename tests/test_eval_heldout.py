"""The held-out evaluation (scripts/eval_extract.py --gold): its gold files and its arithmetic."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
HELDOUT2 = ROOT / "tests" / "heldout2"
# every held-out set, each written blind (tests/heldout/README.md)
ALL_SETS = sorted((ROOT / "tests").glob("heldout*"), key=lambda p: (len(p.name), p.name))
SETS = pytest.mark.parametrize("heldout", ALL_SETS, ids=[p.name for p in ALL_SETS])


def _load_script():
    spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "scripts/eval_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ev = _load_script()


@SETS
def test_every_gold_file_is_well_formed(heldout):
    """Texts and gold files pair up; dates are dates; quotations are found in order; areas and
    grades exist."""
    areas = set(
        re.findall(
            r"^area:([a-z-]+) a skos:Concept", (ROOT / "ontology/schemes.ttl").read_text(), re.M
        )
    )
    texts = sorted(heldout.glob("*.txt"))
    assert len(texts) >= 20
    golds = {g.name.removesuffix(".gold.yaml") for g in heldout.glob("*.gold.yaml")}
    assert golds == {t.stem for t in texts}
    for text in texts:
        gold = ev.load_gold(text.with_name(text.stem + ".gold.yaml"))
        assert gold["date"] is None or re.fullmatch(r"\d{4}(-\d\d){0,2}", gold["date"])
        starts = [q["start"] for q in gold["quotations"]]
        assert starts == sorted(starts), text.name
        for q in gold["quotations"]:
            assert gold["text"][q["start"] : q["end"]] == q["text"]
            assert set(q) <= {
                "text",
                "speaker",
                "also",
                "speaker_role",
                "note",
                "start",
                "end",
                "names",
            }
        for j in gold["judgements"]:
            assert j["area"] in areas, (text.name, j)
            assert j["grade"] in {"outstanding", "good", "requires-improvement", "inadequate"}


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Cllr Jo Bloggs", "Jo Bloggs", True),
        ("Mr Bloggs", "Jo Bloggs", True),
        ("J Bloggs", "Jo Bloggs", True),
        ("Councillor JO BLOGGS (Lab)", "Jo Bloggs", True),
        ("Jim Bloggs", "Jo Bloggs", False),
        ("Jo Biggs", "Jo Bloggs", False),
        ("Ofsted", "Office for Standards in Education, Children’s Services and Skills", True),
        ("DfE", "Department for Education", True),
        ("Sandwell Metropolitan Borough Council", "Sandwell Council", True),
        ("Essex County Council", "Hampshire County Council", False),
        ("London Borough of Merton", "Merton Council", True),
        ("Royal Borough of Greenwich", "Greenwich Council", True),
        ("London Borough of Merton", "Sutton Council", False),
        ("London Borough of Merton", "Merton", False),
        ("Bloggs Council", "Jo Bloggs", False),
        (None, None, True),
        (None, "Jo Bloggs", False),
    ],
)
def test_same_name(a, b, same):
    assert ev.same_name(a, b) is same


def _quote(text: str, speaker: str | None, body: str) -> dict:
    start = body.index(text)
    return {"text": text, "start": start, "end": start + len(text), "speaker": speaker}


def test_scores_of_a_fixed_gold_and_prediction(tmp_path):
    """Three gold quotations; the draft finds two (one with the wrong speaker) and one extra."""
    body = (
        'Jo Bloggs said: "We will fix this." Ofsted found practice "weak and slow". '
        '"It is a shame," said Ann Lee. The council called it "a blip".\n'
    )
    (tmp_path / "t.txt").write_text(body, encoding="utf-8")
    (tmp_path / "t.gold.yaml").write_text(
        "date: null\n"
        "quotations:\n"
        "  - {text: We will fix this., speaker: Jo Bloggs}\n"
        "  - {text: weak and slow, speaker: Ofsted}\n"
        "  - {text: 'It is a shame,', speaker: Ann Lee}\n"
        "judgements:\n"
        "  - {body: Kent County Council, area: ilacs-overall, grade: good}\n"
        "  - {body: Kent County Council, area: ilacs-leaders, grade: good}\n",
        encoding="utf-8",
    )
    gold = ev.load_gold(tmp_path / "t.gold.yaml")
    draft = {
        "quotations": [
            _quote("We will fix this.", "Cllr Jo Bloggs", body),  # right
            _quote("It is a shame,", "Jo Bloggs", body),  # right span, wrong speaker
            _quote("a blip", None, body),  # not in the gold
        ],
        "judgements": [
            {"body": "Kent County Council", "area": "ilacs-overall", "grade": "good"},
            {"body": "Kent", "area": "ilacs-overall", "grade": "good"},  # no council: not Kent CC
            {"body": "Kent County Council", "area": "ilacs-overall", "grade": "good"},  # repeat
        ],
    }
    scores, errors = ev.score_gold(gold, draft)
    p, r, f = scores["quotations (span)"].prf()
    assert (round(p, 4), round(r, 4), round(f, 4)) == (0.6667, 0.6667, 0.6667)
    p, r, f = scores["quotations + speaker"].prf()
    assert (round(p, 4), round(r, 4), round(f, 4)) == (0.3333, 0.3333, 0.3333)
    # distinct speakers: predicted {Jo Bloggs}; gold {Jo Bloggs, Ofsted, Ann Lee}
    p, r, f = scores["speakers"].prf()
    assert (p, round(r, 4), f) == (1.0, 0.3333, 0.5)
    # judgements: two predicted after the repeat is dropped, one right; two gold
    assert scores["judgements"].prf() == (0.5, 0.5, 0.5)
    assert sorted(e.split(":")[0] for e in errors) == [
        "judgement missed",
        "judgement spurious",
        "missed",
        "speaker",
        "spurious",
    ]


def test_a_null_gold_speaker_agrees_only_with_no_speaker(tmp_path):
    body = 'A parent said it was "brilliant".\n'
    (tmp_path / "t.txt").write_text(body, encoding="utf-8")
    (tmp_path / "t.gold.yaml").write_text(
        "quotations:\n  - {text: brilliant, speaker: null}\n", encoding="utf-8"
    )
    gold = ev.load_gold(tmp_path / "t.gold.yaml")
    for speaker, right in [(None, 1.0), ("A parent", 0.0)]:
        draft = {"quotations": [_quote("brilliant", speaker, body)], "judgements": []}
        scores, _ = ev.score_gold(gold, draft)
        assert scores["quotations + speaker"].prf()[0] == right
        assert scores["speakers"].prf()[1] == 1.0  # no named gold speaker to find


@SETS
def test_held_out_evaluation_runs_on_the_set(heldout):
    """The script runs on the whole set and prints a row per text and the overall row."""
    result = subprocess.run(
        [sys.executable, "scripts/eval_extract.py", "--gold", str(heldout), "--errors"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    names = {line.split(" | ")[0].removeprefix("| ") for line in rows}
    assert {p.stem for p in heldout.glob("*.txt")} <= names
    overall = next(line for line in rows if "**overall**" in line)
    cells = [c.split() for c in overall.strip("| ").split(" | ")[1:]]
    assert len(cells) == 4 and all(len(c) == 3 for c in cells)
    for p, r, f in cells:
        p, r, f = float(p), float(r), float(f)
        assert 0 <= p <= 1 and 0 <= r <= 1
        assert f == pytest.approx(2 * p * r / (p + r) if p + r else 0.0, abs=0.011)
    totals = ev.evaluate_gold(heldout, ROOT)
    n_quotes = sum(len(ev.load_gold(g)["quotations"]) for g in heldout.glob("*.gold.yaml"))
    span = totals["quotations (span)"]
    assert span.tp + span.fn == n_quotes
