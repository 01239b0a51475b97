"""Compare ``kg extract`` on each seed text with the curated facts; print P/R/F1 and speed.

Usage: python scripts/eval_extract.py [--project DIR] [--repeat N]
       python scripts/eval_extract.py --gold tests/heldout [--errors]

What is compared, per source and overall (micro-averaged):

- quotations (span): an extracted quotation matches a curated one when their character spans
  overlap by at least half of the longer span (one-to-one). The curated set is every
  ``quotations`` item of the source's facts file plus every ``mentions`` item that repeats a
  quotation (a headline, a second article); when a mention's evidence is longer than the
  quoted words, the words between its quotation marks are the span.
- quotations + speaker: as above, and the speaker is the curated one (same registry id, or
  the same name or alias).
- speakers: the set of distinct speakers per source.
- judgements: the multiset of (area, grade) pairs per source (area ids carry the framework:
  ``sif-overall`` is not ``ilacs-overall``).

Two runs: with the project's registry (``data/entities.yaml``, as ``kg extract --project``
links names) and without it (built-in national bodies only: names must be found in the text).

``--gold DIR`` instead scores ``kg extract`` (as run from the project, with each text's gold
date) on every ``DIR/<name>.txt`` against its hand-written ``<name>.gold.yaml`` (format and
rules: ``tests/heldout/README.md``). Spans come from locating each gold ``text`` in the file;
matching is as above; speakers and judged bodies are compared by name, leniently (see
``same_name``); judgements are (body, area, grade) triples, one-to-one. ``--errors`` lists
every miss, spurious item and wrong speaker.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.corpus import load_project  # noqa: E402
from graph.extract import EntityIndex, extract  # noqa: E402
from graph.extract.names import fold  # noqa: E402
from graph.ingest import extract_file  # noqa: E402

_QUOTED = re.compile(
    '["\u201c\u201d\u2018\u2019\'\u02dc]+([^"\u201c\u201d\u2018\u2019]{2,}?)["\u201d\u2019\']'
)


def gold_quotations(corpus, source_id: str) -> list[tuple[int, int, str]]:
    """(start, end, speaker id) of every curated quotation and quotation mention."""
    facts = corpus.facts.get(source_id)
    if facts is None:
        return []
    speakers = {q.id: q.speaker for f in corpus.facts.values() for q in f.quotations}
    out = []
    for index, quote in enumerate(facts.quotations):
        span = corpus.text_spans[(source_id, "quotations", index)]
        out.append((span.start, span.end, quote.speaker))
    for index, mention in enumerate(facts.mentions):
        if mention.fact not in speakers:
            continue
        span = corpus.text_spans[(source_id, "mentions", index)]
        evidence = corpus.spans[(source_id, "mentions", index)]
        if (span.start, span.end) == (evidence.start, evidence.end):
            inner = list(_QUOTED.finditer(span.exact))
            if inner:
                for match in inner:
                    start = span.start + match.start(1)
                    out.append((start, start + len(match.group(1)), speakers[mention.fact]))
                continue
        out.append((span.start, span.end, speakers[mention.fact]))
    return out


def names_of(corpus) -> dict[str, set[str]]:
    names: dict[str, set[str]] = {}
    for item in [*corpus.entities.people, *corpus.entities.bodies]:
        names[item.id] = {fold(item.name), *(fold(a) for a in item.aliases)}
    return names


def same_speaker(pred: dict, gold_id: str, names: dict[str, set[str]]) -> bool:
    if pred["speaker_id"] == gold_id:
        return True
    return pred["speaker"] is not None and fold(pred["speaker"]) in names.get(gold_id, set())


def speaker_key(pred: dict, names: dict[str, set[str]]) -> str | None:
    if pred["speaker"] is None:
        return None
    if pred["speaker_id"] in names:
        return pred["speaker_id"]
    for ident, forms in names.items():
        if fold(pred["speaker"]) in forms:
            return ident
    return "new:" + fold(pred["speaker"])


def match(preds: list[dict], golds: list[tuple[int, int, str]]):
    """One-to-one pairs (pred index, gold index) overlapping by half the longer span."""
    pairs = []
    for i, p in enumerate(preds):
        for j, (gs, ge, _) in enumerate(golds):
            inter = min(p["end"], ge) - max(p["start"], gs)
            if inter > 0 and inter >= 0.5 * max(p["end"] - p["start"], ge - gs):
                pairs.append((inter, i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.fp += predicted - tp
        self.fn += gold - tp

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def cell(self) -> str:
        p, r, f = self.prf()
        return f"{p:.2f} {r:.2f} {f:.2f}"


METRICS = ["quotations (span)", "quotations + speaker", "speakers", "judgements"]


def evaluate(corpus, index: EntityIndex, label: str) -> dict[str, Score]:
    names = names_of(corpus)
    totals = {m: Score() for m in METRICS}
    print(f"\n## {label}\n")
    print("P R F1 for each measure (precision, recall, F1)\n")
    print("| source | " + " | ".join(METRICS) + " |")
    print("|---|" + "---|" * len(METRICS))
    for source_id, source in sorted(corpus.sources.items()):
        published = source.meta.published.date
        draft = extract(source.text.original, index, published)
        preds = draft["quotations"]
        golds = gold_quotations(corpus, source_id)
        pairs = match(preds, golds)
        scores = {m: Score() for m in METRICS}
        scores["quotations (span)"].add(len(pairs), len(preds), len(golds))
        right = sum(1 for i, j in pairs if same_speaker(preds[i], golds[j][2], names))
        scores["quotations + speaker"].add(right, len(preds), len(golds))
        pred_speakers = {speaker_key(p, names) for p in preds} - {None}
        gold_speakers = {g[2] for g in golds}
        scores["speakers"].add(
            len(pred_speakers & gold_speakers), len(pred_speakers), len(gold_speakers)
        )
        facts = corpus.facts.get(source_id)
        gold_j = Counter((j.area, j.grade) for j in (facts.judgements if facts else []))
        pred_j = Counter((j["area"], j["grade"]) for j in draft["judgements"])
        scores["judgements"].add(
            sum((gold_j & pred_j).values()), sum(pred_j.values()), sum(gold_j.values())
        )
        for metric in METRICS:
            totals[metric].tp += scores[metric].tp
            totals[metric].fp += scores[metric].fp
            totals[metric].fn += scores[metric].fn
        print(f"| {source_id} | " + " | ".join(scores[m].cell() for m in METRICS) + " |")
    print("| **overall** | " + " | ".join(totals[m].cell() for m in METRICS) + " |")
    return totals


def throughput(corpus, index: EntityIndex, repeat: int) -> None:
    texts = [(s.text.original, s.meta.published.date) for s in corpus.sources.values()]
    chars = sum(len(t) for t, _ in texts)
    start = time.perf_counter()
    for _ in range(repeat):
        for text, published in texts:
            extract(text, index, published)
    elapsed = time.perf_counter() - start
    articles = repeat * len(texts)
    print(
        f"\nthroughput: {articles / elapsed:.1f} articles/s "
        f"({articles} articles, {repeat * chars / elapsed / 1000:.0f} k characters/s, "
        f"mean article {chars // len(texts)} characters)"
    )


# Odd texts whose time must grow in proportion to their length (a regular expression that
# backtracks over a long run of capitalised words made the first of them quadratic).
HOSTILE = {
    "capitalised words": "Aa ",
    "words in capitals": "AAA ",
    "mixed case": "Aa AAA aa, ",
    "a long quotation, again and again": "Jo Bloggs said: \u201c" + "word " * 50 + ".\u201d ",
}


def hostile(sizes: tuple[int, ...] = (25_000, 50_000, 100_000)) -> None:
    """Seconds to extract from each odd text at growing lengths (characters), and the ratio
    of each time to the one before: about 2 for linear time, 4 for quadratic."""
    print("\nodd texts: seconds at " + ", ".join(f"{n:,}" for n in sizes) + " characters")
    for label, unit in HOSTILE.items():
        times = []
        for size in sizes:
            text = unit * (size // len(unit))
            start = time.perf_counter()
            extract(text)
            times.append(time.perf_counter() - start)
        ratios = [later / max(earlier, 1e-9) for earlier, later in pairwise(times)]
        print(
            f"  {label}: "
            + ", ".join(f"{s:.2f}" for s in times)
            + "  (x"
            + ", x".join(f"{r:.1f}" for r in ratios)
            + ")"
        )


# --- held-out sets: hand-written gold files (--gold DIR) ------------------------------------

_TITLE_WORDS = {
    "cllr",
    "councillor",
    "county",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "doctor",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "rev",
    "the",
}
_POST_NOMINALS = {"mp", "obe", "mbe", "cbe", "qc", "kc", "jp"}
_BODY = re.compile(
    r"\b(council|department|committee|trust|ofsted|association|unison|union|board|government"
    r"|agency|inspectorate|partnership|first|together for children|dfe|basw|group)\b"
)
_COUNCIL_WORDS = {
    "council",
    "county",
    "city",
    "borough",
    "metropolitan",
    "district",
    "london",
    "of",
    "the",
    "royal",
}
_SAME_BODY = [
    {"ofsted", "office for standards in education children's services and skills"},
    {"department for education", "dfe"},
]


def _norm(name: str) -> str:
    """Lower case, plain apostrophes, punctuation other than ' and - dropped."""
    name = fold(name).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(re.sub(r"[^\w\s'-]", " ", name).split())


