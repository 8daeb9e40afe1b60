#!/usr/bin/env python3
"""Writes an RSS 2.0 feed of N synthetic articles (full text in content:encoded, newest first) for bench/bundle.

Usage: make_feed.py N OUT.xml. Seeded, so item i is the same in every feed: a feed of 210 items is the feed of
200 with 10 newer ones, as a site's feed is a week later."""
import random, re, sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

sys.path.insert(0, __import__("os").path.dirname(__file__))
from make_articles import article  # noqa: E402

def item(i):
    page = article(i, random.Random(i))
    title = re.search(r"<h1>(.*?)</h1>", page).group(1)
    body = re.search(r'<div class="article-body">\n(.*?)\n</div>', page, re.S).group(1)
    body = re.sub(r"<figure>.*?</figure>", "", body)  # remote images are not fetched by default anyway
    date = datetime(2020, 1, 1, 8, tzinfo=timezone.utc) + timedelta(days=i)
    return (f"<item><title>{escape(title)}</title><link>https://gazette.example/{i}</link>"
            f"<guid>urn:bench-gazette:{i}</guid><pubDate>{date.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
            f"<dc:creator>Bench Writer {i % 7}</dc:creator>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>\n")

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                "<channel><title>The Bench Gazette</title><link>https://gazette.example/</link>"
                "<description>Synthetic dispatches</description><language>en</language>\n")
        for i in range(n - 1, -1, -1):
            f.write(item(i))
        f.write("</channel></rss>\n")

if __name__ == "__main__":
    main()
