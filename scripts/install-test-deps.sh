#!/usr/bin/env bash
# Installs, from Debian's packages, what the tests need and the machine lacks:
#   postgresql      the real server for the storage and service tests
#   nghttp2-client  h2load and the HTTP/2 checks of the transport tests
#   chromium        the headless browser of the portal's tests (/usr/bin/chromium)
# apt's progress is kept quiet; if an install fails, everything apt printed is shown and the
# script exits non-zero. While installing, a policy-rc.d that forbids starting daemons is put in
# place unless one exists already (a fresh machine of this kind has one): the tests start their
# own PostgreSQL cluster. One made here is removed again, also when the install fails.
#
# For its test (tests/Chancery.Server.Tests/Setup), CHANCERY_POLICY_RC_D names another
# policy-rc.d; apt-get and the tools it looks for are found on PATH.
set -euo pipefail

policy="${CHANCERY_POLICY_RC_D:-/usr/sbin/policy-rc.d}"

need=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then need+=(postgresql); fi
if ! command -v h2load >/dev/null 2>&1; then need+=(nghttp2-client); fi
if ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi

if [ ${#need[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing from Debian's packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
made_policy=0
cleanup() {
    if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi
    rm -f "$log"
}
trap cleanup EXIT

if [ ! -e "$policy" ]; then
    # no system daemons started by the install
    printf '#!/bin/sh\nexit 101\n' > "$policy"
    chmod +x "$policy"
    made_policy=1
fi

run_apt() {
    if ! apt-get "$@" >"$log" 2>&1; then
        echo "apt-get $* failed:" >&2
        cat "$log" >&2
        return 1
    fi
}

run_apt update -qq
run_apt install -y -qq --no-install-recommends "${need[@]}"
echo "Installed: ${need[*]}"
