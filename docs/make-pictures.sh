#!/usr/bin/env bash
# Renders the pictures in docs/: for each built-in theme, the first PDF page beside the same article's HTML
# page in headless Chromium (docs/themes.png), plus the first pages of a sample PDF and of the sample bundle.
# Needs Debian's poppler-utils, chromium and imagemagick. Usage: docs/make-pictures.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
page="$root/input/ledger-2026-02-rent-pressure.html"
shot() { # html file, png out
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/chrome" \
    --window-size=760,1075 --screenshot="$2" "file://$1" >/dev/null 2>&1
}
rows=()
for theme in default sans print; do
  "$root/offprint" convert "$page" --to pdf,html -d "$work/$theme" --theme "$theme" -q
  pdftoppm -png -r 90 -f 1 -l 1 -singlefile "$work/$theme/ledger-2026-02-rent-pressure.pdf" "$work/$theme-pdf"
  shot "$work/$theme/ledger-2026-02-rent-pressure.html" "$work/$theme-html.png"
  convert "$work/$theme-pdf.png" -resize x1075 -bordercolor '#888' -border 1 "$work/$theme-pdf.png"
  convert "$work/$theme-html.png" -bordercolor '#888' -border 1 "$work/$theme-html.png"
  convert "$work/$theme-pdf.png" "$work/$theme-html.png" -background white -splice 20x0 +append \
    -gravity North -splice 0x50 -pointsize 28 -annotate +0+10 "theme: $theme   (left: PDF page 1, right: HTML in Chromium)" \
    "$work/$theme-row.png"
  rows+=("$work/$theme-row.png")
done
convert "${rows[@]}" -background white -append -resize 50% "$root/docs/themes.png"
"$root/offprint" bundle "$root/input/book.yaml" -o "$work/ledger.pdf" -q
pdftoppm -png -r 60 -f 1 -l 3 "$work/ledger.pdf" "$work/book"
convert "$work"/book-*.png -bordercolor '#888' -border 1 -background white -splice 10x0 +append "$root/docs/bundle-pdf.png"
echo "wrote docs/themes.png and docs/bundle-pdf.png"
