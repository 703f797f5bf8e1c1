#!/usr/bin/env python3
"""Splits the question bank once into train, dev and test (70/15/15).

Usage: split.py <written.jsonl>... > writes train.jsonl, dev.jsonl, test.jsonl beside this script.

Near-duplicates (questions sharing most of their word 3-grams, or equal once lower-cased and
stripped of punctuation) form one cluster, and a cluster goes to one split only, so that the test
split never holds a paraphrase of a training question. Each cluster is assigned by a hash of its
first question, so the same input always gives the same split and questions added later never move
an earlier one to another split.
"""
import hashlib, json, re, sys, unicodedata
from collections import defaultdict
from pathlib import Path

def norm(text):
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\W_]+", " ", text).strip()

def shingles(text):
    t = norm(text)
    chars = t.replace(" ", "")
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff]", t):
        return {chars[i:i+3] for i in range(max(1, len(chars) - 2))}
    words = t.split()
    return {" ".join(words[i:i+3]) for i in range(max(1, len(words) - 2))}

def share_of(first):
    """Where a cluster falls in [0, 1], from the hash of its first question."""
    return int(hashlib.sha1(first.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF

def main(paths):
    rows, seen = [], set()
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            row = json.loads(line)
            key = norm(row["q"])
            if key in seen:
                continue
            seen.add(key)
            rows.append(row)
    parent = list(range(len(rows)))
    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    sh = [shingles(r["q"]) for r in rows]
    index = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s:
            index[g].append(i)
    for i, s in enumerate(sh):
        counts = defaultdict(int)
        for g in s:
            for j in index[g]:
                if j < i:
                    counts[j] += 1
        for j, c in counts.items():
            if c / len(s | sh[j]) >= 0.6:
                parent[find(i)] = find(j)
    clusters = defaultdict(list)
    for i in range(len(rows)):
        clusters[find(i)].append(i)
    out = {"train": [], "dev": [], "test": []}
    for members in sorted(clusters.values(), key=lambda m: m[0]):
        # The cluster's earliest question decides, by hash: adding questions later never moves one.
        first = norm(rows[members[0]]["q"])
        share = share_of(first)
        split = "test" if share < 0.15 else "dev" if share < 0.30 else "train"
        out[split].extend(rows[i] for i in sorted(members))
    here = Path(__file__).parent
    for split, items in out.items():
        with open(here / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for r in items:
                f.write(json.dumps({k: r.get(k) for k in ("q", "lang", "reference", "section", "kind", "answer")}, ensure_ascii=False) + "\n")
        print(split, len(items), file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1:])
