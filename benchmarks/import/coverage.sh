#!/usr/bin/env bash
# How much of a folder of XGov form definitions `govdesign forms import --from xgov` can bring over.
#
#   benchmarks/import/coverage.sh [folder]
#
# The folder defaults to ../shared/xgov-forms beside the repository (published XGov definitions, kept
# outside this repository and read from there). Every file is imported into a temporary folder and each
# definition written is checked by the loader. Prints: files imported and valid / total, questions
# mapped / total, conditions mapped / total, then what is still dropped or approximated, by kind, with
# counts. Goals: 100% of files, at least 95% of questions, 100% of conditions. Exit code: the import's
# (0 when every file imported and is valid).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
forms="${1:-$root/../shared/xgov-forms}"
if [ ! -d "$forms" ]; then
  echo "No folder $forms: give the folder of XGov definitions as the first argument." >&2
  exit 2
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

dotnet build "$root/cli/GovDesign.Cli.csproj" -v quiet -nologo -clp:ErrorsOnly >/dev/null

status=0
dotnet run --project "$root/cli/GovDesign.Cli.csproj" --no-build -- forms import "$forms" --from xgov --output "$out/forms" >"$out/log.txt" 2>"$out/errors.txt" || status=$?

echo "XGov import coverage over $(cd "$forms" && pwd)"
# Files that could not be read, or whose definition the loader refused, first; then the totals.
cat "$out/errors.txt"
grep -v -e '; valid (report: ' "$out/log.txt" | sed -n '/^Files imported and valid/q;p'
sed -n '/^Files imported and valid/,$p' "$out/log.txt"
exit "$status"
