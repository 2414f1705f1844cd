#!/usr/bin/env python3
"""A yardstick, not part of credcheck: how well does a *learned* token classifier find PolNeAR's
attribution cues? Logistic regression over the word, its suffixes and a ±3-word window, trained on
the `train` split and scored on `dev` with the overlap rules of ../shared/eval/score.py, at four
probability thresholds.

    pip install scikit-learn
    python3 tools/polnear-linear-baseline.py DEVDATA/polnear-train.jsonl DEVDATA/polnear-dev.jsonl

It answers one question: are the issue's targets (cue precision and recall both ≥ 0.85) within
reach of a simple statistical model, where the heuristics stop? (Measured: P 0.79 at R 0.65,
P 0.67 at R 0.76, P 0.57 at R 0.82 — no.)
"""
import json, re, sys
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression
TOK = re.compile(r"\w+(?:[’']\w+)*|[^\w\s]")
def toks(t):
    return [(m.start(), m.end(), m.group()) for m in TOK.finditer(t)]
def feats(ts, i):
    w = ts[i][2]; lw = w.lower()
    f = {"w=" + lw: 1, "suf3=" + lw[-3:]: 1, "suf2=" + lw[-2:]: 1, "cap": int(w[:1].isupper())}
    for d in (-3, -2, -1, 1, 2, 3):
        j = i + d
        x = ts[j][2].lower() if 0 <= j < len(ts) else "<s>"
        f[f"w{d}={x}"] = 1
        if d in (-1, 1):
            f[f"cap{d}"] = int(0 <= j < len(ts) and ts[j][2][:1].isupper())
            f[f"w{d}|w={x}|{lw}"] = 1
    return f
def load(p):
    X, y, meta = [], [], []
    for di, l in enumerate(open(p)):
        d = json.loads(l); t = d["text"]; ts = toks(t)
        spans = [(x["start"], x["end"]) for g in d["attributions"] for x in g.get("cue", [])]
        for i, (a, b, w) in enumerate(ts):
            X.append(feats(ts, i)); y.append(int(any(a < e and s < b for s, e in spans))); meta.append((di, a, b))
    return X, y, meta
h = FeatureHasher(n_features=2**20, input_type="dict")
TRAIN, DEV = sys.argv[1], sys.argv[2]
Xtr, ytr, _ = load(TRAIN)
clf = LogisticRegression(max_iter=300)
clf.fit(h.transform(Xtr), ytr)
Xd, yd, md = load(DEV)
p = clf.predict_proba(h.transform(Xd))[:, 1]
docs = [json.loads(l) for l in open(DEV)]
for th in (0.2, 0.3, 0.4, 0.5):
    pred = {}
    for (di, a, b), pr in zip(md, p):
        if pr >= th: pred.setdefault(di, []).append((a, b))
    gold_n = found = pn = pc = 0
    for di, d in enumerate(docs):
        pcs = pred.get(di, [])
        # merge adjacent predicted tokens into spans
        spans = []
        for a, b in pcs:
            if spans and a - spans[-1][1] <= 1: spans[-1] = (spans[-1][0], b)
            else: spans.append((a, b))
        gold = [[(x["start"], x["end"]) for x in g.get("cue", [])] for g in d["attributions"] if g.get("cue")]
        allg = [s for g in gold for s in g]
        gold_n += len(gold)
        found += sum(any(a < e and s < b for a, b in g for s, e in spans) for g in gold)
        pn += len(spans); pc += sum(any(a < e and s < b for s, e in allg) for a, b in spans)
    print(f"th {th}: cue P {pc/max(1,pn):.3f} R {found/gold_n:.3f} (pred {pn})")
