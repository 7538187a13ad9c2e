#!/bin/sh
# Installs what building, running and testing OTJ Exchange Setup needs on Debian 12 (bookworm).
# Idempotent: only missing packages are installed. Used by both README commands and by CI.
set -eu
PACKAGES="cmake ninja-build g++ pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libpugixml-dev libssl-dev libxml2-dev libxml2-utils
  libgl-dev fonts-dejavu-core ca-certificates openssl
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  clang-format imagemagick python3
  clang-14 libclang-rt-14-dev"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm (the lab's third-party EWS client test): any installation will do; Debian's
# packages only where there is none (a NodeSource node already ships npm and conflicts with them).
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
  echo "Installing:$missing"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

# Real PowerShell 7 for the bridge tests and the 5.1 lint, as a .NET global tool (into
# ~/.dotnet/tools, where CMake's find_program looks). Pinned: a later 7.x may need a newer .NET.
# Without dotnet (a bare Debian) the pwsh tests skip and say so; in CI they are required.
PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v pwsh >/dev/null 2>&1 && command -v dotnet >/dev/null 2>&1; then
  if ! dotnet tool list --global | grep -qi powershell; then
    echo "Installing PowerShell 7.6.9 (dotnet tool)"
    dotnet tool install --global PowerShell --version 7.6.9 >/dev/null
  fi
fi
