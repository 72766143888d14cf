#!/usr/bin/env bash
# The delegations' share of the server's start time and resident memory (issue 11), in one sitting:
# on a database loaded by `load --staffing --delegations` (DB), a copy without its delegations
# (DB-nodeleg, made once), then REPS times, alternately: the Release server on the copy, on the full
# database: time to its first SERVING health check, VmRSS and RssAnon right after, and again after
# IDLE seconds; the 1-minute load average beside each. Results as JSON lines on stdout.
# Knobs: DB (required), REPS (3), IDLE (15), SERVER_DIR (src/Chancery.Server/bin/Release/net10.0), PORT (5200), HTTP_PORT (5201).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DB="${DB:?DB=path of a database loaded with --staffing --delegations}"
REPS="${REPS:-3}"; IDLE="${IDLE:-15}"; PORT="${PORT:-5200}"; HTTP_PORT="${HTTP_PORT:-5201}"
SERVER_DIR="${SERVER_DIR:-$ROOT/src/Chancery.Server/bin/Release/net10.0}"
NODELEG="${DB%.db}-nodeleg.db"
if [ ! -f "$NODELEG" ]; then
    /usr/bin/python3 -c "
import shutil, sqlite3
shutil.copyfile('$DB', '$NODELEG')
db = sqlite3.connect('$NODELEG'); db.execute('DELETE FROM delegations'); db.commit(); db.execute('VACUUM'); db.close()"
fi
BODY=$(mktemp); printf '\x00\x00\x00\x00\x00' > "$BODY"
ok() { [ "$(curl -s --max-time 2 --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @"$BODY" \
    "http://127.0.0.1:$PORT/grpc.health.v1.Health/Check" | od -An -tx1 | tr -d ' \n')" = "00000000020801" ]; }
field() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }
for rep in $(seq 1 "$REPS"); do
    for name in nodeleg full; do
        db="$DB"; [ "$name" = nodeleg ] && db="$NODELEG"
        load=$(cut -d' ' -f1 /proc/loadavg)
        t0=$(date +%s%N)
        dotnet "$SERVER_DIR/Chancery.Server.dll" --contentRoot "$SERVER_DIR" --environment Development --Chancery:Demo:Enabled=false \
            --Chancery:Database:ConnectionString="Data Source=$db" --Kestrel:Endpoints:Grpc:Url="http://127.0.0.1:$PORT" \
            --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$HTTP_PORT" > "/tmp/start-memory-$name.log" 2>&1 &
        pid=$!
        until ok; do kill -0 $pid 2>/dev/null || { echo "server exited, see /tmp/start-memory-$name.log" >&2; exit 1; }; sleep 0.01; done
        ms=$(( ($(date +%s%N) - t0) / 1000000 ))
        rss=$(field $pid VmRSS); anon=$(field $pid RssAnon)
        sleep "$IDLE"
        echo "{\"rep\":$rep,\"name\":\"$name\",\"ready_ms\":$ms,\"load_before\":$load,\"load_ready\":$(cut -d' ' -f1 /proc/loadavg),\"vmrss_kib\":$rss,\"anon_kib\":$anon,\"vmrss_idle_kib\":$(field $pid VmRSS),\"anon_idle_kib\":$(field $pid RssAnon)}"
        kill $pid; wait $pid 2>/dev/null || true
    done
done
rm -f "$BODY"
