"""Rasa's SQL tracker store, redacting every event before it is written.

The API redacts each message before it reaches Rasa, but Rasa's REST webhook can be
reached on loopback without the API, and the bot's own answers say back what the person
wrote. So redaction happens here too, on everything stored: user text and parse data,
slots (the pending question keeps the message), bot texts and their structured part.
Configured in endpoints.yml as `type: bot.tracker_store.RedactingSQLTrackerStore`.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker

from danish_text.redact import redact_all

# what identifies nothing and must stay as written (Rasa reads these back)
_AS_IS = {"event", "timestamp", "name", "policy", "confidence", "intent_name", "action_name", "input_channel",
          "message_id"}


def redact_event(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value if key in _AS_IS else redact_all(value) for key, value in data.items()}


class RedactingSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore whose stored events carry no identifiers, and whose connections are
    checked before use: after a database restart the pool holds dead connections, the first
    read fails, and Rasa's fail-safe wrapper hands the person a new, empty conversation."""

    engine: sa.engine.Engine

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator:
        for event in super()._additional_events(session, tracker):
            redacted = Event.from_parameters(redact_event(event.as_dict()))
            yield redacted if redacted is not None else event
