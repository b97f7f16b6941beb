#!/usr/bin/env bash
# What `npm run bench -- http` needs beyond node_modules: nginx from Debian as the static
# limit (run by the bench on a high port with bench/nginx.conf, never as a service).
set -euo pipefail
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx-light 2>/dev/null \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx
  # The package starts a service on port 80; the bench runs its own instance.
  (service nginx stop || true) >/dev/null 2>&1
fi
echo "nginx: $(/usr/sbin/nginx -v 2>&1)"
