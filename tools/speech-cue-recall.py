#!/usr/bin/env python3
"""Cue and source recall of credcheck's attribution analysis on PolNeAR-style gold, overall and on
the gold attributions whose cue holds a reporting verb — from a FIXED list written once here, not
from the lexicon being tuned (so that adding a word to the lexicon cannot move the denominator).

    tools/speech-cue-recall.py --bin target/release/credcheck --gold DEVDATA/polnear-dev.jsonl

PolNeAR annotates reports of speech, thought, intention and action alike; this separates the
part a sourcing check is about (said, told, according to, denied…) from the rest. The gold format
is the one ../shared/eval/score.py reads (code-point offsets, turned into bytes here). The issue's
targets: cue precision >= 0.85 overall, and on reporting-verb attributions cue recall >= 0.95
and source recall >= 0.90. It also says how well the content (what was said) and the source (who
said it) agree with the gold on the reporting-verb attributions it finds.
"""
import argparse, re

from polnear_gold import byte_offsets, credcheck_files, load

# Written once, 2026-12-01; do not grow it to chase a number.
REPORTING_VERBS = set("""
said says say saying told tells tell telling stated states stating added adds adding wrote
writes writing according announced announces reported reports reporting claimed claims claim
claiming denied denies deny denying insisted insists insist argued argues argue explained
explains noted notes warned warns warn asked asks replied replies responded responds confirmed
confirms acknowledged acknowledges suggested suggests declared declares testified tweeted
emailed commented remarked admitted admits alleged alleges predicted predicts estimated
estimates recalled recalls conceded concedes contended contends maintained maintains
""".split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--gold", required=True)
    args = ap.parse_args()
    docs = load(args.gold)
    by = credcheck_files(args.bin, docs)
    total = hit = sp_total = sp_hit = sp_src_total = sp_src_hit = 0
    pred_total = pred_correct = 0
    ct_total = ct_half = 0
    ct_sum = 0.0
    sr_total = sr_exact = 0
    sr_sum = 0.0
    for i, doc in enumerate(docs):
        b = byte_offsets(doc["text"])
        tb = doc["text"].encode("utf-8")
        atts = by.get(i, {}).get("attributions", [])
        pred = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        # (cue span, content span) of each predicted attribution with a content.
        pcont = [((a["cue"]["start"], a["cue"]["end"]), (a["content"]["start"], a["content"]["end"]))
                 for a in atts if a.get("content")]
        psrc = [(a["source"]["start"], a["source"]["end"]) for a in atts if a.get("source")]
        # (cue span, source span) of each predicted attribution with a source.
        pcs = [((a["cue"]["start"], a["cue"]["end"]), (a["source"]["start"], a["source"]["end"]))
               for a in atts if a.get("source")]
        gold_cues = []
        for g in doc.get("attributions", []):
            cues = [(b[c["start"]], b[c["end"]]) for c in g.get("cue", [])]
            srcs = [(b[c["start"]], b[c["end"]]) for c in g.get("source", [])]
            gold_cues += cues
            if not cues:
                continue
            text = " ".join(tb[s:e].decode("utf-8", "replace").lower() for s, e in cues)
            is_speech = any(w in REPORTING_VERBS for w in re.findall(r"[a-z]+", text))
            found = any(ps < e and s < pe for ps, pe in pred for s, e in cues)
            total += 1
            hit += found
            if is_speech:
                sp_total += 1
                sp_hit += found
                conts = [(b[c["start"]], b[c["end"]]) for c in g.get("content", [])]
                if found and conts:
                    # Content agreement: the byte overlap of the gold content with the content
                    # of the credcheck attribution whose cue meets the gold cue (Jaccard; 0 if it
                    # has none), averaged, and the share of such attributions at 0.5 or more.
                    gold_bytes = set().union(*(range(s, e) for s, e in conts))
                    best = 0.0
                    for (cs, ce), (ps, pe) in pcont:
                        if any(cs < e and s < ce for s, e in cues):
                            got = set(range(ps, pe))
                            best = max(best, len(got & gold_bytes) / max(len(got | gold_bytes), 1))
                    ct_total += 1
                    ct_sum += best
                    ct_half += best >= 0.5
                if srcs:
                    sp_src_total += 1
                    sp_src_hit += any(ps < e and s < pe for ps, pe in psrc for s, e in srcs)
                if found and srcs:
                    # Source agreement, as for the content: the source of the credcheck
                    # attribution whose cue meets the gold cue against the gold source (Jaccard
                    # of the bytes; exact when the two agree but for spaces and punctuation).
                    gold_bytes = set().union(*(range(s, e) for s, e in srcs))
                    gold_words = re.findall(r"\w+", " ".join(
                        tb[s:e].decode("utf-8", "replace") for s, e in srcs).lower())
                    best, exact = 0.0, False
                    for (cs, ce), (ps, pe) in pcs:
                        if any(cs < e and s < ce for s, e in cues):
                            got = set(range(ps, pe))
                            best = max(best, len(got & gold_bytes) / max(len(got | gold_bytes), 1))
                            words = re.findall(r"\w+", tb[ps:pe].decode("utf-8", "replace").lower())
                            exact = exact or words == gold_words
                    sr_total += 1
                    sr_sum += best
                    sr_exact += exact
        if doc.get("attributions"):
            pred_total += len(pred)
            pred_correct += sum(any(ps < e and s < pe for s, e in gold_cues) for ps, pe in pred)
    print(f"gold attributions {total}: cue recall {hit / max(total, 1):.3f}; "
          f"predicted cues {pred_total}: cue precision {pred_correct / max(pred_total, 1):.3f}")
    print(f"with a reporting-verb cue {sp_total} ({sp_total / max(total, 1):.0%}): "
          f"cue recall {sp_hit / max(sp_total, 1):.3f}, "
          f"source recall {sp_src_hit / max(sp_src_total, 1):.3f} (of {sp_src_total} with a source)")
    print(f"content of the {ct_total} found with a gold content: mean overlap (Jaccard) "
          f"{ct_sum / max(ct_total, 1):.3f}, at 0.5 or more {ct_half / max(ct_total, 1):.3f}")
    print(f"source of the {sr_total} found with a gold source: mean overlap (Jaccard) "
          f"{sr_sum / max(sr_total, 1):.3f}, the same words {sr_exact / max(sr_total, 1):.3f}")


if __name__ == "__main__":
    main()
