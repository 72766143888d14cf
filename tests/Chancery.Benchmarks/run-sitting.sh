#!/usr/bin/env bash
# One sitting of Chancery's hierarchy-read benchmarks against the OpenLDAP peer, on this machine:
#   build (Release) -> generate the 100,000-unit tree (units.jsonl) -> load it, with its history,
#   into a fresh SQLite database, with the benchmarks' client (viewer, hierarchy.read) -> REPS
#   times: the Release server on an empty database (baseline: time to ready, VmRSS); on the loaded
#   one with access enforced (a client-credentials token on every call): time to ready, VmRSS,
#   grpc-status checked with curl, h2load on grpc.health.v1.Health/Check (transport baseline) and
#   chancery.v1.Units/GetUnit (today and a past as_of), StreamSubtree of the top unit and of a
#   ~3,000-unit province (today and past) timed to the last message, VmRSS again; then on the
#   loaded one with access unchecked (EnforceAccess=false, like slapd's anonymous reads): the same
#   h2load and subtree runs for today; then the peer (slapd) on the same units.jsonl, right after,
#   so that each repetition pairs Chancery's figures with slapd's taken under the same load of the
#   shared cores -> summary.md (paired ratios, medians over the repetitions).
# With STAFFING=1 (the default) the database also holds the generated staffing (~230,000 positions,
#   ~300,000 officials, ~400,000 appointments with history), so that the loaded server's time to
#   ready and VmRSS include it, and the access-enforced runs add h2load on
#   chancery.v1.Positions/GetHead and ListUnitPositions of a sample department (today and the past
#   date, on which its head was someone else), beside the same Health/Check baseline.
# With DELEGATIONS=1 (the default with STAFFING=1) the database also holds ~200,000 generated
#   delegations over the staffing (load --delegations; checked against the rules, then a sample
#   through ResolveAuthority on the loaded server, verify-authority), and a copy of it without them
#   (bench-nodeleg.db): each repetition first starts the server on the copy and runs the same calls
#   (time to ready and VmRSS without the delegations), then on the full one; both add h2load on
#   chancery.v1.Delegations/ResolveAuthority (a field of the benchmark province's People's Committee
#   held by a deputy, today and the past date), a mixed run of eight units and fields (one h2load
#   process per client, each with its own body) beside a Health/Check run made the same way, and,
#   on the full one, ResolveAuthority and Health/Check at a fixed rate of 70 % of Health/Check's
#   calls/s at 8 x 1 (p50/p99 latency from h2load's request log).
# The server runs in the Development environment, which is what lets it issue tokens over plain
# HTTP on loopback (and allows EnforceAccess=false); the demo data is off.
# Everything goes to $OUT (default /tmp/chancery-sitting, emptied at start); the table is
# $OUT/summary.md. Knobs (environment): OUT, REPS (3), DURATION (10 s per h2load run), WARMUP (2 s), WARM_SERVER (5 s of unrecorded h2load on each call after each server start),
# CONFIGS ("8x1 16x1 8x16": h2load clients x streams per client), SUBTREE_RUNS (10), PORT (5200),
# HTTP_PORT (5201), STAFFING (1), PEER (1: run the slapd peer in each repetition), PEER_REPS (1), PEER_DURATION (10), LDAP_PEER
# (/work/shared/bench/ldap-peer), NO_BUILD=1.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${OUT:-/tmp/chancery-sitting}"
REPS="${REPS:-3}"
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-2}"
CONFIGS="${CONFIGS:-8x1 16x1 8x16}"
SUBTREE_RUNS="${SUBTREE_RUNS:-10}"
WARM_SERVER="${WARM_SERVER:-5}"
PORT="${PORT:-5200}"
HTTP_PORT="${HTTP_PORT:-5201}"
PEER="${PEER:-1}"
STAFFING="${STAFFING:-1}"
DELEGATIONS="${DELEGATIONS:-$STAFFING}"
PEER_REPS="${PEER_REPS:-1}"
PEER_DURATION="${PEER_DURATION:-10}"
LDAP_PEER="${LDAP_PEER:-/work/shared/bench/ldap-peer}"
GRPC="http://127.0.0.1:$PORT"
SERVER_DIR="$ROOT/src/Chancery.Server/bin/Release/net10.0"
BENCH="$ROOT/tests/Chancery.Benchmarks/bin/Release/net10.0/Chancery.Benchmarks.dll"
RESULTS="$OUT/results.jsonl"

