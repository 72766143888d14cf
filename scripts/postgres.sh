#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests: 127.0.0.1:${PGPORT:-5433}, trust authentication,
# data under ${PGDATA:-/var/tmp/chancery-pg}. Usage: postgres.sh start|stop|status
set -euo pipefail

PGPORT="${PGPORT:-5433}"
PGDATA="${PGDATA:-/var/tmp/chancery-pg}"
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_postgres() { su postgres -s /bin/sh -c "$*"; }

case "${1:-start}" in
start)
    if [ ! -s "$PGDATA/PG_VERSION" ]; then
        install -d -o postgres -g postgres -m 700 "$PGDATA"
        as_postgres "$bin/initdb -D '$PGDATA' -A trust -U postgres -N -E UTF8 --locale=C.UTF-8" >/dev/null
    fi
    if ! as_postgres "$bin/pg_ctl -D '$PGDATA' status" >/dev/null 2>&1; then
        as_postgres "$bin/pg_ctl -D '$PGDATA' -o \"-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" -l '$PGDATA/log' -w start" >/dev/null
    fi
    echo "PostgreSQL on 127.0.0.1:$PGPORT (data $PGDATA)"
    ;;
stop)
    as_postgres "$bin/pg_ctl -D '$PGDATA' -m fast -w stop" >/dev/null 2>&1 || true
    ;;
status)
    as_postgres "$bin/pg_ctl -D '$PGDATA' status"
    ;;
*)
    echo "usage: $0 start|stop|status" >&2; exit 2
    ;;
esac
