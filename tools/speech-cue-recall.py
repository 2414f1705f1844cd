#!/usr/bin/env python3
"""Cue recall of credcheck's attribution analysis on PolNeAR-style gold, overall and on the gold
attributions whose cue contains a reporting verb from credcheck's own lexicon.

    tools/speech-cue-recall.py --bin target/release/credcheck --gold DEVDATA/polnear-dev.jsonl

PolNeAR annotates reports of speech, thought, intention and action alike; this separates the
part a sourcing check is about (said, told, according to, denied…) from the rest. The gold format
is the one ../shared/eval/score.py reads (code-point offsets, turned into bytes here).
"""
import argparse, os, re

from polnear_gold import byte_offsets, credcheck_files, load

LEXICON = os.path.join(os.path.dirname(__file__), "..", "crates", "credcheck-core", "src",
                       "attribution", "lexicon")


def words(name):
    with open(os.path.join(LEXICON, name), encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", required=True)
    args = ap.parse_args()
    speech = words("speech-verbs.txt") | words("denial-verbs.txt") | {"according"}
    docs = load(args.gold)
    by = credcheck_files(args.bin, docs)
    total = hit = sp_total = sp_hit = 0
    for i, doc in enumerate(docs):
        b = byte_offsets(doc["text"])
        tb = doc["text"].encode("utf-8")
        pred = [(a["cue"]["start"], a["cue"]["end"]) for a in by.get(i, {}).get("attributions", [])]
        for g in doc.get("attributions", []):
            cues = [(b[c["start"]], b[c["end"]]) for c in g.get("cue", [])]
            if not cues:
                continue
            text = " ".join(tb[s:e].decode("utf-8", "replace").lower() for s, e in cues)
            is_speech = any(w in speech for w in re.findall(r"[a-z]+", text))
            found = any(ps < e and s < pe for ps, pe in pred for s, e in cues)
            total += 1
            hit += found
            if is_speech:
                sp_total += 1
                sp_hit += found
    print(f"gold attributions {total}: cue recall {hit / max(total, 1):.3f}")
    print(f"with a reporting-verb cue {sp_total} ({sp_total / max(total, 1):.0%}): "
          f"cue recall {sp_hit / max(sp_total, 1):.3f}")


if __name__ == "__main__":
    main()
