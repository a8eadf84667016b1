# Sourced by tests/scale-out.sh: Debian packages, the PostgreSQL database and role of this run, the work folder and
# its clean-up, the published app, the SMTP listener, the first administrator, the two instances and nginx in front.

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
pg_start_main_cluster
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
python3 "$PARTS/smtp_sink.py" "$WORK/mail" "$SMTP_PORT" > "$WORK/smtp.log" 2>&1 &
PIDS+=($!)

# --- Ports, settings of both instances ------------------------------------------------------------------------------
PORT1=$(free_port); PORT2=$(free_port); NGINX_PORT=$(free_port); NGINX_ONE_PORT=$(free_port)
BASE="http://127.0.0.1:$NGINX_PORT"

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
