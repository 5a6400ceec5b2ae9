from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.crisis import CrisisDetector
from bot.folding import DanishFolder
from bot.spotting import DanishSpotter


def _lemmas(message):
    return [t.lemma for t in message.get(TOKENS_NAMES["text"])]


def test_folder_makes_spellings_one_feature(make_component, spacy_tokenize):
    folder = make_component(DanishFolder)
    messages = spacy_tokenize("min søn drikker", "min soen drikker", "min son drikker")
    folder.process(messages)
    assert _lemmas(messages[0]) == _lemmas(messages[1]) == _lemmas(messages[2])


def test_folder_keeps_the_text_and_uses_spacy_lemmas(make_component, spacy_tokenize):
    folder = make_component(DanishFolder)
    [message] = spacy_tokenize("Sønnen drikker")
    texts = [t.text for t in message.get(TOKENS_NAMES["text"])]
    folder.process([message])
    assert message.get("text") == "Sønnen drikker"
    assert [t.text for t in message.get(TOKENS_NAMES["text"])] == texts
    assert _lemmas(message) == ["son", "drikke"]   # lemma "søn" (lookup table), folded


def test_folder_lemmatizes_ascii_typed_inflections(make_component, spacy_tokenize):
    folder = make_component(DanishFolder)
    messages = spacy_tokenize("sønnen er hjemløs", "soennen er hjemloes", "sonnen er hjemlos")
    folder.process(messages)
    assert _lemmas(messages[0]) == _lemmas(messages[1]) == _lemmas(messages[2]) == ["son", "vare", "hjemlos"]


def test_folder_folds_training_data_too(make_component, spacy_tokenize):
    folder = make_component(DanishFolder)
    messages = spacy_tokenize("hjemløs i nat")
    folder.process_training_data(TrainingData(training_examples=messages))
    assert "hjemlos" in _lemmas(messages[0])


def test_spotter_adds_entities_to_output(make_component):
    spotter = make_component(DanishSpotter)
    message = Message(data={"text": "min søn på 16 ryger hash, vi bor i nordvest"})
    spotter.process([message])
    found = {(e["entity"], e["value"]) for e in message.get("entities")}
    assert {("age", 16), ("relation", "søn"), ("district", "bispebjerg"), ("topic", "misbrug"),
            ("audience", "relative")} <= found
    assert all(e["extractor"] == "DanishSpotter" for e in message.get("entities"))
    assert "entities" in message.as_dict(only_output_properties=True)


def test_crisis_detector_overrides_the_classifier(make_component):
    detector = make_component(CrisisDetector)
    message = Message(data={"text": "jeg har lyst til at dø", "intent": {"name": "greet", "confidence": 0.9}})
    detector.process([message])
    assert message.get("intent") == {"name": "crisis", "confidence": 1.0}
    output = message.as_dict(only_output_properties=True)
    assert output["crisis"] == {"kind": "selvmord", "level": "crisis"}
    assert output["safety"]["level"] == "crisis" and "death_wish" in output["safety"]["concepts"]


def test_crisis_detector_reads_the_same_weights_as_the_api(make_component):
    """Rasa's decision is danish_text.crisis_model on var/crisis/model.json: the API's
    fallback loads that file too, so the two cannot disagree."""
    from danish_text.crisis_model import load_model

    detector = make_component(CrisisDetector)
    assert detector.model is load_model("var/crisis/model.json")


def test_crisis_detector_marks_concern_without_taking_over_the_intent(make_component):
    detector = make_component(CrisisDetector)
    text = "jeg skar i mig selv for mange år siden, nu har jeg det bedre men arrene minder mig om det"
    message = Message(data={"text": text, "intent": {"name": "topic_psykisk", "confidence": 0.8}})
    detector.process([message])
    output = message.as_dict(only_output_properties=True)
    assert output["safety"]["level"] == "concern"
    assert output.get("crisis") is None and message.get("intent")["name"] == "topic_psykisk"


def test_crisis_detector_leaves_ordinary_messages_alone(make_component):
    detector = make_component(CrisisDetector)
    message = Message(data={"text": "jeg keder mig ihjel", "intent": {"name": "topic_ensomhed", "confidence": 0.8}})
    detector.process([message])
    assert message.get("intent")["name"] == "topic_ensomhed"
    output = message.as_dict(only_output_properties=True)
    assert output.get("crisis") is None and output["safety"]["level"] is None


