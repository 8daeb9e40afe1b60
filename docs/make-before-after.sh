#!/usr/bin/env bash
# Renders the sample bundle (input/book.yaml) before and after issue #17 (accessible, lean e-books and PDFs) one
# above the other: the PDF's first page (title and contents) and the first page of its first article, at 60 dpi,
# into docs/before-after-pdf.png; the EPUB's title page, contents and that article as Chromium shows them, into
# docs/before-after-epub.png. "Before" is built from a git revision (default 9432421: main just before the
# issue's first commit) in a temporary folder; "after" is this working tree.
# Needs git, Maven, Debian's poppler-utils, chromium, unzip and imagemagick. Usage: docs/make-before-after.sh [REV]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rev="${1:-9432421}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building $rev in $work/src ..." >&2
mkdir -p "$work/src"
git -C "$root" archive "$rev" | tar -x -C "$work/src"
(cd "$work/src" && { mvn -B -q -o -Dmaven.test.skip=true package || mvn -B -q -Dmaven.test.skip=true package; }) \
  >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
cp "$work"/src/target/offprint-*-all.jar "$work/src/target/offprint-all.jar"

shot() { # xhtml file, png out
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/chrome" \
    --window-size=600,820 --screenshot="$2" "file://$1" >/dev/null 2>&1
}
frame() { convert "$1" -bordercolor '#888' -border 1 "$1"; }
row() { # label, png out, pngs...
  local label="$1" out="$2"
  shift 2
  convert "$@" -background white -splice 16x0 +append -gravity NorthWest -splice 0x44 -pointsize 26 \
    -annotate +16+8 "$label" "$out"
}

for side in before after; do
  dir="$work/src"
  [ "$side" = after ] && dir="$root"
  out="$work/$side"
  mkdir -p "$out"
  # from its own folder: an older build takes its themes from the working folder's themes/
  (cd "$dir" && ./offprint bundle input/book.yaml -o "$out/ledger.pdf" -q)
  (cd "$dir" && ./offprint bundle input/book.yaml -o "$out/ledger.epub" -q)
  # the first page that begins with the first article's title
  pages="$(pdfinfo "$out/ledger.pdf" | awk '/^Pages:/ {print $2}')"
  article=""
  for p in $(seq 2 "$pages"); do
    if pdftotext -f "$p" -l "$p" "$out/ledger.pdf" - | head -n 1 | grep -q '^Port Aldery'; then article="$p"; break; fi
  done
  [ -n "$article" ] || { echo "no article page in the $side PDF" >&2; exit 1; }
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/ledger.pdf" "$out/pdf-1"
  pdftoppm -png -r 60 -f "$article" -l "$article" -singlefile "$out/ledger.pdf" "$out/pdf-2"
  frame "$out/pdf-1.png"
  frame "$out/pdf-2.png"
  row "$side ($( [ "$side" = before ] && echo "$rev" || git -C "$root" rev-parse --short HEAD)): PDF page 1 and page $article" \
    "$out/pdf-row.png" "$out/pdf-1.png" "$out/pdf-2.png"
  unzip -q "$out/ledger.epub" -d "$out/book"
  chapter="$(grep -l -E '<h1[^>]*>Port Aldery' "$out"/book/EPUB/chapter-*.xhtml | head -n 1)"
  shot "$out/book/EPUB/titlepage.xhtml" "$out/epub-1.png"
  shot "$out/book/EPUB/nav.xhtml" "$out/epub-2.png"
  shot "$chapter" "$out/epub-3.png"
  for i in 1 2 3; do frame "$out/epub-$i.png"; done
  row "$side: EPUB title page, contents, first article (Chromium)" "$out/epub-row.png" \
    "$out/epub-1.png" "$out/epub-2.png" "$out/epub-3.png"
done
convert "$work/before/pdf-row.png" "$work/after/pdf-row.png" -background white -splice 0x16 -append \
  "$root/docs/before-after-pdf.png"
convert "$work/before/epub-row.png" "$work/after/epub-row.png" -background white -splice 0x16 -append \
  -resize 75% "$root/docs/before-after-epub.png"
echo "wrote docs/before-after-pdf.png and docs/before-after-epub.png"
