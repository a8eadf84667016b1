#!/usr/bin/env bash
# The real pages over HTTP on a seeded province (docs/performance.md).
# Seeds a province with tools/Decree73.Benchmarks (or reuses a kept one), starts the app in Release/Production on a
# free loopback port, signs in through the login form as an Interior officer, a commune head and a proposer, and
# measures every page with `hey` at a fixed rate (p50/p95/p99) and at saturation (req/s), the uncached compliance
# overview, flag page, scorecard and report figures (first request and after the cache expired), eight concurrent
# misses, the exports (time, size, first byte, peak RSS), 200 form submissions and the reminder pass. Before the app
# starts, every query of the heavy reads (compliance overview, scorecard, flag pages, report figures, filtered lists)
# is explained on the same database; a plan that reads a large table whole or (PostgreSQL) misjudges a large node is
# reported (plans-<provider>.md beside the JSON) and makes the script exit 1 once the measurements are written.
# Output: a table on the console and a JSON file, one object per row: page, p50_ms, p95_ms, p99_ms, rps, ratio
# (p95 / the home page's p95 in the same run).
#
# Usage: scripts/http-benchmark.sh [--proposals N] [--postgres "Host=...;Username=...;Password=...;Database=postgres"]
#                                  [--keep] [--reuse DIR] [--out results.json] [--rate 20] [--no-build]
#   --keep        keep the seeded folder (and PostgreSQL database) for a later --reuse
#   --reuse DIR   skip seeding: DIR holds seed.json (and decree73.db for SQLite) from an earlier --keep run
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

PROPOSALS=100000
POSTGRES=""
KEEP=0
REUSE=""
OUT="artifacts/benchmarks/http-results.json"
RATE=20
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --proposals) PROPOSALS="$2"; shift 2 ;;
    --postgres) POSTGRES="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --reuse) REUSE="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --rate) RATE="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n 2,19p "$0"; exit 0 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done

for tool in hey curl python3 dotnet; do
  command -v "$tool" >/dev/null || { echo "Missing $tool (Debian: apt-get install hey curl python3)" >&2; exit 1; }
done

if [[ $BUILD -eq 1 ]]; then
  dotnet build tools/Decree73.Benchmarks -c Release -warnaserror -nologo -clp:ErrorsOnly
  dotnet build src/Decree73.Web -c Release -warnaserror -nologo -clp:ErrorsOnly
fi

if [[ -n "$REUSE" ]]; then
  DIR=$(cd "$REUSE" && pwd)
  [[ -f "$DIR/seed.json" ]] || { echo "$DIR/seed.json not found" >&2; exit 1; }
else
  DIR=$(mktemp -d /tmp/decree73-http-XXXXXX)
  seed_args=(--proposals "$PROPOSALS" --seed-only "$DIR")
  [[ -n "$POSTGRES" ]] && seed_args+=(--postgres "$POSTGRES")
  echo "Seeding $PROPOSALS proposals into $DIR ..."
  seed_start=$(date +%s)
  dotnet run --no-build -c Release --project tools/Decree73.Benchmarks -- "${seed_args[@]}"
  echo "Seeded in $(( $(date +%s) - seed_start )) s"
fi

seed() { python3 -c "import json,sys; v=json.load(open('$DIR/seed.json'))[sys.argv[1]]; print('' if v is None else v)" "$1"; }
PROVIDER=$(seed provider)

PLANS_OUT="$(dirname "$OUT")/plans-$PROVIDER.md"
PLAN_FAULTS=0
echo "Explaining the queries of the heavy reads ..."
dotnet run --no-build -c Release --project tools/Decree73.Benchmarks -- --plans "$DIR" --out "$PLANS_OUT" || PLAN_FAULTS=1
PASSWORD=$(seed password)
PROPOSALS=$(seed proposals)
CACHE_SECONDS=5
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/decree73-http-run-XXXXXX)
ROWS="$WORK/rows.tsv"
: > "$ROWS"

