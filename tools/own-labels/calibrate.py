#!/usr/bin/env python3
"""How closely the project's own labelling agrees with the news-dev2 annotators.

    tools/own-labels/calibrate.py --devdata DEVDATA [--show]

The own sets (`labels.jsonl`, see build.py) are labelled by one person on the team, following
../shared/eval/GUIDELINE.md. Whether their figures say anything about the annotators' notion of
each category depends on how often that person labels as the annotators do. `calibration.jsonl`
holds the team's labels for 200 sentences drawn at random (seed 4242) from the news-dev2 *tune*
half, labelled blind — from the sentence and its context only, before the gold labels were
looked at (stop 51). This script joins them with the gold and prints, per mission category, the
two-by-two agreement and Cohen's kappa; `--show` lists the disagreements.

The check half is never used: it stays the honest estimate.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import categories  # noqa: E402

CATEGORIES = ("anonymous-source", "unverified-claim", "denial")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--devdata", required=True)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    gold = {}
    with open(os.path.join(args.devdata, "news-dev2-tune.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for s in r["sentences"]:
                gold[(r["id"], s["start"], s["end"])] = (r["text"][s["start"] : s["end"]], s["labels"])
    table = {c: [0, 0, 0, 0] for c in CATEGORIES}  # both, team only, gold only, neither
    shown = []
    with open(os.path.join(HERE, "calibration.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            sentence, labels = gold[(r["doc"], r["start"], r["end"])]
            if hashlib.sha1(sentence.encode()).hexdigest()[:12] != r["sha1"]:
                sys.exit(f"{r['id']}: the sentence does not match the development data")
            team = set(categories(r["labels"]))
            for c in CATEGORIES:
                # An unnamed spokesperson is left out of the anonymous-source count either way.
                if f"~{c}" in team or f"~{c}" in labels:
                    continue
                t, g = c in team, c in labels
                table[c][0 if t and g else 1 if t else 2 if g else 3] += 1
                if t != g:
                    shown.append(f"  {'team' if t else 'gold'} only, {c}: {sentence[:160]}")
    print(f"{'category':18} {'both':>5} {'team':>5} {'gold':>5} {'neither':>8}  kappa")
    for c, (both, team, gold_only, neither) in table.items():
        n = both + team + gold_only + neither
        seen = (both + neither) / n
        pt, pg = (both + team) / n, (both + gold_only) / n
        chance = pt * pg + (1 - pt) * (1 - pg)
        print(f"{c:18} {both:5} {team:5} {gold_only:5} {neither:8}  {(seen - chance) / (1 - chance):.2f}")
    if args.show:
        print("\n".join(shown))


if __name__ == "__main__":
    main()
