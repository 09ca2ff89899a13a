#!/usr/bin/env bash
# The crash test's verdict, from the files run.sh leaves in its work folder:
#   shown.txt   every reference a confirmation page showed (JourneyDriver), one a line
#   stored.txt  every reference in the submissions table
#   outbox.tsv  reference, delivery id, status of every outbox row
#   sink.tsv    webhook-id, reference, signature valid (1/0), answer (200, 500, timeout) of every request
# Prints the counts and each violation; exits 1 if there is any.
set -euo pipefail
W="$1"
cd "$W"
export LC_ALL=C
touch sink.tsv shown.txt stored.txt outbox.tsv
violations=0
violation() { echo "VIOLATION: $1"; violations=$((violations + 1)); }
count() { awk 'NF' "$@" | wc -l; }

sort -u shown.txt >shown.sorted
sort stored.txt >stored.sorted
awk -F'\t' '$3 == 1 && $4 == "200" { print $2 }' sink.tsv | sort -u >delivered.sorted
awk -F'\t' '{ print $2 "\t" $1 }' sink.tsv | sort -u >received-pairs.sorted
awk -F'\t' '{ print $1 "\t" $2 }' outbox.tsv | sort -u >outbox-pairs.sorted

shown=$(count shown.sorted)
shown_twice=$(sort shown.txt | uniq -d | wc -l)
stored=$(count stored.sorted)
stored_twice=$(uniq -d stored.sorted | wc -l)
shown_not_stored=$(comm -23 shown.sorted <(uniq stored.sorted) | wc -l)
stored_not_delivered=$(comm -23 <(uniq stored.sorted) delivered.sorted | wc -l)
shown_not_delivered=$(comm -23 shown.sorted delivered.sorted | wc -l)
requests=$(count sink.tsv)
answered_500=$(awk -F'\t' '$4 == "500"' sink.tsv | wc -l)
timed_out=$(awk -F'\t' '$4 == "timeout"' sink.tsv | wc -l)
unsigned=$(awk -F'\t' '$3 != 1' sink.tsv | wc -l)
accepted=$(awk -F'\t' '$4 == "200"' sink.tsv | wc -l)
duplicates=$(awk -F'\t' '$4 == "200" { n[$1]++ } END { for (id in n) if (n[id] > 1) d += n[id] - 1; print d + 0 }' sink.tsv)
ids_histogram=$(cut -f1 received-pairs.sorted | uniq -c | awk '{ h[$1]++ } END { for (k in h) printf "%s reference(s) with %d id(s); ", h[k], k }')
several_ids=$(cut -f1 received-pairs.sorted | uniq -d | wc -l)
unknown_ids=$(comm -23 received-pairs.sorted outbox-pairs.sorted | wc -l)
rows_per_reference=$(cut -f1 outbox-pairs.sorted | uniq -d | wc -l)
pending=$(awk -F'\t' '$3 == "pending"' outbox.tsv | wc -l)
failed=$(awk -F'\t' '$3 == "failed"' outbox.tsv | wc -l)

echo "== counts"
echo "journeys confirmed (references shown): $shown"
echo "submissions stored: $stored ($((stored - shown)) stored but never shown: their confirmation page was cut off by the kill, or by the driver's 15 s timeout under load)"
echo "references delivered (answered 200 with a valid signature): $(count delivered.sorted)"
echo "webhook requests received: $requests ($answered_500 answered 500, $timed_out held past the timeout, $accepted answered 200)"
echo "duplicates received (a delivery answered 200 more than once): $duplicates"
echo "distinct webhook-ids per reference: ${ids_histogram:-none}"
echo "outbox at the end: $pending pending, $failed failed"

[ "$shown" -ge 200 ] || violation "only $shown journeys were confirmed; the test needs at least 200"
[ "$shown_twice" = 0 ] || violation "$shown_twice references were shown on two confirmation pages"
[ "$shown_not_stored" = 0 ] || violation "$shown_not_stored references shown on a confirmation page are not stored"
[ "$stored_twice" = 0 ] || violation "$stored_twice references are stored more than once"
[ "$shown_not_delivered" = 0 ] || violation "$shown_not_delivered references shown on a confirmation page never reached the receiver"
[ "$stored_not_delivered" = 0 ] || violation "$stored_not_delivered stored submissions never reached the receiver"
[ "$unsigned" = 0 ] || violation "$unsigned requests had no valid signature"
[ "$several_ids" = 0 ] || violation "$several_ids references arrived under more than one webhook-id"
[ "$unknown_ids" = 0 ] || violation "$unknown_ids (reference, webhook-id) pairs received are not the outbox's"
[ "$rows_per_reference" = 0 ] || violation "$rows_per_reference references have more than one outbox row"
[ "$pending" = 0 ] || violation "$pending deliveries still pending"
[ "$failed" = 0 ] || violation "$failed deliveries failed"
if [ "$violations" = 0 ]; then echo "PASS: no violation"; else echo "FAIL: $violations violation(s)"; exit 1; fi
