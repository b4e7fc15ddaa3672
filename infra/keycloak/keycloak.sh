#!/usr/bin/env bash
# Học Số — local Keycloak for development, demos and tests.
#
#   infra/keycloak/keycloak.sh fetch            download + unpack Keycloak into .run/ (via Maven Central)
#   infra/keycloak/keycloak.sh start [--no-wait] start on http://127.0.0.1:8180 with the demo realm `hocso`
#                                               (the production template + the demo/test additions, merged by jq)
#   infra/keycloak/keycloak.sh stop             stop the Keycloak this script started (recorded PID only)
#   infra/keycloak/keycloak.sh status           is it up? which PID?
#
# Dev only: start-dev mode, H2 file database, bootstrap admin admin/admin (master realm); theme files
# cached and gzipped as in production (KC_THEME_CACHE=false to edit the theme without restarts).
# Uses the JDK in $JAVA_HOME if set (Keycloak 26 runs on 17+), else `java` on PATH.
set -euo pipefail
# shellcheck source=../lib/services.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib/services.sh"

KC_VERSION="${KC_VERSION:-26.7.3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="$ROOT/.run"
KC_HOME="$RUN_DIR/keycloak-$KC_VERSION"
KC_PORT="${KC_PORT:-8180}"
KC_HOST="127.0.0.1"
KC_URL="http://$KC_HOST:$KC_PORT"
REALM="hocso"
# The realm imported here = the production template + the demo/test additions (docs/security.md).
REALM_TEMPLATE="$ROOT/infra/keycloak/hocso-realm-template.json"
REALM_ADDITIONS="$ROOT/seed-data/keycloak/hocso-realm-demo.json"
REALM_FILE="$RUN_DIR/hocso-realm.json"
PID_FILE="$RUN_DIR/keycloak.pid"
LOG_FILE="$RUN_DIR/keycloak.log"
STAMP_FILE="$RUN_DIR/keycloak-realm.sha256"
START_TIMEOUT="${KC_START_TIMEOUT:-240}"
READY_URL="$KC_URL/realms/$REALM/.well-known/openid-configuration"

log() { printf '[keycloak] %s\n' "$*"; }
die() { printf '[keycloak] ERROR: %s\n' "$*" >&2; exit 1; }

is_up() { curl -fsS -o /dev/null --max-time 3 "$READY_URL" 2>/dev/null; }

# PID recorded by `start`, printed only if that process is still alive and is our Keycloak
# (kc.sh from our dist dir, or the java it exec'd into after an automatic rebuild; same PID).
our_pid() { recorded_pid "$PID_FILE" "$KC_HOME"; }

