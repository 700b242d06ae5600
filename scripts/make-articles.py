#!/usr/bin/env python3
"""Writes COUNT news-sized articles (8 to 30 sentences from a fixed vocabulary: deterministic, distinct) into FOLDER.
Usage: make-articles.py FOLDER COUNT   (used by bench-process.sh and bench-process-compare.sh)"""
import os, random, sys

folder, count = sys.argv[1], int(sys.argv[2])
os.makedirs(folder, exist_ok=True)
rng = random.Random(42)
subjects = ["The council", "A local charity", "The harbour authority", "Researchers at the university", "The regional hospital",
            "Farmers in the valley", "The rail operator", "City planners", "The school board", "A group of residents"]
verbs = ["announced", "rejected", "approved", "questioned", "delayed", "funded", "reviewed", "criticised", "welcomed", "proposed"]
objects = ["a new cycle lane", "the budget for next year", "plans for a library", "a study of river pollution",
           "longer opening hours", "a housing scheme near the station", "repairs to the old bridge", "a summer festival",
           "changes to bus routes", "a ban on night flights"]
tails = ["after months of debate", "on Tuesday evening", "despite strong objections", "with support from volunteers",
         "following a public consultation", "ahead of the winter", "at a cost of several million", "for the third time"]
for i in range(count):
    sentences = [f"{rng.choice(subjects)} {rng.choice(verbs)} {rng.choice(objects)} {rng.choice(tails)}."
                 for _ in range(rng.randint(8, 30))]
    paragraphs = [" ".join(sentences[j:j + 4]) for j in range(0, len(sentences), 4)]
    with open(os.path.join(folder, f"article-{i:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(f"Report number {i}.\n\n" + "\n\n".join(paragraphs) + "\n")
