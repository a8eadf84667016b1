#!/usr/bin/env bash
# Security scan (docs/security.md "Scanner runs"): wapiti and sqlmap against the app on 127.0.0.1, signed in.
#
# Not part of tests/run.sh: it takes 15-40 minutes. Installs wapiti and sqlmap from Debian if missing, builds Release,
# seeds a small province (tools/Decree73.Benchmarks --seed-only, as scripts/http-benchmark.sh does) into a fresh data
# folder, starts the app in Production on a free loopback port (second factor switched off for the scan:
# Authentication__TwoFactorRequiredRoles empty; sign-in rate limits raised so the attacks reach the code), signs in
# through the login form as a unit head, an officer (proposer) and an Interior officer (curl cookie jars), then:
#   1. wapiti (modules exec, file, sql, blindsql, xss, permanentxss, redirect, csrf, xxe, ssrf, crlf) as the head and as
#      the officer, with the session cookie, sign-out and change-password excluded (they would end the session),
#      bounded by --max-scan-time / --max-attack-time, depth and links per page;
#   2. sqlmap --batch --level 3 --risk 2 on the GET filters of the list pages, the ids in the paths (marker *), the
#      export format and the login form (POST, antiforgery token refreshed with --csrf-token/--csrf-url), each
#      bounded by `timeout`.
# Then parses the results (wapiti's JSON report: vulnerabilities and anomalies such as "Internal Server Error";
# sqlmap's log of injection points and its "HTTP error codes" line) and the app log (unhandled exceptions), prints a
# summary and exits non-zero on anything above informational.
#
# Usage: tests/security-scan.sh [--no-build] [--keep] [--quick]
#   --no-build  reuse the Release build of an earlier run
#   --keep      keep the work folder (reports, app log, data folder)
#   --quick     short bounds (2 min per wapiti run, 40 s per sqlmap target): a smoke test of the script itself
#   --no-wapiti, --no-sqlmap  leave one tool out (the verdict then covers the other only)
# Environment: SCAN_PROPOSALS (300), SCAN_WAPITI_SECONDS (420 per user), SCAN_SQLMAP_SECONDS (120 per target),
#              SCAN_SUMMARY (file to which the summary is also written)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

BUILD=1
KEEP=0
RUN_WAPITI=1
RUN_SQLMAP=1
PROPOSALS="${SCAN_PROPOSALS:-300}"
WAPITI_SECONDS="${SCAN_WAPITI_SECONDS:-420}"
SQLMAP_SECONDS="${SCAN_SQLMAP_SECONDS:-120}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    --quick) WAPITI_SECONDS=120; SQLMAP_SECONDS=40; shift ;;
    --no-wapiti) RUN_WAPITI=0; shift ;;
    --no-sqlmap) RUN_SQLMAP=0; shift ;;
    -h|--help) sed -n 2,25p "$0"; exit 0 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done

