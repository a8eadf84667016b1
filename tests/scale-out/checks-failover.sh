# Sourced by tests/scale-out.sh: one instance killed mid-run (under load with --bench); the other must answer every
# request, nothing acknowledged may be lost, and the reminder pass must go on.

# --- Failover: one instance killed mid-run ---------------------------------------------------------------------------
log "Failover: one instance killed"
get proposer /Proposals
VICTIM="${INSTANCE#app-}"
[[ "$VICTIM" == 1 || "$VICTIM" == 2 ]] || VICTIM=1
SURVIVOR=$((3 - VICTIM))
if [[ $BENCH -eq 1 ]]; then
  hey -n 600 -c 4 -H "Cookie: $(cookie_header proposer)" "$BASE/Proposals" > "$WORK/hey-failover.txt" 2>&1 &
  HEY_PID=$!
  sleep 2
fi
kill -9 "${APP_PID[$VICTIM]}" 2>/dev/null || true
wait "${APP_PID[$VICTIM]}" 2>/dev/null || true
echo "killed app-$VICTIM (it answered the last request); app-$SURVIVOR stays"
if [[ $BENCH -eq 1 ]]; then
  wait "$HEY_PID" || true
  out="$WORK/hey-failover.txt"
  codes=$(hey_codes "$out")
  errors=$(sed -n '/Error distribution/,$p' "$out" | { grep -E '^\s+\[' || true; } | awk '{s+=substr($1,2)} END {print s+0}')
  hey_row "$out" "GET /Proposals x600 (4 workers), nginx -> two, app-$VICTIM killed after 2 s" "$codes; connection errors $errors"
  check "no request failed while an instance was killed under load ($codes)" "see $WORK/hey-failover.txt" \
    test "$(echo "$codes" | tr ' ' '\n' | grep -v '^\[200\]' | grep -c . || true)" -eq 0 -a "$errors" -eq 0
fi
: > "$WORK/after-kill.txt"
FAILOVER_OK=1
for i in 1 2 3; do
  save_draft "Đề xuất sau sự cố số $i" && ACKED_DRAFTS+=("$DRAFT_ID") || FAILOVER_OK=0
  echo "$INSTANCE $STATUS save" >> "$WORK/after-kill.txt"
  get proposer "/Proposals/Details/$ID"; echo "$INSTANCE $STATUS details" >> "$WORK/after-kill.txt"
  [[ "$STATUS" == 200 ]] || FAILOVER_OK=0
  download_matches || FAILOVER_OK=0; echo "$INSTANCE $STATUS download" >> "$WORK/after-kill.txt"
done
AFTER=$(awk '{print $1"/"$2}' "$WORK/after-kill.txt" | sort | uniq -c | awk '{print $2"×"$1}' | tr '\n' ' ')
check "after the kill every request succeeds through app-$SURVIVOR ($AFTER)" "see $WORK/after-kill.txt" test "$FAILOVER_OK" = 1
check "after the kill only app-$SURVIVOR answers" "$AFTER" test "$(awk '{print $1}' "$WORK/after-kill.txt" | sort -u | tr -d '\n')" = "app-$SURVIVOR"
STORED=$(sql "SELECT count(*) FROM \"Proposals\" WHERE \"Id\" IN ($(IFS=,; echo "${ACKED_DRAFTS[*]:-0}"))" || echo 0)
VOTES=$(sql "SELECT count(*) FROM \"ProposalVotes\" WHERE \"ProposalId\" = $ID" 2>/dev/null || echo 0)
check "nothing acknowledged is lost: ${#ACKED_DRAFTS[@]} acknowledged proposals stored ($STORED), the vote ($VOTES row(s)) and the attachment still there" \
  "stored $STORED of ${#ACKED_DRAFTS[@]}" test "$STORED" -eq "${#ACKED_DRAFTS[@]}" -a "$VOTES" -ge 1 -a "$STATE" = Approved

# The reminder pass goes on without the killed instance: the survivor runs it (at once if it held the lease, else
# once the dead holder's lease expired: three intervals by default).
SURVIVOR_PASSES=$(grep -c "$SCALE_PASS_LOG" "$WORK/app-$SURVIVOR.log" || true)
TAKEOVER_WAIT=$(python3 -c "print(int($INTERVAL_S * 5 + 5))")
for _ in $(seq 1 "$TAKEOVER_WAIT"); do
  [[ $(grep -c "$SCALE_PASS_LOG" "$WORK/app-$SURVIVOR.log" || true) -gt "$SURVIVOR_PASSES" ]] && break
  sleep 1
done
check "the reminder pass goes on in app-$SURVIVOR after the kill" "no pass logged by app-$SURVIVOR within $TAKEOVER_WAIT s" \
  test "$(grep -c "$SCALE_PASS_LOG" "$WORK/app-$SURVIVOR.log" || true)" -gt "$SURVIVOR_PASSES"