def test_topic_head_trains_and_names_several_needs_with_probabilities(make_component, tmp_path):
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.topics import TopicHead

    examples = [Message(data={"text": t, "intent": i}) for t, i in [
        ("min søn ryger hash", "topic_misbrug"), ("jeg drikker for meget", "topic_misbrug"),
        ("hash og alkohol", "topic_misbrug"), ("jeg skylder penge", "topic_oekonomi"),
        ("gæld og regninger", "topic_oekonomi"), ("kviklån jeg ikke kan betale", "topic_oekonomi"),
        ("hej", "greet")]]
    head = make_component(TopicHead, {"threshold": 0.2})
    head.train(TrainingData(training_examples=examples))
    message = Message(data={"text": "han ryger hash og har gæld"})
    head.process([message])
    found = [t["topic"] for t in message.get("topics")]
    assert set(found) <= {"misbrug", "oekonomi"} and found
    assert all(0.2 <= t["p"] <= 1.0 for t in message.get("topics"))


def test_audience_head_reads_who_has_the_need_not_which_relation_word_appears(make_component):
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.audience import AudienceHead

    head = make_component(AudienceHead, {"min_words": 0})
    head.train(TrainingData())
    cases = {
        "Jeg drikker hver aften når børnene er lagt i seng, og min mand siger jeg skal stoppe. "
        "Hvor kan jeg få hjælp?": "self",
        "min søn på 16 ryger hash hver dag og pjækker fra skolen, og hans far og jeg ved ikke hvad vi skal gøre":
            "relative",
        "Vores klasse har en elev, hvis far drikker, og drengen tør ikke gå hjem efter skole. "
        "Skolen vil gerne vide, hvor vi kan henvise familien": "professional",
    }
    messages = [Message(data={"text": text, "entities": [{"entity": "audience", "value": "unknown"}]})
                for text in cases]
    head.process(messages)
    for message, expected in zip(messages, cases.values()):
        audiences = [e for e in message.get("entities") if e["entity"] == "audience"]
        assert [(a["value"], a["extractor"]) for a in audiences] == [(expected, "AudienceHead")], message.get("text")


def test_audience_head_leaves_short_messages_job_introductions_and_counter_notes_to_the_rules(make_component):
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot.audience import AudienceHead

    head = make_component(AudienceHead)
    head.train(TrainingData())
    texts = ["min søn ryger hash",
             "Jeg er sundhedsplejerske og har en mor i mit distrikt, der virker meget deprimeret efter "
             "fødslen og ikke får sovet om natten",
             "Bgr. 47 henv. i skranken, uden bolig siden marts, drikker dagligt og har gæld til inkasso, "
             "ønsker hjælp til bolig og råd om gælden"]
    messages = [Message(data={"text": t, "entities": [{"entity": "audience", "value": "rules"}]}) for t in texts]
    head.process(messages)
    assert [m.get("entities") for m in messages] == [[{"entity": "audience", "value": "rules"}]] * 3


def test_audience_head_answers_a_short_message_the_rules_found_no_audience_in_only_when_sure(make_component):
    from rasa.shared.nlu.training_data.training_data import TrainingData

    from bot import heads
    from bot.audience import AudienceHead
    from danish_text.spot import spot

    sure = make_component(AudienceHead, {"fill_in": 0.0})
    sure.train(TrainingData())
    text = "ingen penge til husleje, sat ud på fredag"    # no one named: the rules say unknown
    assert heads.fills_in(text, spot(text).audience) and not heads.head_decides(text)
    message = Message(data={"text": text, "entities": []})
    sure.process([message])
    assert [(e["entity"], e["extractor"]) for e in message.get("entities")] == [("audience", "AudienceHead")]
    # never sure enough: the rules' silence stands, and the router may ask
    never = make_component(AudienceHead, {"fill_in": 1.01})
    never.train(TrainingData())
    message = Message(data={"text": text, "entities": []})
    never.process([message])
    assert message.get("entities") == []
    # a short message the rules did read is left to them, however sure the head is
    spotted = Message(data={"text": "min søn ryger hash", "entities": [{"entity": "audience", "value": "relative"}]})
    sure.process([spotted])
    assert spotted.get("entities") == [{"entity": "audience", "value": "relative"}]
