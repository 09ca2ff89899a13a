#!/usr/bin/env bash
# Pages audited per minute over the site's example pages: `govdesign audit` (default concurrency,
# default checks: axe plus GovDesign's own) and pa11y-ci (pinned here, axe runner, WCAG2AA, its
# default concurrency), on the same URLs, one after the other in one run, against the OS Chromium.
#
#   benchmarks/audit/run.sh [number-of-pages]     (default 60)
#
# Needs: dotnet, node + npm, Chromium (GOVDESIGN_CHROMIUM or /usr/bin/chromium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
count=${1:-60}
chromium=${GOVDESIGN_CHROMIUM:-/usr/bin/chromium}
port=${PORT:-5187}
base="http://127.0.0.1:$port"
work=$(mktemp -d)
site_pid=""

cleanup() {
  if [ -n "$site_pid" ]; then kill "$site_pid" 2>/dev/null || true; wait "$site_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

[ -x "$chromium" ] || { echo "No Chromium at $chromium: install it (sudo apt-get install chromium) or set GOVDESIGN_CHROMIUM." >&2; exit 2; }

echo "Installing pa11y-ci (pinned in package-lock.json; no browser download)..."
(cd "$here" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)

echo "Building the site and the govdesign tool..."
dotnet build "$root/site" -v quiet -clp:ErrorsOnly -nologo >/dev/null
dotnet build "$root/cli" -v quiet -clp:ErrorsOnly -nologo >/dev/null

echo "Starting the site on $base..."
(cd "$root/site" && exec dotnet bin/Debug/net10.0/GovDesign.Site.dll --urls "$base" --Logging:LogLevel:Default=Warning >"$work/site.log" 2>&1) &
site_pid=$!
for _ in $(seq 1 60); do curl -sf "$base/" >/dev/null && break; sleep 1; done
curl -sf "$base/" >/dev/null || { echo "The site did not start: see below." >&2; cat "$work/site.log" >&2; exit 1; }

# Every example page the component pages link to, then an even spread of $count of them.
# The components section lists every component page in its side navigation.
for component in $(curl -sf "$base/components" | grep -o 'href="/components/[a-z-]*"' | sed 's/href="//; s/"$//' | sort -u); do
  curl -sf "$base$component" | grep -o "href=\"$component/[^\"#]*\"" | sed 's/href="//; s/"$//' || true
done | awk '!seen[$0]++' > "$work/all.txt"
total=$(wc -l < "$work/all.txt")
awk -v n="$total" -v k="$count" 'BEGIN { step = n / k } { if (NR - 1 >= next_pick && picked < k) { print; picked++; next_pick = picked * step } }' "$work/all.txt" \
  | sed "s|^|$base|" > "$work/urls.txt"
pages=$(wc -l < "$work/urls.txt")
echo "$pages of the site's $total example pages."
[ "$pages" -gt 0 ] || { echo "No example pages found on $base/components: the site's navigation has changed." >&2; exit 1; }

node -e '
  const fs = require("fs");
  const urls = fs.readFileSync(process.argv[1], "utf8").trim().split("\n");
  fs.writeFileSync(process.argv[2], JSON.stringify({ defaults: { standard: "WCAG2AA", runners: ["axe"], timeout: 120000,
    chromeLaunchConfig: { executablePath: process.argv[3], args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] } }, urls }, null, 2));
' "$work/urls.txt" "$work/pa11y.json" "$chromium"

seconds() { date +%s.%N; }

echo "Running govdesign audit..."
start=$(seconds)
"$root/cli/bin/Debug/net10.0/govdesign" audit $(cat "$work/urls.txt") --chromium "$chromium" --fail-on critical >"$work/govdesign.log" 2>&1 || true
ours=$(echo "$(seconds) - $start" | bc)

echo "Running pa11y-ci..."
start=$(seconds)
(cd "$here" && node_modules/.bin/pa11y-ci --config "$work/pa11y.json") >"$work/pa11y.log" 2>&1 || true
theirs=$(echo "$(seconds) - $start" | bc)

grep -E "pages, .* violations" "$work/govdesign.log" | sed 's/^/govdesign: /' || true
grep -E "URLs passed" "$work/pa11y.log" | sed 's/^/pa11y-ci: /' || true
printf '\n%-42s %10s %16s\n' "tool" "seconds" "pages a minute"
printf '%-42s %10.1f %16.1f\n' "govdesign audit (concurrency $(nproc | awk '{ c = $1 * 2; print (c < 2 ? 2 : (c > 8 ? 8 : c)) }'))" "$ours" "$(echo "$pages * 60 / $ours" | bc -l)"
printf '%-42s %10.1f %16.1f\n' "pa11y-ci 4.1.1 (axe runner, concurrency 1)" "$theirs" "$(echo "$pages * 60 / $theirs" | bc -l)"
printf '%-42s %27.2f\n' "ratio (govdesign / pa11y-ci)" "$(echo "$theirs / $ours" | bc -l)"