cmd_fetch() {
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    log "Keycloak $KC_VERSION already present in ${KC_HOME#"$ROOT"/}"
    return 0
  fi
  mkdir -p "$RUN_DIR/dl"
  local zip="$RUN_DIR/dl/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -s "$zip" ]]; then
    log "Fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip through Maven (~177 MB, cached in ~/.m2)…"
    (cd "$ROOT" && ./mvnw -N -B -q dependency:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$RUN_DIR/dl") || die "Maven could not fetch the Keycloak distribution"
  fi
  [[ -s "$zip" ]] || die "missing $zip after download"
  log "Unpacking into ${RUN_DIR#"$ROOT"/}/…"
  rm -rf "$RUN_DIR/unpack.tmp" && mkdir -p "$RUN_DIR/unpack.tmp"
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$RUN_DIR/unpack.tmp"
  else
    (cd "$RUN_DIR/unpack.tmp" && jar xf "$zip") || die "need unzip or a JDK's jar tool"
  fi
  [[ -f "$RUN_DIR/unpack.tmp/keycloak-$KC_VERSION/bin/kc.sh" ]] || die "unexpected zip layout"
  rm -rf "$KC_HOME"
  mv "$RUN_DIR/unpack.tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$RUN_DIR/unpack.tmp"
  chmod +x "$KC_HOME"/bin/*.sh
  rm -f "$zip"   # the zip stays in ~/.m2; no need for a second copy
  log "Keycloak $KC_VERSION ready in ${KC_HOME#"$ROOT"/}"
}

merge_realm() {
  [[ -f "$REALM_TEMPLATE" && -f "$REALM_ADDITIONS" ]] || die "realm files not found: $REALM_TEMPLATE, $REALM_ADDITIONS"
  command -v jq >/dev/null || die "jq is needed to merge the realm files (apt-get install jq)"
  mkdir -p "$RUN_DIR"
  jq -s -f "$ROOT/infra/keycloak/merge-realm.jq" "$REALM_TEMPLATE" "$REALM_ADDITIONS" > "$REALM_FILE.tmp" \
    || die "could not merge $REALM_TEMPLATE and $REALM_ADDITIONS"
  mv "$REALM_FILE.tmp" "$REALM_FILE"
}

cmd_start() {
  local wait=1
  [[ "${1:-}" == "--no-wait" ]] && wait=0
  if is_up; then
    log "already answering at $KC_URL (realm $REALM) — not starting another"
    return 0
  fi
  local pid
  if pid="$(our_pid)"; then
    log "already starting (PID $pid)"
  else
    [[ -x "$KC_HOME/bin/kc.sh" ]] || cmd_fetch
    merge_realm
    if command -v ss >/dev/null && ss -ltn "sport = :$KC_PORT" | grep -q LISTEN; then
      die "port $KC_PORT is taken by another process (not the hocso realm) — free it or set KC_PORT"
    fi
    # Import uses IGNORE_EXISTING: when the realm file changed since the last import, start from a
    # fresh dev database so the new realm applies (all Keycloak dev data is demo data).
    local sum
    sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
    if [[ -d "$KC_HOME/data/h2" && "$(cat "$STAMP_FILE" 2>/dev/null)" != "$sum" ]]; then
      log "realm file changed since last import — wiping Keycloak's dev database (data/h2)"
      rm -rf "$KC_HOME/data/h2"
    fi
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_FILE" "$KC_HOME/data/import/hocso-realm.json"
    # Học Số's login theme (used when the realm's loginTheme is "hocso"): copied fresh at every start.
    rm -rf "$KC_HOME/themes/hocso"
    cp -r "$ROOT/infra/keycloak/themes/hocso" "$KC_HOME/themes/hocso"
    echo "$sum" > "$STAMP_FILE"

    log "starting Keycloak $KC_VERSION on $KC_URL (java: ${JAVA_HOME:-$(command -v java)}) — log: ${LOG_FILE#"$ROOT"/}"
    START_EPOCH="$(date +%s)"
    echo "$START_EPOCH" > "$RUN_DIR/keycloak.started"
    # Dev-only bootstrap admin for the master realm; never use these credentials outside a laptop/CI.
    # --hostname as a full URL (hostname v2) fixes the issuer to http://127.0.0.1:8180/realms/hocso
    # whichever host name the request used (localhost or 127.0.0.1); backchannel URLs follow it too.
    # start-dev turns the theme caches off, so every login page would send its stylesheet and scripts
    # again, uncompressed (Cache-Control: no-cache): on a slow phone that is a round trip and bytes per
    # visit (issue 14). The caches on, as `kc.sh start` has them: theme files for 30 days and gzipped.
    # KC_THEME_CACHE=false while editing the theme (then every change shows without a restart).
    local theme_cache="${KC_THEME_CACHE:-true}" static_max_age=2592000
    [[ "$theme_cache" == true ]] || static_max_age=-1
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
      setsid nohup "$KC_HOME/bin/kc.sh" start-dev \
        --http-port "$KC_PORT" --http-host "$KC_HOST" \
        --hostname "$KC_URL" --hostname-strict false \
        --spi-theme--cache-themes="$theme_cache" --spi-theme--cache-templates="$theme_cache" \
        --spi-theme--static-max-age="$static_max_age" \
        --import-realm \
        > "$LOG_FILE" 2>&1 < /dev/null &
    pid=$!
    sleep 0.5
    if ! tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$KC_HOME"; then
      # setsid forked (we were a process-group leader): find kc.sh/java from our dist dir instead
      pid="$(pgrep -o -f -- "$KC_HOME/" || echo "$pid")"
    fi
    # kc.sh runs java as a child and, after its automatic rebuild, execs java in its own PID: the PID
    # recorded here stays valid for the whole life of the server; SIGTERM to it stops Keycloak.
    echo "$pid" > "$PID_FILE"
    log "PID $pid"
  fi
  if [[ $wait == 1 ]]; then
    wait_ready "$pid"
  else
    # Restrict the service accounts as soon as the realm answers, while the caller goes on.
    ( while ! is_up; do kill -0 "$pid" 2>/dev/null || exit 0; sleep 2; done; restrict_service_accounts ) \
      > "$RUN_DIR/keycloak-restrict.log" 2>&1 < /dev/null &
  fi
}

# The demo/test realm's service accounts get only what the app needs (fine-grained admin permissions).
restrict_service_accounts() {
  KC_URL="$KC_URL" "$ROOT/infra/keycloak/restrict-service-account.sh" "$REALM" hocso-backend hocso-backend-test
}

wait_ready() {
  local pid="$1" start now elapsed last=0
  start="$(cat "$RUN_DIR/keycloak.started" 2>/dev/null || date +%s)"
  while true; do
    if is_up; then
      now="$(date +%s)"
      log "ready at $KC_URL/realms/$REALM after $((now - start)) s (PID $pid)"
      restrict_service_accounts | sed 's/^/[keycloak] /'
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "Keycloak exited during start-up; last log lines:"
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      exit 1
    fi
    now="$(date +%s)"; elapsed=$((now - start))
    if (( elapsed >= START_TIMEOUT )); then
      log "not ready after ${START_TIMEOUT} s; last log lines:"
      tail -n 40 "$LOG_FILE" >&2 || true
      exit 1
    fi
    if (( elapsed - last >= 15 )); then
      last=$elapsed
      log "waiting… ${elapsed} s ($(tail -n 1 "$LOG_FILE" 2>/dev/null | cut -c1-120))"
    fi
    sleep 1
  done
}

cmd_stop() {
  local pid
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE"
    if is_up; then
      log "a Keycloak answers at $KC_URL but was not started by this script — leaving it alone"
    else
      log "not running"
    fi
    return 0
  fi
  log "stopping Keycloak (PID $pid)…"
  if ! terminate "$pid" 30; then
    log "still alive after 30 s — SIGKILL"
    # a java child left behind by kc.sh (only possible before its exec) — same session, ours
    pkill -KILL -s "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if is_up; then
    if pid="$(our_pid)"; then
      log "up at $KC_URL (realm $REALM), PID $pid (started by this script)"
    else
      log "up at $KC_URL (realm $REALM), not started by this script"
    fi
  elif pid="$(our_pid)"; then
    log "starting (PID $pid), not answering yet — log: ${LOG_FILE#"$ROOT"/}"
  else
    log "not running"
    return 3
  fi
}

case "${1:-}" in
  fetch)  cmd_fetch ;;
  start)  shift; cmd_start "$@" ;;
  wait)   pid="$(our_pid)" || { is_up && exit 0; die "no Keycloak starting"; }; wait_ready "$pid" ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 {fetch|start [--no-wait]|wait|stop|status}" >&2; exit 2 ;;
esac
