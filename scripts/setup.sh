#!/usr/bin/env bash
# Installs everything the tool and its tests need on a fresh Debian machine (run as root):
# LibreOffice Calc (recalculates what we write), Chromium (task pane tests), xmllint (manifest schema check,
# npm run validate), then the npm packages from package-lock.json, which also builds the command-line tool.
set -euo pipefail
cd "$(dirname "$0")/.."
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" fonts-dejavu-core >/dev/null
  fi
fi
npm ci --no-audit --no-fund
