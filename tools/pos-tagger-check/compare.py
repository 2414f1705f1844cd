#!/usr/bin/env python3
"""Weigh harper-core's part-of-speech tags against credcheck's own decision on cue words that are
also nouns (`claims`, `reports`, `calls`, `states`…), with PolNeAR's gold cues as the truth.

    cargo run --release --manifest-path tools/pos-tagger-check/Cargo.toml -- DOCS > tags.jsonl
    credcheck check --format json --jobs 1 DOCS > credcheck.json
    python3 tools/pos-tagger-check/compare.py --gold polnear-train.jsonl --gold polnear-dev.jsonl \
        --exclude news-dev2-check.jsonl --tags tags.jsonl --credcheck credcheck.json

DOCS holds the gold articles (minus the excluded ones) as 0000.txt, 0001.txt… in gold order;
`--write-docs DOCS` writes them.
"""
import argparse, collections, json, os

HOMOGRAPHS = "crates/credcheck-core/src/attribution/lexicon/noun-homographs.txt"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", action="append", required=True)
    ap.add_argument("--exclude", action="append", default=[])
    ap.add_argument("--tags")
    ap.add_argument("--credcheck")
    ap.add_argument("--write-docs")
    a = ap.parse_args()
    excluded = set()
    for path in a.exclude:
        for line in open(path):
            excluded.add(os.path.basename(json.loads(line)["id"]).replace(".txt", ""))
    docs = [r for path in a.gold for r in map(json.loads, open(path)) if r["id"] not in excluded]
    if a.write_docs:
        os.makedirs(a.write_docs, exist_ok=True)
        for i, r in enumerate(docs):
            with open(os.path.join(a.write_docs, f"{i:04d}.txt"), "w") as f:
                f.write(r["text"])
        return
    homographs = {w.strip().lower() for w in open(HOMOGRAPHS) if w.strip() and not w.startswith("#")}
    tags = {json.loads(l)["file"]: json.loads(l)["tokens"] for l in open(a.tags)}
    ours = {}
    for f in json.load(open(a.credcheck))["files"]:
        name = os.path.basename(f["path"])
        text = docs[int(name[:4])]["text"]
        char_at, b = {}, 0
        for i, ch in enumerate(text):
            char_at[b] = i
            b += len(ch.encode())
        char_at[b] = len(text)
        ours[name] = [(char_at[x["cue"]["start"]], char_at[x["cue"]["end"]]) for x in f.get("attributions", [])]
    counts = collections.Counter()
    for i, r in enumerate(docs):
        name = f"{i:04d}.txt"
        gold = [(c["start"], c["end"]) for x in r["attributions"] for c in x.get("cue", [])]
        for s, e, word, tag in tags.get(name, []):
            if word.lower() not in homographs:
                continue
            overlaps = lambda spans: any(x < e and s < y for x, y in spans)
            g, o, h = overlaps(gold), overlaps(ours.get(name, [])), tag in ("VERB", "AUX")
            for who, says in (("credcheck", o), ("harper verb", h), ("credcheck and harper verb", o and h)):
                counts[who, says, g] += 1
    total = sum(v for (who, _, _), v in counts.items() if who == "credcheck")
    print(f"{total} cue-word homographs")
    for who in ("credcheck", "harper verb", "credcheck and harper verb"):
        tp, fp, fn = counts[who, True, True], counts[who, True, False], counts[who, False, True]
        right = counts[who, True, True] + counts[who, False, False]
        print(f"  {who:26s} accuracy {right / total:.3f}  cue P {tp / max(tp + fp, 1):.3f}  R {tp / max(tp + fn, 1):.3f}")


if __name__ == "__main__":
    main()
