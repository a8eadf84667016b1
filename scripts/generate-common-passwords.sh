#!/usr/bin/env bash
# Regenerates src/Decree73.Infrastructure/Identity/Passwords/common-passwords.txt.gz from the MIT-licensed npm
# package @zxcvbn-ts/language-common (its src/passwords.json: the most used passwords of public breach corpora,
# most frequent first). Entries are lower-cased, trimmed, of four characters or more, deduplicated.
set -euo pipefail
version="${1:-4.1.3}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "@zxcvbn-ts/language-common@$version" --silent >/dev/null && tar xzf ./*.tgz)
node -e '
const a = require(process.argv[1]);
const s = new Set();
for (const p of a) { const l = p.toLowerCase().trim(); if (l.length >= 4) s.add(l); }
process.stdout.write([...s].join("\n") + "\n");' "$work/package/src/passwords.json" \
  | gzip -9 -n > "$root/src/Decree73.Infrastructure/Identity/Passwords/common-passwords.txt.gz"
echo "written: $(zcat "$root/src/Decree73.Infrastructure/Identity/Passwords/common-passwords.txt.gz" | wc -l) passwords"
