"""Build the Danish spaCy pipeline the NLU uses: blank `da` + lookup lemmatizer, to disk.

No model weights are downloaded: the tokenizer ships with spaCy and the lemma table
with spacy-lookups-data. Usage: python -m bot.build_spacy var/spacy-da
"""
from __future__ import annotations

import sys
from pathlib import Path

import spacy


def build(target: Path) -> Path:
    nlp = spacy.blank("da")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    target.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


if __name__ == "__main__":
    path = build(Path(sys.argv[1] if len(sys.argv) > 1 else "var/spacy-da"))
    print(f"spaCy Danish pipeline written to {path}")
