"""proselint (0.16) over every .txt/.md draft under a folder, with only one check enabled: an
existence check of the sourcing phrases in sourcing-phrases.rg, so that it does the same phrase
scan as ripgrep. Usage: python proselint-scan.py PHRASES DIR"""
import os
import sys

from proselint.config import DEFAULT
from proselint.registry import CheckRegistry
from proselint.registry.checks import Check, types
from proselint.tools import LintFile

phrases_file, folder = sys.argv[1], sys.argv[2]
phrases = tuple(
    line.strip().replace("\\b", "") for line in open(phrases_file, encoding="utf-8") if line.strip()
)
CheckRegistry().register(
    Check(check_type=types.Existence(items=phrases), path="sourcing", message="sourcing phrase")
)
config = dict(DEFAULT)
config["checks"] = {"sourcing": True, **{k: False for k in DEFAULT["checks"] if k != "sourcing"}}
config["max_errors"] = 1_000_000

files = found = 0
for root, _, names in os.walk(folder):
    for name in names:
        if name.endswith((".txt", ".md")):
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                found += len(LintFile(path, f.read()).lint(config))
            files += 1
print(f"{files} files, {found} findings")