export ASPNETCORE_ENVIRONMENT=Production
export ASPNETCORE_URLS="$BASE"
export Database__DataDirectory="$DIR"
export Compliance__CacheSeconds=$CACHE_SECONDS
export Reports__FiguresCacheSeconds=$CACHE_SECONDS
export Notifications__InitialDelay=00:00:02
export Notifications__ReminderInterval=12:00:00
# The measured users are administrators and heads: no authenticator app here (the 2FA tests run with the product default).
export Authentication__TwoFactorRequiredRoles=
if [[ "$PROVIDER" == "postgres" ]]; then
  export Database__Provider=PostgreSql
  export Database__ConnectionString="$(seed connectionString)"
else
  export Database__Provider=Sqlite
fi

APP_LOG="$WORK/app.log"
# From the project folder, the content root of a deployment: wwwroot and appsettings.json are found there.
(cd src/Decree73.Web && exec dotnet bin/Release/net10.0/Decree73.Web.dll) > "$APP_LOG" 2>&1 &
APP_PID=$!
cleanup() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  if [[ $KEEP -eq 0 && -z "$REUSE" ]]; then
    rm -rf "$DIR"
    [[ "$PROVIDER" == "postgres" ]] && echo "PostgreSQL database of this run kept on the server: see $Database__ConnectionString (Database=...); drop it when done."
  else
    echo "Seeded data kept in $DIR (rerun with --reuse $DIR)"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

for _ in $(seq 1 240); do
  curl -sf "$BASE/health/ready" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$APP_LOG"; echo "The app stopped" >&2; exit 1; }
  sleep 0.5
done
curl -sf "$BASE/health/ready" >/dev/null || { tail -50 "$APP_LOG"; echo "The app did not become ready" >&2; exit 1; }
echo "App (PID $APP_PID, $PROVIDER) on $BASE"

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
login interior "$(seed interior)"
login head "$(seed head)"
login proposer "$(seed proposer)"
C_INTERIOR=$(cookie_header "$WORK/interior.jar")
C_HEAD=$(cookie_header "$WORK/head.jar")
C_PROPOSER=$(cookie_header "$WORK/proposer.jar")

# The reminder pass runs 2 s after start-up; wait for its log line before loading the machine.
REMINDER_MS=""
for _ in $(seq 1 600); do
  REMINDER_MS=$(grep -o 'Reminder pass: .* in [0-9]* ms' "$APP_LOG" | grep -o '[0-9]* ms$' | grep -o '[0-9]*' | head -1 || true)
  [[ -n "$REMINDER_MS" ]] && break
  grep -q 'Notification pass failed' "$APP_LOG" && { echo "The reminder pass failed:" >&2; grep -A3 'Notification pass failed' "$APP_LOG" >&2; break; }
  sleep 0.5
done
REMINDER_LINE=$(grep -o 'Reminder pass: .*' "$APP_LOG" | head -1 || true)
echo "${REMINDER_LINE:-Reminder pass: no log line}"

row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$ROWS"; } # page p50 p95 p99 rps note

# hey at a fixed rate (RATE req/s over 10 s, 2 workers), then at saturation (8 workers).
hey_page() { # hey_page NAME COOKIE URL
  local name="$1" cookie="$2" url="$3" fixed sat codes
  fixed=$(hey -n $((RATE * 10)) -c 2 -q $(( (RATE + 1) / 2 )) -H "Cookie: $cookie" "$url")
  sat=$(hey -n 400 -c 8 -H "Cookie: $cookie" "$url")
  codes=$(echo "$fixed" | grep -E '^\s+\[[0-9]+\]' | awk '{print $1 $2}' | tr '\n' ' ')
  python3 - "$name" "$codes" >> "$ROWS" <<PY
import re, sys
fixed = """$fixed"""
sat = """$sat"""
def pct(p):
    m = re.search(r"\s%d%%+ in ([0-9.]+) secs" % p, fixed)
    return "%.1f" % (float(m.group(1)) * 1000) if m else ""
rps = re.search(r"Requests/sec:\s+([0-9.]+)", sat)
print("\t".join([sys.argv[1], pct(50), pct(95), pct(99), "%.0f" % float(rps.group(1)) if rps else "", sys.argv[2].strip()]))
PY
  echo "  $name done"
}

