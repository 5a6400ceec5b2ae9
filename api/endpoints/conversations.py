"""Access and erasure requests: one conversation from Rasa's tracker store, for an editor.

A person who asks what Vejviser kept about them, or asks to have it deleted, gives the
conversation id their browser holds (the widget's session id); an editor reads or deletes
that conversation here. What is stored was redacted before it was written.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, status
from fastapi.concurrency import run_in_threadpool

from api.auth import require_editor
from api.retention import conversation, erase_conversation
from api.schemas import errors
from api.settings import SENDER_PATTERN, get_api_settings

endpoints = APIRouter(prefix="/api/admin/conversations", tags=["admin"], responses=errors(401, 403, 404, 422))
T = TypeVar("T")
SENDER = Path(pattern=SENDER_PATTERN, description="the conversation (session) id")


async def _stored(work: Callable[[str, str], T], sender_id: str) -> T:
    """What `work` found or did in the tracker store for one conversation; 404 when nothing."""
    found = await run_in_threadpool(work, get_api_settings().tracker_db_url, sender_id)
    if not found:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no conversation with that id is stored")
    return found


@endpoints.get("/{sender_id}")
async def read_conversation(sender_id: str = SENDER, editor: str = Depends(require_editor)) -> dict:
    """Everything stored about one conversation (an access request)."""
    return {"sender_id": sender_id, "events": await _stored(conversation, sender_id)}


@endpoints.delete("/{sender_id}")
async def delete_conversation(sender_id: str = SENDER, editor: str = Depends(require_editor)) -> dict:
    """Delete one conversation for good (an erasure request)."""
    return {"sender_id": sender_id, "deleted_events": await _stored(erase_conversation, sender_id)}
