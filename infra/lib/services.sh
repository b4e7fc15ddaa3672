# Học Số — what the scripts that run a local service (infra/keycloak/keycloak.sh, infra/s3/s3.sh)
# share: the PID they recorded, checked to still be theirs, and a graceful stop. Sourced, not run.

# Prints the PID recorded in file $1 if that process is alive and its command line contains $2
# (so a PID reused by another program is never taken for ours); fails otherwise.
recorded_pid() {
  local file="$1" marker="$2" pid
  [[ -f "$file" ]] || return 1
  pid="$(tr -dc '0-9' < "$file")"
  [[ -n "$pid" ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker" || return 1
  echo "$pid"
}

# SIGTERM to PID $1, then up to $2 seconds for it to end; SIGKILL if it is still there.
# Returns 1 when it had to kill.
terminate() {
  local pid="$1" seconds="$2" _
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 "$((seconds * 2))"); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -KILL "$pid" 2>/dev/null || true
  return 1
}
