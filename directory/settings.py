"""Settings from the environment (and `.env`), with defaults that run on one machine."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=ROOT / ".env", extra="ignore")

    database_url: str = f"sqlite:///{ROOT / 'var' / 'directory.db'}"
    directory_dir: Path = ROOT / "data" / "directory"
    taxonomy_file: Path = ROOT / "data" / "taxonomy.yaml"


@lru_cache
def get_settings() -> Settings:
    return Settings()