def _person_tokens(name: str) -> list[str]:
    tokens = [t.strip("'") for t in _norm(re.sub(r"\([^)]*\)", " ", name)).split()]
    while tokens and tokens[0] in _TITLE_WORDS:
        tokens = tokens[1:]
    while tokens and tokens[-1] in _POST_NOMINALS:
        tokens = tokens[:-1]
    return tokens


def _is_council(name: str) -> bool:
    """A council's name: "X Council", "London Borough of X", "Royal Borough of X"."""
    return "council" in name.split() or bool(re.search(r"\bborough of\b", name))


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two speaker or body names name the same one, leniently.

    Equal once case, titles and punctuation are dropped; a body by a known short form
    (Ofsted, DfE) or, for councils, by the same place words ("Sandwell Council",
    "Sandwell Metropolitan Borough Council"); a person when the surnames agree and the given
    names agree where both give one ("Cllr J Smith", "Jo Smith", "Mr Smith").
    """
    if a is None or b is None:
        return a is b
    na, nb = _norm(a), _norm(b)
    if na == nb or any(na in group and nb in group for group in _SAME_BODY):
        return True
    council_a, council_b = _is_council(na), _is_council(nb)
    body_a = bool(_BODY.search(na)) or council_a
    body_b = bool(_BODY.search(nb)) or council_b
    if body_a or body_b:
        if council_a and council_b:
            core_a = [t for t in na.split() if t not in _COUNCIL_WORDS]
            core_b = [t for t in nb.split() if t not in _COUNCIL_WORDS]
            return bool(core_a) and core_a == core_b
        return False
    ta, tb = _person_tokens(a), _person_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:
        return True
    ga, gb = ta[0], tb[0]
    if len(ga) == 1 or len(gb) == 1:
        return ga[0] == gb[0]
    return ga == gb


def _names(name: str | None, also: list[str], aliases: dict[str, list[str]]) -> list:
    """Every acceptable name for a gold speaker or body (``None`` alone for an unnamed one)."""
    if name is None:
        return [None]
    out = [name, *also]
    for each in list(out):
        out.extend(aliases.get(each, []))
    return out


def _agrees(pred: str | None, names: list) -> bool:
    return any(same_name(pred, n) for n in names)


def load_gold(path: Path) -> dict:
    """A ``.gold.yaml`` file, with each quotation's ``start``/``end`` located in its text."""
    from ruamel.yaml import YAML

    gold = YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}
    text = path.with_name(path.name.removesuffix(".gold.yaml") + ".txt").read_text("utf-8")
    aliases = gold.get("aliases") or {}
    quotations, pos = [], 0
    for q in gold.get("quotations") or []:
        start = text.find(q["text"], pos)
        if start < 0:
            start = text.find(q["text"])
        if start < 0:
            raise ValueError(f"{path}: quoted text not found: {q['text'][:60]!r}")
        pos = start + len(q["text"])
        names = _names(q.get("speaker"), q.get("also") or [], aliases)
        quotations.append({**q, "start": start, "end": pos, "names": names})
    judgements = [
        {**j, "names": _names(j["body"], j.get("also") or [], aliases)}
        for j in gold.get("judgements") or []
    ]
    return {
        "date": gold.get("date"),
        "text": text,
        "quotations": quotations,
        "judgements": judgements,
    }


