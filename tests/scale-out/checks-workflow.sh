# Sourced by tests/scale-out.sh: the workflow through nginx. Round-robin, sign-in across instances, the administrator
# sets up a head and a proposer, the proposer saves and submits a proposal, the head uploads an attachment (downloaded
# byte for byte through both instances), records the Party opinion, the Art. 5 findings and the vote; consecutive
# requests must alternate between the instances.

log "Checks through nginx ($BASE)"
for _ in 1 2 3 4 5 6; do get anon /health/live; done
SEEN=$(tail -6 "$TRAIL" | awk '{print $1}' | sort -u | tr '\n' ' ')
check "round-robin: six requests reach both instances ($SEEN)" "instances seen: $SEEN" \
  test "$(tail -6 "$TRAIL" | awk '{print $1}' | sort -u | grep -vc none)" -eq 2

# The administrator signs in (the login form comes from one instance, the post goes to the other).
sign_in admin "$ADMIN_EMAIL" "$ADMIN_PASSWORD"
LOGIN_FORM_ON=$(tail -2 "$TRAIL" | head -1 | awk '{print $1}')
check "sign-in through nginx: form from $LOGIN_FORM_ON, post answered by $INSTANCE" "HTTP $STATUS: $(error_text)" test "$STATUS" = 302
if [[ "$STATUS" == 400 && "$LOGIN_FORM_ON" != "$INSTANCE" ]]; then
  echo "      hint: $INSTANCE refused the antiforgery token issued by $LOGIN_FORM_ON: the data-protection keys are not shared"
  echo "      ($SCALE_KEYS_SETTING not in effect?). SCALE_SHARED_DATA=1 shares them through one data folder to test the rest."
fi
get admin /Admin/Officers
check "the sign-in cookie is read by the other instance ($INSTANCE)" "HTTP $STATUS (a 302 to the login page means the cookie was not readable there)" test "$STATUS" = 200

# The administrator sets up the root unit's head and a proposer: officers, accounts, grants (the supported way).
SETUP_OK=1
HEAD_EMAIL=chutich@scale.decree73.vn
PROPOSER_EMAIL=truongphong@scale.decree73.vn
USER_PASSWORD="Scale-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
add_person() { # add_person NAME POSTKIND POSTTITLE EMAIL ROLE
  get admin /Admin/Officers/Create
  submit admin "has:Input.FullName" -- "Input.FullName=$1" "Input.Sex=Male" "Input.DateOfBirth=15/05/1980" \
    "Input.PostKind=$2" "Input.PostTitle=$3" "Input.Category=Cadre"
  expect_redirect "create officer $1" || return 1
  get admin /Admin/Accounts/Create
  submit admin "has:Input.OfficerId" -- "Input.Email=$4" "Input.OfficerId=~$1" "Input.Password=$USER_PASSWORD"
  expect_redirect "create account $4" || return 1
  local details="$LOCATION"
  get admin "${details#"$BASE"}"
  submit admin "handler=Grant" -- "Grant.Role=$5"
  expect_redirect "grant $5 to $4" || return 1
}
add_person "Nguyễn Văn Thủ Trưởng" Head "Chủ tịch" "$HEAD_EMAIL" UnitHead || SETUP_OK=0
add_person "Trần Thị Đề Xuất" Manager "Trưởng phòng" "$PROPOSER_EMAIL" Proposer || SETUP_OK=0
[[ $SETUP_OK -eq 1 ]] && pass "administration through nginx: two officers, two accounts, two grants"

sign_in proposer "$PROPOSER_EMAIL" "$USER_PASSWORD"
check "the proposer signs in" "HTTP $STATUS: $(error_text)" test "$STATUS" = 302
sign_in head "$HEAD_EMAIL" "$USER_PASSWORD"
check "the head signs in" "HTTP $STATUS: $(error_text)" test "$STATUS" = 302