START=$(date +%s)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
log() { printf "\n== %s (%d s)\n" "$*" "$(( $(date +%s) - START ))"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- Debian packages ------------------------------------------------------------------------------------------------
log "Tools"
missing=()
command -v wapiti >/dev/null 2>&1 || missing+=(wapiti)
command -v sqlmap >/dev/null 2>&1 || missing+=(sqlmap)
for tool in curl python3; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "installing: ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
WAPITI_VERSION=$(wapiti --version 2>/dev/null | grep -o 'Wapiti[- ][0-9.]*' | head -1 | tr ' ' '-')
SQLMAP_VERSION=$(sqlmap --version 2>/dev/null | head -1)
echo "$WAPITI_VERSION, sqlmap $SQLMAP_VERSION"
# The modules of the scan (injection, XSS, files, redirect, CSRF, XXE, SSRF, CRLF), as far as this wapiti has them
# (3.0.4 calls the time-based SQL module "blindsql").
AVAILABLE=$(wapiti --list-modules 2>/dev/null | grep -oE '^\s+[a-z_]+' | tr -d ' \t' | tr '\n' ' ')
MODULES=()
for m in exec file sql blindsql timesql xss permanentxss redirect csrf xxe ssrf crlf; do
  [[ " $AVAILABLE " == *" $m "* ]] && MODULES+=("$m")
done
MODULE_LIST=$(IFS=,; echo "${MODULES[*]}")
echo "wapiti modules: $MODULE_LIST"

# --- Build and seed -------------------------------------------------------------------------------------------------
if [[ $BUILD -eq 1 ]]; then
  log "Build (Release, warnings as errors)"
  dotnet build tools/Decree73.Benchmarks -c Release -warnaserror -nologo -clp:ErrorsOnly -v q
  dotnet build src/Decree73.Web -c Release -warnaserror -nologo -clp:ErrorsOnly -v q
fi

WORK=$(mktemp -d /tmp/decree73-scan-XXXXXX)
DIR="$WORK/data"
mkdir -p "$DIR" "$WORK/wapiti" "$WORK/sqlmap"
APP_PID=""
cleanup() {
  local status=$?
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [[ $KEEP -eq 1 ]]; then echo "Kept: $WORK"; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "Seed $PROPOSALS proposals (SQLite) into a fresh data folder"
dotnet run --no-build -c Release --project tools/Decree73.Benchmarks -- --proposals "$PROPOSALS" --seed-only "$DIR" > "$WORK/seed.log" 2>&1 \
  || { cat "$WORK/seed.log"; exit 1; }
seed() { python3 -c "import json,sys; v=json.load(open('$DIR/seed.json'))[sys.argv[1]]; print('' if v is None else v)" "$1"; }
PASSWORD=$(seed password)

# --- The app --------------------------------------------------------------------------------------------------------
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
APP_LOG="$WORK/app.log"
log "Start the app (Production) on $BASE"
(
  export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE"
  export Database__Provider=Sqlite Database__DataDirectory="$DIR"
  export Authentication__TwoFactorRequiredRoles=
  export SignIn__PermitsPerAddressPerMinute=100000 SignIn__PermitsPerAccountPerMinute=100000
  export Notifications__Enabled=false
  cd src/Decree73.Web && exec dotnet bin/Release/net10.0/Decree73.Web.dll
) > "$APP_LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$APP_LOG"; echo "The app stopped" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$BASE/health/ready" >/dev/null || { tail -50 "$APP_LOG"; echo "The app did not become ready" >&2; exit 1; }

token() { python3 -c 'import re,sys; m=re.search(r"name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"", sys.stdin.read()); print(m.group(1) if m else "")'; }
cookie_header() { python3 - "$1" <<'PY'
import sys
pairs = []
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("#HttpOnly_"):
        line = line[len("#HttpOnly_"):]
    elif not line or line.startswith("#"):
        continue
    f = line.split("\t")
    if len(f) >= 7:
        pairs.append(f[5] + "=" + f[6])
print("; ".join(pairs))
PY
}
login() { # login NAME EMAIL -> cookie jar $WORK/NAME.jar
  local jar="$WORK/$1.jar" t code
  t=$(curl -s -c "$jar" -b "$jar" "$BASE/Account/Login" | token)
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "Input.Email=$2" --data-urlencode "Input.Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$t" \
    "$BASE/Account/Login")
  [[ "$code" == "302" ]] || { echo "Sign-in of $2 failed (HTTP $code)" >&2; exit 1; }
}
signed_in() { [[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $1" "$BASE/Proposals")" == "200" ]]; }

# --- wapiti, once per user ------------------------------------------------------------------------------------------
# Debian's wapiti 3.0.4 on Python 3.11 fails on any --exclude ("global flags not at the start of the expression": its
# wildcard_translate appends "(?ms)" at the end of the pattern). The shim runs the same wapiti with that one function
# fixed (flags first).
# It runs under wapiti's own interpreter (its shebang), not whichever python3 is first on PATH.
WAPITI_PYTHON=$(head -1 "$(command -v wapiti)" | sed 's/^#!//; s/ .*//')
cat > "$WORK/wapiti-shim.py" <<'PY'
import re, sys
import wapitiCore.net.crawler as crawler
def wildcard_translate(pattern):
    return re.compile(r"(?ms)" + "".join(".*" if c == "*" else re.escape(c) for c in pattern) + r"\Z")
crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main
sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PY
run_wapiti() { # run_wapiti NAME EMAIL
  local name="$1" cookie
  login "$name" "$2"
  cookie=$(cookie_header "$WORK/$name.jar")
  log "wapiti as $name ($2): at most ${WAPITI_SECONDS} s"
  local started=$(date +%s)
  timeout $((WAPITI_SECONDS + 300)) "$WAPITI_PYTHON" "$WORK/wapiti-shim.py" -u "$BASE/" --scope folder -m "$MODULE_LIST" \
    -H "Cookie: $cookie" \
    -x "$BASE/Account/Logout" -x "$BASE/Account/Logout*" -x "$BASE/Account/ChangePassword" -x "$BASE/Account/ChangePassword*" \
    -d 3 --max-links-per-page 25 --max-files-per-dir 40 \
    --max-scan-time "$WAPITI_SECONDS" --max-attack-time $((WAPITI_SECONDS / 8)) -t 20 \
    --flush-session --store-session "$WORK/wapiti/$name-session" --store-config "$WORK/wapiti/$name-config" \
    -f json -o "$WORK/wapiti/$name.json" > "$WORK/wapiti/$name.log" 2>&1 || echo "wapiti exited with $? (see its log)"
  echo "$name: $(( $(date +%s) - started )) s" >> "$WORK/wapiti/durations.txt"
  if signed_in "$cookie"; then echo "$name: session alive at the end" >> "$WORK/wapiti/sessions.txt";
  else echo "$name: SESSION LOST during the scan (later pages were scanned signed out)" >> "$WORK/wapiti/sessions.txt"; fi
  tail -5 "$WORK/wapiti/$name.log"
}
: > "$WORK/wapiti/durations.txt"
: > "$WORK/wapiti/sessions.txt"
if [[ $RUN_WAPITI -eq 1 ]]; then
  run_wapiti head "$(seed head)"
  run_wapiti officer "$(seed proposer)"
fi

# --- sqlmap on named parameters -------------------------------------------------------------------------------------
login head "$(seed head)"
login interior "$(seed interior)"
C_HEAD=$(cookie_header "$WORK/head.jar")
C_INTERIOR=$(cookie_header "$WORK/interior.jar")
UNIT=$(seed headUnitId)
PROPOSAL=$(seed middleProposalId)
REPORT=$(seed reportId)
: > "$WORK/sqlmap/targets.tsv"
SQLMAP_N=0
run_sqlmap() { # run_sqlmap LABEL COOKIE PARAMS URL [extra sqlmap args...]
  local label="$1" cookie="$2" params="$3" url="$4"; shift 4
  SQLMAP_N=$((SQLMAP_N + 1))
  local out="$WORK/sqlmap/$SQLMAP_N" status=0 started=$(date +%s)
  mkdir -p "$out"
  local args=(-u "$url" --batch --level 3 --risk 2 --output-dir "$out" --flush-session --disable-coloring --timeout 20 --retries 1)
  [[ -n "$cookie" ]] && args+=(--cookie "$cookie")
  [[ -n "$params" ]] && args+=(-p "$params")
  echo "sqlmap $SQLMAP_N: $label"
  timeout "$SQLMAP_SECONDS" sqlmap "${args[@]}" "$@" > "$out/stdout.txt" 2>&1 || status=$?
  printf '%s\t%s\t%s\t%s\n' "$SQLMAP_N" "$label" "$status" "$(( $(date +%s) - started ))" >> "$WORK/sqlmap/targets.tsv"
  signed_in "$C_HEAD" || login head "$(seed head)"
  signed_in "$C_INTERIOR" || login interior "$(seed interior)"
  C_HEAD=$(cookie_header "$WORK/head.jar")
  C_INTERIOR=$(cookie_header "$WORK/interior.jar")
}
log "sqlmap --level 3 --risk 2: at most ${SQLMAP_SECONDS} s per target"
if [[ $RUN_SQLMAP -eq 1 ]]; then
run_sqlmap "GET /Proposals filters (head)" "$C_HEAD" "Q,State,Unit,Field,Year,Responsible,After" \
  "$BASE/Proposals?Q=so+hoa&State=InProgress&Unit=$UNIT&Field=1&Year=2026&Responsible=1&After=abc"
run_sqlmap "GET /Proposals search Q only (interior)" "$C_INTERIOR" "Q" "$BASE/Proposals?Q=ho+so"
run_sqlmap "GET /Proposals/Details/{id} (interior)" "$C_INTERIOR" "" "$BASE/Proposals/Details/$PROPOSAL*"
run_sqlmap "GET /Proposals export format and filters (interior)" "$C_INTERIOR" "format,Q,Unit" \
  "$BASE/Proposals?handler=Export&format=csv&Q=so&Unit=$UNIT"
run_sqlmap "GET /Compliance filters (interior)" "$C_INTERIOR" "Unit,Year,Quarter" "$BASE/Compliance?Unit=$UNIT&Year=2026&Quarter=1"
run_sqlmap "GET /Compliance/Flags/{flag} (interior)" "$C_INTERIOR" "" "$BASE/Compliance/Flags/late-decision*?Unit=$UNIT"
run_sqlmap "GET /Violations filters (interior)" "$C_INTERIOR" "Unit,Year,Quarter,Act,After" "$BASE/Violations?Unit=$UNIT&Year=2026&Quarter=1&Act=1&After=abc"
run_sqlmap "GET /Protection filters (interior)" "$C_INTERIOR" "Unit,Year,After" "$BASE/Protection?Unit=$UNIT&Year=2026&After=abc"
run_sqlmap "GET /Reports/Details/{id} (interior)" "$C_INTERIOR" "" "$BASE/Reports/Details/$REPORT*"
run_sqlmap "POST /Account/Login (anonymous, antiforgery token refreshed)" "" "Input.Email,Input.Password" "$BASE/Account/Login" \
  --data "Input.Email=a%40b.vn&Input.Password=x&__RequestVerificationToken=x" \
  --csrf-token=__RequestVerificationToken --csrf-url="$BASE/Account/Login"
fi

# --- Verdict --------------------------------------------------------------------------------------------------------
log "Results"
ELAPSED=$(( $(date +%s) - START ))
SUMMARY="$WORK/summary.txt"
set +e
python3 - "$WORK" "$APP_LOG" "$STARTED_AT" "$ELAPSED" "$WAPITI_VERSION" "$SQLMAP_VERSION" "$MODULE_LIST" "$PROPOSALS" "$WAPITI_SECONDS" "$SQLMAP_SECONDS" "$RUN_WAPITI$RUN_SQLMAP" > "$SUMMARY" <<'PY'
import json, os, re, sys, glob
work, app_log, started, elapsed, wv, sv, modules, proposals, wsec, ssec, ran = sys.argv[1:]
bad = []
print(f"Security scan {started}, {int(elapsed) // 60} min {int(elapsed) % 60} s, SQLite, {proposals} proposals seeded")
print(f"{wv} (modules {modules}; {wsec} s per user), sqlmap {sv} (--level 3 --risk 2; {ssec} s per target)")
print()
print("wapiti:" + ("" if ran[0] == "1" else " not run (--no-wapiti)"))
durations = dict(l.strip().split(": ", 1) for l in open(os.path.join(work, "wapiti", "durations.txt")))
sessions = [l.strip() for l in open(os.path.join(work, "wapiti", "sessions.txt"))]
for name in [n for n in ("head", "officer") if n in durations]:
    path = os.path.join(work, "wapiti", name + ".json")
    if not os.path.exists(path):
        bad.append(f"wapiti {name}: no report")
        print(f"  {name}: NO REPORT (see wapiti/{name}.log)")
        continue
    report = json.load(open(path))
    info = report.get("infos", {})
    # wapiti 3.0.4's JSON report does not count the crawled pages (later versions do).
    crawled = info.get("crawled_pages_nbr") or len(info.get("crawled_pages", []) or []) or "?"
    vulns = {k: v for k, v in report.get("vulnerabilities", {}).items() if v}
    anomalies = {k: v for k, v in report.get("anomalies", {}).items() if v}
    additionals = {k: v for k, v in report.get("additionals", {}).items() if v}
    print(f"  {name}: {crawled} resources crawled, {durations.get(name, '?')}; "
          f"{sum(map(len, vulns.values()))} vulnerabilities, {sum(map(len, anomalies.values()))} anomalies, "
          f"{sum(map(len, additionals.values()))} informational")
    for kind, group in (("VULNERABILITY", vulns), ("ANOMALY", anomalies)):
        for category, items in group.items():
            for item in items:
                line = f"{kind} {category}: {item.get('method')} {item.get('path')} parameter {item.get('parameter')!r} level {item.get('level')} — {item.get('info')}"
                print("    " + line)
                bad.append(f"wapiti {name}: {line}")
    for category, items in additionals.items():
        for item in items[:5]:
            print(f"    info {category}: {item.get('path')} — {item.get('info')}")
for s in sessions:
    print("  " + s)
    if "LOST" in s:
        bad.append("wapiti " + s)
print()
print("sqlmap:" + ("" if ran[1] == "1" else " not run (--no-sqlmap)"))
for line in open(os.path.join(work, "sqlmap", "targets.tsv")):
    n, label, status, seconds = line.rstrip("\n").split("\t")
    folder = os.path.join(work, "sqlmap", n)
    stdout = open(os.path.join(folder, "stdout.txt"), errors="replace").read()
    injection_logs = [p for p in glob.glob(os.path.join(folder, "*", "log")) if os.path.getsize(p) > 0]
    # Only a confirmed injection point counts: sqlmap also prints "appears to be ... injectable" for a candidate that
    # its false-positive check then rejects ("does not seem to be injectable").
    found = injection_logs or re.search(r"identified the following injection point|is vulnerable", stdout)
    errors = re.search(r"HTTP error codes detected during run:\s*(.*)", stdout)
    e500 = errors and "500" in errors.group(1)
    if found:
        verdict = "INJECTABLE"
        bad.append(f"sqlmap {label}: injectable")
    elif status == "124":
        verdict = "no injection found before the time bound"
    elif re.search(r"all tested parameters do not appear to be injectable|do not appear to be injectable", stdout):
        verdict = "not injectable (all tests ran)"
    else:
        tail = [l for l in stdout.strip().splitlines() if "[CRITICAL]" in l or "[ERROR]" in l][-1:]
        verdict = f"ended with status {status}" + (f": {tail[0]}" if tail else "")
    if e500:
        bad.append(f"sqlmap {label}: HTTP 500 answered ({errors.group(1).strip()})")
    print(f"  {label}: {verdict}, {seconds} s" + (f"; HTTP errors: {errors.group(1).strip()}" if errors else ""))
print()
text = open(app_log, errors="replace").read()
# Console lines: "[HH:mm:ss ERR] ..." (appsettings.json outputTemplate).
unhandled = len(re.findall(r" (?:ERR|FTL)\]", text))
print(f"app log: {unhandled} lines at Error/Fatal level")
if unhandled:
    bad.append(f"app log: {unhandled} Error/Fatal lines")
    for l in [l for l in text.splitlines() if " ERR]" in l or " FTL]" in l][:5]:
        print("    " + l[:300])
print()
if bad:
    print(f"RESULT: FAIL — {len(bad)} finding(s) above informational")
    sys.exit(1)
print("RESULT: PASS — nothing above informational")
PY
STATUS=$?
set -e
cat "$SUMMARY"
[[ -n "${SCAN_SUMMARY:-}" ]] && cp "$SUMMARY" "$SCAN_SUMMARY"
exit $STATUS
