# Sourced by tests/scale-out.sh: the counters and checks, and starting the app instances. Reads the settings and
# globals of the driver and of setup.sh (WORK, APP, CONNECTION, SMTP_PORT, BASE) when its functions run.

START=$(date +%s)
log() { printf "\n== %s (%d s)\n" "$*" "$(( $(date +%s) - START ))"; }
PASSED=0
FAILED=0
FAILURES=()
pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); FAILURES+=("$1"); printf 'FAIL  %s%s\n' "$1" "${2:+ — $2}"; }
check() { # check NAME DETAIL CONDITION-COMMAND...
  local name="$1" detail="$2"; shift 2
  if "$@"; then pass "$name"; else fail "$name" "$detail"; fi
}
missing_service() {
  if [[ "${CI:-}" == "true" ]]; then echo "FAIL  $1 (CI=true: a missing service fails)" >&2; exit 1; fi
  echo "SKIP  scale-out: $1 (set CI=true to fail instead)"; exit 0
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

app_env() { # app_env N: the environment of instance N (also used for --create-admin)
  local data="$WORK/data-$1"
  [[ "$SCALE_SHARED_DATA" == "1" ]] && data="$WORK/data-shared"
  local settings=(
    ASPNETCORE_ENVIRONMENT=Production
    Database__Provider=PostgreSql "Database__ConnectionString=$CONNECTION" "Database__DataDirectory=$data"
    "Instance__Id=app-$1"
    ReverseProxy__KnownProxies__0=127.0.0.1
    # The scripted users are administrators and heads: no authenticator app here (the 2FA tests run with the product default).
    Authentication__TwoFactorRequiredRoles=
    Smtp__Host=127.0.0.1 "Smtp__Port=$SMTP_PORT" Smtp__UseStartTls=false Smtp__From=decree73@scale.test
    "App__PublicBaseUrl=$BASE/"
    Notifications__InitialDelay=00:00:02 "Notifications__ReminderInterval=$SCALE_REMINDER_INTERVAL"
    "$SCALE_KEYS_SETTING" "$SCALE_FILES_SETTING"
  )
  # shellcheck disable=SC2206
  [[ -n "$SCALE_SETTINGS" ]] && settings+=($SCALE_SETTINGS)
  printf '%s\0' "${settings[@]}"
}
run_app() { # run_app N ARGS...: the published app from its folder (the content root), with instance N's settings
  local n="$1"; shift
  local env_args=()
  mapfile -d '' env_args < <(app_env "$n")
  (cd "$APP" && exec env "${env_args[@]}" dotnet Decree73.Web.dll "$@")
}
declare -A APP_PID
start_instance() { # start_instance N PORT: in the background; $! is the dotnet process itself (exec), so kill reaches it
  local env_args=()
  mapfile -d '' env_args < <(app_env "$1")
  (cd "$APP" && exec env "${env_args[@]}" dotnet Decree73.Web.dll --urls "http://127.0.0.1:$2") >> "$WORK/app-$1.log" 2>&1 &
  APP_PID[$1]=$!
  PIDS+=($!)
}
wait_ready() { # wait_ready N PORT
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "${APP_PID[$1]}" 2>/dev/null || { tail -30 "$WORK/app-$1.log"; return 1; }
    sleep 0.5
  done
  tail -30 "$WORK/app-$1.log"; return 1
}

# The hey reports of the benchmark: the status codes seen ("[200]300 [302]2 ") and one table row in $BENCH_ROWS.
hey_codes() { # hey_codes FILE
  grep -E '^\s+\[[0-9]+\]' "$1" | awk '{print $1 $2}' | tr '\n' ' ' || true
}
hey_row() { # hey_row FILE REQUEST NOTE: request, p50, p95 and p99 in ms, requests per second, note
  python3 - "$@" >> "$BENCH_ROWS" <<'PY'
import re, sys
out = open(sys.argv[1], encoding="utf-8", errors="replace").read()
def pct(p):
    m = re.search(r"\s%d%%+ in ([0-9.]+) secs" % p, out)
    return "%.1f" % (float(m.group(1)) * 1000) if m else ""
rps = re.search(r"Requests/sec:\s+([0-9.]+)", out)
print("\t".join([sys.argv[2], pct(50), pct(95), pct(99), "%.0f" % float(rps.group(1)) if rps else "", sys.argv[3].strip()]))
PY
}
