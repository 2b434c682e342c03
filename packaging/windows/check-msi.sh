#!/usr/bin/env bash
# Check the MSI's properties with msiinfo: per-user by default, the fixed
# UpgradeCode and a major upgrade, the Start-menu shortcut, the file
# associations and the version.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PY="${1:-$ROOT/.venv/bin/python}"
VERSION="$("$PY" -c 'import journal; print(journal.__version__)')"
MSI="dist/learning-journal-$VERSION-x64.msi"
UPGRADE_CODE="{6F0B8E4A-3C1D-4E5F-9A2B-7C8D9E0F1A2B}"
[ -f "$MSI" ] || { echo "check-msi: $MSI is missing; run 'make package' first." >&2; exit 1; }
fail() { echo "check-msi: $*" >&2; exit 1; }

props="$(msiinfo export "$MSI" Property)"
prop() { printf '%s\n' "$props" | awk -F'\t' -v k="$1" '$1 == k { print $2 }' | tr -d '\r'; }
[ "$(prop ALLUSERS)" = 2 ] || fail "ALLUSERS is '$(prop ALLUSERS)', not 2."
[ "$(prop MSIINSTALLPERUSER)" = 1 ] || fail "MSIINSTALLPERUSER is '$(prop MSIINSTALLPERUSER)', not 1."
[ "$(prop UpgradeCode)" = "$UPGRADE_CODE" ] || fail "UpgradeCode is '$(prop UpgradeCode)'."
[ "$(prop ProductVersion)" = "$VERSION" ] || fail "ProductVersion is '$(prop ProductVersion)', not $VERSION."
[ "$(prop ProductName)" = "Learning Journal" ] || fail "ProductName is '$(prop ProductName)'."

suminfo="$(msiinfo suminfo "$MSI")"
# The word count property (msiinfo calls it "Source"): bit value 8 means
# elevated privileges are not required.
words="$(printf '%s\n' "$suminfo" | awk -F': ' '/^(Word count|Source):/ { split($2, v, " "); print v[1] }' | tr -d '\r')"
[ -n "$words" ] && [ $(( words & 8 )) -eq 8 ] || fail "the package asks for elevation (word count $words)."
grep -q "x64;1033" <<<"$suminfo" || fail "the template is not x64;1033."

# Tables are read into variables first: `msiinfo ... | grep -q` can fail under
# pipefail when grep stops reading early (SIGPIPE).
upgrade="$(msiinfo export "$MSI" Upgrade)"
shortcut="$(msiinfo export "$MSI" Shortcut)"
grep -qF "$UPGRADE_CODE" <<<"$upgrade" || fail "no Upgrade row for the UpgradeCode."
grep -q "Learning Journal" <<<"$shortcut" || fail "no Start-menu shortcut."
registry="$(msiinfo export "$MSI" Registry)"
for key in 'LearningJournal.Portfolio\shell\open\command' 'LearningJournal.Feedback\shell\open\command' \
    '.zip\OpenWithProgids' '.json\OpenWithProgids' 'LearningJournal\Installer'; do
  grep -qF "$key" <<<"$registry" || fail "no registry entry $key."
done
grep -F 'LearningJournal.Portfolio\shell\open\command' <<<"$registry" | grep -q ' review ' \
  || fail "a .portfolio.zip does not open in review."
grep -F 'LearningJournal.Feedback\shell\open\command' <<<"$registry" | grep -q ' import ' \
  || fail "a .feedback.json is not imported."
file_table="$(msiinfo export "$MSI" File)"
files="$(printf '%s\n' "$file_table" | tail -n +4 | wc -l)"
[ "$files" -gt 50 ] || fail "only $files files in the MSI."
echo "check-msi: $MSI is per-user by default, upgrades by $UPGRADE_CODE, has the shortcut, the associations and $files files."
