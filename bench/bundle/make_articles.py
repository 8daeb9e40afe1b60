#!/usr/bin/env python3
"""Writes N distinct synthetic article pages (with site chrome and one small PNG each) for bench/bundle.

Usage: make_articles.py N OUT_DIR. Seeded, so the same N gives the same pages."""
import os, random, struct, sys, zlib

WORDS = ("harbour tide council freight ferry storm wall dune market rent wage season tourism quay "
         "fisher report survey island bridge lease turbine current winter summer budget ministry "
         "coast village port cargo crane pier beacon rescue channel estuary marsh kelp oyster net").split()

def png(w, h, seed):
    rnd = random.Random(seed)
    rows = b"".join(b"\x00" + bytes(rnd.randrange(256) for _ in range(w * 3)) for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))

def sentence(rnd):
    n = rnd.randint(9, 22)
    s = " ".join(rnd.choice(WORDS) for _ in range(n))
    return s[0].upper() + s[1:] + rnd.choice([".", ".", ".", "?", ";"])[0].replace(";", ".")

def article(i, rnd):
    title = f"Dispatch {i}: the {rnd.choice(WORDS)} and the {rnd.choice(WORDS)}"
    month = 1 + i % 12
    day = 1 + i % 28
    year = 2020 + (i // 365) % 6
    paras = []
    for k in range(rnd.randint(8, 16)):
        if k and k % 5 == 0:
            paras.append(f"<h2>Part {k // 5}: {rnd.choice(WORDS)}</h2>")
        paras.append("<p>" + " ".join(sentence(rnd) for _ in range(rnd.randint(3, 6))) + f" (item {i}-{k})</p>")
    paras.insert(3, f'<figure><img src="img/a{i}.png" alt="Figure for dispatch {i}"><figcaption>Figure {i}: the {rnd.choice(WORDS)}.</figcaption></figure>')
    body = "\n".join(paras)
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} | The Bench Gazette</title>
<meta property="og:site_name" content="The Bench Gazette">
<meta name="author" content="Bench Writer {i % 7}">
<meta property="article:published_time" content="{year}-{month:02d}-{day:02d}T08:00:00+00:00">
<link rel="canonical" href="https://gazette.example/{year}/{i}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main><article><h1>{title}</h1><p class="byline">By Bench Writer {i % 7}</p>
<div class="article-body">
{body}
</div></article>
<aside class="related"><h3>Related</h3><ul><li><a href="/x">Another dispatch</a></li><li><a href="/y">More news</a></li></ul></aside>
</main><footer>© The Bench Gazette</footer></body></html>
"""

def main():
    n, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(os.path.join(out, "img"), exist_ok=True)
    for i in range(n):
        rnd = random.Random(i)
        with open(os.path.join(out, f"a{i:05d}.html"), "w", encoding="utf-8") as f:
            f.write(article(i, rnd))
        with open(os.path.join(out, "img", f"a{i}.png"), "wb") as f:
            f.write(png(160, 100, i))

if __name__ == "__main__":
    main()
