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

def near(a, b):
    """Whether two questions' shingles overlap enough to call them near-duplicates."""
    return len(a & b) / len(a | b) >= 0.6

def split_of(first):
    """The split of a cluster, from the hash of its first question (normalised): 15/15/70."""
    share = int(hashlib.sha1(first.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "test" if share < 0.15 else "dev" if share < 0.30 else "train"

def cluster(count, links):
    """Items 0..count-1 grouped by the (i, j) links between them, groups ordered by their first
    item, each group in ascending order."""
    parent = list(range(count))
    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i, j in links:
        parent[find(i)] = find(j)
    groups = defaultdict(list)
    for i in range(count):
        groups[find(i)].append(i)
    return list(groups.values())

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
    sh = [shingles(r["q"]) for r in rows]
    index = defaultdict(list)
    for i, s in enumerate(sh):
        for g in s:
            index[g].append(i)
    links = ((i, j) for i, s in enumerate(sh)
             for j in {j for g in s for j in index[g] if j < i} if near(s, sh[j]))
    clusters = cluster(len(rows), links)
    out = {"train": [], "dev": [], "test": []}
    for members in clusters:
        # The cluster's earliest question decides, by hash: adding questions later never moves one.
        out[split_of(norm(rows[members[0]]["q"]))].extend(rows[i] for i in members)
    here = Path(__file__).parent
    for split, items in out.items():
        with open(here / f"{split}.jsonl", "w", encoding="utf-8") as f:
            for r in items:
                f.write(json.dumps({k: r.get(k) for k in ("q", "lang", "reference", "section", "kind", "answer")}, ensure_ascii=False) + "\n")
        print(split, len(items), file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1:])
