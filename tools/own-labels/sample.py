#!/usr/bin/env python3
"""Draw sentences for a new own labelled set, and record their labels.

    tools/own-labels/sample.py draw --devdata DEVDATA --set own61 --seed 61 \\
        --take unv:50 --take anon-bbc:50 --out FILE
    tools/own-labels/sample.py record FILE          # after writing each line's "labels"

`draw` reads the documents `build.py` reads and keeps only the unseen ones: none of either
news-dev2 half, none of bbc-dev (`doc_key` maps their ids to our names), and no sentence an
earlier own set or precision audit holds. Sentences are split on end punctuation (not after
a title's or a state's abbreviation) and sorted into families by their words — `den` (denial
and non-response words), `unv` (hearsay, belief, expectation, vague groups, polls), `anon`
(officials, aides, sources), and `rand` (any) — with `-bbc` for BBC copy and no suffix for
PolNeAR. `--take FAMILY:N` draws N of a family (a sentence goes to the first family it fits).
Each line of FILE holds the sentence, 300 characters of context before it, and an empty
`labels` list to fill in by the guideline (../shared/eval/GUIDELINE.md) *before* running
credcheck on it. `record` appends the labelled lines to labels.jsonl without their text.
"""
import argparse, hashlib, json, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build import doc_key, texts  # noqa: E402

SPLIT = re.compile(r'(?<=[.!?])["”’]?\s+(?=["“‘]?[A-Z0-9])')
ABBREVIATION = re.compile(
    r"\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|U\.S|Inc|Corp|Co|No|Jan|Feb|Aug|Sept|Oct"
    r"|Nov|Dec|Calif|Fla|Ky|Tex|Wyo|Va|Pa|Mass|Wash|Ill|Ariz|Mich|Wis|Minn|Ga|Ala|N\.Y|N\.H"
    r"|D\.C|[A-Z])\.$"
)
FAMILIES = {
    "den": re.compile(
        r"\b(den(y|ies|ied|ial|ials|ying)|reject\w*|dismiss\w*|refut\w*|rebut\w*|insist\w*"
        r"|declin\w* to|refus\w* to|no comment|not comment|unavailable|could not be reached"
        r"|did not respond|not true|untrue|false|baseless|unfounded|nonsense|rubbish|wrong"
        r"|innocent|never)\b",
        re.I,
    ),
    "unv": re.compile(
        r"\b(report(s|ed|edly)?|alleg\w*|claim\w*|rumou?r\w*|speculat\w*|believ\w*|thought"
        r"|said to|understood|expected|likely|seen as|viewed as|consider\w*|fear\w*|worr\w*"
        r"|concern\w*|suggest\w*|appear\w*|seem\w*|widely|many|some|others|critics|observers"
        r"|experts|analysts|insiders|polls?|survey\w*|stud(y|ies)|according to|question\w*"
        r"|accus\w*|supposed\w*|apparent\w*|purport\w*|unconfirmed|unverified|word is|predict\w*"
        r"|estimat\w*|say|argue\w*)\b",
        re.I,
    ),
    "anon": re.compile(
        r"\b(officials?|aides?|advisers?|advisors?|sources?|familiar|insiders?|strategists?"
        r"|operatives?|allies|ally|staff(ers)?|anonymity|spokes\w+|donors|lawmakers|members"
        r"|people close|who asked|not authorized|privately)\b",
        re.I,
    ),
}


def sentences(text):
    """Code-point spans of the sentences of `text` longer than 40 characters."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        line, base, start = m.group(), m.start(), 0
        for b in SPLIT.finditer(line):
            if ABBREVIATION.search(line[start : b.start()]):
                continue
            out.append((base + start, base + b.start()))
            start = b.end()
        out.append((base + start, base + len(line)))
    return [(a, b) for a, b in out if b - a > 40]


def seen(devdata):
    """Documents of news-dev2 (both halves) and bbc-dev, and sentences already labelled or judged."""
    docs = set()
    for name in ("news-dev2-tune", "news-dev2-check", "bbc-dev"):
        with open(os.path.join(devdata, f"{name}.jsonl"), encoding="utf-8") as f:
            docs |= {doc_key(json.loads(line)["id"]) for line in f}
    spans = {}
    audit = os.path.join(os.path.dirname(HERE), "precision-audit", "judged.jsonl")
    for path in (os.path.join(HERE, "labels.jsonl"), audit):
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    r = json.loads(line)
                    spans.setdefault(r["doc"], []).append((r["start"], r["end"]))
    return docs, spans


def draw(a):
    docs = texts(a.devdata)
    held, taken = seen(a.devdata)
    pools = {}
    for doc, text in docs.items():
        if doc in held:
            continue
        suffix = "-bbc" if doc.startswith("bbc_") else ""
        for s0, s1 in sentences(text):
            if any(not (s1 <= x or s0 >= y) for x, y in taken.get(doc, ())):
                continue
            family = next((f for f, rx in FAMILIES.items() if rx.search(text[s0:s1])), None)
            if family:
                pools.setdefault(family + suffix, []).append((doc, s0, s1))
            pools.setdefault("rand" + suffix, []).append((doc, s0, s1))
    rng = random.Random(a.seed)
    picked, used = [], set()
    for spec in a.take:
        family, n = spec.split(":")
        pool = [x for x in pools.get(family, []) if x not in used]
        if len(pool) < int(n):
            sys.exit(f"{family}: {len(pool)} sentences left, {n} asked for")
        for x in rng.sample(pool, int(n)):
            used.add(x)
            picked.append((family, x))
    rng.shuffle(picked)
    with open(a.out, "w", encoding="utf-8") as out:
        for i, (family, (doc, s0, s1)) in enumerate(picked):
            text = docs[doc]
            out.write(json.dumps({
                "set": a.set, "id": f"{a.set}-{i:04d}", "doc": doc, "start": s0, "end": s1,
                "sampled_for": family, "sha1": hashlib.sha1(text[s0:s1].encode()).hexdigest()[:12],
                "labels": [], "context": text[max(0, s0 - 300):s0], "text": text[s0:s1],
            }, ensure_ascii=False) + "\n")


def record(a):
    rows = [json.loads(line) for line in open(a.file, encoding="utf-8")]
    empty = [r["id"] for r in rows if not r["labels"]]
    if empty:
        sys.exit(f"{len(empty)} lines have no labels (NONE is a label), e.g. {empty[0]}")
    keep = ["set", "id", "doc", "start", "end", "sampled_for", "labels", "sha1"]
    with open(os.path.join(HERE, "labels.jsonl"), "a", encoding="utf-8") as out:
        for r in rows:
            out.write(json.dumps({k: r[k] for k in keep}) + "\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--devdata", required=True)
    d.add_argument("--set", required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--take", action="append", required=True, help="FAMILY:N, e.g. unv-bbc:50")
    d.add_argument("--out", required=True)
    r = sub.add_parser("record")
    r.add_argument("file")
    a = p.parse_args()
    {"draw": draw, "record": record}[a.cmd](a)


if __name__ == "__main__":
    main()
