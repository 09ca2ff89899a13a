#!/usr/bin/env bash
# The packaging test: what a team outside this repository gets.
#   1. packs every package of the solution into a temporary folder feed;
#   2. with Node.js hidden from PATH, creates a new `dotnet new web` app that references
#      GovDesign.Components from that feed (and nothing else), builds it, runs it, and checks that a
#      page and the components' CSS answer 200;
#   3. installs the govdesign tool from the feed into a temporary tool path and, from a folder outside
#      this repository, runs `forms new`, `forms validate` and `forms serve` with the CSS answering 200.
# Prints package sizes, the tool's install size and the time taken; exits 1 at the first failure.
# test.sh calls it with --no-build after building the solution; on its own it builds what it packs.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
# dotnet pack builds Release by default; with --no-build it packs the Debug build test.sh has just made.
pack_args=(-c Release)
[ "${1:-}" = "--no-build" ] && pack_args=(-c Debug --no-build)
started=$SECONDS

work=$(mktemp -d "${TMPDIR:-/tmp}/govdesign-packaging.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

fail() { echo "packaging: $*" >&2; exit 1; }
if ! command -v unzip >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "packaging: installing unzip to read the packages: apt-get install unzip"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq unzip >/dev/null
  fi
  command -v unzip >/dev/null || fail "reading the packages needs unzip: install it with your package manager"
fi
step() { echo "packaging: $* ($((SECONDS - started)) s)"; }

feed="$work/feed"
# A packages folder of its own: a package of the same version packed earlier must not be taken from the cache.
export NUGET_PACKAGES="$work/nuget-packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="govdesign" value="$feed" />
  </packageSources>
</configuration>
XML

step "packing the solution into $feed"
dotnet pack "$repo/GovDesign.sln" -o "$feed" "${pack_args[@]}" --nologo -v quiet -clp:ErrorsOnly >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
for id in GovDesign.Components GovDesign.Patterns GovDesign.Forms govdesign; do
  package="$feed/$id.0.1.0.nupkg"
  [ -f "$package" ] || fail "$id.0.1.0.nupkg was not packed"
  [ -f "$feed/$id.0.1.0.snupkg" ] || fail "$id has no symbol package"
  # Listed once, then searched: grep -q stopping early would end unzip with SIGPIPE, which pipefail reports.
  listing=$(unzip -l "$package")
  for part in LICENSE THIRD-PARTY-NOTICES.md README.md icon.png; do
    grep -q " $part\$" <<<"$listing" || fail "$id.0.1.0.nupkg lacks $part"
  done
  # npm's files of the components build must not reach a consumer (Playwright's own driver has one, inside tools/).
  if grep -qE ' ((content|contentFiles|staticwebassets)/.*)?package(-lock)?\.json$' <<<"$listing"; then fail "$id.0.1.0.nupkg carries npm's package.json"; fi
  echo "packaging: $id.0.1.0.nupkg $(du -k "$package" | cut -f1) KB"
done
grep -q " schema/form.schema.json\$" <<<"$(unzip -l "$feed/GovDesign.Forms.0.1.0.nupkg")" || fail "GovDesign.Forms does not carry its schema"

# PATH without Node.js: each folder holding node, npm or npx is replaced by links to everything else in it.
nodeless=""
IFS=: read -ra dirs <<<"$PATH"
for dir in "${dirs[@]}"; do
  if [ -e "$dir/node" ] || [ -e "$dir/npm" ] || [ -e "$dir/npx" ]; then
    shadow="$work/path/$(echo "$dir" | tr / _)"
    mkdir -p "$shadow"
    for entry in "$dir"/*; do
      case "$(basename "$entry")" in node|nodejs|npm|npx|corepack) ;; *) ln -s "$entry" "$shadow/" ;; esac
    done
    dir=$shadow
  fi
  nodeless="$nodeless${nodeless:+:}$dir"
done
PATH="$nodeless" command -v node >/dev/null && fail "node is still on the PATH given to the consumer"

free_port() {
  local port
  for _ in $(seq 50); do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return 0; }
  done
  fail "no free port found"
}

# Waits for a server to answer, then checks that each path answers 200.
expect_200() {
  local base=$1 pid=$2; shift 2
  for _ in $(seq 120); do
    curl -s -o /dev/null "$base/" && break
    kill -0 "$pid" 2>/dev/null || fail "the server at $base stopped before answering"
    sleep 0.5
  done
  for path in "$@"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
    [ "$status" = 200 ] || fail "$base$path answered $status, not 200"
    echo "packaging: 200 $base$path"
  done
}

step "a new web app on GovDesign.Components, built with no node on PATH"
app="$work/consumer"
PATH="$nodeless" dotnet new web -o "$app" -n Consumer --no-update-check >/dev/null
cp "$work/nuget.config" "$app/"
sed -i 's#</Project>#  <ItemGroup><PackageReference Include="GovDesign.Components" Version="0.1.0" /></ItemGroup>\n</Project>#' "$app/Consumer.csproj"
cat > "$app/Program.cs" <<'CS'
using GovDesign.Components;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorComponents();
builder.Services.AddGovDesignComponents();
var app = builder.Build();
app.MapStaticAssets();
app.MapGet("/", () => new Microsoft.AspNetCore.Http.HttpResults.RazorComponentResult<PageTemplate>(new { PageTitle = "Packaged" }));
app.Run();
CS
(cd "$app" && PATH="$nodeless" dotnet build --disable-build-servers -nodeReuse:false --nologo -v quiet -clp:ErrorsOnly >"$work/consumer-build.log" 2>&1) \
  || { cat "$work/consumer-build.log" >&2; fail "the consumer app did not build"; }
[ ! -e "$app/package.json" ] || fail "a package.json appeared in the consumer app"
port=$(free_port)
(cd "$app" && PATH="$nodeless" ASPNETCORE_ENVIRONMENT=Development exec dotnet bin/Debug/net10.0/Consumer.dll --urls "http://127.0.0.1:$port" >"$work/consumer.log" 2>&1) &
pids+=($!)
expect_200 "http://127.0.0.1:$port" "${pids[-1]}" / /_content/GovDesign.Components/dist/govdesign.css /_content/GovDesign.Components/dist/govuk-frontend.min.js
grep -q '_content/GovDesign.Components/dist/govdesign.css' <<<"$(curl -s "http://127.0.0.1:$port/")" || fail "the page does not link the components' CSS"

step "the govdesign tool, installed from the feed"
tools="$work/tools"
dotnet tool install govdesign --version 0.1.0 --tool-path "$tools" --configfile "$work/nuget.config" >/dev/null \
  || fail "dotnet tool install govdesign failed"
echo "packaging: the tool takes $(du -sm "$tools" | cut -f1) MB installed"
elsewhere="$work/elsewhere"
mkdir -p "$elsewhere/forms"
cp "$repo/form-engine/samples/register-a-birth.json" "$elsewhere/forms/"
cd "$elsewhere"
"$tools/govdesign" forms validate forms/register-a-birth.json >/dev/null || fail "govdesign forms validate rejected a sample"
"$tools/govdesign" forms new my-service --output forms/my-service.json >/dev/null || fail "govdesign forms new failed"
"$tools/govdesign" forms validate forms/my-service.json >/dev/null || fail "the definition forms new wrote does not validate"
"$tools/govdesign" forms schema --output form.schema.json >/dev/null && grep -q '"\$id": "https://' form.schema.json \
  || fail "govdesign forms schema did not write the schema"
port=$(free_port)
PATH="$nodeless" "$tools/govdesign" forms serve forms --port "$port" --database "$elsewhere/forms.db" >"$work/serve.log" 2>&1 &
pids+=($!)
expect_200 "http://127.0.0.1:$port" "${pids[-1]}" /register-a-birth /my-service /_content/GovDesign.Components/dist/govdesign.css /_content/GovDesign.Components/dist/govuk-frontend.min.js
cd "$repo"

step "passed"
