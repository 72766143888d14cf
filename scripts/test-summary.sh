#!/usr/bin/env bash
# Sums the counters of every .trx file under a folder and prints "N passed, N failed".
# Exits non-zero when a test failed or when no test ran at all.
set -euo pipefail
dir="$1"
passed=0; failed=0; total=0
shopt -s nullglob
for trx in "$dir"/*.trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    total=$((total + $(get total)))
    passed=$((passed + $(get passed)))
    failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
done
not_run=$((total - passed - failed))
[ "$not_run" -gt 0 ] && echo "$not_run test(s) did not pass or fail (skipped or not executed)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
