#!/usr/bin/env bash
# The crash test (issue 15): nothing a citizen confirmed is lost or sent under two ids when a runner dies.
#   1. builds Release; starts WebhookSink (benchmarks/crash/WebhookSink) on loopback: it checks every
#      Standard Webhooks signature, records every webhook-id and reference, and fails FAIL_SHARE of the
#      requests (half 500, half held past the runner's 2 s timeout);
#   2. serves "report a road problem" with a delivery section pointing at the sink (sqlite: one runner;
#      postgres: a throwaway cluster and TWO runners sharing the database and its outbox);
#   3. drives JOURNEYS journeys, CITIZENS at once, to their confirmation pages (JourneyDriver --keep-going,
#      every reference shown recorded), kills runner A with kill -9 once KILL_AT are confirmed, restarts it
#      on the same database 2 s later; journeys cut off by the kill are started again;
#   4. waits for the outbox to drain, then checks: every reference shown is stored exactly once and reached
#      the sink (answered 200, signature valid) at least once, every request for one reference carried the
#      same webhook-id (the outbox row's id), and no delivery is left pending or failed.
# Prints the counts; exits 1 on any violation. Takes one to two minutes: not part of ./test.sh.
# Usage: benchmarks/crash/run.sh [sqlite|postgres]   (environment: JOURNEYS=600 CITIZENS=200 FAIL_SHARE=0.2 KILL_AT)
set -euo pipefail
cd "$(dirname "$0")/../.."
STORE="${1:-sqlite}"
JOURNEYS="${JOURNEYS:-600}"
CITIZENS="${CITIZENS:-200}"
FAIL_SHARE="${FAIL_SHARE:-0.2}"
KILL_AT="${KILL_AT:-$((JOURNEYS * 2 / 5))}"
PORT_A="${PORT:-5201}"
PORT_B=$((PORT_A + 1))
SINK_PORT=$((PORT_A + 10))
SLUG=report-a-road-problem
WORK="$(mktemp -d /tmp/govdesign-crash.XXXXXX)"
SECRET="whsec_$(head -c 32 /dev/urandom | base64)"
case "$STORE" in sqlite | postgres) ;; *) echo "The store is sqlite or postgres, not $STORE." >&2; exit 2 ;; esac

echo "== building (Release)"
dotnet build cli -c Release -v quiet -clp:ErrorsOnly >/dev/null
dotnet build benchmarks/runner/JourneyDriver -c Release -v quiet -clp:ErrorsOnly >/dev/null
dotnet build benchmarks/crash/WebhookSink -c Release -v quiet -clp:ErrorsOnly >/dev/null

SINK=""
PG=""
declare -A RUNNER=()
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${RUNNER[@]}" $SINK; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ -n "$PG" ]; then as_postgres "$PG/pg_ctl" -D "$WORK/pg" -m immediate -w stop >/dev/null 2>&1 || true; fi
  if [ -n "${KEEP:-}" ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
wait_for() { for _ in $(seq 1 150); do curl -sf -o /dev/null "$1" && return 0; sleep 0.2; done; echo "$1 did not answer" >&2; return 1; }

if [ "$STORE" = postgres ]; then
  PG="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)")"
  [ -x "$PG/initdb" ] || { echo "PostgreSQL's programs were not found: apt-get install postgresql" >&2; exit 2; }
  PG_PORT="${PG_PORT:-5449}"
  chmod 777 "$WORK"
  as_postgres "$PG/initdb" -D "$WORK/pg" -U postgres --auth=trust --encoding=UTF8 --no-locale >/dev/null
  as_postgres "$PG/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c max_connections=300 -k $WORK/pg" start >/dev/null
  export ConnectionStrings__Forms="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  STORE_ARGS=()
  query() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -At -F $'\t' -c "$1" postgres; }
else
  STORE_ARGS=(--database "$WORK/forms.db")
  query() { sqlite3 -separator $'\t' "$WORK/forms.db" "$1"; }
