#!/usr/bin/env bash
# credcheck's end-to-end time on a folder of drafts as a ratio to ripgrep's scan of the same
# folder for the 163 sourcing phrases in tools/bench/sourcing-phrases.rg, with write-good and
# proselint doing the same phrase scan for scale. Prints a Markdown table (the README's
# "Performance" section) and peak memory.
#
#   tools/bench-vs-ripgrep.sh FOLDER [RUNS]
#
# Needs cargo and python3; installs ripgrep and hyperfine with cargo if they are missing, and
# write-good (npm) and proselint (PyPI) into a cache folder — a peer that cannot be installed is
# skipped, and the table says so. Machines are noisy: compare ratios from one run, not times.
set -euo pipefail

dir=${1:?usage: tools/bench-vs-ripgrep.sh FOLDER [RUNS]}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
phrases=$root/tools/bench/sourcing-phrases.rg
cache=${CREDCHECK_BENCH_CACHE:-$root/target/bench-peers}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$cache"
export PATH="$HOME/.cargo/bin:$PATH"

(cd "$root" && cargo build --release --quiet -p credcheck-cli)
cc=$root/target/release/credcheck
command -v rg >/dev/null || cargo install --quiet --locked ripgrep
command -v hyperfine >/dev/null || cargo install --quiet --locked hyperfine --version '~1.19'

cmds=(
  "rg --no-config --no-unicode -i -c -f $phrases $dir"
  "$cc check --progress never --format json $dir"
  "$cc check --progress never --format full --color never $dir"
  "$cc check --progress never --format concise $dir"
)
names=("ripgrep (163 phrases)" "credcheck --format json" "credcheck --format full" "credcheck --format concise")
skipped=()

if command -v npm >/dev/null && { [ -d "$cache/node/node_modules/write-good" ] ||
  npm install --silent --prefix "$cache/node" write-good >/dev/null 2>&1; }; then
  cmds+=("node $root/tools/bench/write-good-scan.js $cache/node/node_modules $phrases $dir")
  names+=("write-good (same phrases)")
else
  skipped+=("write-good (npm install failed or npm missing)")
fi
if { [ -x "$cache/py/bin/python" ] || python3 -m venv "$cache/py" >/dev/null 2>&1; } &&
  "$cache/py/bin/pip" install --quiet 'proselint>=0.16,<0.17' >/dev/null 2>&1; then
  cmds+=("$cache/py/bin/python $root/tools/bench/proselint-scan.py $phrases $dir")
  names+=("proselint (same phrases)")
else
  skipped+=("proselint (pip install failed)")
fi

# credcheck exits 1 when it finds something: not a failure here.
hyperfine -N --warmup 1 --runs "$runs" -i --export-json "$out/h.json" "${cmds[@]}" >&2

rss() { /usr/bin/time -f %M "$@" >/dev/null 2>"$out/t" || true; tail -1 "$out/t"; }
peak_json=$(rss "$cc" check --progress never --format json "$dir")
peak_rg=$(rss rg --no-config --no-unicode -i -c -f "$phrases" "$dir")

python3 - "$out/h.json" "$dir" "$peak_json" "$peak_rg" "${names[@]}" <<'PY'
import json, os, sys
h = json.load(open(sys.argv[1]))["results"]
folder, peak_json, peak_rg = sys.argv[2], sys.argv[3], sys.argv[4]
names = sys.argv[5:]
size = files = 0
for root, _, fs in os.walk(folder):
    for f in fs:
        if f.endswith((".txt", ".md")):
            files += 1
            size += os.path.getsize(os.path.join(root, f))
mb = size / 1e6
base = h[0]["mean"]
print(f"Folder: {files} drafts, {mb:.1f} MB; {os.cpu_count()} cores.\n")
print("| tool | time (s) | × ripgrep | MB/s per core |")
print("|---|---|---|---|")
for name, r in zip(names, h):
    cpu = r["user"] + r["system"]
    print(f"| {name} | {r['mean']:.2f} ± {r['stddev']:.2f} | {r['mean'] / base:.1f}× | {mb / cpu:.1f} |")
print(f"\nPeak RSS: credcheck --format json {int(peak_json) / 1024:.0f} MB, ripgrep {int(peak_rg) / 1024:.0f} MB.")
PY
for s in "${skipped[@]}"; do echo "skipped: $s"; done
