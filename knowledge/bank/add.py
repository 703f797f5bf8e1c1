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
from split import cluster, near, norm, shingles, split_of

HERE = Path(__file__).parent
SPLITS = ("train", "dev", "test")
FIELDS = ("q", "lang", "reference", "section", "kind", "answer")


def main(paths):
    bank = []
    for split in SPLITS:
        for line in (HERE / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            question = json.loads(line)["q"]
            bank.append((split, shingles(question), norm(question)))
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

    grams = [shingles(r["q"]) for r in new]
    placed = {}
    for n, mine in enumerate(grams):
        candidates = {j for g in mine for j in by_gram[g]}
        for j in sorted(candidates):
            if near(mine, bank[j][1]):
                placed[n] = bank[j][0]
                break

    links = ((i, j) for i in range(len(new)) for j in range(i) if near(grams[i], grams[j]))
    out = {s: [] for s in SPLITS}
    for members in cluster(len(new), links):
        # A cluster that touches the bank follows it; otherwise its first question decides.
        split = next((placed[i] for i in members if i in placed), None)
        out[split or split_of(norm(new[members[0]]["q"]))].extend(new[i] for i in members)
    for split, rows in out.items():
        with open(HERE / f"{split}.jsonl", "a", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps({k: r.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
        print(split, "+", len(rows), file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
