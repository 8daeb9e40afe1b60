#!/usr/bin/env python3
"""Words cut out of kept paragraphs: aligns each predicted paragraph (8 words or more) with the ground truth of
its page and reports the places where 1 to 6 words of the ground truth are missing between two matched runs of
at least 3 words on each side: a link or span removed from the middle of a sentence.

  cuts.py GROUND_TRUTH.json PREDICTIONS.json   (both {id: {"articleBody": text}}; paragraphs split on blank lines)
"""
import difflib
import json
import re
import sys


def words(s):
    return re.findall(r"\w+", s.lower())


def cuts(truth, predicted):
    found = []
    for page, value in truth.items():
        if page not in predicted:
            continue
        g = words(value.get("articleBody", ""))
        for para in predicted[page]["articleBody"].split("\n\n"):
            p = words(para)
            if len(p) < 8:
                continue
            m = difflib.SequenceMatcher(None, g, p, autojunk=False).find_longest_match(0, len(g), 0, len(p))
            if m.size < 4:
                continue
            start = max(0, m.a - m.b - 10)
            end = min(len(g), m.a + (len(p) - m.b) + 10)
            ops = difflib.SequenceMatcher(None, g[start:end], p, autojunk=False).get_opcodes()
            for i, (tag, a1, a2, b1, b2) in enumerate(ops):
                if (tag == "delete" and 1 <= a2 - a1 <= 6 and 0 < i < len(ops) - 1
                        and ops[i - 1][0] == "equal" and ops[i - 1][2] - ops[i - 1][1] >= 3
                        and ops[i + 1][0] == "equal" and ops[i + 1][2] - ops[i + 1][1] >= 3):
                    found.append((page, " ".join(g[start + a1:start + a2]), " ".join(p[max(0, b1 - 5):b1 + 5])))
    return found


if __name__ == "__main__":
    truth = json.load(open(sys.argv[1], encoding="utf-8"))
    predicted = json.load(open(sys.argv[2], encoding="utf-8"))
    found = cuts(truth, predicted)
    for page, missing, context in found:
        print(f"  {page[:8]}  missing '{missing}' at: {context}")
    print(f"words cut inside kept paragraphs: {len(found)} (scrapinghub-dev, against its ground truth)")
