"""Access and erasure requests: one conversation from Rasa's tracker store, for an editor.

A person who asks what Vejviser kept about them, or asks to have it deleted, gives the
conversation id their browser holds (the widget's session id); an editor reads or deletes
that conversation here. What is stored was redacted before it was written.
"""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path, status
from fastapi.concurrency import run_in_threadpool

from api.auth import require_editor
from api.retention import conversation, erase_conversation
from api.schemas import errors
from api.settings import SENDER_PATTERN, get_api_settings

endpoints = APIRouter(prefix="/api/admin/conversations", tags=["admin"], responses=errors(401, 403, 404, 422))
SENDER = Path(pattern=SENDER_PATTERN, description="the conversation (session) id")


@endpoints.get("/{sender_id}")
async def read_conversation(sender_id: str = SENDER, editor: str = Depends(require_editor)) -> dict:
    """Everything stored about one conversation (an access request)."""
    events = await run_in_threadpool(conversation, get_api_settings().tracker_db_url, sender_id)
    if not events:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no conversation with that id is stored")
    return {"sender_id": sender_id, "events": events}


@endpoints.delete("/{sender_id}")
async def delete_conversation(sender_id: str = SENDER, editor: str = Depends(require_editor)) -> dict:
    """Delete one conversation for good (an erasure request)."""
    deleted = await run_in_threadpool(erase_conversation, get_api_settings().tracker_db_url, sender_id)
    if not deleted:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no conversation with that id is stored")
    return {"sender_id": sender_id, "deleted_events": deleted}
