#!/usr/bin/env bash
# Scale-out proof (issue 15; docs/deployment.md): two app instances on one PostgreSQL database behind nginx.
#
# Installs nginx (and PostgreSQL) from Debian packages if missing, starts the PostgreSQL cluster that tests/run.sh uses,
# creates a database and a role for this run (random password), publishes the app once, creates the first administrator
# with the supported command (--create-admin), starts TWO instances in Production on two free loopback ports, each with
# its own data folder, and nginx round-robin in front of them on a third port. Then, through nginx only, with curl
# (cookie jar, antiforgery tokens scraped from the forms): the administrator sets up a head and a proposer, the proposer
# saves and submits a proposal, the head uploads an attachment, records the Party opinion, the Art. 5 findings and the
# vote, and the attachment is downloaded and compared byte for byte; every response names its instance
# (X-Decree73-Instance) and consecutive requests must alternate. The reminder pass is checked against a real SMTP
# listener on loopback (each e-mail exactly once, one pass per interval across both instances). Then one instance is
# killed mid-run: the next requests must succeed through the other and nothing acknowledged may be lost.
#
# Prints PASS/FAIL per check and exits non-zero if any check failed. Without CI=true a missing service (nginx or
# PostgreSQL that cannot be installed) skips the script; with CI=true it fails.
#
# Usage: tests/scale-out.sh [--no-build] [--keep]
#   --no-build  reuse the app published by an earlier run (artifacts/scale-out/app)
#   --keep      keep the work folder (logs, nginx config, received mail) and the database
#   --bench     also measure (docs/performance.md): the list page (hey, 300 requests, 4 workers) and 100 draft saves,
#               straight to one instance, through nginx to one instance and through nginx to two; and the kill happens
#               under load (hey running through nginx), with the status codes it saw. Needs `hey` (Debian package).
# Environment (the settings of the scale-out work; adjust here if a name changes):
#   SCALE_SHARED_DATA=1   both instances use ONE data folder (keys and files shared through the local disk): a crutch
#                         that proves the plumbing before the keys and files live in the database. Default 0.
#   SCALE_SETTINGS        extra settings for both instances, space-separated KEY=VALUE (environment variable syntax)
#   SCALE_APP_DIR         an app already published elsewhere (implies --no-build)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"

# --- Settings of the scale-out work (issue 15), as environment variables of both instances. ---------------------------
# Data-protection keys in the database, so that a cookie or antiforgery token issued by one instance is read by another.
SCALE_KEYS_SETTING="${SCALE_KEYS_SETTING:-DataProtection__Store=Database}"
# Attachments and signed files in the database, so that a file uploaded through one instance downloads through another.
SCALE_FILES_SETTING="${SCALE_FILES_SETTING:-Files__Store=Database}"
# The reminder pass under a database lease: how a pass that ran shows in the log, counted over both instances.
SCALE_PASS_LOG="${SCALE_PASS_LOG:-Reminder pass:}"
SCALE_REMINDER_INTERVAL="${SCALE_REMINDER_INTERVAL:-00:00:05}"
SCALE_SHARED_DATA="${SCALE_SHARED_DATA:-0}"
SCALE_SETTINGS="${SCALE_SETTINGS:-}"

BUILD=1
KEEP=0
BENCH=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    --bench) BENCH=1; shift ;;
    -h|--help) sed -n 2,28p "$0"; exit 0 ;;
    *) echo "Unknown option: $1" >&2; exit 2 ;;
  esac
done

START=$(date +%s)
log() { printf "\n== %s (%d s)\n" "$*" "$(( $(date +%s) - START ))"; }
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
PASSED=0
FAILED=0
FAILURES=()
pass() { PASSED=$((PASSED + 1)); printf 'PASS  %s\n' "$1"; }
fail() { FAILED=$((FAILED + 1)); FAILURES+=("$1"); printf 'FAIL  %s%s\n' "$1" "${2:+ — $2}"; }
check() { # check NAME DETAIL CONDITION-COMMAND...
  local name="$1" detail="$2"; shift 2
  if "$@"; then pass "$name"; else fail "$name" "$detail"; fi
}
missing_service() {
  if [[ "${CI:-}" == "true" ]]; then echo "FAIL  $1 (CI=true: a missing service fails)" >&2; exit 1; fi
  echo "SKIP  scale-out: $1 (set CI=true to fail instead)"; exit 0
}

