#!/usr/bin/env bash
# Installs, from Debian's packages, what the tests need and the machine lacks:
# PostgreSQL (the real server for the storage and service tests) and nghttp2-client (h2load, curl checks).
set -euo pipefail

need=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v h2load >/dev/null 2>&1 || need+=(nghttp2-client)

if [ ${#need[@]} -gt 0 ]; then
    echo "Installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    made_policy=0
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        # no system daemons started by the install: the tests start their own cluster
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; made_policy=1
    fi
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    [ "$made_policy" = 1 ] && rm -f /usr/sbin/policy-rc.d
fi
