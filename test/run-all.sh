#!/usr/bin/env bash
# The whole test run: services the suites need, a type check, then every jest suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# PostgreSQL backs the PostgreSQL adapter suites: start it when it is installed but down, and fail the
# run (never skip those suites) when it cannot be reached.
if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  fi
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL is not reachable at 127.0.0.1:5432 (user postgres); the PostgreSQL suites need it." >&2
  exit 1
fi

# librdkafka's mock cluster (a Kafka protocol peer for the Kafka suites) comes from Debian's librdkafka-dev.
if [ ! -f /usr/include/librdkafka/rdkafka_mock.h ] || ! command -v gcc >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librdkafka-dev gcc >/dev/null
fi

# The console's browser suite drives Debian's Chromium (Playwright's own browsers are not downloaded);
# the CJK fonts let its Chinese screens render.
if ! command -v chromium >/dev/null 2>&1 || [ ! -d /usr/share/fonts/opentype/noto ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

# The type check covers the tests too; the build type-checks and emits the apps, the libraries and the console.
npx tsc -p tsconfig.json --noEmit
npm run build --silent
# Four workers on two cores: most suites spend much of their time waiting on servers, processes and the
# browser, so they overlap well. Longest suites start first (test/scheduling/suite-order.js), so that no long
# suite starts last. TEST_WORKERS sets another count.
npx jest --ci --maxWorkers="${TEST_WORKERS:-4}" "$@"