ACKED_DRAFTS=()
save_draft "Số hóa hồ sơ một cửa qua hai máy chủ" && ACKED_DRAFTS+=("$DRAFT_ID")
ID="${DRAFT_ID:-0}"
check "the proposer saves a draft (proposal $ID)" "no id" test -n "$DRAFT_ID"
get proposer "/Proposals/Edit/$ID"
mapfile -d '' PLAN_FIELDS < <(plan "Số hóa hồ sơ một cửa qua hai máy chủ")
submit proposer "has:Input.Title" "handler=Submit" -- "${PLAN_FIELDS[@]}"
STATE=$(sql "SELECT \"State\" FROM \"Proposals\" WHERE \"Id\" = $ID" 2>/dev/null || true)
check "the proposer submits it (state $STATE)" "HTTP $STATUS on $INSTANCE: $(error_text)" test "$STATE" = Submitted

# The head uploads an attachment (random bytes inside a PDF) and downloads it through both instances.
python3 - "$WORK/upload.pdf" <<'PY'
import os, sys
body = os.urandom(200_000)
pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
pdf += b"3 0 obj << /Length %d >> stream\n" % len(body) + body + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
open(sys.argv[1], "wb").write(pdf)
PY
get head "/Proposals/Details/$ID"
UPLOAD_FORM=()
mapfile -d '' UPLOAD_FORM < <(python3 "$PARTS/form.py" "$BODY" "#attachment-upload") || true
if [[ ${#UPLOAD_FORM[@]} -gt 0 ]]; then
  upload_args=()
  for kv in "${UPLOAD_FORM[@]:1}"; do upload_args+=(-F "$kv"); done
  request head POST "${UPLOAD_FORM[0]}" "${upload_args[@]}" -F "Upload.File=@$WORK/upload.pdf;type=application/pdf;filename=Bien-ban-hop.pdf"
fi
UPLOADED_ON="$INSTANCE"
ATTACHMENT=$(sql "SELECT max(\"Id\") FROM \"ProposalAttachments\" WHERE \"ProposalId\" = $ID" 2>/dev/null || true)
check "the head uploads an attachment through $UPLOADED_ON (attachment ${ATTACHMENT:-none})" "HTTP $STATUS: $(error_text)" \
  test "$STATUS" = 302 -a -n "$ATTACHMENT"
DOWNLOADS_ON=()
for _ in 1 2; do
  if download_matches; then DOWNLOADS_ON+=("$INSTANCE"); else fail "download the attachment through $INSTANCE" "HTTP $STATUS, $(stat -c %s "$BODY") bytes, not the bytes uploaded through $UPLOADED_ON"; fi
done
[[ ${#DOWNLOADS_ON[@]} -eq 2 ]] && pass "the attachment uploaded through $UPLOADED_ON downloads byte for byte through ${DOWNLOADS_ON[*]}"

# The head records the Party opinion, the Art. 5 findings and the vote (roster: the head alone, in favour).
get head "/Proposals/Details/$ID"
submit head "handler=PartyOpinion"
expect_redirect "the Party opinion" || true
get head "/Proposals/Conditions/$ID"
submit head "#conditions-form" -- Input.Bottleneck=true Input.CommonInterest=true Input.UrgentNeed=true \
  Input.NoSecurityImpact=true Input.NoHarmToOthers=true Input.WithinAuthority=true
expect_redirect "the Art. 5 findings" || true
get head "/Proposals/Details/$ID"
submit head "handler=Vote" -- "*radio=true" "Action.MeetingOn=$TODAY"
VOTE_STATUS="$STATUS"
STATE=$(sql "SELECT \"State\" FROM \"Proposals\" WHERE \"Id\" = $ID" 2>/dev/null || true)
check "the head records the vote: the proposal is approved (state $STATE)" "HTTP $VOTE_STATUS: $(error_text)" test "$STATE" = Approved

# Consecutive requests alternate between the instances.
python3 - "$TRAIL" > "$WORK/alternation.txt" <<'PY'
import sys, collections
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
inst = [r[0] for r in rows]
c = collections.Counter(inst)
switches = sum(1 for a, b in zip(inst, inst[1:]) if a != b)
print(len(inst), switches, " ".join("%s:%d" % kv for kv in sorted(c.items())))
PY
read -r N_REQ SWITCHES SPREAD < "$WORK/alternation.txt"
check "consecutive requests land on different instances ($SWITCHES switches in $N_REQ requests; $SPREAD)" \
  "round-robin should switch on nearly every request" test "$SWITCHES" -ge $((N_REQ * 3 / 4))
