#!/usr/bin/env bash
# ResolveAuthority against GetHead and Health/Check, today and the past date, on the full database
# (issue 11's ratios, re-measured after a change of the read path), in one server run with access
# enforced. DIR holds what `load --staffing --delegations` wrote: bench.db, bench-client.json,
# staffing.json, delegations.json. Prints one line per h2load run (calls/s) and the ratios.
# Knobs: DIR (required), CONFIGS ("8x1 8x16"), DURATION (8), SERVER_DIR, PORT (5200), HTTP_PORT (5201).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIR="${DIR:?DIR=folder of bench.db and its meta}"
CONFIGS="${CONFIGS:-8x1 8x16}"; DURATION="${DURATION:-8}"; PORT="${PORT:-5200}"; HTTP_PORT="${HTTP_PORT:-5201}"
SERVER_DIR="${SERVER_DIR:-$ROOT/src/Chancery.Server/bin/Release/net10.0}"
BENCH="$ROOT/tests/Chancery.Benchmarks/bin/Release/net10.0/Chancery.Benchmarks.dll"
tool() { dotnet "$BENCH" "$@"; }
meta() { /usr/bin/python3 -c "import json,sys; print(eval('json.load(open(\"$DIR/' + sys.argv[1] + '\"))' + sys.argv[2]))" "$1" "$2"; }
PAST=$(meta delegations.json "['past_date']")
tool body --health --out "$DIR/health.bin"
tool body --unit "$(meta staffing.json "['sample']['unit_id']")" --rpc get-head --out "$DIR/gethead-today.bin"
tool body --unit "$(meta staffing.json "['sample']['unit_id']")" --rpc get-head --as-of "$PAST" --out "$DIR/gethead-past.bin"
tool body --unit "$(meta delegations.json "['resolve']['unit_id']")" --rpc resolve-authority --field "$(meta delegations.json "['resolve']['field']")" --out "$DIR/resolve-today.bin"
tool body --unit "$(meta delegations.json "['resolve']['unit_id']")" --rpc resolve-authority --field "$(meta delegations.json "['resolve']['field']")" --as-of "$PAST" --out "$DIR/resolve-past.bin"
dotnet "$SERVER_DIR/Chancery.Server.dll" --contentRoot "$SERVER_DIR" --environment Development --Chancery:Demo:Enabled=false \
    --Chancery:Database:ConnectionString="Data Source=$DIR/bench.db" --Kestrel:Endpoints:Grpc:Url="http://127.0.0.1:$PORT" \
    --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$HTTP_PORT" > /tmp/resolve-ratios-server.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$HTTP_PORT/healthz"; do kill -0 $PID || exit 1; sleep 0.2; done
TOKEN=$(tool token --client "$DIR/bench-client.json" --address "http://127.0.0.1:$HTTP_PORT")
H=(-H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $TOKEN")
for b in health:grpc.health.v1.Health/Check gethead-today:chancery.v1.Positions/GetHead resolve-today:chancery.v1.Delegations/ResolveAuthority resolve-past:chancery.v1.Delegations/ResolveAuthority; do
    status=$(curl -s -v --http2-prior-knowledge "${H[@]}" --data-binary @"$DIR/${b%%:*}.bin" "http://127.0.0.1:$PORT/${b#*:}" -o /dev/null 2>&1 | tr -d '\r' | awk '/^< grpc-status:/ { print $3 }')
    [ "$status" = 0 ] || { echo "grpc-status '$status' for ${b#*:}" >&2; exit 1; }
    h2load -D 4 -c 8 -m 16 -t 1 -d "$DIR/${b%%:*}.bin" "${H[@]}" "http://127.0.0.1:$PORT/${b#*:}" > /dev/null   # warm-up
done
for config in $CONFIGS; do
    c=${config%x*}; m=${config#*x}
    declare -A RPS=()
    for b in health:grpc.health.v1.Health/Check gethead-today:chancery.v1.Positions/GetHead resolve-today:chancery.v1.Delegations/ResolveAuthority resolve-past:chancery.v1.Delegations/ResolveAuthority; do
        RPS[${b%%:*}]=$(h2load -D "$DURATION" --warm-up-time 2 -c "$c" -m "$m" -t 1 -d "$DIR/${b%%:*}.bin" "${H[@]}" "http://127.0.0.1:$PORT/${b#*:}" | awk '/^finished in/ { gsub(",", "", $4); print $4 }')
        echo "$config ${b%%:*} ${RPS[${b%%:*}]} calls/s (load $(cut -d' ' -f1 /proc/loadavg))"
    done
    /usr/bin/python3 -c "
h, g, t, p = ${RPS[health]}, ${RPS[gethead-today]}, ${RPS[resolve-today]}, ${RPS[resolve-past]}
print('$config: ResolveAuthority / GetHead %.2f, / Health/Check %.2f, past cost / today %.2f' % (t / g, t / h, t / p))"
done
