#!/usr/bin/env python3
"""Adds newly written questions to the split bank without moving any question already in it.

Usage: add.py <written.jsonl>...  (appends to train.jsonl, dev.jsonl and test.jsonl beside this script)

A new question that is a near-duplicate of one already in the bank (the same test as split.py) joins
that question's split, so no paraphrase crosses from train into test. The other new questions are
clustered among themselves and each cluster goes to a split by the hash of its first question, with
split.py's shares (70/15/15). A question already in the bank, once normalised, is skipped.
"""
import json, sys
from collections import defaultdict
from pathlib import Path
from split import norm, shingles, share_of

HERE = Path(__file__).parent
SPLITS = ("train", "dev", "test")
FIELDS = ("q", "lang", "reference", "section", "kind", "answer")


def near(a, b):
    return len(a & b) / len(a | b) >= 0.6


def main(paths):
    bank = []
    for split in SPLITS:
        for line in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            bank.append((split, shingles(json.loads(line)["q"]), norm(json.loads(line)["q"])))
    seen = {key for _, _, key in bank}
    by_gram = defaultdict(list)
    for i, (_, grams, _) in enumerate(bank):
        for g in grams:
            by_gram[g].append(i)

    new = []
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = norm(row["q"])
                if key and key not in seen:
                    seen.add(key)
                    new.append(row)

    placed = {}
    for n, row in enumerate(new):
        grams = shingles(row["q"])
        candidates = {j for g in grams for j in by_gram[g]}
        for j in sorted(candidates):
            if near(grams, bank[j][1]):
                placed[n] = bank[j][0]
                break

    parent = list(range(len(new)))
    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    grams = [shingles(r["q"]) for r in new]
    for i in range(len(new)):
        for j in range(i):
            if near(grams[i], grams[j]):
                parent[find(i)] = find(j)
    clusters = defaultdict(list)
    for i in range(len(new)):
        clusters[find(i)].append(i)
    out = {s: [] for s in SPLITS}
    for members in clusters.values():
        # A cluster that touches the bank follows it; otherwise its first question decides.
        split = next((placed[i] for i in members if i in placed), None)
        if split is None:
            share = share_of(norm(new[members[0]]["q"]))
            split = "test" if share < 0.15 else "dev" if share < 0.30 else "train"
        out[split].extend(new[i] for i in members)
    for split, rows in out.items():
        with open(HERE / f"{split}.jsonl", "a", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: r.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
        print(split, "+", len(rows), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
