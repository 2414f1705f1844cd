#!/usr/bin/env python3
"""How far could more cue words take credcheck's attribution recall on PolNeAR-style gold?

    tools/polnear-ceiling.py --bin target/release/credcheck --gold DEVDATA/polnear-train.jsonl

For the gold attributions whose cue credcheck misses, the cue's content words are reduced to a
crude stem (`suggesting` -> `suggest`). Stems are then taken greedily, the one covering most missed
attributions first, as if credcheck learnt to find *every* gold cue with that stem. For the first
N stems it prints the recall that would give (an upper bound: nothing else changes), and what
precision would follow if the stem were a cue wherever it occurs in the text (a lower bound: no
context filter). The gap between the two is what context rules would have to close.
"""
import argparse, collections, re

from polnear_gold import byte_offsets, credcheck_files, load

FUNCTION = set("""in for of to on about by from under the a an is was are were be been being has have
had would will may could can did do does not also 's his her their its it that this with at as and
or but -- - : ― which who what he she they we i you""".split())


def stem(word):
    w = re.sub(r"[^a-z]", "", word.lower())
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def overlaps(a, b, c, d):
    return a < d and c < b


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", required=True)
    args = ap.parse_args()
    docs = load(args.gold)
    files = credcheck_files(args.bin, docs)
    total = found = predicted = correct = 0
    missed = []  # (doc, set of stems)
    occurrences = collections.Counter()  # stem -> occurrences in the text
    in_gold = collections.Counter()  # stem -> occurrences inside a gold cue
    for i, doc in enumerate(docs):
        text = doc["text"]
        bo = byte_offsets(text)
        pred = [(a["cue"]["start"], a["cue"]["end"])
                for a in files[i].get("attributions", []) if a.get("cue")]
        gold_spans = []
        for g in doc["attributions"]:
            spans = [(x["start"], x["end"]) for x in g.get("cue", [])]
            if not spans:
                continue
            gold_spans += spans
            total += 1
            if any(overlaps(bo[a], bo[b], c, e) for a, b in spans for c, e in pred):
                found += 1
                continue
            words = " ".join(text[a:b] for a, b in spans).split()
            missed.append({stem(w) for w in words if w.lower() not in FUNCTION and stem(w)})
        predicted += len(pred)
        correct += sum(any(overlaps(c, e, bo[a], bo[b]) for a, b in gold_spans) for c, e in pred)
        for m in re.finditer(r"[A-Za-z’']+", text):
            s = stem(m.group())
            occurrences[s] += 1
            if any(overlaps(m.start(), m.end(), a, b) for a, b in gold_spans):
                in_gold[s] += 1
    print(f"gold cues {total}: found {found} (recall {found / total:.3f}); "
          f"predicted {predicted}, precision {correct / max(1, predicted):.3f}")
    distinct = collections.Counter(" ".join(sorted(s)) for s in missed)
    once = sum(1 for k, v in distinct.items() if v == 1)
    print(f"missed {len(missed)}: {len(distinct)} distinct cue phrases, {once} of them seen once")
    remaining, gained, extra_pred, extra_ok = list(missed), 0, 0, 0
    marks = {10, 25, 50, 100, 200, 400}
    print(f"{'stems':>6} {'last stem':>14} {'recall ≤':>9} {'precision ≥':>12}")
    for n in range(1, max(marks) + 1):
        c = collections.Counter()
        for stems in remaining:
            c.update(stems)
        if not c:
            break
        best, covered = c.most_common(1)[0]
        gained += covered
        extra_pred += occurrences[best]
        extra_ok += in_gold[best]
        remaining = [s for s in remaining if best not in s]
        if n in marks:
            recall = (found + gained) / total
            precision = (correct + extra_ok) / max(1, predicted + extra_pred)
            print(f"{n:>6} {best:>14} {recall:>9.3f} {precision:>12.3f}")


if __name__ == "__main__":
    main()
