# Sourced by tests/scale-out.sh: with --bench, the list page and draft saves measured straight to one instance, through
# nginx to one instance and through nginx to two (docs/performance.md); rows in $BENCH_ROWS, printed by the summary.

BENCH_ROWS="$WORK/bench.tsv"
: > "$BENCH_ROWS"
bench_target() { # bench_target NAME ORIGIN: 300 list requests with hey, then 100 draft saves one after another
  local name="$1" origin="$2" cookie out="$WORK/hey-list.txt"
  cookie=$(cookie_header proposer)
  hey -n 300 -c 4 -H "Cookie: $cookie" "$origin/Proposals" > "$out"
  hey_row "$out" "GET /Proposals x300 (4 workers), $name" "$(hey_codes "$out")"
  get proposer /Proposals/Edit
  local parts=() args=() times="$WORK/submit-times.txt"
  mapfile -d '' parts < <(PAGE_PATH=/Proposals/Edit python3 "$PARTS/form.py" "$BODY" "has:Input.Title" "handler=Save" -- \
    "Input.Title=Đề xuất đo tải" "Input.Plan.Necessity=x" "Input.Plan.Purpose=x" "Input.Plan.Bottleneck=x" "Input.Plan.RuleGap=x" "Input.Plan.Content=x" \
    "Input.Plan.Scope=x" "Input.Plan.Implementers=x" "Input.StartOn=01/03/2027" "Input.EndOn=30/09/2027" "Input.Plan.ResourcePeople=x" \
    "Input.Plan.Feasibility=x" "Input.Plan.PositiveImpact=x" "Input.Plan.NegativeImpact=x" "Input.Plan.ExpectedResults=x") || true
  [[ ${#parts[@]} -gt 0 ]] || { echo "  $name: no draft form"; return 0; }
  for kv in "${parts[@]:1}"; do [[ "$kv" == CreationToken=* ]] || args+=(--data-urlencode "$kv"); done
  : > "$times"
  local started=$(date +%s.%N)
  for _ in $(seq 1 100); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "$WORK/proposer.jar" "${args[@]}" \
      --data-urlencode "CreationToken=$(cat /proc/sys/kernel/random/uuid)" "$origin${parts[0]}" >> "$times"
  done
  python3 - "$times" "POST /Proposals/Edit (save a draft) x100, $name" "$started" >> "$BENCH_ROWS" <<'PY'
import sys, collections, time
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
codes = collections.Counter(r[0] for r in rows)
ms = sorted(float(r[1]) * 1000 for r in rows)
q = lambda p: "%.1f" % ms[min(len(ms) - 1, int(round(p * (len(ms) - 1))))]
rps = len(ms) / (time.time() - float(sys.argv[3]))
print("\t".join([sys.argv[2], q(0.5), q(0.95), q(0.99), "%.0f" % rps, " ".join("[%s]%d" % kv for kv in sorted(codes.items()))]))
PY
  echo "  $name done"
}
if [[ $BENCH -eq 1 ]]; then
  log "Benchmark: list and submit, one instance direct, nginx to one, nginx to two"
  bench_target "app-1 direct" "http://127.0.0.1:$PORT1"
  bench_target "nginx -> app-1" "http://127.0.0.1:$NGINX_ONE_PORT"
  bench_target "nginx -> app-1 + app-2" "$BASE"
fi
