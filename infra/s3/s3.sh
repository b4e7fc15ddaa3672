#!/usr/bin/env bash
# Học Số — a local S3-compatible object store (S3Proxy) for development, the demo cluster and tests.
#
#   infra/s3/s3.sh fetch    download the S3Proxy jar into .run/ (via Maven Central)
#   infra/s3/s3.sh start    start it on http://127.0.0.1:8333 (S3_PORT), files under .run/s3/data, and
#                           create the bucket `hocso` (S3_BUCKET)
#   infra/s3/s3.sh stop     stop the S3Proxy this script started (recorded PID only)
#   infra/s3/s3.sh status   is it up? which PID?
#   infra/s3/s3.sh env      the HOCSO_STORAGE_* settings that point the app at it
#
# Local only: the access key and secret below are published in this repository (the app refuses the
# secret outside the demo profile: backend/src/main/resources/security/published-secrets.sha256).
# Production uses a real object store with its own account (docs/operations.md "Storage").
set -euo pipefail
# shellcheck source=../lib/services.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/services.sh"

S3PROXY_VERSION="${S3PROXY_VERSION:-2.7.0}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/.run"
S3_DIR="${S3_DIR:-$RUN_DIR/s3}"
JAR="$RUN_DIR/s3proxy-$S3PROXY_VERSION.jar"
S3_HOST="${S3_HOST:-127.0.0.1}"
S3_PORT="${S3_PORT:-8333}"
S3_URL="http://$S3_HOST:$S3_PORT"
S3_BUCKET="${S3_BUCKET:-hocso}"
S3_ACCESS_KEY="${S3_ACCESS_KEY:-hocso-dev}"
S3_SECRET_KEY="${S3_SECRET_KEY:-hocso-dev-s3-secret}"
PID_FILE="$S3_DIR/s3proxy-$S3_PORT.pid"
LOG_FILE="$S3_DIR/s3proxy-$S3_PORT.log"
CONF_FILE="$S3_DIR/s3proxy-$S3_PORT.properties"
START_TIMEOUT="${S3_START_TIMEOUT:-60}"

log() { printf '[s3] %s\n' "$*"; }
die() { printf '[s3] ERROR: %s\n' "$*" >&2; exit 1; }

java_bin() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then echo "$JAVA_HOME/bin/java"; else command -v java || die "no java on PATH"; fi
}

# Any S3 answer (403 without a signature) means it serves.
is_up() { curl -sS -o /dev/null --max-time 3 "$S3_URL/" 2>/dev/null; }

our_pid() { recorded_pid "$PID_FILE" "$CONF_FILE"; }

cmd_fetch() {
  if [[ -s "$JAR" ]]; then
    log "S3Proxy $S3PROXY_VERSION already present in ${JAR#"$ROOT"/}"
    return 0
  fi
  mkdir -p "$RUN_DIR/dl"
  log "Fetching org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies through Maven (~42 MB, cached in ~/.m2)…"
  (cd "$ROOT" && ./mvnw -N -B -q dependency:copy \
      -Dartifact="org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies" \
      -DoutputDirectory="$RUN_DIR/dl") || die "Maven could not fetch S3Proxy"
  mv "$RUN_DIR/dl/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar" "$JAR"
  log "S3Proxy $S3PROXY_VERSION ready in ${JAR#"$ROOT"/}"
}

# One signed S3 request with curl's SigV4 (curl ≥ 7.75).
s3_request() {
  local method="$1" path="$2"
  curl -sS -o /dev/null -w "%{http_code}" --max-time 10 -X "$method" \
    -H "x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" \
    --aws-sigv4 "aws:amz:us-east-1:s3" --user "$S3_ACCESS_KEY:$S3_SECRET_KEY" "$S3_URL$path"
}

create_bucket() {
  local code
  code="$(s3_request HEAD "/$S3_BUCKET" || true)"
  if [[ "$code" == 200 ]]; then
    log "bucket $S3_BUCKET present"
    return 0
  fi
  code="$(s3_request PUT "/$S3_BUCKET" || true)"
  [[ "$code" == 200 ]] || die "could not create bucket $S3_BUCKET (HTTP $code); log: ${LOG_FILE#"$ROOT"/}"
  log "bucket $S3_BUCKET created"
}

cmd_start() {
  if is_up; then
    if our_pid >/dev/null; then
      log "already up at $S3_URL"
      create_bucket
      return 0
    fi
    die "something else answers at $S3_URL — free port $S3_PORT or set S3_PORT"
  fi
  [[ -s "$JAR" ]] || cmd_fetch
  mkdir -p "$S3_DIR/data"
  cat > "$CONF_FILE" <<CONF
s3proxy.endpoint=$S3_URL
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_ACCESS_KEY
s3proxy.credential=$S3_SECRET_KEY
jclouds.provider=filesystem-nio2
jclouds.identity=$S3_ACCESS_KEY
jclouds.credential=$S3_SECRET_KEY
jclouds.filesystem.basedir=$S3_DIR/data
CONF
  log "starting S3Proxy $S3PROXY_VERSION on $S3_URL, files in ${S3_DIR#"$ROOT"/}/data — log: ${LOG_FILE#"$ROOT"/}"
  setsid nohup "$(java_bin)" -Xmx256m -XX:TieredStopAtLevel=1 -jar "$JAR" --properties "$CONF_FILE" \
    > "$LOG_FILE" 2>&1 < /dev/null &
  local pid=$!
  echo "$pid" > "$PID_FILE"
  local start now
  start="$(date +%s)"
  until is_up; do
    kill -0 "$pid" 2>/dev/null || { tail -n 20 "$LOG_FILE" >&2; rm -f "$PID_FILE"; die "S3Proxy exited during start-up"; }
    now="$(date +%s)"
    (( now - start < START_TIMEOUT )) || { tail -n 20 "$LOG_FILE" >&2; die "not answering after ${START_TIMEOUT} s"; }
    sleep 0.5
  done
  log "ready at $S3_URL after $(( $(date +%s) - start )) s (PID $pid)"
  create_bucket
}

cmd_stop() {
  local pid
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE"
    log "not running (started by this script)"
    return 0
  fi
  log "stopping S3Proxy (PID $pid)…"
  terminate "$pid" 10 || log "still alive after 10 s — killed"
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if pid="$(our_pid)"; then
    if is_up; then log "up at $S3_URL, bucket $S3_BUCKET, PID $pid"; else log "starting (PID $pid)"; fi
  elif is_up; then
    log "something answers at $S3_URL, not started by this script"
  else
    log "not running"
    return 3
  fi
}

cmd_env() {
  cat <<ENV
HOCSO_STORAGE_TYPE=s3
HOCSO_STORAGE_S3_ENDPOINT=$S3_URL
HOCSO_STORAGE_S3_BUCKET=$S3_BUCKET
HOCSO_STORAGE_S3_ACCESS_KEY=$S3_ACCESS_KEY
HOCSO_STORAGE_S3_SECRET_KEY=$S3_SECRET_KEY
ENV
}

case "${1:-}" in
  fetch)  cmd_fetch ;;
  start)  cmd_start ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  env)    cmd_env ;;
  *) echo "usage: $0 {fetch|start|stop|status|env}" >&2; exit 2 ;;
esac
