#!/usr/bin/env bash
# Issue 12, the portal's benchmark: the generated national tree (100,000 units, with its staffing)
# in a SQLite database, a system administrator made on the command line, the Release server
# (Development environment for its certificates and plain HTTP on loopback, no demo data) with the
# portal's public client named in its configuration, the Release portal beside it; then
# `portal-timing`: the tree with the bench province opened, the staffing's sample unit, and the
# chart of the whole bench province (about 3,000 units), each page against its gRPC calls alone.
# Usage: tests/Chancery.Benchmarks/run-portal.sh   (OUT=/tmp/chancery-portal-bench RUNS=30 REUSE=1 to keep a loaded database)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${OUT:-/tmp/chancery-portal-bench}
RUNS=${RUNS:-30}
GRPC=${GRPC_PORT:-5310}; HTTP=${HTTP_PORT:-5311}; PORTAL=${PORTAL_PORT:-5312}
BENCH="$ROOT/tests/Chancery.Benchmarks/bin/Release/net10.0/Chancery.Benchmarks.dll"
SERVER_BIN="$ROOT/src/Chancery.Server/bin/Release/net10.0"
PORTAL_BIN="$ROOT/portal/Chancery.Portal/bin/Release/net10.0"
log() { echo "[$(date -u +%T)] $*" >&2; }
mkdir -p "$OUT"

if [ "${NO_BUILD:-0}" != 1 ]; then
    log "building (Release)"
    dotnet build "$ROOT/tests/Chancery.Benchmarks/Chancery.Benchmarks.csproj" -c Release -nologo -v quiet > "$OUT/build.log"
    dotnet build "$ROOT/portal/Chancery.Portal/Chancery.Portal.csproj" -c Release -nologo -v quiet >> "$OUT/build.log"
fi
if [ "${REUSE:-0}" != 1 ] || [ ! -f "$OUT/bench.db" ]; then
    rm -f "$OUT"/bench.db*
    log "generating and loading the national tree with its staffing"
    dotnet "$BENCH" generate --out "$OUT/units.jsonl" --meta "$OUT/meta.json" 2> "$OUT/generate.log"
    dotnet "$BENCH" load --db "$OUT/bench.db" --client-out "$OUT/bench.client.json" --staffing --staffing-meta "$OUT/staffing.json" 2> "$OUT/load.log" > /dev/null
fi
meta() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(eval('d' + sys.argv[2]))" "$@"; }
PROVINCE=$(meta "$OUT/meta.json" "['bench_province']['id']")
UNIT=$(meta "$OUT/staffing.json" "['sample']['unit_id']")
ASOF=$(meta "$OUT/staffing.json" "['today']" 2>/dev/null || date -u +%F)

SERVER_ARGS=(--contentRoot "$SERVER_BIN" --environment Development --Chancery:Demo:Enabled=false
    "--Chancery:Database:ConnectionString=Data Source=$OUT/bench.db"
    "--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:$GRPC" "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$HTTP"
    --Chancery:Identity:Clients:portal:ClientId=chancery-portal --Chancery:Identity:Clients:portal:Public=true
    "--Chancery:Identity:Clients:portal:RedirectUris:0=http://127.0.0.1:$PORTAL/signin-oidc"
    "--Chancery:Identity:Clients:portal:PostLogoutRedirectUris:0=http://127.0.0.1:$PORTAL/signout-callback-oidc")
i=0
for scope in hierarchy.read hierarchy.write positions.read positions.write delegations.read delegations.write audit.read access.read access.write; do
    SERVER_ARGS+=("--Chancery:Identity:Clients:portal:Scopes:$i=$scope"); i=$((i + 1))
done
PASSWORD=${PASSWORD:-Bench-portal-2026-12-06-x}
dotnet "$SERVER_BIN/Chancery.Server.dll" "${SERVER_ARGS[@]}" admin create-system-admin benchadmin "$PASSWORD" > "$OUT/admin.log" 2>&1 || grep -qi 'exist' "$OUT/admin.log" || { cat "$OUT/admin.log" >&2; exit 1; }

cleanup() { for p in ${PIDS:-}; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
log "starting the server and the portal"
: > "$OUT/server.log"; : > "$OUT/portal.log"   # emptied first: the readiness greps below must not see a previous run's lines
dotnet "$SERVER_BIN/Chancery.Server.dll" "${SERVER_ARGS[@]}" > "$OUT/server.log" 2>&1 & PIDS="$!"
until grep -q "Chancery is ready." "$OUT/server.log"; do sleep 1; kill -0 "${PIDS%% *}" 2>/dev/null || { cat "$OUT/server.log" >&2; exit 1; }; done
dotnet "$PORTAL_BIN/Chancery.Portal.dll" --contentRoot "$ROOT/portal/Chancery.Portal" "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:$PORTAL" \
    "--Portal:GrpcAddress=http://127.0.0.1:$GRPC" "--Portal:Authority=http://127.0.0.1:$HTTP/" > "$OUT/portal.log" 2>&1 & PIDS="$PIDS $!"
until grep -q "Chancery portal is ready" "$OUT/portal.log"; do sleep 1; done

log "timing (load average $(cut -d' ' -f1 /proc/loadavg), commit $(git -C "$ROOT" describe --always --dirty))"
dotnet "$BENCH" portal-timing --portal "http://127.0.0.1:$PORTAL" --server "http://127.0.0.1:$HTTP" --grpc "http://127.0.0.1:$GRPC" \
    --user benchadmin --password "$PASSWORD" --open "$PROVINCE" --unit "$UNIT" --chart "$PROVINCE" --as-of "$ASOF" \
    --runs "$RUNS" --warmup "${WARMUP:-5}" --json "$OUT/portal-timing.json"
log "load average after: $(cut -d' ' -f1 /proc/loadavg)"