# --- Debian packages ------------------------------------------------------------------------------------------------
log "Debian packages"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
missing=()
[ -x "$NGINX" ] || missing+=(nginx)
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
for tool in curl python3; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
[[ $BENCH -eq 1 ]] && { command -v hey >/dev/null 2>&1 || missing+=(hey); }
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  { sudo_if_needed apt-get update -qq && sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
    || echo "apt-get failed"
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
else
  echo "nginx, postgresql, curl and python3 present"
fi
[ -x "$NGINX" ] || missing_service "nginx is not installed"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing_service "PostgreSQL is not installed"
"$NGINX" -v 2>&1

# --- PostgreSQL: the cluster of tests/run.sh, a database and a role of this run ------------------------------------------
log "PostgreSQL on 127.0.0.1"
pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$pg_version main$"; then
  sudo_if_needed pg_createcluster "$pg_version" main >/dev/null
fi
pg_port="$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')"
(cd / && sudo_if_needed pg_ctlcluster "$pg_version" main start 2>/dev/null || true)
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
pg_isready -q -h 127.0.0.1 -p "$pg_port" || missing_service "PostgreSQL does not answer on 127.0.0.1:$pg_port"
as_postgres() { (cd / && sudo_if_needed runuser -u postgres -- psql -qAt -p "$pg_port" -v ON_ERROR_STOP=1 "$@"); }
PG_ROLE=decree73_scale
PG_PASSWORD="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
PG_DB="d73scale_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# Databases an interrupted or kept run left behind, then the role (its password is new at every run: one run of this
# script at a time per PostgreSQL cluster).
as_postgres -c "SELECT datname FROM pg_database WHERE datname LIKE 'd73scale\_%'" | while read -r stale; do
  as_postgres -c "DROP DATABASE IF EXISTS \"$stale\" WITH (FORCE)"; done
as_postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN CREATE ROLE $PG_ROLE LOGIN; END IF;
END \$\$;
ALTER ROLE $PG_ROLE WITH LOGIN NOCREATEDB PASSWORD '$PG_PASSWORD';
CREATE DATABASE "$PG_DB" OWNER $PG_ROLE;
SQL
CONNECTION="Host=127.0.0.1;Port=$pg_port;Username=$PG_ROLE;Password=$PG_PASSWORD;Database=$PG_DB"
sql() { PGPASSWORD="$PG_PASSWORD" psql -qAt -h 127.0.0.1 -p "$pg_port" -U "$PG_ROLE" -d "$PG_DB" -v ON_ERROR_STOP=1 -c "$1"; }
echo "database $PG_DB, role $PG_ROLE on port $pg_port"

# --- Work folder, clean-up ------------------------------------------------------------------------------------------
WORK=$(mktemp -d /tmp/decree73-scale-XXXXXX)
chmod 755 "$WORK"
PIDS=()
cleanup() {
  local status=$?
  [[ -f "$WORK/nginx/nginx.pid" ]] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ $KEEP -eq 1 || $status -ne 0 ]]; then
    echo "Kept: $WORK and database $PG_DB"
  else
    as_postgres -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" 2>/dev/null || true
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# --- The app, published once ----------------------------------------------------------------------------------------
APP="${SCALE_APP_DIR:-$ROOT/artifacts/scale-out/app}"
[[ -n "${SCALE_APP_DIR:-}" ]] && BUILD=0
if [[ $BUILD -eq 1 || ! -f "$APP/Decree73.Web.dll" ]]; then
  log "Publish (Release, warnings as errors)"
  dotnet publish src/Decree73.Web -c Release -o "$APP" -warnaserror -nologo -clp:ErrorsOnly -v q
fi

