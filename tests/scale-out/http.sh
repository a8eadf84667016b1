# Sourced by tests/scale-out.sh: HTTP through nginx with curl, one cookie jar per user; every response's instance is
# recorded in $TRAIL. Forms are read from the last page by form.py and posted as a browser would.

TRAIL="$WORK/instances.txt"   # one line per request: instance status method path
: > "$TRAIL"
BODY="$WORK/body.html"
HEADERS="$WORK/headers.txt"
STATUS=""
PAGE_PATH=""
LOCATION=""
INSTANCE=""
# request JAR METHOD PATH [curl args...]: sets STATUS, LOCATION, INSTANCE; the body is in $BODY.
request() {
  local jar="$WORK/$1.jar" method="$2" path="$3"; shift 3
  [[ "$method" == GET ]] && PAGE_PATH="${path%%\?*}"
  STATUS=$(curl -s -o "$BODY" -D "$HEADERS" -w '%{http_code}' -c "$jar" -b "$jar" -X "$method" "$@" "$BASE$path" || echo 000)
  LOCATION=$(grep -i '^location:' "$HEADERS" | tail -1 | sed 's/^[^:]*: *//' | tr -d '\r' || true)
  INSTANCE=$(grep -i '^x-decree73-instance:' "$HEADERS" | tail -1 | sed 's/^[^:]*: *//' | tr -d '\r' || true)
  echo "${INSTANCE:-none} $STATUS $method ${path%%\?*}" >> "$TRAIL"
}
get() { request "$1" GET "$2"; }
# submit JAR SELECTOR [BUTTON] -- NAME=VALUE...: posts a form of the last page ($BODY) as a browser would.
submit() {
  local jar="$1"; shift
  local parts=() args=()
  mapfile -d '' parts < <(PAGE_PATH="$PAGE_PATH" python3 "$PARTS/form.py" "$BODY" "$@") || true
  if [[ ${#parts[@]} -eq 0 ]]; then STATUS=000; LOCATION=""; INSTANCE=""; return 0; fi
  for kv in "${parts[@]:1}"; do args+=(--data-urlencode "$kv"); done
  request "$jar" POST "${parts[0]}" "${args[@]}"
}
error_text() { python3 -c 'import re,sys,html; s=open(sys.argv[1],encoding="utf-8").read(); m=re.findall(r"<(?:div|span|p)[^>]*(?:validation-summary-errors|field-validation-error|role=\"alert\")[^>]*>(.*?)</(?:div|span|p)>", s, re.S); print(" | ".join(html.unescape(re.sub(r"<[^>]+>"," ",x)).split() and " ".join(html.unescape(re.sub(r"<[^>]+>"," ",x)).split()) for x in m)[:400])' "$BODY" 2>/dev/null || true; }
expect_redirect() { # expect_redirect WHAT: a form post is acknowledged with a redirect
  if [[ "$STATUS" == "302" ]]; then return 0; fi
  fail "$1" "HTTP $STATUS on $INSTANCE: $(error_text)"
  return 1
}
sign_in() { # sign_in JAR EMAIL PASSWORD
  get "$1" /Account/Login
  submit "$1" "has:Input.Password" -- "Input.Email=$2" "Input.Password=$3"
}
TODAY=$(TZ=Asia/Ho_Chi_Minh date +%d/%m/%Y)

# The plan fields of a proposal titled $1, NUL-separated; save_draft posts them as a new draft.
plan() {
  printf '%s\0' "Input.Title=$1" "Input.Plan.Necessity=Người dân đi lại nhiều lần" "Input.Plan.Purpose=Giải quyết trong ngày" \
    "Input.Plan.Bottleneck=Hồ sơ giấy" "Input.Plan.RuleGap=Chưa có quy định" "Input.Plan.Content=Tiếp nhận trực tuyến" "Input.Plan.Scope=Toàn tỉnh" \
    "Input.Plan.Implementers=Bộ phận một cửa" "Input.StartOn=01/03/2027" "Input.EndOn=31/12/2027" "Input.Plan.ResourcePeople=2 công chức" \
    "Input.Plan.Feasibility=Cao" "Input.Plan.PositiveImpact=Nhanh" "Input.Plan.NegativeImpact=Lỗi mạng" "Input.Plan.ExpectedResults=90% hồ sơ trong ngày"
}
save_draft() { # save_draft TITLE: a new draft through the form; sets DRAFT_ID
  local fields=()
  mapfile -d '' fields < <(plan "$1")
  DRAFT_ID=""
  get proposer /Proposals/Edit
  submit proposer "has:Input.Title" "handler=Save" -- "${fields[@]}"
  expect_redirect "save draft \"$1\"" || return 1
  DRAFT_ID=$(echo "$LOCATION" | grep -o '[0-9]\+' | tail -1)
}
download_matches() { # download_matches: GET the attachment, compare the bytes with the upload
  request head GET "/Proposals/Attachments/$ID?handler=Download&attachmentId=${ATTACHMENT:-0}"
  [[ "$STATUS" == "200" ]] && cmp -s "$BODY" "$WORK/upload.pdf"
}
cookie_header() { # the cookie jar of a user as one Cookie header
  python3 - "$WORK/$1.jar" <<'PY'
import sys
pairs = []
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("#HttpOnly_"): line = line[len("#HttpOnly_"):]
    elif not line or line.startswith("#"): continue
    f = line.split("\t")
    if len(f) >= 7: pairs.append(f[5] + "=" + f[6])
print("; ".join(pairs))
PY
}
