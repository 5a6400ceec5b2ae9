"""The benchmark's synthetic directory: the real one plus copies up to N, every copy without
contact facts or places (it only ever lives in a temporary database), and routable."""
from directory.db import get_engine, session_scope
from directory.queries import ServiceFilter, find_services
from directory.route_types import NluResult
from directory.router import route
from scripts.synthetic_directory import generate


def test_a_synthetic_directory_has_n_services_and_no_invented_contact(tmp_path):
    url = f"sqlite:///{tmp_path / 'synthetic.db'}"
    assert generate(url, 150) == 150
    engine = get_engine(url)
    with session_scope(engine) as session:
        copies = [s for s in find_services(session, ServiceFilter(include_inactive=True))
                  if s.id.startswith("syntetisk-")]
        assert len(copies) > 60
        assert all(not (s.phone or s.email or s.url or s.address) and not s.locations for s in copies)
        assert all("syntetisk" in s.name and s.topics for s in copies)
        answer = route(session, NluResult(text="min søn ryger hash", intent="topic_misbrug", confidence=0.9))
        assert answer.doors
    engine.dispose()
