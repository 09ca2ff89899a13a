# Sourced by run.sh with --delivery: journeys/s with delivery off and on, in one run. Each measurement gets a
# fresh runner and database serving only "report a road problem"; "on" adds a delivery section with one
# webhook to WebhookSink on loopback (signatures checked, every request answered 200), so each submission
# also writes an outbox row in its transaction and the deliverer sends it while the journeys go on.
ROUNDS="${ROUNDS:-2}"
SINK_PORT=$((PORT + 10))
SLUG=report-a-road-problem
SECRET="whsec_$(head -c 32 /dev/urandom | base64)"
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
dotnet benchmarks/crash/WebhookSink/bin/Release/net10.0/WebhookSink.dll --urls "http://127.0.0.1:$SINK_PORT" \
  --Sink:Secret="$SECRET" --Sink:FailShare=0 --Sink:Record="$WORK/sink.tsv" >"$WORK/sink.log" 2>&1 &
SINK=$!
mkdir -p "$WORK/off" "$WORK/on"
cp "form-engine/samples/$SLUG.json" "$WORK/off/"
jq --arg url "http://127.0.0.1:$SINK_PORT/hooks" '.delivery = { webhooks: [ { url: $url, secret: "bench" } ] }' \
  "form-engine/samples/$SLUG.json" >"$WORK/on/$SLUG.json"
for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$SINK_PORT/health" && break; sleep 0.2; done

declare -A RATES=([off]="" [on]="")
echo "== journeys/s with delivery off and on ($ROUNDS rounds, interleaved; fresh runner and database each; ${SECONDS_PER_RUN}s, 32 citizens)"
for round in $(seq 1 "$ROUNDS"); do
  for mode in off on; do
    if [ "$STORE" = postgres ]; then
      psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "CREATE DATABASE ${mode}_$round" postgres
      MODE_ARGS=(--postgres "$PG_CONNECTION;Database=${mode}_$round")
    else
      MODE_ARGS=(--database "$WORK/${mode}_$round.db")
    fi
    Delivery__Secrets__bench="$SECRET" Delivery__AllowLoopback=true \
      cli/bin/Release/net10.0/govdesign forms serve "$WORK/$mode" --port "$PORT" "${MODE_ARGS[@]}" >"$WORK/serve-$mode-$round.log" 2>&1 &
    PID=$!
    for _ in $(seq 1 100); do curl -sf -o /dev/null "$URL/health/live" && break; sleep 0.2; done
    dotnet benchmarks/runner/JourneyDriver/bin/Release/net10.0/JourneyDriver.dll "$URL" 5 32 >/dev/null # warm-up
    load="$(cut -d' ' -f1 /proc/loadavg)"
    line="$(dotnet benchmarks/runner/JourneyDriver/bin/Release/net10.0/JourneyDriver.dll "$URL" "$SECONDS_PER_RUN" 32)"
    rate="$(sed -E 's/.* = ([0-9]+) journeys\/s.*/\1/' <<<"$line")"
    RATES[$mode]="${RATES[$mode]} $rate"
    echo "round $round, delivery $mode: $line (load average $load)"
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""
  done
done
delivered="$(awk -F'\t' '$3 == 1 && $4 == "200"' "$WORK/sink.tsv" | wc -l)"
unsigned="$(awk -F'\t' '$3 != 1' "$WORK/sink.tsv" | wc -l)"
mean() { awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.0f", s / NF }' <<<"$1"; }
off="$(mean "${RATES[off]}")"
on="$(mean "${RATES[on]}")"
echo "delivery off: ${RATES[off]# } (mean $off journeys/s); on: ${RATES[on]# } (mean $on journeys/s); on/off = $(awk -v a="$on" -v b="$off" 'BEGIN { printf "%.1f%%", 100 * a / b }') (goal: at least 85%)"
echo "webhooks the sink accepted during the 'on' runs, warm-ups included: $delivered ($unsigned without a valid signature)"
