"""Danish text handling shared by the bot (Rasa env) and the app (.venv).

Standard library only, so the very same folding, spotting and redaction rules run
inside Rasa's old stack and in the app's current one.
"""
from danish_text.crisis import CrisisSignal, detect_crisis
from danish_text.fold import fold, tokens
from danish_text.redact import redact
from danish_text.spot import Spotted, spot

__all__ = ["fold", "tokens", "redact", "spot", "Spotted", "detect_crisis", "CrisisSignal"]
