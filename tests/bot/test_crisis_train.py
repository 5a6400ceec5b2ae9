"""The crisis trainer's export: the plain numbers both environments read give the
probabilities scikit-learn's network gives (class order, feature rows, layers)."""
import numpy as np

from bot.crisis_train import LEVELS, _export_hidden, _fit_hidden, training_examples
from danish_text.crisis_model import GROUPS, HiddenLayerModel, features


def test_the_exported_network_gives_the_trained_networks_probabilities():
    examples = training_examples()
    # a few hundred of every level keeps the test quick; the export is the same at any size
    chosen = [e for lv in LEVELS for e in [x for x in examples if x.level == lv][:150]]
    texts, labels = [e.text for e in chosen], [e.level for e in chosen]
    vec, keep, net = _fit_hidden([features(t, GROUPS) for t in texts], labels)
    exported = HiddenLayerModel.from_dict(_export_hidden(vec, keep, net))
    probe = texts[::25] + ["hej", "jeg har taget alle mine piller og skrevet farvel", "min cykel er stjålet"]
    theirs = net.predict_proba(vec.transform([features(t, GROUPS) for t in probe])[:, keep])
    for text, row in zip(probe, theirs):
        ours = exported.probabilities(features(text, GROUPS))
        expected = dict(zip(net.classes_, row))
        assert list(ours) == list(LEVELS)
        assert np.allclose([ours[c] for c in LEVELS], [expected[c] for c in LEVELS], atol=2e-3), text
