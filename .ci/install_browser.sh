#!/usr/bin/env bash
# Headless Chromium and its WebDriver for tests/test_report_browser.py (driven by selenium,
# from the `test` extra). Debian's packages: no browser download at test time.
# Idempotent: does nothing when both binaries are already there. Needs root (or sudo) and
# apt access to Debian's archive; prints the versions it ends with.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

if have chromium && have chromedriver; then
    echo "install_browser: chromium and chromedriver already installed"
else
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
        if have sudo; then SUDO="sudo"; else echo "install_browser: need root or sudo for apt-get" >&2; exit 1; fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# `chromium --version` goes through Debian's wrapper script; both print one line.
chromium --version 2>/dev/null | tail -n 1
chromedriver --version | head -n 1
