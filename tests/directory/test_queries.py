from directory.queries import ServiceFilter, find_services, keyword_hits


def _ids(session, **kw):
    return {s.id for s in find_services(session, ServiceFilter(**kw))}


def test_topic_filter(session):
    ids = _ids(session, topics=["handicap"])
    assert {"borgercenter-handicap", "aflastning", "paaroerende-handicap"} <= ids
    assert "alkolinjen" not in ids


def test_age_filter_respects_ranges(session):
    assert "fritidsjob-med-mentor" in _ids(session, age=16, topics=["beskaeftigelse"])
    assert "fritidsjob-med-mentor" not in _ids(session, age=25, topics=["beskaeftigelse"])
    assert "borgercenter-voksne" not in _ids(session, age=15)


def test_audience_and_anonymous(session):
    ids = _ids(session, audience="relative", anonymous=True)
    assert "paaroerende-misbrug" in ids
    assert all(s.anonymous for s in find_services(session, ServiceFilter(anonymous=True)))


def test_district_filter_keeps_citywide_doors(session):
    assert "borgercenter-voksne" in _ids(session, district="valby")


def test_kind_filter(session):
    assert {s.kind for s in find_services(session, ServiceFilter(kinds=["akut"]))} == {"akut"}


def test_search_ignores_aeoeaa(session):
    written = _ids(session, text="pårørende")
    assert written and written == _ids(session, text="paaroerende") == _ids(session, text="parorende")


def test_keyword_hits_fold_too(session):
    services = find_services(session, ServiceFilter())
    assert "borgerservice" in keyword_hits(services, "hvordan fornyer jeg mit koerekort")


def test_search_finds_inflected_forms(session):
    base = _ids(session, text="hjemløs")
    assert base and _ids(session, text="hjemløse") == base == _ids(session, text="hjemloese")
    assert "aflastning" in _ids(session, text="aflastningen")


def test_stemmer_is_conservative():
    from danish_text.stem import stem
    assert stem("sonnen") == "son" and stem("hjemlose") == "hjemlos" and stem("bor") == "bor"


def test_open_now_uses_sourced_opening_hours_only(session):
    from datetime import datetime
    sunday_night = datetime(2026, 11, 29, 3, 15)
    # the round-the-clock doors whose hours have a source
    assert _ids(session, open_at=sunday_night) == {"lev-uden-vold", "den-sociale-doegnvagt", "danner", "joannahuset"}
    tuesday_afternoon = datetime(2026, 11, 24, 16, 0)
    assert "er-du-okay" in _ids(session, open_at=tuesday_afternoon)
    assert "er-du-okay" not in _ids(session, open_at=datetime(2026, 11, 25, 16, 0))   # a Wednesday


def test_exact_eligibility_and_specific_doors_come_first(session):
    youth = find_services(session, ServiceFilter(topics=["beskaeftigelse"], age=16))
    assert youth[0].id == "fritidsjob-med-mentor"
    relatives = find_services(session, ServiceFilter(topics=["misbrug"], audience="relative"))
    assert relatives[0].id == "paaroerende-misbrug"
