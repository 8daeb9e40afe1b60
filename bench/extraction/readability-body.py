#!/usr/bin/env python3
"""Body agreement with Readability.js on its test pages (readability-dev): the words of offprint's document model
(its blocks, captions included, as `convert --to json` writes them; no metadata) against the words of the article
HTML that Readability.js extracts, as bags of words, per page; prints the mean F1, precision and recall and the
pages that agree least.

These are Readability.js's own outputs, not independent annotations: a low page is a page to look at (a table
taken for layout, a formula cut out of its sentences), not necessarily an error of offprint's.

Usage: readability-body.py READABILITY_DEV_DIR JSON_DIR [LOWEST]
"""
import collections
import html.parser
import json
import os
import re
import statistics
import sys


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def strings(node, out):
    """Appends every text of a model node (the "text" of text inlines, the "code" of code, in reading order)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("text", "code") and isinstance(value, str):
                out.append(value)
            elif key not in ("src", "href", "alt", "title"):
                strings(value, out)
    elif isinstance(node, list):
        for item in node:
            strings(item, out)
    return out


def words(text):
    return collections.Counter(re.findall(r"\w+", text.lower()))


def main():
    pages, texts = sys.argv[1], sys.argv[2]
    lowest = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    rows = []
    for page in open(os.path.join(pages, "ids.txt")).read().split():
        parser = _Text()
        with open(os.path.join(pages, page, "expected.html"), encoding="utf-8") as f:
            parser.feed(f.read())
        expected = words(" ".join(parser.parts))
        path = os.path.join(texts, page + ".json")
        model = json.load(open(path, encoding="utf-8")) if os.path.exists(path) else {}
        got = words(" ".join(strings([model.get("blocks", []), model.get("footnotes", [])], [])))
        same = sum((expected & got).values())
        p = same / max(1, sum(got.values()))
        r = same / max(1, sum(expected.values()))
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows.append((f1, p, r, page))
    print("body (readability-dev, agreement with Readability.js, words): F1 %.3f  precision %.3f  recall %.3f"
          "  (%d pages)" % tuple([statistics.mean(x[i] for x in rows) for i in range(3)] + [len(rows)]))
    for f1, p, r, page in sorted(rows)[:lowest]:
        print("  %.3f  P %.3f  R %.3f  %s" % (f1, p, r, page))


if __name__ == "__main__":
    main()
