#!/usr/bin/env bash
# One command: builds Release, serves the sample forms on loopback, then measures
#   1. GET of a question page with wrk (32 connections, 30 s, --latency): requests/s and p99;
#   2. complete journeys per second (every POST through to the confirmation) with JourneyDriver;
#   3. the runner's resident memory during the load (VmHWM/VmRSS from /proc/<pid>/status).
# Usage: benchmarks/runner/run.sh [seconds]   (default 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_RUN="${1:-30}"
PORT="${PORT:-5099}"
WORK="$(mktemp -d /tmp/govdesign-runner-bench.XXXXXX)"
URL="http://127.0.0.1:$PORT"

dotnet build cli -c Release -v quiet -clp:ErrorsOnly >/dev/null
dotnet build benchmarks/runner/JourneyDriver -c Release -v quiet -clp:ErrorsOnly >/dev/null

DOTNET_gcServer=0 cli/bin/Release/net10.0/govdesign forms serve form-engine/samples --port "$PORT" --database "$WORK/bench.db" >"$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do curl -sf -o /dev/null "$URL/" && break; sleep 0.2; done

rss() { grep -E '^(VmHWM|VmRSS)' "/proc/$PID/status" | awk '{printf "%s %d MB  ", $1, $2/1024}'; echo; }

# A session with a saved journey (language chosen), so each GET loads journey state from SQLite.
COOKIE="$(curl -s -D - -o /dev/null "$URL/report-a-road-problem/problem-type?lang=en" | awk -F'[ ;]' 'tolower($1)=="set-cookie:" {printf "%s; ", $2}')"
PAGE="$URL/report-a-road-problem/problem-type"
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
echo "submissions stored: $(sqlite3 "$WORK/bench.db" 'SELECT COUNT(*) FROM submissions' 2>/dev/null || echo '?')"
