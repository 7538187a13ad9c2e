#!/bin/sh
# Builds OTJ Exchange Setup, starts otj-lab (the simulated Exchange organisation and Pexip
# Management Node, HTTPS on 127.0.0.1) and opens the wizard on a profile pointing at it, with the
# lab's passwords given to this session only (environment variables, never saved).
# On a machine without a display the wizard runs under xvfb-run.
set -eu
cd "$(dirname "$0")/.."
sh tests/install-deps.sh

cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)" --target otj-wizard otj-lab otjctl

state="build/dev/demo-lab"
mkdir -p "$state"
fifo="$state/serve.out"
rm -f "$fifo"
build/dev/tests/lab/otj-lab serve --port 0 --state-dir "$state" --write-profile "$state/profile.json" >"$fifo" &
lab=$!
trap 'kill $lab 2>/dev/null || true' EXIT INT TERM
# The lab prints one JSON line when it is ready.
i=0
until [ -s "$fifo" ] || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$fifo" ] || { echo "otj-lab did not start"; exit 2; }
line=$(head -n 1 "$fifo")

password_for() {
  printf '%s' "$line" | python3 -c 'import json,sys; d=json.load(sys.stdin); r=sys.argv[1]; print(next(a["password"] for a in d["accounts"] if a["role"]==r))' "$1"
}
OTJ_EXCHANGE_ADMIN_PASSWORD=$(password_for exchange-admin)
OTJ_PEXIP_PASSWORD=$(password_for pexip-admin)
OTJ_SERVICE_ACCOUNT_PASSWORD=$(password_for otj-service)
export OTJ_EXCHANGE_ADMIN_PASSWORD OTJ_PEXIP_PASSWORD OTJ_SERVICE_ACCOUNT_PASSWORD
# The lab's own shell speaks the bridge protocol: no PowerShell needed for the demo.
OTJ_POWERSHELL=$(printf '%s' "$line" | python3 -c 'import json,sys; d=json.load(sys.stdin); p=d.get("powershell"); print(json.dumps(p) if p else "")')
if [ -n "$OTJ_POWERSHELL" ]; then export OTJ_POWERSHELL; else unset OTJ_POWERSHELL; fi

echo "otj-lab is running: $(printf '%s' "$line" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["ews_url"])')"
echo "Profile: $state/profile.json (validate from a console: build/dev/app/otjctl validate --profile $state/profile.json)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  build/dev/app/otj-wizard --profile "$state/profile.json"
else
  xvfb-run -a -s '-screen 0 1280x900x24' build/dev/app/otj-wizard --profile "$state/profile.json"
fi
