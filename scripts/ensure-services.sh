#!/usr/bin/env bash
# Makes sure the services the tests use answer: PostgreSQL on 127.0.0.1:5432 (user postgres, trust
# auth) and Redis on 127.0.0.1:6379. Does nothing when both already answer; otherwise installs
# Debian's postgresql / redis-server packages as needed and starts what is not running.
set -euo pipefail

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # port name
  for _ in $(seq 1 60); do
    if answers "$1"; then return 0; fi
    sleep 0.5
  done
  echo "$2 did not start answering on 127.0.0.1:$1" >&2
  exit 1
}

if answers 5432 && answers 6379; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
UPDATED=""
install() {
  if [ -z "$UPDATED" ]; then
    $SUDO apt-get update -qq
    UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null
}

if ! answers 5432; then
  if ! command -v pg_lsclusters >/dev/null || [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    echo "PostgreSQL not found: installing Debian's postgresql package…"
    install postgresql
  fi
  version="" cluster=""
  read -r version cluster _ < <(pg_lsclusters -h | head -n 1) || true
  if [ -z "$version" ]; then
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    cluster=main
    $SUDO pg_createcluster "$version" "$cluster" >/dev/null
  fi
  # The tests connect as postgres over TCP with no password: trust local TCP, as CI machines do.
  hba="/etc/postgresql/$version/$cluster/pg_hba.conf"
  if ! $SUDO grep -Eq '^host\s+all\s+all\s+127\.0\.0\.1/32\s+trust' "$hba"; then
    $SUDO sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    $SUDO pg_ctlcluster "$version" "$cluster" reload 2>/dev/null || true
  fi
  echo "Starting PostgreSQL $version ($cluster) on 127.0.0.1:5432…"
  $SUDO pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
  wait_for 5432 PostgreSQL
fi

if ! answers 6379; then
  if ! command -v redis-server >/dev/null; then
    echo "Redis not found: installing Debian's redis-server package…"
    install redis-server
  fi
  echo "Starting Redis on 127.0.0.1:6379…"
  # No init system is assumed (containers, CI): the server daemonizes itself.
  $SUDO redis-server --bind 127.0.0.1 --port 6379 --daemonize yes >/dev/null
  wait_for 6379 Redis
fi
