#!/usr/bin/env python3
"""Precision audit on unseen copy: sample what credcheck flags, judge it by hand, keep the verdicts.

    tools/precision-audit/audit.py sample --bin BIN --devdata DEVDATA --per N --seed S --out FILE
    tools/precision-audit/audit.py record --sample NAME FILE
    tools/precision-audit/audit.py score  --bin BIN --devdata DEVDATA [--lost]

The labelled sets measure recall and precision on sentences chosen without looking at credcheck;
this measures precision where credcheck speaks. The copy is the unseen corpus: every BBC and
PolNeAR-train document of DEVDATA (the folder `../shared/eval/prepare_dev.py` writes) that is in
neither news-dev2 half nor bbc-dev. `sample` runs credcheck over it and draws N flagged sentences
per mission category (anonymous-source, unverified-claim, denial), leaving out sentences in the
own labelled sets and in earlier audits, and writes them with their context for reading.
Each is then judged by the guideline (../shared/eval/GUIDELINE.md) — `tp`, `fp`, or `spokes` (an
unnamed spokesperson of a named body, which the anonymous-source score leaves out) — and kept in
`judged.jsonl` (`record`, once every line of FILE has its verdict) without its text: document, byte offsets, a hash of the sentence, category, verdict,
and the sample it came from.

`score` prints each sample's precision as first judged, and, for the binary given, how many of
the judged sentences it still flags: right ones kept, wrong ones dropped (a change that fixes a
wrong finding shows here; the first figures stay the honest estimate).
"""
import argparse, collections, hashlib, json, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CATS = ["anonymous-source", "unverified-claim", "denial"]


def corpus(devdata, out):
    """Write the unseen corpus into `out` (one file per document); returns its size."""
    held, texts = set(), set()
    for name in ["news-dev2-check", "news-dev2-tune", "bbc-dev"]:
        for line in open(os.path.join(devdata, name + ".jsonl"), encoding="utf-8"):
            d = json.loads(line)
            held.add(d["id"])
            texts.add(d["text"][:300])
    n = 0
    for root, _, files in sorted(os.walk(os.path.join(devdata, "bbc"))):
        for f in sorted(files):
            path = os.path.join(root, f)
            rel = os.path.relpath(path, devdata)
            raw = open(path, "rb").read()
            if rel in held or raw.decode("utf-8", "replace")[:300] in texts:
                continue
            open(os.path.join(out, rel.replace("/", "_")), "wb").write(raw)
            n += 1
    for line in open(os.path.join(devdata, "polnear-train.jsonl"), encoding="utf-8"):
        d = json.loads(line)
        if d["text"][:300] in texts or any(d["id"] in h for h in held):
            continue
        open(os.path.join(out, d["id"] + ".txt"), "w", encoding="utf-8").write(d["text"])
        n += 1
    return n


def run(binary, args, folder):
    p = subprocess.run([binary, *args, "--format", "json", folder], capture_output=True)
    return json.loads(p.stdout)


def flagged(binary, folder):
    """Per category, {(document, sentence start): (sentence end, rules)}."""
    found = run(binary, ["check", "--progress", "never"], folder)
    seen = run(binary, ["inspect"], folder)
    sentences = {
        os.path.basename(f["path"]): [(s["span"]["start"], s["span"]["end"]) for s in f["sentences"]]
        for f in seen["files"]
    }
    out = {c: {} for c in CATS}
    for f in found["files"]:
        doc = os.path.basename(f["path"])
        for x in f["findings"]:
            if x["category"] not in out:
                continue
            a, b = x["span"]["start"], x["span"]["end"]
            for s0, s1 in sentences.get(doc, []):
                if s0 < b and a < s1:
                    out[x["category"]].setdefault((doc, s0), (s1, set()))[1].add(x["rule"])
    return out


def sha(raw):
    return hashlib.sha1(raw).hexdigest()[:12]


def judged():
    path = os.path.join(HERE, "judged.jsonl")
    return [json.loads(l) for l in open(path, encoding="utf-8")] if os.path.exists(path) else []


