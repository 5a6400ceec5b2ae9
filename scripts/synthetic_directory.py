"""A synthetic directory of N services, for measuring how the router scales (`make bench`).

    python scripts/synthetic_directory.py sqlite:////tmp/dir5000.db 5000

Loads the real directory (data/directory) into the database at the URL, then adds copies
of its ordinary doors until it holds N services: each copy gets a new id, a name that says
it is synthetic, its template's description and keywords, and topics, audiences, ages and
districts drawn at random from the taxonomy (a fixed seed, so every run measures the same
directory). Copies carry no contact facts and no places: the database is temporary and
only the benchmark reads it; no synthetic entry ever reaches a citizen.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from directory.db import get_engine, session_scope  # noqa: E402
from directory.fields import service_form, service_row  # noqa: E402
from directory.queries import ServiceFilter, find_services  # noqa: E402
from directory.schema import ServiceIn  # noqa: E402
from directory.taxonomy import get_taxonomy  # noqa: E402


def generate(url: str, total: int, seed: int = 7) -> int:
    """Fill the database at `url` with the real directory plus copies up to `total` services."""
    import os

    subprocess.run([sys.executable, "-m", "directory", "load"], cwd=ROOT, check=True, capture_output=True,
                   env={**os.environ, "DATABASE_URL": url})
    rng = random.Random(seed)
    taxonomy = get_taxonomy()
    topics, audiences = list(taxonomy.topics), [a for a in taxonomy.audiences if a != "unknown"]
    districts = list(taxonomy.districts)
    with session_scope(get_engine(url)) as session:
        real = [s for s in find_services(session, ServiceFilter()) if not s.crisis_only]
        count = len(find_services(session, ServiceFilter(include_inactive=True)))
        for i in range(max(0, total - count)):
            template = real[i % len(real)]
            form = service_form(template)
            low = rng.choice([None, None, 0, 13, 18, 25, 60])
            form.update(
                id=f"syntetisk-{i:05d}", name=f"{template.name} (syntetisk {i})", contact={}, locations=[],
                schedules=[], topics=sorted(rng.sample(topics, rng.randint(1, 3))),
                audiences=sorted(rng.sample(audiences, rng.randint(1, 3))),
                districts=sorted(rng.sample(districts, 1)) if rng.random() < 0.3 else [],
                min_age=low, max_age=None if low is None else min(120, low + rng.choice([5, 12, 40, 60])),
                keyword_only=False, crisis_only=False, status="active")
            session.add(service_row(ServiceIn.model_validate(form), template.organization_id))
            if i % 500 == 499:
                session.flush()
        session.flush()
        return len(find_services(session, ServiceFilter(include_inactive=True)))


if __name__ == "__main__":
    print(f"{generate(sys.argv[1], int(sys.argv[2]))} services in {sys.argv[1]}")
