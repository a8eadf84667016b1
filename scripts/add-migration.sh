#!/usr/bin/env bash
# Adds a migration with the same name to the SQLite, PostgreSQL and SQL Server migrations assemblies.
# Usage: scripts/add-migration.sh MigrationName
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  project="src/Decree73.Migrations.$provider"
  echo "== $provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
