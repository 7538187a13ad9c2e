#!/bin/sh
# Runs a command inside the private D-Bus session that dbus-run-session gave us, with a fresh,
# unlocked gnome-keyring (empty password, CI only) providing org.freedesktop.secrets.
set -eu
export XDG_DATA_HOME="$(mktemp -d)"   # the keyring files of this run only
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
printf '\n' | gnome-keyring-daemon --unlock --replace --components=secrets >/dev/null
"$@"
