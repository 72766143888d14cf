#!/usr/bin/env bash
# Runs every test of Chancery on a fresh machine: installs and starts what the tests need
# (a private PostgreSQL cluster), builds, runs all test projects, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

scripts/install-test-deps.sh || { echo "could not install the test dependencies"; echo "0 passed, 1 failed"; exit 1; }
# Stop the cluster at the end only if this run started it.
if ! scripts/postgres.sh status >/dev/null 2>&1; then
    trap 'scripts/postgres.sh stop' EXIT
fi
scripts/postgres.sh start || { echo "could not start PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }

export CHANCERY_TEST_POSTGRES="Host=127.0.0.1;Port=${PGPORT:-5433};Username=postgres;Password=postgres"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=artifacts/test-results
rm -rf "$results"
if ! dotnet build Chancery.slnx -c Release -nologo -v quiet; then
    echo "the build failed"; echo "0 passed, 1 failed"; exit 1
fi
for project in tests/*.Tests/*.Tests.csproj; do
    name=$(basename "$project" .csproj)
    dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@"
done
scripts/test-summary.sh "$results"
