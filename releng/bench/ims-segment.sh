#!/bin/sh
# The whole main job at the paper's IMS scale (issue 15 item 5): writes a rat-brain-sized continuous imzML
# (572,832 spectra x BINS m/z bins, float32; 8,000 bins = 18.3 GB), runs
#   spikemix segment --pick-peaks 843 --k 12 --tic --preset ims
# on it with the heap capped at 6 GB (far below the raw size), prints wall time, CPU time and peak memory, and
# deletes the generated files and the report afterwards.
# Usage: releng/bench/ims-segment.sh [WORKDIR=/tmp] [BINS=8000] [none|zlib]
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
work="${1:-/tmp}/spikemix-ims-segment"
bins="${2:-8000}"
compression="${3:-none}"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
BENCH_HEAP=2g "$repo/releng/bench/run.sh" RatBrainImzml "$work" "$bins" 843 "$compression"
cd "$repo"
SPIKEMIX_JAVA_OPTS=-Xmx6g /usr/bin/time -v ./spikemix segment --input "$work/ratbrain.imzML" --pick-peaks 843 \
    --k 12 --tic --preset ims --threads 2 --out "$work/report" 2>&1 | tee "$work/segment.log" | grep -v '^\s*$' | tail -40
python3 - "$work/report/summary.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print("total_s", round(s["total_s"], 1))
for m in s["methods"]:
    print(m["method"], "total_s", round(m["total_s"], 1), "iterations", m["iterations"], "fitted_pixels",
          m["fitted_pixels"], "sampled", m["sampled"])
PY
