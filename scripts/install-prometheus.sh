#!/usr/bin/env bash
# Makes sure prometheus and promtool are on PATH: the tests and the demo start their own
# Prometheus on 127.0.0.1 with a throwaway TSDB. Does nothing when both are there;
# otherwise installs Debian's package (root, or sudo). Used by `npm test`, `npm run demo`
# and .ci/run.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "prometheus and promtool are needed (Prometheus 2.x); install them and put them on PATH." >&2
  exit 1
fi

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

echo "==> installing Prometheus from Debian (apt-get install prometheus)"
# Debian's postinst starts the packaged service (invoke-rc.d prometheus start), which
# would keep a server on :9090 running. A policy-rc.d that exits 101 is Debian's
# documented way to forbid that start.
policy=/usr/sbin/policy-rc.d
added=""
if [ ! -e "$policy" ]; then
  as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
  trap 'as_root rm -f "$policy"' EXIT # also when apt-get fails
  added=1
fi
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
# --no-install-recommends: the recommended node exporter would start and hold :9100.
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus </dev/null
if [ -n "$added" ]; then
  as_root rm -f "$policy"
  trap - EXIT
fi
# Should a local policy have let the service start anyway, stop it.
if [ -x /etc/init.d/prometheus ] && as_root /etc/init.d/prometheus status >/dev/null 2>&1; then
  as_root /etc/init.d/prometheus stop || true
fi
prometheus --version 2>&1 | head -n 1
