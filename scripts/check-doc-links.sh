#!/usr/bin/env bash
# Checks that every relative link in README.md and docs/**/*.md resolves: the file (or folder) exists and,
# for a link with #anchor, a heading of the target file has that GitHub anchor. Links inside code spans and
# fenced code blocks are ignored; http(s) and mailto links are not checked. Exits 1 on any broken link.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 - README.md $(find docs -name '*.md' | sort) <<'PY'
import os, re, sys, unicodedata

def slug(heading):
    # GitHub: lower case, drop everything but letters, digits, spaces, hyphens and underscores; spaces -> hyphens.
    text = re.sub(r"`|\*\*|__", "", heading.strip()).lower()
    text = "".join(c for c in text if c in " -_" or unicodedata.category(c)[0] in "LN")
    return text.replace(" ", "-")

def anchors(path):
    seen, result, fenced = {}, set(), False
    for line in open(path, encoding="utf-8"):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        m = None if fenced else re.match(r"#{1,6}\s+(.*?)\s*#*\s*$", line)
        if m:
            s = slug(m.group(1))
            n = seen.get(s, 0)
            seen[s] = n + 1
            result.add(s if n == 0 else f"{s}-{n}")
    return result

broken = checked = 0
for source in sys.argv[1:]:
    fenced = False
    for number, line in enumerate(open(source, encoding="utf-8"), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        line = re.sub(r"`[^`]*`", "", line)
        for target in re.findall(r"\]\(([^)\s]+)\)", line):
            if re.match(r"[a-z]+:", target):
                continue
            checked += 1
            path, _, anchor = target.partition("#")
            resolved = os.path.normpath(os.path.join(os.path.dirname(source), path)) if path else source
            problem = None
            if not os.path.exists(resolved):
                problem = "no such file"
            elif anchor and os.path.isfile(resolved) and anchor not in anchors(resolved):
                problem = "no such heading"
            if problem:
                broken += 1
                print(f"{source}:{number}: {target}: {problem}")
print(f"{checked} relative links checked, {broken} broken")
sys.exit(1 if broken else 0)
PY
