#!/bin/sh
# Runs the reader benchmark (io.spikemix.engine.bench.ReaderBenchmark from the engine's test sources).
# Usage: releng/bench/run-readers.sh [workDir] [enviMiB=1024] [imzmlSpectra=500000] [imzmlBands=200]
# Environment: BENCH_HEAP (default 4g) sets -Xmx; BENCH_NO_BUILD=1 skips the test-compile step.
# Needs about 1.5 GB of free disk in workDir (default: java.io.tmpdir); the generated files are deleted at the end.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
engine="$repo/plugins/io.spikemix.engine"
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  (cd "$repo" && ./mvnw -B -q test-compile -pl plugins/io.spikemix.engine)
fi
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
cp="$engine/target/classes:$engine/target/test-classes"
for jar in "$m2"/us/hebi/matlab/mat/mfl-core/0.5.15/mfl-core-0.5.15.jar "$m2"/io/jhdf/jhdf/0.13.0/jhdf-0.13.0.jar \
    "$m2"/com/fasterxml/aalto-xml/1.3.3/aalto-xml-1.3.3.jar "$m2"/org/codehaus/woodstox/stax2-api/4.2.2/stax2-api-4.2.2.jar; do
  cp="$cp:$jar"
done
exec java -Xmx"${BENCH_HEAP:-4g}" -cp "$cp" io.spikemix.engine.bench.ReaderBenchmark "$@"