def sample(a):
    own = {(d["doc"], d["start"]) for d in map(json.loads, open(os.path.join(ROOT, "tools/own-labels/labels.jsonl")))}
    done = {(d["doc"], d["start"]) for d in judged()}
    with tempfile.TemporaryDirectory() as folder:
        corpus(a.devdata, folder)
        flags = flagged(a.bin, folder)
        rng = random.Random(a.seed)
        with open(a.out, "w", encoding="utf-8") as out:
            for c in CATS:
                keys = sorted(k for k in flags[c] if k not in own and k not in done)
                for doc, s0 in rng.sample(keys, min(a.per, len(keys))):
                    s1, rules = flags[c][(doc, s0)]
                    raw = open(os.path.join(folder, doc), "rb").read()
                    out.write(json.dumps({
                        "doc": doc, "start": s0, "end": s1, "sha1": sha(raw[s0:s1]), "category": c,
                        "rules": sorted(rules), "verdict": "",
                        "context": raw[max(0, s0 - 350):s0].decode("utf-8", "replace"),
                        "text": raw[s0:s1].decode("utf-8", "replace"),
                    }, ensure_ascii=False) + "\n")


def score(a):
    rows = judged()
    with tempfile.TemporaryDirectory() as folder:
        corpus(a.devdata, folder)
        for r in rows:
            raw = open(os.path.join(folder, r["doc"]), "rb").read()
            if sha(raw[r["start"]:r["end"]]) != r["sha1"]:
                sys.exit(f"{r['doc']}:{r['start']}: the sentence differs from the one judged")
        flags = flagged(a.bin, folder)
        # The sentences judged right that this binary no longer flags: what a change lost.
        lost = [
            (r, open(os.path.join(folder, r["doc"]), "rb").read()[r["start"]:r["end"]])
            for r in rows
            if r["verdict"] == "tp" and (r["doc"], r["start"]) not in flags[r["category"]]
        ]
        # The sentences judged wrong that this binary still flags: what is left to fix.
        wrong = [
            (r, open(os.path.join(folder, r["doc"]), "rb").read()[r["start"]:r["end"]])
            for r in rows
            if r["verdict"] == "fp" and (r["doc"], r["start"]) in flags[r["category"]]
        ]
    first = collections.defaultdict(collections.Counter)
    now = collections.defaultdict(collections.Counter)
    for r in rows:
        first[(r["sample"], r["category"])][r["verdict"]] += 1
        still = (r["doc"], r["start"]) in flags[r["category"]]
        now[r["category"]][(r["verdict"], still)] += 1
    print("sample     category            judged  right  wrong  spokes  precision (as first judged)")
    for (s, c), n in sorted(first.items()):
        tp, fp = n["tp"], n["fp"]
        print(f"{s:10} {c:18} {sum(n.values()):7} {tp:6} {fp:6} {n['spokes']:7}  {tp / max(1, tp + fp):.3f}")
    print("\nwith this binary          right still flagged   wrong no longer flagged")
    for c in CATS:
        n = now[c]
        tp = n[("tp", True)] + n[("tp", False)]
        fp = n[("fp", True)] + n[("fp", False)]
        print(f"{c:25} {n[('tp', True)]:5} of {tp:<14} {n[('fp', False)]:5} of {fp}")
    if a.lost and lost:
        print("\njudged right, no longer flagged:")
        for r, text in lost:
            print(f"  {r['sample']} {r['category']} {r['doc']}:{r['start']}: {text.decode('utf-8', 'replace')}")
    if a.wrong and wrong:
        print("\njudged wrong, still flagged:")
        for r, text in sorted(wrong, key=lambda x: (x[0]["category"], x[0]["sample"])):
            print(f"  {r['sample']} {r['category']} {r['doc']}:{r['start']}: {text.decode('utf-8', 'replace')}")


def record(a):
    rows = [json.loads(l) for l in open(a.file, encoding="utf-8")]
    bad = [r["doc"] for r in rows if r["verdict"] not in ("tp", "fp", "spokes")]
    if bad:
        sys.exit(f"{len(bad)} lines have no verdict (tp, fp or spokes), e.g. {bad[0]}")
    keep = ["doc", "start", "end", "sha1", "category", "verdict"]
    with open(os.path.join(HERE, "judged.jsonl"), "a", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps({"sample": a.sample, **{k: r[k] for k in keep}}) + "\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ["sample", "score"]:
        s = sub.add_parser(name)
        s.add_argument("--bin", required=True)
        s.add_argument("--devdata", required=True)
        if name == "score":
            s.add_argument("--lost", action="store_true",
                           help="list the sentences judged right that the binary no longer flags")
            s.add_argument("--wrong", action="store_true",
                           help="list the sentences judged wrong that the binary still flags")
        if name == "sample":
            s.add_argument("--per", type=int, default=45)
            s.add_argument("--seed", type=int, required=True)
            s.add_argument("--out", required=True)
    r = sub.add_parser("record")
    r.add_argument("--sample", required=True)
    r.add_argument("file")
    a = p.parse_args()
    {"sample": sample, "score": score, "record": record}[a.cmd](a)


if __name__ == "__main__":
    main()
