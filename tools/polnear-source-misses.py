#!/usr/bin/env python3
"""Which of PolNeAR's labelled attributions with an unnamed-looking source does credcheck leave
unflagged?

    tools/polnear-source-misses.py --bin target/release/credcheck --devdata DEVDATA \\
        [--family anonymous|vague|report] [--show 60]

PolNeAR's gold marks every attribution's source span, whatever the source is. This tool keeps
the ones whose source *looks* unnamed by its first words (`officials`, `a senior aide`, `people
familiar…` → anonymous; `critics`, `some Republicans`, `those who…` → vague; `a report`, `local
media` → report; polls and surveys left out, being mostly named), with a verb of saying or
believing as the cue, and asks whether credcheck's anonymous-source or unverified-claim findings
fall in the attribution's sentence. `denial` keeps, whatever the source, the attributions whose
cue looks like a denial or a non-response (`denied`, `rejected`, `declined`, `did not respond`)
and asks the same of credcheck's denial findings. It prints how many do, and the misses grouped by the
source's first two words, with the cue in brackets.

A miss is a question, not a verdict: PolNeAR's attributions include stances and actions the
guideline (../shared/eval/GUIDELINE.md) does not flag, and a source can look unnamed and be named
nearby. Read each by the guideline before acting on it. Documents of the news-dev2 check half
are left out (never read its text), so the tool tunes on PolNeAR train only.
"""
import argparse, collections, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "own-labels"))
from polnear_gold import byte_offsets, credcheck_files, load  # noqa: E402
from build import doc_key, held_out  # noqa: E402

ANONYMOUS = re.compile(
    r"^(an? |one |two |three |several |some |other |senior |top |)(senior |top |high-ranking |"
    r"former |current |)([a-z-]+ )?(officials?|aides?|advisers?|advisors?|sources?|insiders?|"
    r"strategists?|operatives?|staffers?|people familiar|person familiar|people close|"
    r"person close|people with knowledge|diplomats?|allies|ally|donors?|lawmakers?)\b",
    re.I,
)
VAGUE = re.compile(
    r"^(some|many|most|several|others|critics|experts|analysts|observers|supporters|opponents|"
    r"people|voters|democrats|republicans|conservatives|liberals|progressives|activists|"
    r"advocates|economists|scholars|historians|pundits|commentators|skeptics|sceptics|"
    r"detractors|those who|a number of|a growing number of|numerous)\b",
    re.I,
)
REPORT = re.compile(r"\b(reports?|media|news outlets?|newspapers?|paper|tabloids?)\b", re.I)
DENIAL_CUE = re.compile(
    r"\b(den(y|ies|ied|ying|ial)|reject|dismiss|refut|rebut|disput|declin|refus|no comment|"
    r"not (respond|return|comment|reply)|n't (respond|return|comment|reply)|unavailable|"
    r"could not be reached|couldn't be reached|did not answer|didn't answer)"
)
UNNAMED = ("anonymous-source", "unverified-claim")
SKIP = re.compile(r"\b(polls?|surveys?)\b", re.I)
CUE = re.compile(
    r"\b(say|said|says|saying|argu|believ|think|thought|worr|fear|warn|claim|contend|insist|"
    r"suggest|predict|expect|doubt|question|wonder|complain|accus|criticiz|criticis|told|tell|"
    r"note|point|concern|assert|maintain|agree|describ|charg|acknowledg|admit|lament|speculat|"
    r"accord|report|confirm|den(y|ied|ies)|declin|refus)"
)
NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def family(source):
    s = source.strip().lstrip("“\"'")
    if SKIP.search(s) or NAME.search(s[1:]):
        return None
    if ANONYMOUS.match(s):
        return "anonymous"
    if VAGUE.match(s):
        return "vague"
    if REPORT.search(s):
        return "report"
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True)
    ap.add_argument("--devdata", required=True)
    ap.add_argument("--family", choices=("anonymous", "vague", "report", "denial"))
    ap.add_argument("--show", type=int, default=60, help="groups of misses to print")
    a = ap.parse_args()
    held = held_out(a.devdata)
    docs = [d for d in load(os.path.join(a.devdata, "polnear-train.jsonl"))
            if doc_key(d["id"]) not in held]
    files = credcheck_files(a.bin, docs)
    hit, miss = collections.Counter(), collections.Counter()
    groups = collections.defaultdict(list)
    for i, d in enumerate(docs):
        text, offsets = d["text"], byte_offsets(d["text"])
        findings = [(f["span"]["start"], f["span"]["end"], f.get("category"))
                    for f in files.get(i, {}).get("findings", [])]
        for att in d["attributions"]:
            source = " ".join(text[s["start"]:s["end"]] for s in att.get("source", []))
            cue = " ".join(text[s["start"]:s["end"]] for s in att.get("cue", [])).lower()
            if DENIAL_CUE.search(cue):
                fam, wanted = "denial", ("denial",)
            else:
                fam, wanted = (family(source) if source else None), UNNAMED
                if not fam or not CUE.search(cue):
                    continue
            if a.family and fam != a.family:
                continue
            spans = att.get("source", []) + att.get("cue", [])
            lo, hi = min(s["start"] for s in spans), max(s["end"] for s in spans)
            # (A finding anywhere in the attribution's sentence: a rule may mark the cue, the
            # source or a phrase beside them.)
            s0 = max(text.rfind(". ", 0, lo), text.rfind("\n", 0, lo)) + 1
            s1 = min((x for x in (text.find(". ", hi), text.find("\n", hi)) if x >= 0),
                     default=len(text))
            b0, b1 = offsets[s0], offsets[s1]
            if any(f0 < b1 and f1 > b0 and c in wanted for f0, f1, c in findings):
                hit[fam] += 1
                continue
            miss[fam] += 1
            line0 = text.rfind("\n", 0, lo) + 1
            line1 = text.find("\n", hi)
            line1 = len(text) if line1 < 0 else line1
            context = text[max(line0, lo - 160):min(line1, hi + 160)].replace("\n", " ")
            key = " ".join(source.lower().split()[:2])
            groups[key].append(f"[{cue}] {context}")
    for fam in sorted(set(hit) | set(miss)):
        total = hit[fam] + miss[fam]
        print(f"{fam:10} flagged {hit[fam]:4} of {total:4} ({hit[fam] / total:.2f})")
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1]))[: a.show]:
        print(f"## {key} ({len(rows)})")
        for r in rows[:3]:
            print("   ", r)


if __name__ == "__main__":
    main()
