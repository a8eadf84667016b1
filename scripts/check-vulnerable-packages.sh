#!/usr/bin/env bash
# Fails when any package the solution restores (direct or transitive) has a known vulnerability in the advisory data of
# the configured NuGet sources (`dotnet list package --vulnerable`, run against the packages already restored).
# A vulnerability that cannot be fixed yet is accepted only by a line "PackageId Version reason" in
# scripts/vulnerable-packages-accepted.txt, so the exception is visible in review.
#   scripts/check-vulnerable-packages.sh             check Decree73.sln
#   scripts/check-vulnerable-packages.sh --self-test prove the verdict fails on a report that names a vulnerability
# The advisory data comes from the NuGet source (its service index lists a "VulnerabilityInfo" resource). A source that
# publishes none (a mirror without it) cannot reveal anything: the check says so loudly rather than pass in silence.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
accepted="$root/scripts/vulnerable-packages-accepted.txt"

# Prints "id version severity advisory" for each vulnerable package in a `--format json` report.
parse() {
  python3 - "$1" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
for p in data.get("problems", []):
    print("problem: " + p.get("text", str(p)), file=sys.stderr)
if data.get("problems"):
    sys.exit(2)
seen = set()
for project in data.get("projects", []):
    for framework in project.get("frameworks", []):
        for kind in ("topLevelPackages", "transitivePackages"):
            for package in framework.get(kind, []):
                for v in package.get("vulnerabilities", []):
                    row = (package["id"], package.get("resolvedVersion", "?"), v.get("severity", "?"), v.get("advisoryurl", "?"))
                    if row not in seen:
                        seen.add(row)
                        print(" ".join(row))
PY
}

# Fails unless every reported vulnerability is accepted with a reason.
verdict() {
  local found="$1" failures=0 id version severity advisory
  while read -r id version severity advisory; do
    [ -n "${id:-}" ] || continue
    if [ -f "$accepted" ] && grep -qF "$id $version " "$accepted"; then
      echo "accepted: $id $version ($severity, $advisory)"
    else
      echo "VULNERABLE: $id $version ($severity, $advisory)" >&2
      failures=$((failures + 1))
    fi
  done <<<"$found"
  if [ "$failures" -gt 0 ]; then
    echo "$failures vulnerable package(s): update them in Directory.Packages.props (or accept with a reason in $accepted)" >&2
    return 1
  fi
}

if [ "${1:-}" = "--self-test" ]; then
  # A real advisory (GHSA-5crp-9r3c-p9vr on Newtonsoft.Json 12.0.1) in the format the SDK writes; no exceptions apply.
  accepted=/dev/null
  sample="$(mktemp)"
  trap 'rm -f "$sample"' EXIT
  cat >"$sample" <<'JSON'
{"version":1,"parameters":"--vulnerable","sources":["https://api.nuget.org/v3/index.json"],"projects":[{"path":"/x/Probe.csproj","frameworks":[{"framework":"net10.0","topLevelPackages":[{"id":"Newtonsoft.Json","requestedVersion":"12.0.1","resolvedVersion":"12.0.1","vulnerabilities":[{"severity":"High","advisoryurl":"https://github.com/advisories/GHSA-5crp-9r3c-p9vr"}]}]}]}]}
JSON
  if verdict "$(parse "$sample")" 2>/dev/null; then
    echo "self-test FAILED: a report naming a high-severity advisory was accepted" >&2
    exit 1
  fi
  echo "self-test passed: a vulnerable package fails the check"
  exit 0
fi

report="$(mktemp)"
trap 'rm -f "$report"' EXIT
if ! dotnet list Decree73.sln package --vulnerable --include-transitive --format json >"$report" 2>&1; then
  cat "$report" >&2
  echo "dotnet list package --vulnerable failed" >&2
  exit 2
fi

# Which sources publish advisory data at all.
advisories=0
for source in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1])).get("sources", [])))' "$report"); do
  case "$source" in
    http*) if curl -fsS -m 20 "$source" 2>/dev/null | grep -q '"VulnerabilityInfo'; then advisories=1; fi ;;
  esac
done
if [ "$advisories" -eq 0 ]; then
  echo "WARNING: no configured NuGet source publishes vulnerability data (no VulnerabilityInfo resource in its service index);"
  echo "         the packages were checked against nothing. Point an <auditSources> entry of nuget.config at a source that does."
fi

verdict "$(parse "$report")"
echo "no known vulnerable package"
