"""Shared by the PolNeAR tools: read gold in ../shared/eval/score.py's format and run credcheck on it."""
import json, os, subprocess, tempfile


def byte_offsets(text):
    """Byte offset of every code-point offset of `text` (gold offsets are code points)."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def credcheck_files(binary, docs):
    """credcheck's `check --format json` record for each document, by index."""
    with tempfile.TemporaryDirectory() as d:
        for i, doc in enumerate(docs):
            with open(os.path.join(d, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(doc["text"])
        out = subprocess.run([binary, "check", "--format", "json", "--exit-zero", d],
                             capture_output=True, text=True, check=True).stdout
    return {int(os.path.basename(f["path"])[:6]): f for f in json.loads(out)["files"]}
