#!/bin/sh
# Fails when a translation is missing: runs lupdate over the current sources into copies of the
# committed .ts files (so a new, untranslated string counts too) and looks for unfinished entries.
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
exit $status
