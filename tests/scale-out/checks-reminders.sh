# Sourced by tests/scale-out.sh: reminders with both instances up, against the SMTP listener of setup.sh.

# --- Reminders with both instances up: a real SMTP listener, each e-mail exactly once, one pass per interval ----------
log "Reminder pass and e-mail with both instances up (interval $SCALE_REMINDER_INTERVAL)"
# An overdue step: the approved proposal's decision deadline moved into the past (what the calendar would do in days).
sql "UPDATE \"Proposals\" SET \"StepDueOn\" = CURRENT_DATE - 10 WHERE \"Id\" = $ID" >/dev/null
INTERVAL_S=$(python3 -c 'import sys; h,m,s=sys.argv[1].split(":"); print(int(h)*3600+int(m)*60+float(s))' "$SCALE_REMINDER_INTERVAL")
PASSES_BEFORE=$(cat "$WORK"/app-*.log | grep -c "$SCALE_PASS_LOG" || true)
WINDOW_START=$(date +%s)
WAIT_OVERDUE=60
[[ "$STATE" == Approved ]] || { WAIT_OVERDUE=0; echo "      (no approved proposal: the overdue reminder cannot arise; only the pass count is measured)"; }
for _ in $(seq 1 "$WAIT_OVERDUE"); do
  OVERDUE=$(sql "SELECT count(*) FROM \"Notifications\" WHERE \"ProposalId\" = $ID AND \"Kind\" = 'Overdue' AND \"EmailState\" <> 'Pending'" 2>/dev/null || echo 0)
  [[ "$OVERDUE" -ge 1 ]] && break
  sleep 1
done
# A few more intervals: a second sender would show now.
sleep "$(python3 -c "print(int($INTERVAL_S * 3 + 1))")"
WINDOW=$(( $(date +%s) - WINDOW_START ))
PASSES=$(( $(cat "$WORK"/app-*.log | grep -c "$SCALE_PASS_LOG" || true) - PASSES_BEFORE ))
SENT=$(sql "SELECT count(*) FROM \"Notifications\" WHERE \"EmailState\" = 'Sent'" || echo 0)
OVERDUE_SENT=$(sql "SELECT count(*) FROM \"Notifications\" WHERE \"ProposalId\" = $ID AND \"Kind\" = 'Overdue' AND \"EmailState\" = 'Sent'" || echo 0)
python3 - "$WORK/mail" "$HEAD_EMAIL" "$ID" > "$WORK/mail-summary.txt" <<'PY'
import sys, os, email, collections, email.policy
folder, head, pid = sys.argv[1:]
keys = collections.Counter()
to_head = 0
for name in sorted(os.listdir(folder)):
    if not name.endswith(".eml"): continue
    m = email.message_from_binary_file(open(os.path.join(folder, name), "rb"), policy=email.policy.default)
    body = m.get_body(("plain",)).get_content() if m.get_body(("plain",)) else ""
    keys[(m["X-Sink-Rcpt"], str(m["Subject"]), body)] += 1
    if head in (m["X-Sink-Rcpt"] or ""): to_head += 1
print(sum(keys.values()), len(keys), max(keys.values() or [0]), to_head)
PY
read -r MAILS DISTINCT MOST TO_HEAD < "$WORK/mail-summary.txt"
check "the overdue reminder is e-mailed (notification state Sent)" "no Overdue notification sent for proposal $ID within 60 s" test "$OVERDUE_SENT" = 1
check "each e-mail exactly once: $MAILS received, $DISTINCT distinct, $SENT notifications sent" \
  "a message arrived $MOST times, or the count differs from the notifications marked Sent" \
  test "$MAILS" -eq "$SENT" -a "$MAILS" -eq "$DISTINCT" -a "$MAILS" -ge 2
MAX_PASSES=$(python3 -c "import math; print(math.floor($WINDOW / $INTERVAL_S) + 1)")
check "one reminder pass per interval across both instances ($PASSES passes in ${WINDOW} s, interval ${INTERVAL_S} s)" \
  "at most $MAX_PASSES expected: both instances ran the pass (no lease?)" test "$PASSES" -le "$MAX_PASSES"
