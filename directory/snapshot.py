"""The directory as the router reads it, kept in memory between requests.

The router ranks every active service for every message (and again for each possible
answer to a follow-up question), and loading them with their terms, hours, languages and
places was most of a route's time, growing with the directory (`make bench`). The
directory changes seldom (a reload, a staff edit), so the loaded services are kept per
database and used again while the directory's stamp is the same: the services' count and
versions (every edit moves a version: optimistic locking) and the newest change-log entry
(every edit and every reload writes one). A change made outside the application, straight
in SQL, is picked up after `MAX_AGE` seconds at the latest.

The services are loaded in a session of their own and detached from it, fully loaded, so
requests on other threads can read them; nobody writes to them. A caller whose own
transaction has changed the directory (its stamp differs from the committed one) reads
through its own session, uncached, and sees its changes.
"""
from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from directory.models import ChangeLog, Service
from directory.queries import ServiceFilter, find_services

MAX_AGE = 60.0
_cache: dict[str, tuple[Any, float, list[Service]]] = {}
_lock = threading.Lock()


def stamp(session: Session) -> tuple[Any, ...]:
    """What changes whenever the directory's content does (see the module's docstring)."""
    count, versions, newest = session.execute(
        select(func.count(), func.coalesce(func.sum(Service.version), 0), func.max(Service.id))).one()
    return count, versions, newest, session.scalar(select(func.max(ChangeLog.id)))


def active_services(session: Session) -> list[Service]:
    """Every active service, fully loaded: from memory while the directory is unchanged."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    key = engine.url.render_as_string(hide_password=False)
    current = stamp(session)
    with _lock:
        cached = _cache.get(key)
    if cached and cached[0] == current and time.monotonic() - cached[1] < MAX_AGE:
        return cached[2]
    with Session(engine, expire_on_commit=False) as own:
        if stamp(own) != current:         # the caller's transaction has changes of its own
            return find_services(session, ServiceFilter())
        services = find_services(own, ServiceFilter())
        for service in services:          # everything the router and the answers read
            service.codes("topic")
            for place in service.locations:
                _ = place.location.accessibility
    with _lock:
        _cache[key] = (current, time.monotonic(), services)
    return services


def forget() -> None:
    """Drop every kept directory (tests; a process that reloads the directory itself)."""
    with _lock:
        _cache.clear()
