#!/usr/bin/env bash
# What an operator without pandapon would run: bench/curl-sign.sh once per request, one after
# another. Same environment as curl-sign.sh.
#   curl-loop.sh pages N SIZE    order list pages 1..N of SIZE (POST /v2/taobao/order/page)
#   curl-loop.sh show ID...      one order detail per id (GET /v2/taobao/order/detail)
#   curl-loop.sh goods ID...     one product per id (GET /v2/taobao/product/get)
set -euo pipefail
here=$(dirname "$0")
mode=$1
shift
case $mode in
  pages)
    for ((n = 1; n <= $1; n++)); do
      "$here/curl-sign.sh" POST /v2/taobao/order/page "{\"pageNo\":$n,\"pageSize\":$2}"
    done
    ;;
  show)
    for id in "$@"; do
      "$here/curl-sign.sh" GET "/v2/taobao/order/detail?orderId=$id"
    done
    ;;
  goods)
    for id in "$@"; do
      "$here/curl-sign.sh" GET "/v2/taobao/product/get?itemId=$id"
    done
    ;;
  *)
    echo "usage: $0 pages N SIZE | show ID... | goods ID..." >&2
    exit 2
    ;;
esac