# --- A real SMTP listener on loopback: one .eml file per message ----------------------------------------------------
SMTP_PORT=$(free_port)
mkdir -p "$WORK/mail"
cat > "$WORK/smtp_sink.py" <<'PY'
import socketserver, sys, os, itertools
out, port = sys.argv[1], int(sys.argv[2])
counter = itertools.count(1)
class Session(socketserver.StreamRequestHandler):
    def send(self, line): self.wfile.write((line + "\r\n").encode()); self.wfile.flush()
    def handle(self):
        self.send("220 localhost ESMTP scale-out sink")
        rcpt = []
        while True:
            line = self.rfile.readline()
            if not line: return
            cmd = line.decode("latin-1").strip()
            verb = cmd[:4].upper()
            if verb == "EHLO": self.send("250-localhost"); self.send("250 8BITMIME")
            elif verb == "HELO": self.send("250 localhost")
            elif verb == "MAIL": rcpt = []; self.send("250 OK")
            elif verb == "RCPT": rcpt.append(cmd.split(":", 1)[1].strip().strip("<>")); self.send("250 OK")
            elif verb == "DATA":
                self.send("354 End data with <CR><LF>.<CR><LF>")
                data = []
                while True:
                    l = self.rfile.readline()
                    if not l or l in (b".\r\n", b".\n"): break
                    data.append(l[1:] if l.startswith(b"..") else l)
                n = next(counter)
                tmp = os.path.join(out, "%05d.tmp" % n)
                with open(tmp, "wb") as f:
                    f.write(("X-Sink-Rcpt: " + ",".join(rcpt) + "\r\n").encode()); f.writelines(data)
                os.rename(tmp, tmp[:-4] + ".eml")
                self.send("250 OK: queued")
            elif verb in ("RSET", "NOOP"): self.send("250 OK")
            elif verb == "QUIT": self.send("221 Bye"); return
            else: self.send("502 Command not implemented")
class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
Server(("127.0.0.1", port), Session).serve_forever()
PY
python3 "$WORK/smtp_sink.py" "$WORK/mail" "$SMTP_PORT" > "$WORK/smtp.log" 2>&1 &
PIDS+=($!)

# --- Ports, settings of both instances ------------------------------------------------------------------------------
PORT1=$(free_port); PORT2=$(free_port); NGINX_PORT=$(free_port); NGINX_ONE_PORT=$(free_port)
BASE="http://127.0.0.1:$NGINX_PORT"
app_env() { # app_env N: the environment of instance N (also used for --create-admin)
  local data="$WORK/data-$1"
  [[ "$SCALE_SHARED_DATA" == "1" ]] && data="$WORK/data-shared"
  local settings=(
    ASPNETCORE_ENVIRONMENT=Production
    Database__Provider=PostgreSql "Database__ConnectionString=$CONNECTION" "Database__DataDirectory=$data"
    "Instance__Id=app-$1"
    ReverseProxy__KnownProxies__0=127.0.0.1
    # The scripted users are administrators and heads: no authenticator app here (the 2FA tests run with the product default).
    Authentication__TwoFactorRequiredRoles=
    Smtp__Host=127.0.0.1 "Smtp__Port=$SMTP_PORT" Smtp__UseStartTls=false Smtp__From=decree73@scale.test
    "App__PublicBaseUrl=$BASE/"
    Notifications__InitialDelay=00:00:02 "Notifications__ReminderInterval=$SCALE_REMINDER_INTERVAL"
    "$SCALE_KEYS_SETTING" "$SCALE_FILES_SETTING"
  )
  # shellcheck disable=SC2206
  [[ -n "$SCALE_SETTINGS" ]] && settings+=($SCALE_SETTINGS)
  printf '%s\0' "${settings[@]}"
}
run_app() { # run_app N ARGS...: the published app from its folder (the content root), with instance N's settings
  local n="$1"; shift
  local env_args=()
  mapfile -d '' env_args < <(app_env "$n")
  (cd "$APP" && exec env "${env_args[@]}" dotnet Decree73.Web.dll "$@")
}
declare -A APP_PID
start_instance() { # start_instance N PORT: in the background; $! is the dotnet process itself (exec), so kill reaches it
  local env_args=()
  mapfile -d '' env_args < <(app_env "$1")
  (cd "$APP" && exec env "${env_args[@]}" dotnet Decree73.Web.dll --urls "http://127.0.0.1:$2") >> "$WORK/app-$1.log" 2>&1 &
  APP_PID[$1]=$!
  PIDS+=($!)
}
wait_ready() { # wait_ready N PORT
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "${APP_PID[$1]}" 2>/dev/null || { tail -30 "$WORK/app-$1.log"; return 1; }
    sleep 0.5
  done
  tail -30 "$WORK/app-$1.log"; return 1
}

log "Migrations and the first administrator (--create-admin)"
ADMIN_EMAIL=quantri@scale.decree73.vn
run_app 1 --create-admin "$ADMIN_EMAIL" --root-code SCALE --root-name "Tỉnh Thử Nghiệm" > "$WORK/create-admin.log" 2>&1 \
  || { cat "$WORK/create-admin.log"; echo "FAIL  --create-admin"; exit 1; }