log() { echo "[$(date +%T)] $*" >&2; }
rec() { echo "$1" >> "$RESULTS"; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }   # 1-minute load average: how busy the shared cores were
tool() { dotnet "$BENCH" "$@"; }

command -v h2load >/dev/null 2>&1 || { log "installing nghttp2-client (h2load)"; apt-get install -y -qq nghttp2-client >/dev/null; }
rm -rf "$OUT" && mkdir -p "$OUT/logs"
: > "$RESULTS"
rec "{\"kind\":\"env\",\"date\":\"$(date -u +%FT%TZ)\",\"nproc\":$(nproc),\"cpu\":\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')\",\"kernel\":\"$(uname -r)\",\"commit\":\"$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo unknown)\",\"dotnet\":\"$(dotnet --version)\",\"h2load\":\"$(h2load --version | head -1)\",\"reps\":$REPS,\"duration_s\":$DURATION,\"staffing\":$STAFFING,\"delegations\":$DELEGATIONS}"

# ------------------------------------------------------------------ build, generate, load
if [ "${NO_BUILD:-0}" != 1 ]; then
    log "building (Release)"
    dotnet build "$ROOT/tests/Chancery.Benchmarks/Chancery.Benchmarks.csproj" -c Release -nologo -v quiet > "$OUT/logs/build.log"
fi
log "generating the hierarchy"
tool generate --out "$OUT/units.jsonl" --meta "$OUT/meta.json" --verify 2> "$OUT/logs/generate.log"
meta() { /usr/bin/python3 -c "import json,sys; d=json.load(open('$OUT/meta.json')); print(eval('d' + sys.argv[1]))" "$1"; }
ROOT_ID=$(meta "['root']['id']")
PROVINCE_ID=$(meta "['bench_province']['id']")
DEEP_ID=$(meta "['deep_sample']['id']")
PAST=$(meta "['past_date']")
STAFFING_ARGS=()
[ "$STAFFING" = 1 ] && STAFFING_ARGS=(--staffing --staffing-meta "$OUT/staffing.json")
[ "$DELEGATIONS" = 1 ] && STAFFING_ARGS+=(--delegations --delegations-meta "$OUT/delegations.json" --verify)
log "loading it into $OUT/bench.db${STAFFING_ARGS:+ with its staffing}"
tool load --db "$OUT/bench.db" --client-out "$OUT/bench-client.json" "${STAFFING_ARGS[@]}" 2> "$OUT/logs/load.log" > /dev/null
cat "$OUT/logs/load.log" >&2

tool body --health --out "$OUT/health.bin"
tool body --id "$DEEP_ID" --out "$OUT/getunit-today.bin"
tool body --id "$DEEP_ID" --as-of "$PAST" --out "$OUT/getunit-past.bin"
STAFF_CHECKS=()
if [ "$STAFFING" = 1 ]; then
    rec "{\"kind\":\"staffing\",\"meta\":$(tr -d '\n' < "$OUT/staffing.json")}"
    STAFF_UNIT=$(/usr/bin/python3 -c "import json; print(json.load(open('$OUT/staffing.json'))['sample']['unit_id'])")
    for rpc in get-head list-unit-positions; do
        name=gethead; [ "$rpc" = list-unit-positions ] && name=positions
        tool body --unit "$STAFF_UNIT" --rpc "$rpc" --out "$OUT/$name-today.bin"
        tool body --unit "$STAFF_UNIT" --rpc "$rpc" --as-of "$PAST" --out "$OUT/$name-past.bin"
    done
    STAFF_CHECKS=(gethead-today.bin chancery.v1.Positions/GetHead gethead-past.bin chancery.v1.Positions/GetHead
        positions-today.bin chancery.v1.Positions/ListUnitPositions positions-past.bin chancery.v1.Positions/ListUnitPositions)
