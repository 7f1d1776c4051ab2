#!/bin/sh
# Runs an engine benchmark main class from the engine's test sources.
# Usage: releng/bench/run.sh SmmBenchmark [benchmark options]
# Environment: BENCH_HEAP (default 6g) sets -Xmx; BENCH_NO_BUILD=1 skips the test-compile step.
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
name=${1:?usage: run.sh BenchmarkClass [args]}
shift
engine="$repo/plugins/io.spikemix.engine"
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  (cd "$repo" && ./mvnw -B -q test-compile -pl plugins/io.spikemix.engine)
fi
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
cp="$engine/target/classes:$engine/target/test-classes"
for jar in "$m2"/org/ejml/ejml-core/0.44.0/ejml-core-0.44.0.jar "$m2"/org/ejml/ejml-ddense/0.44.0/ejml-ddense-0.44.0.jar \
    "$m2"/com/fasterxml/aalto-xml/1.3.3/aalto-xml-1.3.3.jar "$m2"/org/codehaus/woodstox/stax2-api/4.2.2/stax2-api-4.2.2.jar; do
  cp="$cp:$jar"
done
exec java -Xmx"${BENCH_HEAP:-6g}" -Dspikemix.shared="$repo/../shared" -cp "$cp" "io.spikemix.engine.bench.$name" "$@"
