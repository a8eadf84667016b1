#!/usr/bin/env bash
# Runs every test on a fresh Debian machine of this kind: installs what is missing (PostgreSQL, Chromium, LibreOffice),
# starts PostgreSQL on loopback, builds with warnings as errors, checks the migrations of all three providers,
# writes the SQL Server script, runs the several-instances script (tests/scale-out.sh) and all test projects, and ends
# with one line: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
results="$root/artifacts/test-results"

log() { printf '\n== %s\n' "$*"; }

# sudo_if_needed, pg_start_main_cluster
source "$root/scripts/lib/postgres-cluster.sh"

log "Debian packages"
missing=()
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# Document export tests: LibreOffice opens the generated .docx/.xlsx, poppler reads the PDF back; Liberation Serif is
# Debian's metric-compatible stand-in for Times New Roman, DejaVu covers any other Vietnamese glyph.
# (grep reads all of fc-list: with pipefail, grep -q could make fc-list die of SIGPIPE and look like a miss.)
command -v libreoffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list : family 2>/dev/null | grep -F "Liberation Serif" >/dev/null || missing+=(fonts-liberation)
fc-list : family 2>/dev/null | grep -F "DejaVu Sans" >/dev/null || missing+=(fonts-dejavu-core)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "postgresql, chromium, npm, libreoffice, poppler-utils and fonts present"
fi

log "PostgreSQL on 127.0.0.1"
pg_start_main_cluster
pg_isready -h 127.0.0.1 -p "$pg_port"
pg_password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
(cd / && sudo_if_needed runuser -u postgres -- psql -q -p "$pg_port" -v ON_ERROR_STOP=1 <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'decree73_test') THEN
    CREATE ROLE decree73_test LOGIN CREATEDB;
  END IF;
END \$\$;
ALTER ROLE decree73_test WITH LOGIN CREATEDB PASSWORD '$pg_password';
SQL
)
# Test databases a crashed or interrupted run left behind.
(cd / && sudo_if_needed runuser -u postgres -- psql -qAt -p "$pg_port" \
  -c "SELECT datname FROM pg_database WHERE datname LIKE 'd73\_%' AND datdba = (SELECT oid FROM pg_roles WHERE rolname = 'decree73_test')" \
  | while read -r stale; do sudo_if_needed runuser -u postgres -- psql -q -p "$pg_port" -c "DROP DATABASE IF EXISTS \"$stale\" WITH (FORCE)"; done)
export DECREE73_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=decree73_test;Password=$pg_password;Database=postgres;Include Error Detail=true"

log "Tools and build"
dotnet tool restore
dotnet build Decree73.sln -warnaserror -nologo -clp:ErrorsOnly

log "Known vulnerable packages"
bash scripts/check-vulnerable-packages.sh --self-test
bash scripts/check-vulnerable-packages.sh

log "Migrations: pending model changes and the SQL Server script"
bash scripts/check-migrations.sh

log "Browser test assets (axe-core from npm)"
(cd tests/Decree73.BrowserTests && npm ci --no-audit --no-fund --loglevel=error)

log "Several instances behind nginx (tests/scale-out.sh)"
set +e
bash tests/scale-out.sh 2>&1 | tee "$root/artifacts/scale-out.log"
scale_status="${PIPESTATUS[0]}"
set -e

log "Tests"
rm -rf "$results"
set +e
dotnet test Decree73.sln --no-build --nologo --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" 2>&1 \
  | grep -vE '^\s*$' | grep -E 'Passed |Failed |Skipped |error|Error Message|Exception|\[FAIL\]|Assert|at Decree73|Total tests|Passed!|Failed!|Stack Trace' | grep -v '^\s*Passed ' | awk 'NR <= 400'
test_status="${PIPESTATUS[0]}"
set -e

python3 - "$results" "$root/artifacts/scale-out.log" "$scale_status" <<'PY'
import glob, re, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed", 0))
    failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("notExecuted", 0))
    # Name each failed test with the first lines of its message, next to the count where a short log still shows it.
    for r in ET.parse(path).getroot().iter("{%s}UnitTestResult" % ns["t"]):
        if r.get("outcome") not in ("Passed", "NotExecuted"):
            message = r.find("t:Output/t:ErrorInfo/t:Message", ns)
            text = " ".join((message.text or "").split())[:600] if message is not None else ""
            print(f"FAILED {r.get('testName')}: {text}")
# The scale-out script's checks count like tests; a script that stopped before its summary is one failure.
summary = re.findall(r"^scale-out: (\d+) passed, (\d+) failed", open(sys.argv[2], encoding="utf-8", errors="replace").read(), re.M)
if summary:
    passed += int(summary[-1][0])
    failed += int(summary[-1][1])
elif sys.argv[3] != "0":
    failed += 1
for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    if line.startswith("FAIL "):
        print("scale-out " + line.rstrip())
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
if [ "$scale_status" -ne 0 ]; then
  exit "$scale_status"
fi
exit "$test_status"
