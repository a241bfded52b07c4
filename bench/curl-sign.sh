#!/usr/bin/env bash
# The hand-rolled alternative to pandapon, for the benchmark: sign one request with md5sum
# and send it with curl. Usage: curl-sign.sh METHOD PATH_AND_QUERY [JSON_BODY]
# Reads PANDAPON_BASE_URL, PANDAPON_ACCESS_KEY, PANDAPON_ACCESS_SECRET, PANDAPON_USER_ID.
set -euo pipefail
method=$1 path=$2 body=${3:-}
key=$PANDAPON_ACCESS_KEY secret=$PANDAPON_ACCESS_SECRET user=$PANDAPON_USER_ID
ts=$(date +%s%3N)
nonce=$(tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 || true)
sig=$(printf '%s%s%s%s' "$key" "$ts" "$nonce" "$secret" | md5sum | cut -d' ' -f1 | tr 'a-f' 'A-F')
args=(-sS --fail-with-body -X "$method"
  -H "access-key: $key" -H "timestamp: $ts" -H "nonce-str: $nonce"
  -H "user-id: $user" -H "signature: $sig")
if [ -n "$body" ]; then
  args+=(-H "Content-Type: application/json" --data-raw "$body")
fi
curl "${args[@]}" "$PANDAPON_BASE_URL$path"
echo
