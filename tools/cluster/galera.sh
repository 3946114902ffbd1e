#!/usr/bin/env bash
# A 3-node MariaDB Galera cluster on this machine, for the cluster tests and benchmarks.
#
#   tools/cluster/galera.sh start    # nodes on 127.0.0.1:3311, 3312, 3313 (root, no password)
#   tools/cluster/galera.sh stop
#   tools/cluster/galera.sh status
#
# Data, configuration and logs live under $GALERA_DIR (default /tmp/portal-galera), owned by
# the mysql user (rsync state transfers run as that user). Needs the Debian packages
# mariadb-server and galera-4. Node n listens on 331n (SQL), 457n (group communication) and
# 456n (incremental state transfer). The first node bootstraps the cluster (--wsrep-new-cluster);
# the others join it and receive its state.
set -euo pipefail

GALERA_DIR="${GALERA_DIR:-/tmp/portal-galera}"
NODES="${GALERA_NODES:-3}"
PROVIDER="${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}"
MARIADBD="${MARIADBD:-/usr/sbin/mariadbd}"

sql_port() { echo $((3310 + $1)); }
gcomm_port() { echo $((4570 + $1)); }
ist_port() { echo $((4560 + $1)); }

as_mysql() {
  if [ "$(id -u)" = 0 ]; then runuser -u mysql -- "$@"; else "$@"; fi
}

cluster_address() {
  local peers=()
  for n in $(seq 1 "$NODES"); do peers+=("127.0.0.1:$(gcomm_port "$n")"); done
  (IFS=,; echo "gcomm://${peers[*]}")
}

write_config() {
  local n=$1 dir="$GALERA_DIR/node$1"
  cat >"$dir.cnf" <<CNF
[mysqld]
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=$(sql_port "$n")
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
max_connections=300
wsrep_on=ON
wsrep_provider=$PROVIDER
wsrep_cluster_name=portal_test_cluster
wsrep_cluster_address=$(cluster_address)
wsrep_node_name=node$n
wsrep_node_address=127.0.0.1:$(gcomm_port "$n")
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$(gcomm_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$(( $(ist_port "$n") + 100 ))
wsrep_slave_threads=2
CNF
}

node_up() {
  mysql -h127.0.0.1 -P"$(sql_port "$1")" -uroot -N -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | grep -q ON
}

wait_for_node() {
  for _ in $(seq 1 120); do
    node_up "$1" && return 0
    sleep 1
  done
  echo "node$1 did not become ready; its log:" >&2
  tail -n 40 "$GALERA_DIR/node$1/error.log" >&2 || true
  return 1
}

start_node() {
  local n=$1 dir="$GALERA_DIR/node$1"
  shift
  mkdir -p "$dir/data"
  write_config "$n"
  if [ "$(id -u)" = 0 ]; then chown -R mysql:mysql "$dir" "$dir.cnf"; fi
  # Node 1 gets fresh system tables; the others receive everything from the cluster (SST).
  if [ "$n" = 1 ] && [ ! -d "$dir/data/mysql" ]; then
    as_mysql mariadb-install-db --no-defaults --datadir="$dir/data" --auth-root-authentication-method=normal \
      --skip-test-db >"$dir/install.log" 2>&1 || {
      echo "mariadb-install-db failed:" >&2
      tail -n 20 "$dir/install.log" >&2
      return 1
    }
  fi
  as_mysql "$MARIADBD" --defaults-file="$dir.cnf" "$@" >>"$dir/stdout.log" 2>&1 &
  wait_for_node "$n"
}

start() {
  if node_up 1; then echo "Galera cluster already running"; status; return 0; fi
  mkdir -p "$GALERA_DIR"
  chown mysql:mysql "$GALERA_DIR" 2>/dev/null || true
  # A stopped cluster restarts from node 1's state; a node that cannot tell is bootstrapped anyway.
  if [ -f "$GALERA_DIR/node1/data/grastate.dat" ]; then
    sed -i 's/^safe_to_bootstrap: 0/safe_to_bootstrap: 1/' "$GALERA_DIR/node1/data/grastate.dat"
  fi
  start_node 1 --wsrep-new-cluster
  # Root may connect over TCP from 127.0.0.1 without a password, like the single test server.
  mysql -h127.0.0.1 -P"$(sql_port 1)" -uroot -e "SELECT 1" >/dev/null 2>&1 ||
    mysql --socket="$GALERA_DIR/node1/mysqld.sock" -uroot -e \
      "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY ''; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;"
  for n in $(seq 2 "$NODES"); do start_node "$n"; done
  status
}

stop() {
  for n in $(seq "$NODES" -1 1); do
    local pidfile="$GALERA_DIR/node$n/mysqld.pid"
    if [ -f "$pidfile" ]; then
      local pid
      pid=$(cat "$pidfile")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    fi
  done
  echo "Galera cluster stopped"
}

status() {
  for n in $(seq 1 "$NODES"); do
    if node_up "$n"; then
      local size
      size=$(mysql -h127.0.0.1 -P"$(sql_port "$n")" -uroot -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}')
      echo "node$n 127.0.0.1:$(sql_port "$n") ready (cluster size $size)"
    else
      echo "node$n 127.0.0.1:$(sql_port "$n") down"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
