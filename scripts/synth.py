"""Write a synthetic project folder (data/ and ontology/) for scale tests and benchmarks.

Deterministic: the same options give byte-identical files. See docs/synthetic.md.

Usage:
  python scripts/synth.py --size 10k|100k|1m [--seed 1] --out DIR [--force]
  python scripts/synth.py --councils N [--detail 1.0] [--seed 1] --out DIR [--force]

Then: kg validate --project DIR; kg build --project DIR.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from graph.synth import SIZES, write_corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--size", choices=sorted(SIZES), help="a preset: about 10k, 100k or 1M triples"
    )
    which.add_argument("--councils", type=int, help="number of councils (1 to 153)")
    parser.add_argument(
        "--detail", type=float, default=None, help="findings and articles per event (default 1.0)"
    )
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--out", type=Path, required=True, help="project folder to write")
    parser.add_argument("--force", action="store_true", help="replace a non-empty --out")
    args = parser.parse_args(argv)
    if args.size:
        councils, detail = SIZES[args.size]
        if args.detail is not None:
            detail = args.detail
    else:
        councils, detail = args.councils, 1.0 if args.detail is None else args.detail
    started = time.perf_counter()
    try:
        count = write_corpus(args.out, councils, args.seed, detail, force=args.force)
    except (FileExistsError, ValueError) as exc:
        print(f"synth: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(f"wrote {count} files for {councils} councils to {args.out} in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
