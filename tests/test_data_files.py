"""Every YAML data file reads the same with PyYAML's pure-Python loader and its C loader:
our code reads with the C loader, editors' tools often with the other, and an unquoted text
ending in "?}" once parsed with one and failed with the other."""
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted({*ROOT.glob("data/**/*.y*ml"), *ROOT.glob("tests/eval/**/*.y*ml")})


def test_there_are_data_files():
    assert len(FILES) > 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_both_yaml_loaders_read_the_same(path: Path):
    text = path.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=yaml.SafeLoader) == yaml.load(text, Loader=yaml.CSafeLoader)
