#!/usr/bin/env python3
"""Per-site failures of the two extraction benchmarks, from the per-page files the scorers write.

  sites.py TRAFILATURA.tsv SCRAPINGHUB.tsv GROUND_TRUTH.json [N]

Lists the N sites (hosts) that lose most snippets on the trafilatura corpus (missed "with" snippets and kept
"without" ones), and the N scrapinghub pages with the lowest F1, with their hosts.
"""
import csv, json, sys
from urllib.parse import urlparse


def host(url):
    h = urlparse(url).netloc or url.split("::")[0]
    return h[4:] if h.startswith("www.") else h


def main():
    snip_tsv, shub_tsv, truth_json = sys.argv[1:4]
    n = int(sys.argv[4]) if len(sys.argv) > 4 else 12
    lost = {}
    for r in csv.DictReader(open(snip_tsv, encoding="utf-8"), delimiter="\t"):
        fn, fp = int(r["fn"]), int(r["fp"])
        if fn + fp == 0:
            continue
        h = host(r["url"])
        a = lost.setdefault(h, [0, 0, []])
        a[0] += fn
        a[1] += fp
        a[2].append(r["id"][:8])
    worst = sorted(lost.items(), key=lambda kv: -(kv[1][0] + kv[1][1]))[:n]
    print(f"trafilatura-dev, {len(lost)} sites lose snippets; the worst (missed / kept boilerplate, pages):")
    for h, (fn, fp, ids) in worst:
        print(f"  {h:40.40} {fn:3d} missed {fp:3d} kept  {' '.join(ids[:4])}")
    try:
        truth = json.load(open(truth_json, encoding="utf-8"))
        rows = list(csv.DictReader(open(shub_tsv, encoding="utf-8"), delimiter="\t"))
    except OSError:
        return
    key = next(k for k in rows[0] if k.lower().startswith("f1")) if rows else None
    if key is None:
        return
    idk = next(iter(rows[0]))
    rows.sort(key=lambda r: float(r[key]))
    print(f"scrapinghub-dev, the {n} pages with the lowest F1:")
    for r in rows[:n]:
        pid = r[idk]
        print(f"  {float(r[key]):.3f}  {host(truth.get(pid, {}).get('url', '')):40.40} {pid[:8]}")


if __name__ == "__main__":
    main()
