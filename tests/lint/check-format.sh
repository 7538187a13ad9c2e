#!/bin/sh
# Fails when a tracked C++ source is not formatted with the repository's .clang-format
# (clang-format 14, as Debian bookworm ships it).
set -eu
cd "$1"
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core wizard tests -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || { echo "no sources found"; exit 1; }
bad=""
for f in $files; do
  clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad="$bad $f"
done
if [ -n "$bad" ]; then
  echo "Not clang-formatted (run: clang-format -i$bad)"
  exit 1
fi
echo "$(echo $files | wc -w) files formatted"