ADMIN_PASSWORD=$(grep -o 'initial password: .*' "$WORK/create-admin.log" | sed 's/^initial password: //' | tr -d '\r')
[[ -n "$ADMIN_PASSWORD" ]] || { cat "$WORK/create-admin.log"; echo "FAIL  --create-admin printed no password"; exit 1; }

log "Two instances (ports $PORT1, $PORT2), shared data folder: $SCALE_SHARED_DATA"
start_instance 1 "$PORT1"
start_instance 2 "$PORT2"
wait_ready 1 "$PORT1" || { echo "FAIL  instance 1 did not become ready"; exit 1; }
wait_ready 2 "$PORT2" || { echo "FAIL  instance 2 did not become ready"; exit 1; }
BOTH_UP_AT=$(date +%s)

log "nginx on port $NGINX_PORT, round-robin"
mkdir -p "$WORK/nginx/tmp"
chmod 777 "$WORK/nginx/tmp"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
  log_format upstream '\$request_method \$request_uri \$status upstream=\$upstream_addr upstream_status=\$upstream_status';
  access_log $WORK/nginx/access.log upstream;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  client_max_body_size 25m;
  upstream decree73 {
    server 127.0.0.1:$PORT1 max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT2 max_fails=1 fail_timeout=10s;
    keepalive 8;
  }
  # The same proxy in front of instance 1 alone, for the benchmark's one-instance rows.
  upstream decree73_one {
    server 127.0.0.1:$PORT1;
    keepalive 8;
  }
  server {
    listen 127.0.0.1:$NGINX_ONE_PORT;
    location / {
      proxy_pass http://decree73_one;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://decree73;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 2;
    }
  }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' > "$WORK/nginx/stdout.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 40); do curl -sf "$BASE/health/live" >/dev/null 2>&1 && break; sleep 0.25; done
curl -sf "$BASE/health/live" >/dev/null || { cat "$WORK/nginx/error.log" "$WORK/nginx/stdout.log"; echo "FAIL  nginx does not answer"; exit 1; }

# --- HTTP through nginx: curl with a cookie jar per user; every response's instance is recorded ---------------------------
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

# The fields of one form on the last page, as a browser would send them (python3, stdlib only).
cat > "$WORK/form.py" <<'PY'
"""form.py PAGE SELECTOR [BUTTON] -- NAME=VALUE...: prints the form's action, then NAME=VALUE pairs, NUL-separated.
SELECTOR: '#id', 'has:NAME' (the form holding field NAME) or text the action contains. BUTTON: the formaction of the button clicked (contains it).
A NAME=VALUE given replaces the form's value; NAME=~TEXT picks the option whose text contains TEXT; '*radio=V' checks
value V in every radio group. Selects with nothing selected take their first option with a value, as a user would."""
import sys, html.parser, os
page, selector = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
button = None
if rest and rest[0] != "--":
    button, rest = rest[0], rest[1:]
overrides = rest[1:] if rest and rest[0] == "--" else rest

class Forms(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.form, self.select, self.option, self.textarea = [], None, None, None, None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.form = {"id": a.get("id", ""), "action": a.get("action") or os.environ.get("PAGE_PATH", ""), "fields": [], "selects": {}, "radios": {}, "buttons": []}
            self.forms.append(self.form)
        elif self.form is None:
            return
        elif tag == "input":
            t = (a.get("type") or "text").lower()
            name = a.get("name")
            if not name or t in ("file", "submit", "button", "image", "reset"):
                if t == "submit": self.form["buttons"].append(a)
                return
            if t == "radio":
                self.form["radios"].setdefault(name, [])
                if "checked" in a: self.form["radios"][name] = [a.get("value", "on")] + self.form["radios"][name]
                self.form["radios"][name + "\0all"] = self.form["radios"].get(name + "\0all", []) + [a.get("value", "on")]
            elif t == "checkbox":
                if "checked" in a: self.form["fields"].append([name, a.get("value", "on")])
            else:
                self.form["fields"].append([name, a.get("value", "")])
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "options": [], "selected": None}
            self.form["selects"][a["name"]] = self.select
        elif tag == "option" and self.select is not None:
            self.option = {"value": a.get("value"), "text": "", "selected": "selected" in a}
            self.select["options"].append(self.option)
        elif tag == "textarea" and a.get("name"):
            self.textarea = [a["name"], ""]
            self.form["fields"].append(self.textarea)
        elif tag == "button":
            self.form["buttons"].append(a)
    def handle_data(self, data):
        if self.option is not None: self.option["text"] += data
        if self.textarea is not None: self.textarea[1] += data
    def handle_endtag(self, tag):
        if tag == "form": self.form = None
        elif tag == "select": self.select = None
        elif tag == "option": self.option = None
        elif tag == "textarea": self.textarea = None

