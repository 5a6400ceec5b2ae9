"""The API's own settings (environment or `.env`); the directory's are in directory.settings."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from directory.settings import ROOT


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=ROOT / ".env", extra="ignore")

    rasa_url: str = "http://127.0.0.1:5005"
    action_server_url: str = "http://127.0.0.1:5055"
    # Every chat answer arrives within this (then the API answers itself: api/chat_relay.py).
    rasa_timeout_seconds: float = 5.0
    # Rasa's HTTP API token (`rasa run --auth-token`), sent with /model/parse and /status.
    rasa_token: str = ""
    # Route contract: a text over 2000 characters is refused with 422.
    max_text_length: int = 2000
    # Pages on other sites that may embed the chat widget (origins, comma separated, e.g.
    # "https://www.kk.dk"). Empty: only the API's own pages (same origin).
    chat_allowed_origins: str = ""
    # Days a conversation is kept in Rasa's tracker store before it is deleted.
    retention_days: int = 30
    # Admin API tokens as "name:sha256hex" pairs, comma separated (see api/auth.py).
    admin_tokens: str = ""
    # The key that signs the route finder's staff cookie; empty: a new key at each start.
    session_secret: str = ""
    staff_session_hours: float = 10.0
    # Requests per client and minute on the public endpoints (chat, route, staff login), and
    # wrong admin tokens per client in 15 minutes before it is locked out for 15 minutes.
    rate_per_minute: int = 120
    login_per_minute: int = 10
    wrong_tokens_before_lockout: int = 10
    # The crisis model's plain weights (built by `make`), the same file Rasa's CrisisDetector reads.
    crisis_model: Path = ROOT / "var" / "crisis" / "model.json"
    tracker_db_url: str = f"sqlite:///{ROOT / 'var' / 'tracker.db'}"


    @property
    def allowed_origins(self) -> list[str]:
        """CHAT_ALLOWED_ORIGINS as a list (empty: the API's own pages only)."""
        return [o.strip() for o in self.chat_allowed_origins.split(",") if o.strip()]


# A conversation (session) id, as the chat channels and the erasure endpoint accept it.
SENDER_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"


@lru_cache
def get_api_settings() -> ApiSettings:
    return ApiSettings()