def _distinct(names: list[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        if not any(same_name(name, seen) for seen in out):
            out.append(name)
    return out


def score_gold(gold: dict, draft: dict) -> tuple[dict[str, Score], list[str]]:
    """Scores of one draft against one loaded gold file, and a line per error."""
    scores = {m: Score() for m in METRICS}
    errors: list[str] = []
    preds, golds = draft["quotations"], gold["quotations"]
    pairs = match(preds, [(g["start"], g["end"], None) for g in golds])
    scores["quotations (span)"].add(len(pairs), len(preds), len(golds))
    right = 0
    for i, j in pairs:
        if _agrees(preds[i]["speaker"], golds[j]["names"]):
            right += 1
        else:
            errors.append(
                f"speaker: {golds[j]['text'][:50]!r}: {preds[i]['speaker']!r} "
                f"({preds[i].get('attribution')}) for {golds[j].get('speaker')!r}"
            )
    scores["quotations + speaker"].add(right, len(preds), len(golds))
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    errors += [
        f"missed: {g['text'][:60]!r} ({g.get('speaker')})"
        for j, g in enumerate(golds)
        if j not in matched_g
    ]
    errors += [
        f"spurious: {p['text'][:60]!r} ({p['speaker']})"
        for i, p in enumerate(preds)
        if i not in matched_p
    ]

    pred_speakers = _distinct([p["speaker"] for p in preds if p["speaker"] is not None])
    gold_speakers: list[list] = []
    for g in golds:
        if g.get("speaker") is not None and not any(
            _agrees(g["speaker"], names) for names in gold_speakers
        ):
            gold_speakers.append(g["names"])
    used: set[int] = set()
    for names in gold_speakers:
        for k, name in enumerate(pred_speakers):
            if k not in used and _agrees(name, names):
                used.add(k)
                break
    scores["speakers"].add(len(used), len(pred_speakers), len(gold_speakers))

    pred_j: list[dict] = []
    for j in draft["judgements"]:
        if not any(
            (k["area"], k["grade"]) == (j["area"], j["grade"]) and same_name(k["body"], j["body"])
            for k in pred_j
        ):
            pred_j.append(j)
    used = set()
    for g in gold["judgements"]:
        for k, p in enumerate(pred_j):
            if (
                k not in used
                and (p["area"], p["grade"]) == (g["area"], g["grade"])
                and _agrees(p["body"], g["names"])
            ):
                used.add(k)
                break
        else:
            errors.append(f"judgement missed: {g['body']} {g['area']} {g['grade']}")
    errors += [
        f"judgement spurious: {p['body']} {p['area']} {p['grade']}"
        for k, p in enumerate(pred_j)
        if k not in used
    ]
    scores["judgements"].add(len(used), len(pred_j), len(gold["judgements"]))
    return scores, errors


def evaluate_gold(directory: Path, project: Path, show_errors: bool = False) -> dict[str, Score]:
    """Run ``kg extract`` on each text of a held-out set; print per-text and overall P/R/F1."""
    totals = {m: Score() for m in METRICS}
    paths = sorted(Path(directory).glob("*.gold.yaml"))
    counts = Counter()
    print(f"\n## held-out set {directory}\n")
    print("P R F1 for each measure (precision, recall, F1)\n")
    print("| text | " + " | ".join(METRICS) + " |")
    print("|---|" + "---|" * len(METRICS))
    all_errors = []
    for path in paths:
        gold = load_gold(path)
        name = path.name.removesuffix(".gold.yaml")
        draft = extract_file(project, path.with_name(name + ".txt"), gold["date"])
        scores, errors = score_gold(gold, draft)
        counts["quotations"] += len(gold["quotations"])
        counts["judgements"] += len(gold["judgements"])
        for metric in METRICS:
            totals[metric].tp += scores[metric].tp
            totals[metric].fp += scores[metric].fp
            totals[metric].fn += scores[metric].fn
        print(f"| {name} | " + " | ".join(scores[m].cell() for m in METRICS) + " |")
        all_errors += [f"{name}: {e}" for e in errors]
    print("| **overall** | " + " | ".join(totals[m].cell() for m in METRICS) + " |")
    print(
        f"\n{len(paths)} texts, {counts['quotations']} gold quotations, "
        f"{counts['judgements']} gold judgements"
    )
    if show_errors:
        print("\n" + "\n".join(all_errors))
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--repeat", type=int, default=20, help="passes for the timing")
    parser.add_argument("--gold", type=Path, help="score a held-out set (DIR/*.gold.yaml)")
    parser.add_argument("--errors", action="store_true", help="with --gold: list every error")
    args = parser.parse_args()
    if args.gold is not None:
        evaluate_gold(args.gold, args.project, args.errors)
        return
    corpus = load_project(args.project)
    with_registry = EntityIndex(corpus.entities)
    evaluate(corpus, with_registry, "with the project's registry (data/entities.yaml)")
    evaluate(corpus, EntityIndex(), "without the registry (built-in national bodies only)")
    throughput(corpus, with_registry, args.repeat)
    hostile()


if __name__ == "__main__":
    main()