fi

# The sink, and the form with its delivery section.
dotnet benchmarks/crash/WebhookSink/bin/Release/net10.0/WebhookSink.dll --urls "http://127.0.0.1:$SINK_PORT" \
  --Sink:Secret="$SECRET" --Sink:Record="$WORK/sink.tsv" --Sink:FailShare="$FAIL_SHARE" --Sink:TimeoutDelay=00:00:06 >"$WORK/sink.log" 2>&1 &
SINK=$!
mkdir "$WORK/forms"
jq --arg url "http://127.0.0.1:$SINK_PORT/hooks" '.delivery = { webhooks: [ { url: $url, secret: "crash" } ] }' \
  "form-engine/samples/$SLUG.json" >"$WORK/forms/$SLUG.json"
export Delivery__Secrets__crash="$SECRET" Delivery__AllowLoopback=true \
  Delivery__RequestTimeout=00:00:02 Delivery__FirstRetryDelay=00:00:01 Delivery__MaxRetryDelay=00:00:04 Delivery__PollInterval=00:00:00.200
wait_for "http://127.0.0.1:$SINK_PORT/health"

start_runner() { # name port
  cli/bin/Release/net10.0/govdesign forms serve "$WORK/forms" --port "$2" "${STORE_ARGS[@]}" >>"$WORK/runner-$1.log" 2>&1 &
  RUNNER[$1]=$!
  wait_for "http://127.0.0.1:$2/health/live"
}
start_runner A "$PORT_A"
URLS="http://127.0.0.1:$PORT_A"
if [ "$STORE" = postgres ]; then
  start_runner B "$PORT_B"
  URLS="$URLS,http://127.0.0.1:$PORT_B"
fi

echo "store: $STORE, runners: ${#RUNNER[@]}; $JOURNEYS journeys, $CITIZENS at once; sink fails $FAIL_SHARE of requests; kill -9 of runner A after $KILL_AT confirmations"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
touch "$WORK/shown.txt"
dotnet benchmarks/runner/JourneyDriver/bin/Release/net10.0/JourneyDriver.dll "$URLS" 300 "$CITIZENS" \
  --journeys "$JOURNEYS" --references "$WORK/shown.txt" --keep-going &
DRIVER=$!
while [ "$(wc -l <"$WORK/shown.txt")" -lt "$KILL_AT" ] && kill -0 "$DRIVER" 2>/dev/null; do sleep 0.05; done
kill -9 "${RUNNER[A]}"
wait "${RUNNER[A]}" 2>/dev/null || true
echo "killed runner A (kill -9) after $(wc -l <"$WORK/shown.txt") confirmations; outbox then: $(query "SELECT status, count(*) FROM outbox GROUP BY status ORDER BY status" | tr '\t\n' '= ')"
sleep 2
start_runner A "$PORT_A"
echo "runner A restarted on the same database"
wait "$DRIVER" || { echo "VIOLATION: the driver did not confirm $JOURNEYS journeys" >&2; exit 1; }

echo "== waiting for the outbox to drain (a claim cut off by the kill is retried when its 34 s lease runs out)"
DRAIN_START=$SECONDS
while [ "$(query "SELECT count(*) FROM outbox WHERE status = 'pending'")" != 0 ] && [ $((SECONDS - DRAIN_START)) -lt 240 ]; do sleep 1; done
echo "drained in $((SECONDS - DRAIN_START)) s"
sleep 1 # let the sink write its last lines
for name in "${!RUNNER[@]}"; do kill "${RUNNER[$name]}"; wait "${RUNNER[$name]}" 2>/dev/null || true; unset "RUNNER[$name]"; done

query "SELECT reference FROM submissions WHERE form_slug = '$SLUG'" >"$WORK/stored.txt"
query "SELECT reference, id, status FROM outbox WHERE form_slug = '$SLUG'" >"$WORK/outbox.tsv"
benchmarks/crash/check.sh "$WORK"
