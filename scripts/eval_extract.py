"""Compare ``kg extract`` on each seed text with the curated facts; print P/R/F1 and speed.

Usage: python scripts/eval_extract.py [--project DIR] [--repeat N]

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
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.corpus import load_project  # noqa: E402
from graph.extract import EntityIndex, extract  # noqa: E402
from graph.extract.names import fold  # noqa: E402

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, default=ROOT)
    parser.add_argument("--repeat", type=int, default=20, help="passes for the timing")
    args = parser.parse_args()
    corpus = load_project(args.project)
    with_registry = EntityIndex(corpus.entities)
    evaluate(corpus, with_registry, "with the project's registry (data/entities.yaml)")
    evaluate(corpus, EntityIndex(), "without the registry (built-in national bodies only)")
    throughput(corpus, with_registry, args.repeat)


if __name__ == "__main__":
    main()
