"""The text catalogue (directory/texts.yaml): one home for everything the bot says."""
import re
from pathlib import Path

import pytest
import yaml

from directory import texts

ROOT = Path(__file__).resolve().parents[1]
KEYS = sorted(texts.catalogue())


@pytest.mark.parametrize("key", KEYS)
def test_every_entry_has_danish_and_english_with_the_same_blanks(key):
    entry = texts.entry(key)
    assert isinstance(entry.get("da"), str) and entry["da"].strip(), key
    assert isinstance(entry.get("en"), str) and entry["en"].strip(), key
    assert texts.placeholders(entry["da"]) == texts.placeholders(entry["en"]), key


def test_relation_words_know_their_danish_gender():
    relations = [k for k in KEYS if k.startswith("relations.")]
    assert relations and all(texts.entry(k).get("genus") in ("c", "n", "pl") for k in relations)


def test_every_key_the_code_asks_for_is_in_the_catalogue():
    used = set()
    for path in [ROOT / "directory" / "explain.py", *(ROOT / "actions").glob("*.py")]:
        used |= set(re.findall(r"""\bsay\(\s*["']([a-z_]+\.[a-z_]+)["']""", path.read_text(encoding="utf-8")))
    assert used and not sorted(k for k in used if not texts.has(k))


def test_the_chat_has_no_wording_of_its_own():
    """The sentences live in the catalogue, not in the chat code."""
    for path in (ROOT / "directory" / "chat_messages.py", ROOT / "actions" / "actions.py"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"""["'](Du |Det |Her |Jeg |Ring |You |It |This |Here |I )""", source), path


def test_rasas_own_responses_follow_the_lang_slot_and_the_catalogue():
    domain = yaml.load((ROOT / "domain.yml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert "lang" in domain["slots"]
    for key in (k for k in KEYS if k.startswith("rasa.")):
        name = key.split(".", 1)[1]
        variations = domain["responses"][name]
        english = [v for v in variations
                   if {"type": "slot", "name": "lang", "value": "en"} in (v.get("condition") or [])]
        default = [v for v in variations if not v.get("condition")]
        assert [v["text"] for v in english] == [texts.say(key, "en")], name
        assert [v["text"] for v in default] == [texts.say(key, "da")], name
    assert set(domain["responses"]) == {k.split(".", 1)[1] for k in KEYS if k.startswith("rasa.")}