p = Forms()
p.feed(open(page, encoding="utf-8").read())
def matches(f):
    if selector.startswith("#"): return f["id"] == selector[1:]
    if selector.startswith("has:"):
        return selector[4:] in [n for n, _ in f["fields"]] + list(f["selects"]) + list(f["radios"])
    return selector in f["action"].replace("&amp;", "&")
found = [f for f in p.forms if matches(f)]
if not found:
    sys.stderr.write("no form %s on the page (forms: %s)\n" % (selector, ", ".join(f["id"] or f["action"] for f in p.forms)))
    sys.exit(1)
f = found[0]
values = [list(x) for x in f["fields"]]
for name, s in f["selects"].items():
    opts = s["options"]
    chosen = next((o for o in opts if o["selected"]), None) or next((o for o in opts if o["value"]), None)
    if chosen is not None: values.append([name, chosen["value"] if chosen["value"] is not None else chosen["text"].strip()])
radio_all = None
for o in overrides:
    if o.startswith("*radio="): radio_all = o.split("=", 1)[1]
for name, vals in f["radios"].items():
    if "\0" in name: continue
    if radio_all is not None and radio_all in f["radios"].get(name + "\0all", []): values.append([name, radio_all])
    elif vals: values.append([name, vals[0]])
action = f["action"]
if button:
    b = next((b for b in f["buttons"] if button in (b.get("formaction") or "")), None)
    if b is None:
        sys.stderr.write("no button %s in form %s\n" % (button, selector)); sys.exit(1)
    action = b["formaction"]
for o in overrides:
    if o.startswith("*radio="): continue
    name, value = o.split("=", 1)
    if value.startswith("~") and name in f["selects"]:
        opt = next((x for x in f["selects"][name]["options"] if value[1:] in x["text"]), None)
        if opt is None: sys.stderr.write("no option %s in %s\n" % (value[1:], name)); sys.exit(1)
        value = opt["value"]
    values = [v for v in values if v[0] != name] + [[name, value]]
