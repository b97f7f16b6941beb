#!/usr/bin/env bash
# What the tests need beyond npm: Debian's Chromium for Playwright (Playwright's own
# browser download cannot work offline) and a CJK font so Chinese names render in
# screenshots, and GDAL (ogr2ogr) so the API test converts GeoJSON to GeoPackage and
# Shapefile as GIS users do (≈ 1 min). Idempotent; uses sudo when not root.
set -euo pipefail
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
if command -v chromium >/dev/null 2>&1 && command -v ogr2ogr >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'wenquanyi'; then
  echo "chromium, gdal-bin and fonts-wqy-microhei are installed."
  exit 0
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei gdal-bin
