#!/usr/bin/env bash
# Scale-out proof (docs/deployment.md): two app instances on one PostgreSQL database behind nginx.
#
# Installs nginx (and PostgreSQL) from Debian packages if missing, starts the PostgreSQL cluster that tests/run.sh uses,
# creates a database and a role for this run (random password), publishes the app once, creates the first administrator
# with the supported command (--create-admin), starts TWO instances in Production on two free loopback ports, each with
# its own data folder, and nginx round-robin in front of them on a third port. Then, through nginx only, with curl
# (cookie jar, antiforgery tokens scraped from the forms): the administrator sets up a head and a proposer, the proposer
# saves and submits a proposal, the head uploads an attachment, records the Party opinion, the Art. 5 findings and the
# vote, and the attachment is downloaded and compared byte for byte; every response names its instance
# (X-Decree73-Instance) and consecutive requests must alternate. The reminder pass is checked against a real SMTP
# listener on loopback (each e-mail exactly once, one pass per interval across both instances). Then one instance is
# killed mid-run: the next requests must succeed through the other and nothing acknowledged may be lost.
#
# Prints PASS/FAIL per check and exits non-zero if any check failed. Without CI=true a missing service (nginx or
# PostgreSQL that cannot be installed) skips the script; with CI=true it fails.
#
# Usage: tests/scale-out.sh [--no-build] [--keep]
#   --no-build  reuse the app published by an earlier run (artifacts/scale-out/app)
#   --keep      keep the work folder (logs, nginx config, received mail) and the database
#   --bench     also measure (docs/performance.md): the list page (hey, 300 requests, 4 workers) and 100 draft saves,
#               straight to one instance, through nginx to one instance and through nginx to two; and the kill happens
#               under load (hey running through nginx), with the status codes it saw. Needs `hey` (Debian package).
# Environment (the settings of the scale-out work; adjust here if a name changes):
#   SCALE_SHARED_DATA=1   both instances use ONE data folder (keys and files shared through the local disk): a crutch
#                         that proves the plumbing before the keys and files live in the database. Default 0.
#   SCALE_SETTINGS        extra settings for both instances, space-separated KEY=VALUE (environment variable syntax)
#   SCALE_APP_DIR         an app already published elsewhere (implies --no-build)
#
# The steps are in tests/scale-out/, sourced in order into this shell (they share its variables): lib.sh (checks,
# app instances), setup.sh (packages, database, app, SMTP listener, instances, nginx), http.sh (curl and forms),
# checks-workflow.sh, checks-reminders.sh, bench.sh (--bench only measures), checks-failover.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PARTS="$ROOT/tests/scale-out"

# --- Settings of the scale-out work, as environment variables of both instances. --------------------------------------
# Data-protection keys in the database, so that a cookie or antiforgery token issued by one instance is read by another.
SCALE_KEYS_SETTING="${SCALE_KEYS_SETTING:-DataProtection__Store=Database}"
# Attachments and signed files in the database, so that a file uploaded through one instance downloads through another.
SCALE_FILES_SETTING="${SCALE_FILES_SETTING:-Files__Store=Database}"
# The reminder pass under a database lease: how a pass that ran shows in the log, counted over both instances.
SCALE_PASS_LOG="${SCALE_PASS_LOG:-Reminder pass:}"
SCALE_REMINDER_INTERVAL="${SCALE_REMINDER_INTERVAL:-00:00:05}"
SCALE_SHARED_DATA="${SCALE_SHARED_DATA:-0}"
SCALE_SETTINGS="${SCALE_SETTINGS:-}"

BUILD=1
KEEP=0
BENCH=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    --bench) BENCH=1; shift ;;
    -h|--help) sed -n 2,28p "$0"; exit 0 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done

# sudo_if_needed, pg_start_main_cluster (shared with tests/run.sh)
source "$ROOT/scripts/lib/postgres-cluster.sh"
source "$PARTS/lib.sh"
source "$PARTS/setup.sh"
source "$PARTS/http.sh"
source "$PARTS/checks-workflow.sh"
source "$PARTS/checks-reminders.sh"
source "$PARTS/bench.sh"
source "$PARTS/checks-failover.sh"

# --- Summary -------------------------------------------------------------------------------------------------------
ELAPSED=$(( $(date +%s) - START ))
echo
if [[ $BENCH -eq 1 ]]; then
  echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), PostgreSQL, shared data folder: $SCALE_SHARED_DATA"
  echo
  echo "| Request | p50 ms | p95 ms | p99 ms | req/s | Status codes |"
  echo "|---|---:|---:|---:|---:|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}' "$BENCH_ROWS"
  echo
fi
echo "nginx upstream log: $(awk '{print $4}' "$WORK/nginx/access.log" | sort | uniq -c | tr '\n' ' ')"
[[ $FAILED -gt 0 ]] && { echo "Logs: $WORK (kept)"; KEEP=1; }
echo "scale-out: $PASSED passed, $FAILED failed in ${ELAPSED} s (shared data folder: $SCALE_SHARED_DATA)"
[[ $FAILED -eq 0 ]]
