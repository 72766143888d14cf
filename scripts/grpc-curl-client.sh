#!/usr/bin/env bash
# A client that is not .NET: gets an access token with the client-credentials grant using curl,
# then calls chancery.v1.Units/GetUnit (by electronic identifier code) over h2c with the token,
# framing the protobuf request by hand. Prints the unit's name and exits 0 when grpc-status is 0.
#
#   scripts/grpc-curl-client.sh <http base> <grpc base> <client_id> <client_secret> <code>
#   scripts/grpc-curl-client.sh http://127.0.0.1:5201 http://127.0.0.1:5200 demo-agency '<secret>' 000.00.00.H43
set -euo pipefail
http_base="$1"; grpc_base="$2"; client_id="$3"; client_secret="$4"; code="$5"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# 1. The token: a JSON response; the access_token field cut out with sed (no jq needed).
if ! curl -sS --fail-with-body "$http_base/connect/token" \
    --data-urlencode grant_type=client_credentials --data-urlencode "client_id=$client_id" \
    --data-urlencode "client_secret=$client_secret" --data-urlencode scope=hierarchy.read > "$work/token.json"; then
    echo "token refused: $(cat "$work/token.json")" >&2
    exit 1
fi
token=$(sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' "$work/token.json")
[ -n "$token" ] || { echo "no access_token in: $(cat "$work/token.json")" >&2; exit 1; }

# 2. GetUnitRequest { code = 2 }: tag 0x12, length, bytes; then the gRPC frame: flag 0, 4-byte big-endian length.
len=${#code}
printf '\x12'"$(printf '\\x%02x' "$len")"'%s' "$code" > "$work/message.bin"
size=$(stat -c %s "$work/message.bin")
{ printf '\x00'; printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $((size >> 24 & 255)) $((size >> 16 & 255)) $((size >> 8 & 255)) $((size & 255)))"; cat "$work/message.bin"; } > "$work/request.bin"

# 3. The call over HTTP/2 without TLS; trailers go to the header dump.
curl -sS --http2-prior-knowledge -X POST "$grpc_base/chancery.v1.Units/GetUnit" \
    -H 'content-type: application/grpc' -H 'te: trailers' -H "authorization: Bearer $token" \
    --data-binary "@$work/request.bin" -D "$work/headers.txt" -o "$work/response.bin"
status=$(tr -d '\r' < "$work/headers.txt" | sed -n 's/^grpc-status: *//p' | tail -n 1)
if [ "$status" != "0" ]; then
    echo "grpc-status ${status:-missing}: $(tr -d '\r' < "$work/headers.txt" | sed -n 's/^grpc-message: *//p')" >&2
    exit 1
fi

# 4. The name: field 3 of Unit (tag 0x1a) inside field 1 of GetUnitResponse; read with od and cut.
python3 - "$work/response.bin" <<'PY' 2>/dev/null || od -c "$work/response.bin" | head -5
import sys
data = open(sys.argv[1], "rb").read()[5:]
def fields(buf):
    i = 0
    while i < len(buf):
        key = buf[i]; i += 1
        length = 0; shift = 0
        while True:
            b = buf[i]; i += 1; length |= (b & 0x7f) << shift; shift += 7
            if b < 0x80: break
        if key & 7 != 2:
            continue
        yield key >> 3, buf[i:i + length]; i += length
unit = dict(fields(data))[1]
print(dict((k, v) for k, v in fields(unit) if k in (1, 3))[3].decode("utf-8"))
PY
