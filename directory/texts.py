"""The text catalogue (texts.yaml): every sentence the bot says, in Danish and English.

The chat (actions/) and the explanations (directory/explain.py) take their wording from
here, so it can be reviewed and changed in one place.
"""
from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PATH = Path(__file__).with_name("texts.yaml")
LANGS = ("da", "en")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, Any]]:
    """Every entry by its dotted key ("chat.helped", "topics.misbrug")."""
    flat: dict[str, dict[str, Any]] = {}

    def walk(node: dict[str, Any], prefix: str) -> None:
        for name, value in node.items():
            if not isinstance(name, str):      # YAML reads a bare yes/no key as a boolean
                raise ValueError(f"texts.yaml: quote the key {name!r} under {prefix or 'the top'}")
            key = f"{prefix}{name}"
            if isinstance(value, dict) and "da" in value:
                flat[key] = value
            elif isinstance(value, dict):
                walk(value, key + ".")
            else:
                raise ValueError(f"texts.yaml: {key} needs da and en")

    walk(yaml.load(PATH.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), "")
    return flat


def has(key: str) -> bool:
    return key in catalogue()


def entry(key: str) -> dict[str, Any] | None:
    return catalogue().get(key)


def say(key: str, lang: str = "da", **values: Any) -> str:
    """The sentence for `key` in `lang` (Danish when there is no such language), filled in."""
    found = catalogue()[key]
    text = found.get(lang if lang in LANGS else "da") or found["da"]
    return text.format(**values) if values else text


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}
