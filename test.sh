#!/usr/bin/env bash
# Runs every GovDesign test and ends with one line: "N passed, M failed[, K skipped]".
# Installs what a fresh machine lacks: Chromium for the browser tests and PostgreSQL for the store
# tests (from the OS packages).
set -uo pipefail
cd "$(dirname "$0")"

find_chromium() {
  for candidate in "${GOVDESIGN_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if ! chromium=$(find_chromium); then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium for the browser tests: apt-get install chromium"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  chromium=$(find_chromium) || {
    echo "The browser tests need Chromium. Install it with your package manager (for example 'sudo apt-get install chromium'), or set GOVDESIGN_CHROMIUM to its path." >&2
    exit 1
  }
fi
export GOVDESIGN_CHROMIUM="$chromium"

# The PostgreSQL tests start a throwaway cluster with initdb and pg_ctl, unless GOVDESIGN_POSTGRES names a server.
find_initdb() {
  if command -v initdb >/dev/null; then command -v initdb; return 0; fi
  for candidate in /usr/lib/postgresql/*/bin/initdb; do
    if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
  done
  return 1
}

if [ -z "${GOVDESIGN_POSTGRES:-}" ] && ! find_initdb >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing PostgreSQL for the store tests: apt-get install postgresql"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  find_initdb >/dev/null || {
    echo "The store tests need PostgreSQL. Install it with your package manager (for example 'sudo apt-get install postgresql'), or set GOVDESIGN_POSTGRES to the connection string of a server where the user may create databases." >&2
    exit 1
  }
fi

if ! command -v node >/dev/null; then
  echo "GovDesign builds its CSS and JavaScript with Node.js 20 or later: install it (for example 'sudo apt-get install nodejs npm')." >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build GovDesign.sln --nologo -v quiet -clp:ErrorsOnly; then
  echo "The build failed: see the errors above." >&2
  exit 1
fi

log=$(mktemp)
dotnet test --solution GovDesign.sln --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Microsoft.Testing.Platform ends with a summary block for the whole solution.
count() { grep -E "^\s+$1:" "$log" | tail -n 1 | grep -oE '[0-9]+' || echo 0; }
passed=$(count succeeded); failed=$(count failed); skipped=$(count skipped)
rm -f "$log"

# The packaging test (tests/packaging/run.sh): the packages and the tool as a team outside this repository
# gets them, built with no Node.js. It counts as one test in the summary.
echo "Packaging test: packing every package, installing the tool, creating both templates and building, running and testing them without Node.js"
if tests/packaging/run.sh --no-build; then
  echo "Packaging test: passed"
  passed=$((passed + 1))
else
  echo "Packaging test: FAILED (see the lines starting 'packaging:' above)"
  failed=$((failed + 1))
fi

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
