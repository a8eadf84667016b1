#!/usr/bin/env bash
# Seeds 100,000 proposals into fresh databases (SQLite in a temp folder; PostgreSQL too when DECREE73_TEST_POSTGRES
# or --postgres "connection string" is given), times the list, search and similar-proposal calls, and fails when the
# folded-title search plan scans Proposals. Results: artifacts/benchmarks/<date>.md. See docs/benchmarks.md.
# Usage: scripts/benchmark.sh [--proposals N] [--runs N] [--postgres "Host=...;Database=postgres"] [--no-sqlite]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tools/Decree73.Benchmarks -c Release -warnaserror -nologo -clp:ErrorsOnly
exec dotnet run --no-build -c Release --project tools/Decree73.Benchmarks -- --out artifacts/benchmarks "$@"
