#!/bin/sh
# Picks the process of the one image: api (default), relay, projector, webhooks or cli; anything else runs as given.
set -eu
app="${1:-api}"
[ "$#" -gt 0 ] && shift
case "$app" in
  api | relay | projector | webhooks | cli) exec node "/app/dist/apps/$app/src/main.js" "$@" ;;
  *) exec "$app" "$@" ;;
esac