# Single requests timed with curl (uncached pages, downloads): NAME COOKIE URL SAMPLES [SLEEP]
curl_page() {
  local name="$1" cookie="$2" url="$3" samples="$4" pause="${5:-0}" times=() first="" code t
  for i in $(seq 1 "$samples"); do
    [[ "$pause" != 0 && $i -gt 1 ]] && sleep "$pause"
    read -r code t < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $cookie" "$url")
    times+=("$t")
    [[ -z "$first" ]] && first="$t"
  done
  python3 - "$name" "$code" "$first" "${times[@]}" >> "$ROWS" <<'PY'
import sys
name, code, first, *times = sys.argv[1:]
ms = sorted(float(t) * 1000 for t in times)
def q(p):
    return "%.1f" % ms[min(len(ms) - 1, int(round(p * (len(ms) - 1))))]
print("\t".join([name, q(0.5), q(0.95), q(0.99), "", "HTTP %s; first %.0f ms; n=%d" % (code, float(first) * 1000, len(ms))]))
PY
  echo "  $name done"
}

download() { # NAME COOKIE URL
  local name="$1" cookie="$2" url="$3" out code t size ttfb before after
  before=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
  read -r code t size ttfb < <(curl -s -o "$WORK/download" -w '%{http_code} %{time_total} %{size_download} %{time_starttransfer}\n' -H "Cookie: $cookie" "$url")
  after=$(awk '/VmHWM/ {print $2}' "/proc/$APP_PID/status")
  python3 - "$name" "$code" "$t" "$size" "$ttfb" "$before" "$after" >> "$ROWS" <<'PY'
import sys
name, code, t, size, ttfb, before, after = sys.argv[1:]
ms = "%.1f" % (float(t) * 1000)
print("\t".join([name, ms, ms, ms, "", "HTTP %s; %.1f MB; first byte %.0f ms; peak RSS %d MB (+%d)" % (
    code, int(size) / 1e6, float(ttfb) * 1000, int(after) // 1024, (int(after) - int(before)) // 1024)]))
PY
  echo "  $name done"
}

PROVINCE=$(seed provinceId)
HEAD_UNIT=$(seed headUnitId)
MIDDLE=$(seed middleProposalId)
CURSOR=$(seed deepCursor)
REPORT=$(seed reportId)
ENC_CURSOR=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$CURSOR")

echo "Pages at $RATE req/s and at saturation:"
hey_page "home" "$C_INTERIOR" "$BASE/"
hey_page "/Proposals (province, first page)" "$C_INTERIOR" "$BASE/Proposals"
hey_page "/Proposals deep page (keyset)" "$C_INTERIOR" "$BASE/Proposals?After=$ENC_CURSOR"
hey_page "/Proposals search \"so hoa\"" "$C_INTERIOR" "$BASE/Proposals?Q=so+hoa"
hey_page "/Proposals search, no hit" "$C_INTERIOR" "$BASE/Proposals?Q=khong+co+de+xuat+nao"
hey_page "/Proposals state InProgress" "$C_INTERIOR" "$BASE/Proposals?State=InProgress"
hey_page "/Proposals by unit" "$C_INTERIOR" "$BASE/Proposals?Unit=$HEAD_UNIT"
hey_page "/Proposals/Details" "$C_INTERIOR" "$BASE/Proposals/Details/$MIDDLE"
hey_page "/Proposals (commune head)" "$C_HEAD" "$BASE/Proposals"
hey_page "/Proposals (proposer)" "$C_PROPOSER" "$BASE/Proposals"
hey_page "/Compliance, cached" "$C_INTERIOR" "$BASE/Compliance"

echo "Uncached compliance and report figures (first request, then after the ${CACHE_SECONDS} s cache expired):"
sleep $((CACHE_SECONDS + 1))
curl_page "/Compliance, uncached" "$C_INTERIOR" "$BASE/Compliance" 4 $((CACHE_SECONDS + 1))
curl_page "/Compliance/Flags/late-decision, uncached" "$C_INTERIOR" "$BASE/Compliance/Flags/late-decision" 4 $((CACHE_SECONDS + 1))
curl_page "/Compliance/Scorecard, uncached" "$C_INTERIOR" "$BASE/Compliance/Scorecard" 4 $((CACHE_SECONDS + 1))
curl_page "/Reports/Details (live figures)" "$C_INTERIOR" "$BASE/Reports/Details/$REPORT" 4 $((CACHE_SECONDS + 1))
sleep $((CACHE_SECONDS + 1))
conc=$(hey -n 8 -c 8 -H "Cookie: $C_INTERIOR" "$BASE/Compliance")
python3 - >> "$ROWS" <<PY
import re
out = """$conc"""
def pct(p):
    m = re.search(r"\s%d%%+ in ([0-9.]+) secs" % p, out)
    return "%.1f" % (float(m.group(1)) * 1000) if m else ""
slow = re.search(r"Slowest:\s+([0-9.]+) secs", out)
slowest = "%.1f" % (float(slow.group(1)) * 1000) if slow else ""
# hey leaves out the upper percentiles of eight requests: the slowest stands for them.
print("\t".join(["/Compliance, 8 concurrent misses", pct(50), pct(95) or slowest, pct(99) or slowest, "", "slowest %s ms" % slowest]))
PY

echo "Downloads:"
# Each twice: the first download after the start also loads and compiles the document writer's code.
download "report .docx (live figures), first" "$C_INTERIOR" "$BASE/Reports/Details/$REPORT?handler=Docx"
download "report .docx (live figures), again" "$C_INTERIOR" "$BASE/Reports/Details/$REPORT?handler=Docx"
download "report .xlsx (live figures), first" "$C_INTERIOR" "$BASE/Reports/Details/$REPORT?handler=Xlsx"
download "report .xlsx (live figures), again" "$C_INTERIOR" "$BASE/Reports/Details/$REPORT?handler=Xlsx"
download "proposal list .xlsx (province)" "$C_INTERIOR" "$BASE/Proposals?handler=Export&format=xlsx"
download "proposal list .csv (province)" "$C_INTERIOR" "$BASE/Proposals?handler=Export&format=csv"

echo "200 form submissions (new drafts through /Proposals/Edit):"
EDIT=$(curl -s -H "Cookie: $C_PROPOSER" "$BASE/Proposals/Edit")
FORM_TOKEN=$(echo "$EDIT" | token)
FIELD=$(echo "$EDIT" | python3 -c 'import re,sys; s=sys.stdin.read(); m=re.search(r"<select[^>]*name=\"Input.FieldId\"[^>]*>.*?<option value=\"(\d+)\"", s, re.S); print(m.group(1) if m else "")')
KIND=$(echo "$EDIT" | python3 -c 'import re,sys; s=sys.stdin.read(); m=re.search(r"<select[^>]*name=\"Input.KindId\"[^>]*>.*?<option value=\"(\d+)\"", s, re.S); print(m.group(1) if m else "")')
SUBMIT_TIMES="$WORK/submit.txt"
: > "$SUBMIT_TIMES"
for i in $(seq 1 200); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Cookie: $C_PROPOSER" \
    --data-urlencode "__RequestVerificationToken=$FORM_TOKEN" --data-urlencode "CreationToken=$(cat /proc/sys/kernel/random/uuid)" \
    --data-urlencode "Version=0" --data-urlencode "Input.Title=Đề xuất thử tải số $i về số hóa hồ sơ" \
    --data-urlencode "Input.FieldId=$FIELD" --data-urlencode "Input.KindId=$KIND" \
    --data-urlencode "Input.Plan.Necessity=x" --data-urlencode "Input.Plan.Purpose=x" --data-urlencode "Input.Plan.Bottleneck=x" \
    --data-urlencode "Input.Plan.RuleGap=x" --data-urlencode "Input.Plan.Content=x" --data-urlencode "Input.Plan.Scope=x" \
    --data-urlencode "Input.Plan.Implementers=x" --data-urlencode "Input.StartOn=01/03/2027" --data-urlencode "Input.EndOn=30/09/2027" \
    --data-urlencode "Input.Plan.ResourcePeople=x" --data-urlencode "Input.Plan.Feasibility=x" --data-urlencode "Input.Plan.PositiveImpact=x" \
    --data-urlencode "Input.Plan.NegativeImpact=x" --data-urlencode "Input.Plan.ExpectedResults=x" \
    "$BASE/Proposals/Edit?handler=Save" >> "$SUBMIT_TIMES"
done
python3 - "$SUBMIT_TIMES" >> "$ROWS" <<'PY'
import sys, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
codes = collections.Counter(r[0] for r in rows)
ms = sorted(float(r[1]) * 1000 for r in rows)
q = lambda p: "%.1f" % ms[min(len(ms) - 1, int(round(p * (len(ms) - 1))))]
print("\t".join(["POST /Proposals/Edit (save a new draft) x%d" % len(ms), q(0.5), q(0.95), q(0.99), "", " ".join("HTTP %s x%d" % kv for kv in sorted(codes.items()))]))
PY

row "reminder pass" "${REMINDER_MS}" "${REMINDER_MS}" "${REMINDER_MS}" "" "${REMINDER_LINE:-no log line}"

mkdir -p "$(dirname "$OUT")"
python3 - "$ROWS" "$OUT" "$PROVIDER" "$PROPOSALS" "$RATE" "$PLANS_OUT" "$PLAN_FAULTS" <<'PY'
import json, sys, os, datetime, platform
rows_file, out, provider, proposals, rate, plans_out, plan_faults = sys.argv[1:]
rows = [l.rstrip("\n").split("\t") for l in open(rows_file) if l.strip()]
num = lambda v: float(v) if v not in ("", None) else None
home = next((num(r[2]) for r in rows if r[0] == "home"), None)
result = []
for r in rows:
    p95 = num(r[2])
    result.append({"page": r[0], "p50_ms": num(r[1]), "p95_ms": p95, "p99_ms": num(r[3]),
                   "rps": num(r[4]), "ratio": round(p95 / home, 1) if p95 is not None and home and r[0] != "reminder pass" else None, "note": r[5] if len(r) > 5 else ""})
meta = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), "provider": provider,
        "proposals": int(proposals), "rate_per_s": int(rate), "cores": os.cpu_count(), "load": open("/proc/loadavg").read().split()[:3],
        "plans": {"file": plans_out, "faults": plan_faults == "1"}}
with open(out, "w") as f:
    json.dump({"run": meta, "rows": result}, f, ensure_ascii=False, indent=1)
print()
print(f"{provider}, {int(proposals):,} proposals, {os.cpu_count()} cores, load {' '.join(meta['load'])}, {meta['date']}")
print()
print("| Page | p50 ms | p95 ms | p99 ms | req/s (saturation) | p95 / home | Note |")
print("|---|---:|---:|---:|---:|---:|---|")
f = lambda v: "" if v is None else ("%.0f" % v if v >= 100 else "%.1f" % v)
for r in result:
    print(f"| {r['page']} | {f(r['p50_ms'])} | {f(r['p95_ms'])} | {f(r['p99_ms'])} | {f(r['rps'])} | {'' if r['ratio'] is None else r['ratio']} | {r['note']} |")
print()
print("JSON: " + out)
print("Plans of the heavy reads: " + ("FAULTS, see " if plan_faults == "1" else "every query uses an index, see ") + plans_out)
PY
exit "$PLAN_FAULTS"
