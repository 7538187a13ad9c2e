#!/usr/bin/env bash
# Fidelity test: otj-lab's EWS driven by ews-javascript-api (see fidelity.js).
# Usage: run-fidelity.sh PATH/TO/otj-lab
# Starts `otj-lab serve --port 0` with a temporary state dir, reads its JSON line, runs fidelity.js with
# NODE_EXTRA_CA_CERTS=<ca_file> (TLS stays verified) and stops the lab.
# Exit: 0 passed, 1 a check failed, 2 could not run, 77 skipped (no node/npm or packages not installable).
set -u
here="$(cd "$(dirname "$0")" && pwd)"
lab="${1:-${OTJ_LAB:-}}"
if [ -z "$lab" ] || [ ! -x "$lab" ]; then
    echo "usage: $0 PATH/TO/otj-lab" >&2
    exit 2
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: node/npm not installed" >&2
    exit 77
fi
if [ ! -d "$here/node_modules/ews-javascript-api" ]; then
    if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error); then
        echo "SKIP: npm ci failed (offline?)" >&2
        exit 77
    fi
fi

work="$(mktemp -d)"
pid=""
cleanup() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null
    fi
    [ -n "$pid" ] && wait "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$work/state"
"$lab" serve --port 0 --state-dir "$work/state" >"$work/stdout" 2>"$work/stderr" &
pid=$!

line=""
for _ in $(seq 200); do # up to 20 s
    if [ -s "$work/stdout" ] && [ "$(wc -l <"$work/stdout")" -ge 1 ]; then
        line="$(head -n 1 "$work/stdout")"
        break
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "otj-lab exited before printing its line:" >&2
        cat "$work/stderr" >&2
        exit 2
    fi
    sleep 0.1
done
if [ -z "$line" ]; then
    echo "otj-lab printed no line within 20 s:" >&2
    cat "$work/stderr" >&2
    exit 2
fi

ca_file="$(node -e 'process.stdout.write(JSON.parse(process.argv[1]).ca_file || "")' "$line")" || exit 2
if [ ! -s "$ca_file" ]; then
    echo "ca_file '$ca_file' from the lab's line does not exist" >&2
    exit 2
fi

NODE_EXTRA_CA_CERTS="$ca_file" LAB_JSON="$line" node "$here/fidelity.js"
rc=$?
if [ "$rc" -ne 0 ]; then
    echo "--- otj-lab stderr ---" >&2
    tail -n 50 "$work/stderr" >&2
fi
exit "$rc"
