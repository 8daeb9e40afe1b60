#!/usr/bin/env bash
# Renders the sample bundle's EPUB pages as a reading system built on Chromium shows them: the title page, the
# contents (parts as headings over their articles) and the closing Sources list, into docs/bundle-epub-*.png.
# Needs Debian's chromium and unzip. Usage: docs/make-epub-pictures.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/offprint" bundle "$root/input/book.yaml" -o "$work/ledger.epub" -q
unzip -q "$work/ledger.epub" -d "$work/book"
last="$(ls "$work"/book/EPUB/chapter-*.xhtml | sort -t- -k2 -n | tail -n 1)"
shot() { # xhtml file, png out, height
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/chrome" \
    --window-size=720,"$3" --screenshot="$2" "file://$1" >/dev/null 2>&1
}
shot "$work/book/EPUB/titlepage.xhtml" "$root/docs/bundle-epub-titlepage.png" 560
shot "$work/book/EPUB/nav.xhtml" "$root/docs/bundle-epub-contents.png" 860
shot "$last" "$root/docs/bundle-epub-sources.png" 420
echo "wrote docs/bundle-epub-titlepage.png, docs/bundle-epub-contents.png and docs/bundle-epub-sources.png"