fi
MIX=8
if [ "$DELEGATIONS" = 1 ]; then
    dmeta() { /usr/bin/python3 -c "import json,sys; d=json.load(open('$OUT/delegations.json')); print(eval('d' + sys.argv[1]) or '')" "$1"; }
    rec "{\"kind\":\"delegations\",\"meta\":$(/usr/bin/python3 -c "import json; d=json.load(open('$OUT/delegations.json')); d.pop('checks'); print(json.dumps(d, ensure_ascii=False))")}"
    RESOLVE_UNIT=$(dmeta "['resolve']['unit_id']"); RESOLVE_FIELD=$(dmeta "['resolve']['field']")
    tool body --unit "$RESOLVE_UNIT" --rpc resolve-authority --field "$RESOLVE_FIELD" --out "$OUT/resolve-today.bin"
    tool body --unit "$RESOLVE_UNIT" --rpc resolve-authority --field "$RESOLVE_FIELD" --as-of "$PAST" --out "$OUT/resolve-past.bin"
    for i in $(seq 0 $((MIX - 1))); do
        tool body --unit "$(dmeta "['mix'][$i]['unit']")" --rpc resolve-authority --field "$(dmeta "['mix'][$i]['field']")" --out "$OUT/resolve-mix-$i.bin"
    done
    STAFF_CHECKS+=(resolve-today.bin chancery.v1.Delegations/ResolveAuthority resolve-past.bin chancery.v1.Delegations/ResolveAuthority
        resolve-mix-0.bin chancery.v1.Delegations/ResolveAuthority resolve-mix-$((MIX - 1)).bin chancery.v1.Delegations/ResolveAuthority)
    log "the same database without its delegations -> $OUT/bench-nodeleg.db"
    /usr/bin/python3 -c "
import shutil, sqlite3
shutil.copyfile('$OUT/bench.db', '$OUT/bench-nodeleg.db')
db = sqlite3.connect('$OUT/bench-nodeleg.db'); db.execute('DELETE FROM delegations'); db.commit(); db.execute('VACUUM'); db.close()"
fi

# ------------------------------------------------------------------ the server
SERVER_PID=""
stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
trap stop_server EXIT

health_ok() {
    [ "$(curl -s --max-time 2 --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' \
        --data-binary @"$OUT/health.bin" "$GRPC/grpc.health.v1.Health/Check" | od -An -tx1 | tr -d ' \n')" = "00000000020801" ]
}

# start_server NAME DB [ARGS…]: starts the Release server, waits for the first SERVING health check, records the time
start_server() {
    local t0 t1 name=$1 db=$2
    shift 2
    t0=$(date +%s%N)
    dotnet "$SERVER_DIR/Chancery.Server.dll" --contentRoot "$SERVER_DIR" --environment Development \
        --Chancery:Demo:Enabled=false --Chancery:Database:ConnectionString="Data Source=$db" \
        --Kestrel:Endpoints:Grpc:Url="$GRPC" --Kestrel:Endpoints:Http:Url="http://127.0.0.1:$HTTP_PORT" "$@" \
        > "$OUT/logs/server-$name-rep$rep.log" 2>&1 &
    SERVER_PID=$!
    until health_ok; do
        kill -0 "$SERVER_PID" 2>/dev/null || { log "the server exited; see $OUT/logs/server-$name-rep$rep.log"; exit 1; }
        sleep 0.01
    done
    t1=$(date +%s%N)
    rec "{\"kind\":\"ready\",\"name\":\"$name\",\"rep\":$rep,\"ms\":$(( (t1 - t0) / 1000000 )),\"load\":$(loadavg)}"
    log "$name: ready after $(( (t1 - t0) / 1000000 )) ms (pid $SERVER_PID)"
}

rss() { # rss WHEN
    local s="/proc/$SERVER_PID/status" f
    f() { awk -v k="$1:" '$1 == k { print $2 }' "$s"; }
    rec "{\"kind\":\"rss\",\"when\":\"$1\",\"rep\":$rep,\"vmrss_kib\":$(f VmRSS),\"vmhwm_kib\":$(f VmHWM),\"anon_kib\":$(f RssAnon),\"file_kib\":$(f RssFile),\"shmem_kib\":$(f RssShmem)}"
}

AUTH=()   # the authorization header of the calls, while access is enforced

# grpc_status BODY PATH: the grpc-status curl sees (h2load counts gRPC errors as HTTP 200)
grpc_status() {
    curl -s -v --http2-prior-knowledge -H 'content-type: application/grpc' -H 'te: trailers' "${AUTH[@]}" \
        --data-binary @"$1" "$GRPC/$2" -o /dev/null 2>&1 | tr -d '\r' | awk '/^< grpc-status:/ { print $3 }'
}

