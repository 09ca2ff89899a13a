#!/usr/bin/env bash
# The packaging test: what a team outside this repository gets.
#   1. packs every package of the solution into a temporary folder feed;
#   2. installs the govdesign tool from the feed into a temporary tool path and, from a folder outside
#      this repository, runs `forms new`, `forms validate` and `forms serve` with the CSS answering 200;
#   3. installs GovDesign.Templates from the feed, creates `govdesign-service` and `govdesign-forms` with
#      Node.js hidden, builds both (one restore), starts them (the service under the path base /svc) and
#      checks that a page and the CSS and script it links answer 200, then runs both templates' own tests in one `dotnet test` (the axe test uses the
#      system's Chromium: GOVDESIGN_CHROMIUM, or /usr/bin/chromium).
# Prints package sizes, the tool's install size, the time from `dotnet new` to the first page and the
# time taken; exits 1 at the first failure.
# Packages other than GovDesign's come from nuget.org, or from the machine's NuGet cache when it has them
# (test.sh's restore of the solution has fetched the same versions), never GovDesign's own.
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
# The machine's NuGet cache, read-only, for the templates' test packages (xunit, Playwright, axe): only
# when it holds no GovDesign package, which would hide the ones packed here.
machine_cache=$(dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: //p')
fallback=""
if [ -d "$machine_cache" ] && ! ls "$machine_cache" | grep -qi '^govdesign'; then
  fallback="<fallbackPackageFolders><add key=\"machine\" value=\"$machine_cache\" /></fallbackPackageFolders>"
fi
# A packages folder of its own: a package of the same version packed earlier must not be taken from the cache.
export NUGET_PACKAGES="$work/nuget-packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="govdesign" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="govdesign"><package pattern="GovDesign.*" /><package pattern="govdesign" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
  $fallback
</configuration>
XML

step "packing the solution into $feed"
dotnet pack "$repo/GovDesign.sln" -o "$feed" "${pack_args[@]}" --nologo -v quiet -clp:ErrorsOnly >"$work/pack.log" 2>&1 \
  || { cat "$work/pack.log" >&2; fail "dotnet pack failed"; }
for id in GovDesign.Components GovDesign.Patterns GovDesign.Forms GovDesign.Forms.Sqlite GovDesign.Forms.PostgreSql GovDesign.Templates govdesign; do
  package="$feed/$id.0.1.0.nupkg"
  [ -f "$package" ] || fail "$id.0.1.0.nupkg was not packed"
  # A template package has no code, so no symbols.
  [ "$id" = GovDesign.Templates ] || [ -f "$feed/$id.0.1.0.snupkg" ] || fail "$id has no symbol package"
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
# Each store's database client comes with its own package only: a team on one database does not carry the other's.
forms_nuspec=$(unzip -p "$feed/GovDesign.Forms.0.1.0.nupkg" GovDesign.Forms.nuspec)
if grep -qE 'id="(Microsoft\.Data\.Sqlite|Npgsql)"' <<<"$forms_nuspec"; then fail "GovDesign.Forms depends on a database client"; fi
grep -q 'id="Microsoft.Data.Sqlite"' <<<"$(unzip -p "$feed/GovDesign.Forms.Sqlite.0.1.0.nupkg" GovDesign.Forms.Sqlite.nuspec)" || fail "GovDesign.Forms.Sqlite does not depend on Microsoft.Data.Sqlite"
grep -q 'id="Npgsql"' <<<"$(unzip -p "$feed/GovDesign.Forms.PostgreSql.0.1.0.nupkg" GovDesign.Forms.PostgreSql.nuspec)" || fail "GovDesign.Forms.PostgreSql does not depend on Npgsql"

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

# The addresses of the stylesheet and the script a page links, as the browser would ask for them.
assets_of() {
  local html
  html=$(curl -s "$1$2")
  sed -n 's/.*<link rel="stylesheet" href="\([^"]*\)".*/\1/p' <<<"$html" | head -n 1
  sed -n 's/.*<script type="module" src="\([^"]*\)".*/\1/p' <<<"$html" | head -n 1
}

step "the templates, installed from the feed; a new service and a new forms host"
hive="$work/templates-hive"
PATH="$nodeless" dotnet new install GovDesign.Templates::0.1.0 --add-source "$feed" --debug:custom-hive "$hive" >"$work/templates.log" 2>&1 \
  || { cat "$work/templates.log" >&2; fail "dotnet new install GovDesign.Templates failed"; }
apps="$work/apps"
mkdir -p "$apps"
cp "$work/nuget.config" "$apps/"
new_started=$SECONDS
PATH="$nodeless" dotnet new govdesign-service -o "$apps/Permit" --debug:custom-hive "$hive" >/dev/null || fail "dotnet new govdesign-service failed"
PATH="$nodeless" dotnet new govdesign-forms -o "$apps/PermitForms" --debug:custom-hive "$hive" >/dev/null || fail "dotnet new govdesign-forms failed"
# Both new apps and their tests in one solution: one restore, one build, one test run.
cp "$apps/Permit/global.json" "$apps/"
cat > "$apps/apps.slnx" <<'XML'
<Solution>
  <Project Path="Permit/Permit/Permit.csproj" />
  <Project Path="Permit/Permit.Tests/Permit.Tests.csproj" />
  <Project Path="PermitForms/PermitForms/PermitForms.csproj" />
  <Project Path="PermitForms/PermitForms.Tests/PermitForms.Tests.csproj" />
</Solution>
XML
(cd "$apps" && PATH="$nodeless" dotnet build apps.slnx --disable-build-servers -nodeReuse:false --nologo -v quiet -clp:ErrorsOnly >"$work/apps-build.log" 2>&1) \
  || { cat "$work/apps-build.log" >&2; fail "the new apps did not build"; }
[ -z "$(find "$apps" -name package.json -not -path '*/.playwright/*')" ] || fail "a package.json appeared in a new app"

service_port=$(free_port)
# The service under a path base, as behind a proxy that serves it at /svc: its pages must link assets there.
(cd "$apps/Permit/Permit" && PATH="$nodeless" exec dotnet bin/Debug/net10.0/Permit.dll --urls "http://127.0.0.1:$service_port" --PathBase=/svc >"$work/service.log" 2>&1) &
pids+=($!)
forms_port=$(free_port)
(cd "$apps/PermitForms/PermitForms" && PATH="$nodeless" exec dotnet bin/Debug/net10.0/PermitForms.dll --urls "http://127.0.0.1:$forms_port" >"$work/forms.log" 2>&1) &
pids+=($!)
expect_200 "http://127.0.0.1:$service_port" "${pids[-2]}" /svc/ /svc/full-name
echo "packaging: from dotnet new to the first page of both new apps: $((SECONDS - new_started)) s"
mapfile -t assets < <(assets_of "http://127.0.0.1:$service_port" /svc/)
[ "${#assets[@]}" = 2 ] || fail "the new service's start page does not link both GovDesign's stylesheet and its script"
for asset in "${assets[@]}"; do [[ $asset == /svc/* ]] || fail "the new service under /svc links $asset, outside its path base"; done
expect_200 "http://127.0.0.1:$service_port" "${pids[-2]}" "${assets[@]}"
grep -q 'href="/svc/" class="govuk-service-navigation__link"' <<<"$(curl -s "http://127.0.0.1:$service_port/svc/full-name")" \
  || fail "the new service under /svc does not link its name in the header to /svc/"
expect_200 "http://127.0.0.1:$forms_port" "${pids[-1]}" /apply-for-a-permit /apply-for-a-permit/full-name
mapfile -t assets < <(assets_of "http://127.0.0.1:$forms_port" /apply-for-a-permit)
[ "${#assets[@]}" = 2 ] || fail "the new forms host's page does not link both GovDesign's stylesheet and its script"
expect_200 "http://127.0.0.1:$forms_port" "${pids[-1]}" "${assets[@]}"

step "the new apps' own tests"
chromium=${GOVDESIGN_CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || fail "the new service's axe test needs Chromium: install it, or set GOVDESIGN_CHROMIUM"
(cd "$apps" && PATH="$nodeless" GOVDESIGN_CHROMIUM="$chromium" dotnet test --solution apps.slnx --no-build >"$work/apps-test.log" 2>&1) \
  || { cat "$work/apps-test.log" >&2; fail "the new apps' own tests failed"; }
grep -E '^\s+(total|succeeded|failed):' "$work/apps-test.log" | tr -s ' ' | paste -sd ' ' | sed 's/^/packaging: the new apps\x27 tests:/'

step "passed"
