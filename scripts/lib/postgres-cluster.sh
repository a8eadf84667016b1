# Sourced by tests/run.sh and tests/scale-out.sh: the PostgreSQL cluster the tests run on.

# Runs a command as root: directly when already root, else through sudo.
sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# The "main" cluster of the newest PostgreSQL installed from the Debian packages: created if missing, started (a
# cluster already running is left as it is), then up to 30 s for it to answer on 127.0.0.1. Sets pg_version and
# pg_port; the caller checks pg_isready itself and decides what a cluster that does not answer means.
pg_start_main_cluster() {
  pg_version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$pg_version main$"; then
    sudo_if_needed pg_createcluster "$pg_version" main >/dev/null
  fi
  pg_port="$(pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $3}')"
  (cd / && sudo_if_needed pg_ctlcluster "$pg_version" main start 2>/dev/null || true)
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p "$pg_port" && break; sleep 1; done
}
