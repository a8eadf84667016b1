#!/usr/bin/env bash
# Fails when any provider's migrations lag behind the model, then writes the idempotent T-SQL script for SQL Server
# deployments to artifacts/sql/ and checks that it holds every SQL Server migration.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  project="src/Decree73.Migrations.$provider"
  echo "== pending model changes: $provider"
  dotnet ef migrations has-pending-model-changes --project "$project" --startup-project "$project" --no-build
done

mkdir -p artifacts/sql
script=artifacts/sql/sqlserver-idempotent.sql
project=src/Decree73.Migrations.SqlServer
dotnet ef migrations script --idempotent --project "$project" --startup-project "$project" --no-build --output "$script"
for migration in "$project"/Migrations/2*_*.cs; do
  case "$migration" in *.Designer.cs) continue ;; esac
  id="$(basename "$migration" .cs)"
  grep -q "$id" "$script" || { echo "T-SQL script lacks migration $id" >&2; exit 1; }
done
echo "T-SQL script: $script ($(wc -l < "$script") lines)"
