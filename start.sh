#!/usr/bin/env bash
# Starts Chancery on the embedded SQLite default (data/chancery.db) with the illustrative demo
# data, and the admin portal beside it, and prints where to reach them. Ctrl-C stops both.
# Extra arguments go to the server, e.g. --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:6000
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Chancery.Server -c Release -v quiet -nologo
dotnet build portal/Chancery.Portal -c Release -v quiet -nologo
out=src/Chancery.Server/bin/Release/net10.0
portal=portal/Chancery.Portal/bin/Release/net10.0

dotnet "$out/Chancery.Server.dll" --contentRoot "$PWD/$out" --environment Development "$@" &
server=$!
trap 'kill "$server" "${web:-}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT INT TERM
# The portal discovers the authorization server at start: wait until the server answers.
for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null http://127.0.0.1:5201/healthz 2>/dev/null; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then echo "The server did not start."; exit 1; fi
    sleep 0.5
done
dotnet "$portal/Chancery.Portal.dll" --contentRoot "$PWD/portal/Chancery.Portal" &
web=$!
for _ in $(seq 1 120); do
    if curl -sS -o /dev/null http://127.0.0.1:5202/ 2>/dev/null; then break; fi
    if ! kill -0 "$web" 2>/dev/null; then echo "The portal did not start."; exit 1; fi
    sleep 0.5
done
cat <<TEXT

The portal is ready: open http://127.0.0.1:5202 and sign in with a demo account printed above
(first start only: quantri = system administrator, canbo.luongson = unit administrator of
Huyện Lương Sơn, xem = viewer, kiemtoan = auditor). Ctrl-C stops the server and the portal.
TEXT
wait -n "$server" "$web"
