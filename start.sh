#!/usr/bin/env bash
# Starts Chancery on the embedded SQLite default (data/chancery.db) with the illustrative demo
# data, and prints where to reach it. Extra arguments go to the server, e.g. --Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:6000
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Chancery.Server -c Release -v quiet -nologo
out=src/Chancery.Server/bin/Release/net10.0
exec dotnet "$out/Chancery.Server.dll" --contentRoot "$PWD/$out" --environment Development "$@"
