def test_list_filters_and_pagination(client):
    body = client.get("/api/services", params={"topic": "handicap", "per_page": 3, "page": 1}).json()
    assert body["page"] == 1 and body["per_page"] == 3 and len(body["items"]) == 3
    assert body["total"] > 3 and all("handicap" in s["topics"] for s in body["items"])
    second = client.get("/api/services", params={"topic": "handicap", "per_page": 3, "page": 2}).json()
    assert {s["id"] for s in body["items"]}.isdisjoint({s["id"] for s in second["items"]})


def test_filters_combine_with_and(client):
    body = client.get("/api/services", params={"kind": "akut", "anonymous": "true"}).json()
    assert body["total"] > 0 and all(s["kind"] == "akut" and s["anonymous"] for s in body["items"])


def test_search_without_aeoeaa(client):
    a = client.get("/api/services", params={"q": "hjemløs"}).json()
    b = client.get("/api/services", params={"q": "hjemloes"}).json()
    assert a["total"] > 0 and a == b


def test_one_service_and_404(client):
    assert client.get("/api/services/livslinien").json()["contact"]["phone"] == "70 201 201"
    missing = client.get("/api/services/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]


def test_taxonomy(client):
    assert "misbrug" in client.get("/api/taxonomy").json()["topics"]


def test_health_names_what_is_not_ready(client):
    response = client.get("/api/health")
    assert response.status_code == 503
    body = response.json()
    assert body["directory"]["ok"] is True
    assert set(body["not_ready"]) == {"rasa", "actions"}


def test_chat_when_rasa_is_down_says_so_kindly(client):
    response = client.post("/api/chat", json={"sender": "abcdefgh12", "message": "hej"})
    assert response.status_code == 503 and "112" in response.json()["messages"][0]["text"]


def test_chat_refuses_bad_input(client):
    assert client.post("/api/chat", json={"sender": "abcdefgh12", "message": ""}).status_code == 422
    assert client.post("/api/chat", json={"sender": "x", "message": "hej"}).status_code == 422


def test_pages_are_served(client):
    assert "Vejviser" in client.get("/").text and "rutefinder" in client.get("/finder").text


def test_hsds_read_api(client):
    page = client.get("/hsds/services", params={"per_page": 5}).json()
    assert page["total_items"] >= 40 and page["size"] == 5 and page["first_page"] and not page["last_page"]
    one = page["contents"][0]
    assert client.get(f"/hsds/services/{one['id']}").json()["name"] == one["name"]
    assert client.get(f"/hsds/services/{one['alternate_name']}").json()["id"] == one["id"]
    assert client.get("/hsds/services/nope").status_code == 404
    terms = client.get("/hsds/taxonomy_terms").json()
    assert {"misbrug", "akut", "valby"} <= {t["code"] for t in terms["contents"]}


def test_one_service_shows_every_field_of_the_directory_schema(client):
    """The public shape follows directory/schema.py: opening hours (as weekday rows), languages,
    the application process, the source's date, and whatever field is added there next."""
    from directory.schema import ServiceIn

    body = client.get("/api/services/den-sociale-doegnvagt").json()
    assert set(ServiceIn.model_fields) - {"schedules"} <= set(body)
    assert body["opening_hours"] and {"weekday", "opens_at", "closes_at"} <= set(body["opening_hours"][0])
    assert body["languages"] == [] and body["locations"] == []
    assert body["application_process"].startswith("Ring eller kom forbi")
    listed = client.get("/api/services", params={"q": "døgnvagt"}).json()["items"]
    assert next(s for s in listed if s["id"] == "den-sociale-doegnvagt") == body


def test_an_old_source_is_flagged_for_staff(client):
    """StopSpillet's source page is from 2019 (facts file): staff see it flagged, in the
    service and in a route; a recent source is not flagged."""
    old = client.get("/api/services/stopspillet").json()
    assert old["source_date"].startswith("2019") and old["source_old"] is True
    assert client.get("/api/services/den-sociale-doegnvagt").json()["source_old"] is False
    route = client.post("/api/route", json={"text": "jeg spiller for meget på nettet og kan ikke stoppe"}).json()
    assert any(s["id"] == "stopspillet" and s["source_old"] for s in route["services"])


def test_api_docs_work_without_internet(client):
    """Swagger UI and ReDoc come from files installed with the app: no CDN address in the pages."""
    page = client.get("/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    assert "cdn." not in page.text and "https://" not in page.text
    assert client.get("/docs-static/swagger-ui-bundle.js").status_code == 200
    assert client.get("/docs-static/swagger-ui.css").status_code == 200
    reference = client.get("/redoc")
    assert reference.status_code == 200 and "redoc.standalone.js" in reference.text
    assert "https://" not in reference.text
    assert client.get("/docs-static/redoc.standalone.js").status_code == 200
