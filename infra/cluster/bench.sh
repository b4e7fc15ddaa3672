#!/usr/bin/env bash
# Wave benchmarks through HAProxy with one app node and then with two (infra/cluster/cluster.sh), the
# load generator (ClusterWaveBenchmark, a JVM of its own) on the same machine. Prints, per node count
# and operation: requests/s, p50/p99, errors and the server CPU per request (app JVMs + PostgreSQL
# backends, from /proc), then the 2-core nodes a wave of 4,500, a province of 36,000 and 400,000
# concurrent learners would need (derived). Not a test: docs/benchmarks.md ("Cluster") has the figures.
#
#   infra/cluster/bench.sh [node counts, default "1 2"]
#
# Settings: BENCH_SECONDS=60 (each phase), BENCH_WARMUP=15, BENCH_LEARNERS=200, BENCH_THINK_MS=500,
# BENCH_HEARTBEAT_MS=1000, BENCH_BUILD=1, BENCH_LB_PORT=8190, BENCH_NODE_PORTS="8093 8094", BENCH_DB=hocso_bench_cluster,
# HOCSO_KEYCLOAK_URL (a running Keycloak with the demo realm; started by cluster.sh if none answers).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
COUNTS=("${@:-1 2}")
read -r -a COUNTS <<<"${COUNTS[*]}"
export HOCSO_CLUSTER_LB_PORT="${BENCH_LB_PORT:-8190}"
export HOCSO_CLUSTER_NODE_PORTS="${BENCH_NODE_PORTS:-8093 8094}"
export HOCSO_CLUSTER_DB="${BENCH_DB:-hocso_bench_cluster}"
export HOCSO_CLUSTER_RUN="${BENCH_RUN:-$ROOT/.run/cluster-bench}"
export HOCSO_CLUSTER_FRESH_DB=1
export HOCSO_CLUSTER_JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"
OUT="$ROOT/.run/cluster-bench/report-$(date -u +%Y%m%dT%H%M%SZ).txt"
mkdir -p "$(dirname "$OUT")"

# The jar and the benchmark class are built once, before any cluster runs (BENCH_BUILD=0: use what is built).
if [[ "${BENCH_BUILD:-1}" == 1 ]]; then
  ./mvnw -q -DskipTests package -pl backend
  ./mvnw -q -pl backend test-compile
fi

trap 'infra/cluster/cluster.sh stop >/dev/null 2>&1 || true' EXIT
{
  echo "Học Số cluster benchmark, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes'), $(nproc) cores"
} | tee "$OUT"
for n in "${COUNTS[@]}"; do
  export HOCSO_CLUSTER_NODES="$n"
  infra/cluster/cluster.sh stop >/dev/null 2>&1 || true
  infra/cluster/cluster.sh start
  pids="$(infra/cluster/cluster.sh pids | paste -sd, -)"
  echo "=== $n node(s): PIDs $pids; load average before: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
  ./mvnw -q -pl backend surefire:test -Dtest=ClusterWaveBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbenchmark.url="http://127.0.0.1:$HOCSO_CLUSTER_LB_PORT" \
    -Dbenchmark.db-url="jdbc:postgresql://127.0.0.1:5432/$HOCSO_CLUSTER_DB" \
    -Dbenchmark.pids="$pids" -Dbenchmark.seconds="${BENCH_SECONDS:-60}" -Dbenchmark.warmup="${BENCH_WARMUP:-15}" \
    -Dbenchmark.learners="${BENCH_LEARNERS:-200}" -Dbenchmark.think-ms="${BENCH_THINK_MS:-500}" \
    -Dbenchmark.heartbeat-ms="${BENCH_HEARTBEAT_MS:-1000}" \
    -Dhocso.keycloak.url="${HOCSO_KEYCLOAK_URL:-http://127.0.0.1:8180}" >/dev/null 2>&1 || true
  if [[ -f backend/target/cluster-wave-benchmark.txt ]]; then
    cat backend/target/cluster-wave-benchmark.txt | tee -a "$OUT"
    rm -f backend/target/cluster-wave-benchmark.txt
  else
    echo "the benchmark failed: see backend/target/surefire-reports/*ClusterWaveBenchmark*" | tee -a "$OUT"
  fi
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT"
  infra/cluster/cluster.sh stop
done
echo "report: $OUT"
