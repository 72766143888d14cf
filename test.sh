#!/usr/bin/env bash
# Runs every test of Chancery on a fresh machine: installs and starts what the tests need
# (a private PostgreSQL cluster), builds, runs all test projects, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"

scripts/install-test-deps.sh || { echo "could not install the test dependencies"; echo "0 passed, 1 failed"; exit 1; }
scripts/postgres.sh start || { echo "could not start PostgreSQL"; echo "0 passed, 1 failed"; exit 1; }
trap 'scripts/postgres.sh stop' EXIT

export CHANCERY_TEST_POSTGRES="Host=127.0.0.1;Port=${PGPORT:-5433};Username=postgres;Password=postgres"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=artifacts/test-results
rm -rf "$results"
dotnet test Chancery.slnx -c Release --logger "trx" --results-directory "$results" "$@"
scripts/test-summary.sh "$results"
