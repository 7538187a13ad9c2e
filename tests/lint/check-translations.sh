#!/bin/sh
# Fails when a translation is missing: runs lupdate over the current sources into copies of the
# committed .ts files (so a new, untranslated string counts too) and looks for unfinished entries.
# Also fails when a context in a .ts file exists nowhere in the sources: the code then translates
# under another name than the one lupdate filed the strings under, and they never load (a
# file-local tr() inside a helper class did that). A context exists when the sources spell it
# as a string ("otj::Reasons", Q_DECLARE_TR_FUNCTIONS(otj::Steps)) or declare the class it
# names with Q_OBJECT or Q_DECLARE_TR_FUNCTIONS.
# Usage: check-translations.sh LUPDATE SOURCE_DIR WORK_DIR
set -eu
lupdate="$1"; src="$2"; work="$3"
rm -rf "$work"; mkdir -p "$work"
find "$src/core" "$src/wizard" "$src/app" -name '*.cpp' -o -name '*.h' | sort > "$work/sources.lst"
status=0
for ts in "$src"/translations/otj_*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  # -I: lupdate must resolve includes like "core/…" to name the contexts as the build does.
  "$lupdate" -silent -no-obsolete -locations none -I "$src" "@$work/sources.lst" -ts "$copy" >/dev/null 2>"$work/lupdate.log"
  total=$(grep -c '<message' "$copy" || true)
  unfinished=$(grep -c 'type="unfinished"' "$copy" || true)
  echo "$(basename "$ts"): $total messages, $unfinished unfinished"
  if [ "$total" -eq 0 ] || [ "$unfinished" -ne 0 ]; then
    grep -B3 'type="unfinished"' "$copy" | grep '<source>' | head -20
    status=1
  fi
done
for ctx in $(sed -n 's:.*<name>\(.*\)</name>.*:\1:p' "$src"/translations/otj_*.ts "$work"/otj_*.ts | sort -u); do
  if xargs grep -lF -e "\"$ctx\"" -e "TR_FUNCTIONS($ctx)" < "$work/sources.lst" | grep -q .; then
    continue
  fi
  class="${ctx##*::}"
  if xargs grep -lE "^[[:space:]]*class[[:space:]]+([A-Z_]+[[:space:]]+)?$class\b" < "$work/sources.lst" |
      xargs -r grep -lE 'Q_OBJECT|Q_GADGET|Q_DECLARE_TR_FUNCTIONS' | grep -q .; then
    continue
  fi
  echo "context $ctx is in the .ts files but nowhere in the sources (its strings never load)"
  status=1
done
exit $status