out = [action.replace("&amp;", "&")] + ["%s=%s" % (n, v) for n, v in values]
sys.stdout.write("\0".join(out) + "\0")
PY
# submit JAR SELECTOR [BUTTON] -- NAME=VALUE...: posts a form of the last page ($BODY) as a browser would.
submit() {
  local jar="$1"; shift
  local parts=() args=()
  mapfile -d '' parts < <(PAGE_PATH="$PAGE_PATH" python3 "$WORK/form.py" "$BODY" "$@") || true
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

plan() {
  printf '%s\0' "Input.Title=$1" "Input.Necessity=Người dân đi lại nhiều lần" "Input.Purpose=Giải quyết trong ngày" \
    "Input.Bottleneck=Hồ sơ giấy" "Input.RuleGap=Chưa có quy định" "Input.Content=Tiếp nhận trực tuyến" "Input.Scope=Toàn tỉnh" \
    "Input.Implementers=Bộ phận một cửa" "Input.StartOn=01/03/2027" "Input.EndOn=31/12/2027" "Input.ResourcePeople=2 công chức" \
    "Input.Feasibility=Cao" "Input.PositiveImpact=Nhanh" "Input.NegativeImpact=Lỗi mạng" "Input.ExpectedResults=90% hồ sơ trong ngày"
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
mapfile -d '' UPLOAD_FORM < <(python3 "$WORK/form.py" "$BODY" "#attachment-upload") || true
if [[ ${#UPLOAD_FORM[@]} -gt 0 ]]; then
  upload_args=()
  for kv in "${UPLOAD_FORM[@]:1}"; do upload_args+=(-F "$kv"); done
  request head POST "${UPLOAD_FORM[0]}" "${upload_args[@]}" -F "Upload.File=@$WORK/upload.pdf;type=application/pdf;filename=Bien-ban-hop.pdf"
fi
UPLOADED_ON="$INSTANCE"
ATTACHMENT=$(sql "SELECT max(\"Id\") FROM \"ProposalAttachments\" WHERE \"ProposalId\" = $ID" 2>/dev/null || true)
check "the head uploads an attachment through $UPLOADED_ON (attachment ${ATTACHMENT:-none})" "HTTP $STATUS: $(error_text)" \
  test "$STATUS" = 302 -a -n "$ATTACHMENT"
download_matches() { # download_matches: GET the attachment, compare the bytes with the upload
  request head GET "/Proposals/Attachments/$ID?handler=Download&attachmentId=${ATTACHMENT:-0}"
  [[ "$STATUS" == "200" ]] && cmp -s "$BODY" "$WORK/upload.pdf"
}
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

# --- Benchmark (--bench): the list page and the submit, one instance direct, through nginx to one and to two ----------
BENCH_ROWS="$WORK/bench.tsv"
: > "$BENCH_ROWS"
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
bench_target() { # bench_target NAME ORIGIN: 300 list requests with hey, then 100 draft saves one after another
  local name="$1" origin="$2" cookie out codes
  cookie=$(cookie_header proposer)
  out=$(hey -n 300 -c 4 -H "Cookie: $cookie" "$origin/Proposals")
  codes=$(echo "$out" | grep -E '^\s+\[[0-9]+\]' | awk '{print $1 $2}' | tr '\n' ' ' || true)
  python3 - "GET /Proposals x300 (4 workers), $name" "$codes" >> "$BENCH_ROWS" <<PY
import re, sys
out = """$out"""
def pct(p):
    m = re.search(r"\s%d%%+ in ([0-9.]+) secs" % p, out)
    return "%.1f" % (float(m.group(1)) * 1000) if m else ""
rps = re.search(r"Requests/sec:\s+([0-9.]+)", out)
print("\t".join([sys.argv[1], pct(50), pct(95), pct(99), "%.0f" % float(rps.group(1)) if rps else "", sys.argv[2].strip()]))
PY
  get proposer /Proposals/Edit
  local parts=() args=() times="$WORK/submit-times.txt"
  mapfile -d '' parts < <(PAGE_PATH=/Proposals/Edit python3 "$WORK/form.py" "$BODY" "has:Input.Title" "handler=Save" -- \
    "Input.Title=Đề xuất đo tải" "Input.Necessity=x" "Input.Purpose=x" "Input.Bottleneck=x" "Input.RuleGap=x" "Input.Content=x" \
    "Input.Scope=x" "Input.Implementers=x" "Input.StartOn=01/03/2027" "Input.EndOn=30/09/2027" "Input.ResourcePeople=x" \
    "Input.Feasibility=x" "Input.PositiveImpact=x" "Input.NegativeImpact=x" "Input.ExpectedResults=x") || true
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
  out=$(cat "$WORK/hey-failover.txt")
  codes=$(echo "$out" | grep -E '^\s+\[[0-9]+\]' | awk '{print $1 $2}' | tr '\n' ' ' || true)
  errors=$(echo "$out" | sed -n '/Error distribution/,$p' | { grep -E '^\s+\[' || true; } | awk '{s+=substr($1,2)} END {print s+0}')
  python3 - "GET /Proposals x600 (4 workers), nginx -> two, app-$VICTIM killed after 2 s" "$codes; connection errors $errors" >> "$BENCH_ROWS" <<PY
import re, sys
out = """$out"""
def pct(p):
    m = re.search(r"\s%d%%+ in ([0-9.]+) secs" % p, out)
    return "%.1f" % (float(m.group(1)) * 1000) if m else ""
rps = re.search(r"Requests/sec:\s+([0-9.]+)", out)
print("\t".join([sys.argv[1], pct(50), pct(95), pct(99), "%.0f" % float(rps.group(1)) if rps else "", sys.argv[2].strip()]))
PY
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

# --- Summary -------------------------------------------------------------------------------------------------------
ELAPSED=$(( $(date +%s) - START ))
echo
if [[ $BENCH -eq 1 ]]; then
  echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ), PostgreSQL, shared data folder: $SCALE_SHARED_DATA"
  echo
  echo "| Request | p50 ms | p95 ms | p99 ms | req/s | Status codes |"
  echo "|---|---:|---:|---:|---:|---|"
  awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}' "$BENCH_ROWS"
  echo
fi
echo "nginx upstream log: $(awk '{print $4}' "$WORK/nginx/access.log" | sort | uniq -c | tr '\n' ' ')"
[[ $FAILED -gt 0 ]] && { echo "Logs: $WORK (kept)"; KEEP=1; }
echo "scale-out: $PASSED passed, $FAILED failed in ${ELAPSED} s (shared data folder: $SCALE_SHARED_DATA)"
[[ $FAILED -eq 0 ]]
