#!/usr/bin/env bash
# Compiles the engine and its test classes, then runs a benchmark main class from the engine's test tree:
#   releng/bench/run-baselines.sh <MainClass> [args...]   (runs io.spikemix.engine.bench.<MainClass>;
#   a name with a dot is taken as fully qualified, e.g. io.spikemix.engine.gmm.EmStepBenchmark)
# JAVA_OPTS overrides the JVM options (default -Xmx6g).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
main="${1:?usage: run-baselines.sh <MainClass> [args...]}"
shift
cd "$repo"
./mvnw -B -q -o clean test-compile -pl plugins/io.spikemix.engine >/dev/null
m2="${MAVEN_REPO:-$HOME/.m2/repository}"
cp="plugins/io.spikemix.engine/target/classes:plugins/io.spikemix.engine/target/test-classes"
for jar in "$m2"/org/ejml/ejml-core/0.44.0/ejml-core-0.44.0.jar "$m2"/org/ejml/ejml-ddense/0.44.0/ejml-ddense-0.44.0.jar; do
  cp="$cp:$jar"
done
case "$main" in *.*) ;; *) main="io.spikemix.engine.bench.$main" ;; esac
exec java ${JAVA_OPTS:--Xmx6g} -cp "$cp" "$main" "$@"
