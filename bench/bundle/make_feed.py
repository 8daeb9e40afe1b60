#!/usr/bin/env python3
"""Writes an RSS 2.0 feed of N synthetic articles (full text in content:encoded, newest first) for bench/bundle.

Usage: make_feed.py N OUT.xml [PAGES_URL]. Seeded, so item i is the same in every feed: a feed of 210 items is the
feed of 200 with 10 newer ones, as a site's feed is a week later. With PAGES_URL the items carry no content and
link to PAGES_URL/a00000.html ... (make_articles.py's pages), which offprint then fetches and extracts."""
import random, re, sys
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

sys.path.insert(0, __import__("os").path.dirname(__file__))
from make_articles import article  # noqa: E402

def item(i, pages=None):
    page = article(i, random.Random(i))
    title = re.search(r"<h1>(.*?)</h1>", page).group(1)
    body = re.search(r'<div class="article-body">\n(.*?)\n</div>', page, re.S).group(1)
    body = re.sub(r"<figure>.*?</figure>", "", body)  # remote images are not fetched by default anyway
    date = datetime(2020, 1, 1, 8, tzinfo=timezone.utc) + timedelta(days=i)
    link = f"{pages}/a{i:05d}.html" if pages else f"https://gazette.example/{i}"
    content = "" if pages else f"<content:encoded><![CDATA[{body}]]></content:encoded>"
    return (f"<item><title>{escape(title)}</title><link>{link}</link>"
            f"<guid>urn:bench-gazette:{i}</guid><pubDate>{date.strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
            f"<dc:creator>Bench Writer {i % 7}</dc:creator><description>Dispatch {i}.</description>"
            f"{content}</item>\n")

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    pages = sys.argv[3] if len(sys.argv) > 3 else None
    with open(out, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                "<channel><title>The Bench Gazette</title><link>https://gazette.example/</link>"
                "<description>Synthetic dispatches</description><language>en</language>\n")
        for i in range(n - 1, -1, -1):
            f.write(item(i, pages))
        f.write("</channel></rss>\n")

if __name__ == "__main__":
    main()
