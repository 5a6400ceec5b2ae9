"""The shared vocabulary (data/taxonomy.yaml): the only codes the directory may use."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from directory.settings import get_settings


@dataclass(frozen=True)
class Taxonomy:
    topics: dict[str, dict[str, str]]
    audiences: dict[str, dict[str, str]]
    kinds: dict[str, dict[str, str]]
    districts: dict[str, dict[str, str]]

    def label(self, vocabulary: str, code: str, lang: str = "da") -> str:
        entry = getattr(self, vocabulary).get(code, {})
        return entry.get(lang) or entry.get("da") or code

    def as_dict(self) -> dict[str, dict[str, dict[str, str]]]:
        return {"topics": self.topics, "audiences": self.audiences, "kinds": self.kinds,
                "districts": self.districts}


def load_taxonomy(path: Path) -> Taxonomy:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Taxonomy(**{key: data[key] for key in ("topics", "audiences", "kinds", "districts")})


@lru_cache
def get_taxonomy() -> Taxonomy:
    return load_taxonomy(get_settings().taxonomy_file)
