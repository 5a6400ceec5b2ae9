"""The shared vocabulary (data/taxonomy.yaml): the only codes the directory may use."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from directory.settings import get_settings


@dataclass(frozen=True)
class Taxonomy:
    topics: dict[str, dict[str, str]]
    audiences: dict[str, dict[str, str]]
    kinds: dict[str, dict[str, str]]
    districts: dict[str, dict[str, str]]
    # Kinds of danger: topic, emergency doors in order, concern line (see taxonomy.yaml).
    dangers: dict[str, dict[str, Any]] = field(default_factory=dict)
    child_line: str | None = None
    general_emergency: str | None = None
    # Needs that concern children: not read into an adult's message as a second need.
    children_topics: tuple[str, ...] = ()
    # How much a kind of door counts in the ranking (0 for a kind not named).
    kind_weights: dict[str, float] = field(default_factory=dict)
    # Directory ids: the general entrance (no door fits; no contact facts; "a person") and
    # the after-hours line.
    general_entrance: str | None = None
    after_hours: str | None = None

    def danger(self, kind: str | None) -> dict[str, Any]:
        """A danger kind's entry, or the neutral default for an unknown kind."""
        return self.dangers.get(kind or "default") or self.dangers.get("default") or {}

    def label(self, vocabulary: str, code: str, lang: str = "da") -> str:
        entry = getattr(self, vocabulary).get(code, {})
        return entry.get(lang) or entry.get("da") or code

    def as_dict(self) -> dict[str, dict[str, dict[str, str]]]:
        return {"topics": self.topics, "audiences": self.audiences, "kinds": self.kinds,
                "districts": self.districts}


def load_taxonomy(path: Path) -> Taxonomy:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return Taxonomy(**{key: data[key] for key in ("topics", "audiences", "kinds", "districts")},
                    dangers=data.get("dangers") or {}, child_line=data.get("child_line"),
                    general_emergency=data.get("general_emergency"),
                    children_topics=tuple(data.get("children_topics") or ()),
                    kind_weights={k: float(v) for k, v in (data.get("kind_weights") or {}).items()},
                    general_entrance=data.get("general_entrance"), after_hours=data.get("after_hours"))


@lru_cache
def get_taxonomy() -> Taxonomy:
    return load_taxonomy(get_settings().taxonomy_file)
