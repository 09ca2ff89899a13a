#!/usr/bin/env bash
# One command: builds Release, serves the sample forms on loopback, then measures
#   1. GET of a question page with wrk (32 connections, 30 s, --latency): requests/s and p99;
#   2. complete journeys per second (every POST through to the confirmation) with JourneyDriver;
#   3. the runner's resident memory during the load (VmHWM/VmRSS from /proc/<pid>/status).
#   4. with --delivery: journeys/s with delivery off and on, ROUNDS times each (default 2), interleaved,
#      each on a fresh runner and database; "on" sends a signed webhook per submission to WebhookSink
#      (benchmarks/crash/WebhookSink) on loopback, which checks signatures and answers 200.
# Usage: benchmarks/runner/run.sh [seconds] [sqlite|postgres] [--delivery]   (default 30 sqlite)
#   postgres: a throwaway PostgreSQL cluster on loopback (initdb, as the postgres user when root),
#   the runner on it with --postgres; the same loads, so the two stores compare in one command each.
set -euo pipefail
cd "$(dirname "$0")/../.."
DELIVERY=0
POSITIONAL=()
for arg in "$@"; do if [ "$arg" = --delivery ]; then DELIVERY=1; else POSITIONAL+=("$arg"); fi; done
SECONDS_PER_RUN="${POSITIONAL[0]:-30}"
STORE="${POSITIONAL[1]:-sqlite}"
PORT="${PORT:-5099}"
WORK="$(mktemp -d /tmp/govdesign-runner-bench.XXXXXX)"
URL="http://127.0.0.1:$PORT"

command -v wrk >/dev/null || { echo "This benchmark needs wrk: apt-get install wrk" >&2; exit 2; }
dotnet build cli -c Release -v quiet -clp:ErrorsOnly >/dev/null
dotnet build benchmarks/runner/JourneyDriver -c Release -v quiet -clp:ErrorsOnly >/dev/null
[ "$DELIVERY" = 0 ] || dotnet build benchmarks/crash/WebhookSink -c Release -v quiet -clp:ErrorsOnly >/dev/null

PID=""
PG=""
SINK=""
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in $PID $SINK; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG" ]; then as_postgres "$PG/pg_ctl" -D "$WORK/pg" -m immediate -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

case "$STORE" in
  sqlite) STORE_ARGS=(--database "$WORK/bench.db") ;;
  postgres)
    PG="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)")"
    [ -x "$PG/initdb" ] || { echo "PostgreSQL's programs were not found: apt-get install postgresql" >&2; exit 2; }
    PG_PORT="${PG_PORT:-5439}"
    chmod 777 "$WORK"
    as_postgres "$PG/initdb" -D "$WORK/pg" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
    # Durable settings (fsync on), as a service would run; loopback only.
    as_postgres "$PG/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg" start >/dev/null
    PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres"
    STORE_ARGS=(--postgres "$PG_CONNECTION;Database=postgres") ;;
  *) echo "The store is sqlite or postgres, not $STORE." >&2; exit 2 ;;
esac

cli/bin/Release/net10.0/govdesign forms serve form-engine/samples --port "$PORT" "${STORE_ARGS[@]}" >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 100); do curl -sf -o /dev/null "$URL/" && break; sleep 0.2; done

rss() { grep -E '^(VmHWM|VmRSS)' "/proc/$PID/status" | awk '{printf "%s %d MB  ", $1, $2/1024}'; echo; }

echo "store: $STORE; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# A session with a saved journey (the first page answered), so each GET loads journey state from the store.
PAGE="$URL/report-a-road-problem/problem-type"
TOKEN="$(curl -s -c "$WORK/jar" "$PAGE" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | cut -d'"' -f4)"
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$TOKEN" --data "problem-type=street-light" "$PAGE"
COOKIE="$(awk -F'\t' 'NF == 7 {printf "%s=%s; ", $6, $7}' "$WORK/jar")"
grep -q "govdesign-session" <<<"$COOKIE" || { echo "No session cookie after the first answer: $COOKIE" >&2; exit 1; }
wrk -t2 -c32 -d5s -H "Cookie: $COOKIE" "$PAGE" >/dev/null   # warm-up (JIT, pools)

echo "== GET $PAGE (wrk -t2 -c32 -d${SECONDS_PER_RUN}s --latency)"
wrk -t2 -c32 -d"${SECONDS_PER_RUN}s" --latency -H "Cookie: $COOKIE" "$PAGE" | tee "$WORK/wrk.txt" | grep -E 'Requests/sec|99%|Non-2xx|Socket errors' || true
echo "runner memory after GET load: $(rss)"

echo "== complete journeys (report a road problem: 5 pages, check answers, confirmation; 32 concurrent citizens, ${SECONDS_PER_RUN}s)"
dotnet benchmarks/runner/JourneyDriver/bin/Release/net10.0/JourneyDriver.dll "$URL" "$SECONDS_PER_RUN" 32 &
DRIVER=$!
PEAK=0
while kill -0 $DRIVER 2>/dev/null; do
  NOW=$(awk '/^VmRSS/ {print $2}' "/proc/$PID/status"); [ "$NOW" -gt "$PEAK" ] && PEAK=$NOW; sleep 1
done
wait $DRIVER
echo "runner memory after journeys: $(rss)(peak VmRSS sampled during journeys: $((PEAK/1024)) MB)"
if [ "$STORE" = postgres ]; then
  stored=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -At -c 'SELECT COUNT(*) FROM submissions' postgres 2>/dev/null || echo '?')
else
  stored=$(sqlite3 "$WORK/bench.db" 'SELECT COUNT(*) FROM submissions' 2>/dev/null || echo '?')
fi
echo "submissions stored: $stored"

if [ "$DELIVERY" = 1 ]; then source benchmarks/runner/delivery-on-off.sh; fi