check_status() { # check_status BODY PATH…: refuses to go on unless grpc-status is 0
    while [ $# -gt 0 ]; do
        local status
        status=$(grpc_status "$OUT/$1" "$2")
        [ "$status" = 0 ] || { log "grpc-status '$status' for $2 with $1: h2load figures would not be trusted"; exit 1; }
        shift 2
    done
}

# load NAME BODY PATH CLIENTS STREAMS
load() {
    local file="$OUT/logs/h2load-$1-c$4m$5-rep$rep.txt"
    h2load -D "$DURATION" --warm-up-time "$WARMUP" -c "$4" -m "$5" -t 1 -d "$2" \
        -H 'content-type: application/grpc' -H 'te: trailers' "${AUTH[@]}" "$GRPC/$3" > "$file"
    local rps ok failed
    rps=$(awk '/^finished in/ { gsub(",", "", $4); print $4 }' "$file")
    ok=$(awk '/^requests:/ { print $8 }' "$file")
    failed=$(awk '/^requests:/ { print $10 }' "$file")
    rec "{\"kind\":\"h2load\",\"name\":\"$1\",\"clients\":$4,\"streams\":$5,\"rep\":$rep,\"rps\":$rps,\"succeeded\":$ok,\"failed\":$failed,\"load\":$(loadavg)}"
    log "h2load $1 -c $4 -m $5: $rps req/s ($failed failed)"
    LAST_RPS=$rps
}

# load_mix NAME BODY-PREFIX PATH CLIENTS STREAMS: CLIENTS h2load processes of one client each, in parallel, the i-th
# with body BODY-PREFIX-(i mod MIX).bin (or BODY-PREFIX.bin for all); the calls/s summed
load_mix() {
    local i body pids=() file rps=0 ok=0 failed=0
    for i in $(seq 0 $(($4 - 1))); do
        body="$OUT/$2-$((i % MIX)).bin"; [ -f "$body" ] || body="$OUT/$2.bin"
        h2load -D "$DURATION" --warm-up-time "$WARMUP" -c 1 -m "$5" -t 1 -d "$body" \
            -H 'content-type: application/grpc' -H 'te: trailers' "${AUTH[@]}" "$GRPC/$3" > "$OUT/logs/h2load-$1-c$4m$5-rep$rep-$i.txt" &
        pids+=($!)
    done
    wait "${pids[@]}"
    for i in $(seq 0 $(($4 - 1))); do
        file="$OUT/logs/h2load-$1-c$4m$5-rep$rep-$i.txt"
        rps=$(awk -v s="$rps" '/^finished in/ { gsub(",", "", $4); print s + $4 }' "$file")
        ok=$(awk -v s="$ok" '/^requests:/ { print s + $8 }' "$file")
        failed=$(awk -v s="$failed" '/^requests:/ { print s + $10 }' "$file")
    done
    rec "{\"kind\":\"h2load\",\"name\":\"$1\",\"clients\":$4,\"streams\":$5,\"rep\":$rep,\"rps\":$rps,\"succeeded\":$ok,\"failed\":$failed,\"load\":$(loadavg)}"
    log "h2load $1 ($4 processes x 1 client) -m $5: $rps req/s ($failed failed)"
}

# fixed_rate NAME BODY PATH RATE: h2load at RATE calls/s in all (8 clients x 1 stream), latency percentiles from its request log
fixed_rate() {
    local file="$OUT/logs/h2load-$1-fixed-rep$rep.txt" per
    per=$(( ${4%.*} / 8 )); [ "$per" -ge 1 ] || per=1
    h2load -D "$DURATION" --warm-up-time "$WARMUP" -c 8 -m 1 -t 1 --rps="$per" --log-file="$file.log" -d "$2" \
        -H 'content-type: application/grpc' -H 'te: trailers' "${AUTH[@]}" "$GRPC/$3" > "$file"
    rec "$(/usr/bin/python3 -c "
import json
lat = sorted(int(l.split()[2]) for l in open('$file.log') if l.strip())
q = lambda p: lat[min(len(lat) - 1, int(p * len(lat)))] / 1000
print(json.dumps({'kind': 'latency', 'name': '$1', 'rep': $rep, 'target_rps': $per * 8, 'calls': len(lat), 'p50_ms': q(0.5), 'p99_ms': q(0.99), 'max_ms': lat[-1] / 1000, 'load': $(loadavg)}))")"
    log "fixed rate $1 at $((per * 8)) calls/s: $(tail -1 "$RESULTS")"
}

# warm_up BODY PATH…: h2load, not recorded, on each call in turn (WARM_SERVER s each, 8 × 16), so that the
# measured runs meet a server whose code is compiled at its final tier (else the first configuration's
# first call, Health/Check, ran on a cold server and came out slower than GetUnit)
warm_up() {
    while [ $# -gt 0 ]; do
        h2load -D "$WARM_SERVER" -c 8 -m 16 -t 1 -d "$OUT/$1" -H 'content-type: application/grpc' -H 'te: trailers' "${AUTH[@]}" "$GRPC/$2" > /dev/null
        shift 2
    done
    log "warmed up: $WARM_SERVER s of h2load on each call"
}

# subtree NAME ID [AS_OF]: StreamSubtree timed to the last message by the benchmarks' client
subtree() {
    local token=()
    [ ${#AUTH[@]} -gt 0 ] && token=(--token "$TOKEN")
    tool subtree --address "$GRPC" --id "$2" ${3:+--as-of "$3"} --runs "$SUBTREE_RUNS" --warmup 3 "${token[@]}" \
        --json "$OUT/logs/subtree-$1-rep$rep.json" >&2
    rec "{\"kind\":\"subtree\",\"name\":\"$1\",\"rep\":$rep,\"load\":$(loadavg),\"data\":$(cat "$OUT/logs/subtree-$1-rep$rep.json")}"
}

# staffed_runs PREFIX: every configuration's h2load runs on the staffed server (names prefixed, e.g. nodeleg-)
staffed_runs() {
    for config in $CONFIGS; do
        c=${config%x*}; m=${config#*x}
        load "$1health" "$OUT/health.bin" grpc.health.v1.Health/Check "$c" "$m"
        [ "$1" = "" ] && HEALTH_RPS[$config]=$LAST_RPS
        load "$1getunit-today" "$OUT/getunit-today.bin" chancery.v1.Units/GetUnit "$c" "$m"
        load "$1getunit-past" "$OUT/getunit-past.bin" chancery.v1.Units/GetUnit "$c" "$m"
        if [ "$STAFFING" = 1 ]; then
            load "$1gethead-today" "$OUT/gethead-today.bin" chancery.v1.Positions/GetHead "$c" "$m"
            load "$1gethead-past" "$OUT/gethead-past.bin" chancery.v1.Positions/GetHead "$c" "$m"
            load "$1positions-today" "$OUT/positions-today.bin" chancery.v1.Positions/ListUnitPositions "$c" "$m"
            load "$1positions-past" "$OUT/positions-past.bin" chancery.v1.Positions/ListUnitPositions "$c" "$m"
        fi
        if [ "$DELEGATIONS" = 1 ]; then
            load "$1resolve-today" "$OUT/resolve-today.bin" chancery.v1.Delegations/ResolveAuthority "$c" "$m"
            load "$1resolve-past" "$OUT/resolve-past.bin" chancery.v1.Delegations/ResolveAuthority "$c" "$m"
            load_mix "$1resolve-mix" resolve-mix chancery.v1.Delegations/ResolveAuthority "$c" "$m"
            load_mix "$1health-mix" health grpc.health.v1.Health/Check "$c" "$m"
        fi
    done
}
declare -A HEALTH_RPS

for rep in $(seq 1 "$REPS"); do
    log "rep $rep: the server on an empty database (baseline for start and memory)"
    rm -f "$OUT/empty.db" "$OUT/empty.db-wal" "$OUT/empty.db-shm"
    start_server empty "$OUT/empty.db"
    rss empty
    stop_server

    if [ "$DELEGATIONS" = 1 ]; then
        log "rep $rep: the server on the same database without its delegations, access enforced"
        start_server nodeleg "$OUT/bench-nodeleg.db"
        rss nodeleg-start
        TOKEN=$(tool token --client "$OUT/bench-client.json" --address "http://127.0.0.1:$HTTP_PORT")
        AUTH=(-H "authorization: Bearer $TOKEN")
        check_status health.bin grpc.health.v1.Health/Check getunit-today.bin chancery.v1.Units/GetUnit "${STAFF_CHECKS[@]}"
        warm_up health.bin grpc.health.v1.Health/Check getunit-today.bin chancery.v1.Units/GetUnit getunit-past.bin chancery.v1.Units/GetUnit "${STAFF_CHECKS[@]}"
        staffed_runs nodeleg-
        rss nodeleg-after-runs
        stop_server
        AUTH=()
    fi

    log "rep $rep: the server on the 100,000-unit database, access enforced"
    start_server loaded "$OUT/bench.db"
    rss start
    TOKEN=$(tool token --client "$OUT/bench-client.json" --address "http://127.0.0.1:$HTTP_PORT")
    AUTH=(-H "authorization: Bearer $TOKEN")
    check_status health.bin grpc.health.v1.Health/Check getunit-today.bin chancery.v1.Units/GetUnit getunit-past.bin chancery.v1.Units/GetUnit "${STAFF_CHECKS[@]}"
    log "grpc-status 0 for Health/Check and GetUnit (today, past)${STAFF_CHECKS:+, GetHead and ListUnitPositions (today, past)} with the token"
    if [ "$DELEGATIONS" = 1 ]; then
        tool verify-authority --meta "$OUT/delegations.json" --address "$GRPC" --token "$TOKEN" > "$OUT/logs/verify-authority-rep$rep.json" \
            || { log "ResolveAuthority disagrees with the generated delegations: $(cat "$OUT/logs/verify-authority-rep$rep.json")"; exit 1; }
        rec "{\"kind\":\"verify-authority\",\"rep\":$rep,\"data\":$(cat "$OUT/logs/verify-authority-rep$rep.json")}"
        log "ResolveAuthority agrees with the generated delegations: $(cat "$OUT/logs/verify-authority-rep$rep.json")"
    fi
    warm_up health.bin grpc.health.v1.Health/Check getunit-today.bin chancery.v1.Units/GetUnit getunit-past.bin chancery.v1.Units/GetUnit "${STAFF_CHECKS[@]}"
    staffed_runs ""
    rss after-getunit
    if [ "$DELEGATIONS" = 1 ]; then
        rate=${HEALTH_RPS[8x1]:-${HEALTH_RPS[$(echo "$CONFIGS" | cut -d' ' -f1)]}}
        rate=$(/usr/bin/python3 -c "print(int(0.7 * float('$rate')))")
        fixed_rate resolve-today "$OUT/resolve-today.bin" chancery.v1.Delegations/ResolveAuthority "$rate"
        fixed_rate health "$OUT/health.bin" grpc.health.v1.Health/Check "$rate"
    fi
    subtree root-today "$ROOT_ID"
    subtree root-past "$ROOT_ID" "$PAST"
    subtree province-today "$PROVINCE_ID"
    subtree province-past "$PROVINCE_ID" "$PAST"
    rss after-all
    stop_server
    AUTH=()

    log "rep $rep: the server on the 100,000-unit database, access unchecked"
    start_server unchecked "$OUT/bench.db" --Chancery:Identity:EnforceAccess=false
    check_status health.bin grpc.health.v1.Health/Check getunit-today.bin chancery.v1.Units/GetUnit
    log "grpc-status 0 for Health/Check and GetUnit without a token"
    warm_up health.bin grpc.health.v1.Health/Check getunit-today.bin chancery.v1.Units/GetUnit
    for config in $CONFIGS; do
        c=${config%x*}; m=${config#*x}
        load health-unchecked "$OUT/health.bin" grpc.health.v1.Health/Check "$c" "$m"
        load getunit-unchecked "$OUT/getunit-today.bin" chancery.v1.Units/GetUnit "$c" "$m"
    done
    subtree root-unchecked "$ROOT_ID"
    subtree province-unchecked "$PROVINCE_ID"
    rss unchecked-after-all
    stop_server

    if [ "$PEER" = 1 ]; then
        log "rep $rep: the OpenLDAP peer on $OUT/units.jsonl (REPS=$PEER_REPS DURATION=$PEER_DURATION)"
        UNITS="$OUT/units.jsonl" REPS="$PEER_REPS" DURATION="$PEER_DURATION" bash "$LDAP_PEER/run.sh" \
            > "$OUT/logs/ldap-peer-rep$rep.txt" 2> "$OUT/logs/ldap-peer-rep$rep.log"
        cp /tmp/ldappeer/results.json "$OUT/ldap-results-rep$rep.json"
    fi
done

tool summarize --dir "$OUT" > "$OUT/summary.md"
cat "$OUT/summary.md"
