"""The redacting tracker store writes no identifier, whatever way a message came in, and
reads back a tracker Rasa can continue."""
import asyncio
import json
import sqlite3

from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import RedactingSQLTrackerStore

TEXT = "Jeg hedder Mette Hansen, cpr 010203-1234, min søn Oliver på 16 ryger hash. Ring 22 33 44 55"


def test_events_are_redacted_before_they_are_written(tmp_path):
    db = tmp_path / "tracker.db"
    store = RedactingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    tracker = DialogueStateTracker("abcdefgh1234", slots=[])
    tracker.update(UserUttered(TEXT, {"name": "topic_misbrug", "confidence": 0.9},
                               parse_data={"text": TEXT, "intent": {"name": "topic_misbrug"}, "entities": []}))
    tracker.update(SlotSet("pending_parse", {"text": TEXT}))
    tracker.update(ActionExecuted("action_find_route"))
    tracker.update(BotUttered("Du skriver, at din søn Oliver på 16 ryger hash.",
                              {"custom": {"why": "Du skriver, at din søn Oliver ryger hash"}}))
    asyncio.run(store.save(tracker))
    rows = "\n".join(json.dumps(json.loads(r[0]), ensure_ascii=False)
                     for r in sqlite3.connect(db).execute("select data from events"))
    for secret in ("Mette", "Hansen", "010203", "1234", "Oliver", "22 33 44 55"):
        assert secret not in rows
    assert "på 16" in rows and "hash" in rows and "action_find_route" in rows and "topic_misbrug" in rows
    back = asyncio.run(store.retrieve("abcdefgh1234"))
    assert back is not None and back.latest_message.intent["name"] == "topic_misbrug"
    assert len(back.events) == 4
