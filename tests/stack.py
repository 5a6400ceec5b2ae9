"""The whole stack on loopback, for integration tests and `make eval`: Rasa with the
trained model, the action server and the API, on free ports, with a temporary
directory database and tracker store.
"""
import hashlib
import os
import secrets
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.app_env import free_port

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "vejviser.tar.gz"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"


class Stack:
    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.ports = {name: free_port() for name in ("rasa", "actions", "api")}
        self.api = f"http://127.0.0.1:{self.ports['api']}"
        self.rasa = f"http://127.0.0.1:{self.ports['rasa']}"
        self.tracker_db = tmp / "tracker.db"
        self.admin_token = secrets.token_urlsafe(24)     # this stack's only admin (and staff) token
        self.rasa_token = secrets.token_urlsafe(24)      # Rasa's HTTP API
        self.action_token = secrets.token_urlsafe(24)    # the action server's shared secret
        self.env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp / 'directory.db'}",
                    "RASA_URL": self.rasa, "ACTION_SERVER_URL": f"http://127.0.0.1:{self.ports['actions']}",
                    "TRACKER_DB_URL": f"sqlite:///{self.tracker_db}", "SANIC_HOST": "127.0.0.1",
                    "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONUNBUFFERED": "1",
                    "ADMIN_TOKENS": f"tests:{hashlib.sha256(self.admin_token.encode()).hexdigest()}",
                    "RASA_TOKEN": self.rasa_token, "ACTION_TOKEN": self.action_token,
                    # the eval and the load tests send thousands of requests from one client
                    "RATE_PER_MINUTE": os.environ.get("RATE_PER_MINUTE", "1000000")}
        self.procs: dict[str, subprocess.Popen] = {}

    def _start(self, name, cmd):
        log = open(self.tmp / f"{name}.log", "w")
        self.procs[name] = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    def start(self):
        subprocess.run([sys.executable, "-m", "directory", "load"], cwd=ROOT, env=self.env, check=True)
        endpoints = self.tmp / "endpoints.yml"
        endpoints.write_text(
            f"action_endpoint:\n  url: \"http://127.0.0.1:{self.ports['actions']}/webhook\"\n"
            f"  token: \"{self.action_token}\"\n"
            f"tracker_store:\n  type: bot.tracker_store.RedactingSQLTrackerStore\n  dialect: sqlite\n"
            f"  db: {self.tracker_db}\n")
        self._start("actions", [sys.executable, "-m", "actions.server", "--port", str(self.ports["actions"])])
        self._start("rasa", [str(RASA), "run", "--enable-api", "--auth-token", self.rasa_token,
                             "-i", "127.0.0.1", "-p", str(self.ports["rasa"]),
                             "--endpoints", str(endpoints), "--credentials", "credentials.yml",
                             "--model", str(MODEL), "--logging-config-file", "bot/logging.yml"])
        self._start("api", [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1",
                            "--port", str(self.ports["api"])])
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            for name, proc in self.procs.items():
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited: {(self.tmp / f'{name}.log').read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.api}/api/health", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(2)
        raise RuntimeError("the stack did not become healthy in 240 s")

    def stop(self, name=None):
        for key in ([name] if name else list(self.procs)):
            proc = self.procs.get(key)
            if proc and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
