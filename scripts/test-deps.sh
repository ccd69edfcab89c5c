#!/usr/bin/env bash
# First step of `npm test`: the system programs the tests need beyond npm.
#   chromium  – end-to-end tests of the browser preview (playwright-core drives /usr/bin/chromium)
#   soffice   – the report test converts the CLI's workbook to PDF (LibreOffice Calc)
#   pdftoppm  – … and renders the PDF to PNG (poppler)
# Installs the missing ones with apt-get when it may (root on Debian/Ubuntu); otherwise stops at once
# with the one command to run.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

packages=("${missing[@]}" fonts-dejavu-core)
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installiere / installing: ${packages[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}"
  exit 0
fi
echo "Für die Tests fehlen Programme / the tests need: ${missing[*]}" >&2
if command -v apt-get >/dev/null 2>&1; then
  echo "Bitte einmal ausführen / run once:  sudo apt-get install -y ${packages[*]}" >&2
else
  echo "Bitte installieren / please install: Chromium (/usr/bin/chromium), LibreOffice Calc (soffice), poppler (pdftoppm)" >&2
fi
exit 1
