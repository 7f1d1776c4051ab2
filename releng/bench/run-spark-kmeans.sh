#!/usr/bin/env bash
# k-means seconds per Lloyd iteration, engine vs Spark local[1]/local[2], for docs/scale-out.md.
# Usage: releng/bench/run-spark-kmeans.sh DIR [N] [ITERATIONS]   (default N = 572,832, d = 843, K = 12, 8 iterations)
# Generates DIR/spark-kmeans.npy (N x 843 float32; 1.9 GB at the default N) unless present, then runs
# io.spikemix.spark.bench.KMeansScaleBench for the engine (2 threads), local[1] and local[2] (16 partitions).
# Needs a built module: ./mvnw -B -ntp -o clean verify -DskipTests -pl plugins/io.spikemix.engine,plugins/io.spikemix.spark
# Set WHERE to run a subset, e.g. WHERE="local[2]".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIR=$1; N=${2:-572832}; ITERS=${3:-8}
T="$ROOT/plugins/io.spikemix.spark/target"
DATA="$DIR/spark-kmeans.npy"
[[ -f "$DATA" ]] || python3 "$ROOT/releng/bench/spark-kmeans-data.py" "$N" 843 12 7 "$DATA"
CP="$T/spikemix-spark.jar:$T/test-classes:$(cat "$T/spark-classpath.txt")"
OPENS=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED)
for where in ${WHERE:-engine local[1] local[2]}; do
  echo "== $where, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB" java -Xmx14g "${OPENS[@]}" -cp "$CP" \
    io.spikemix.spark.bench.KMeansScaleBench "$DATA" 12 "$ITERS" "$where" 16 2 2>&1 | grep -v "INFO\|WARN\|SLF4J"
done
