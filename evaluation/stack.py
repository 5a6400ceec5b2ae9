"""The whole stack on loopback, for integration tests, `make eval`, `make bench` and `make load-test`: Rasa with the
trained model, the action server and the API, on free ports, with a temporary
directory database and tracker store.
"""
import hashlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "vejviser.tar.gz"
RASA = ROOT / ".venv-rasa" / "bin" / "rasa"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def backend_url(backend: str, tmp_path, postgres_url: str | None = None):
    """A fresh database for one test: a SQLite file, or a PostgreSQL schema of its own (on
    `postgres_url`, by default TEST_POSTGRES_URL's server). Returns (url, cleanup)."""
    import uuid

    from sqlalchemy import create_engine, text

    from directory.db import _normalise_url

    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'directory.db'}", lambda: None
    base = _normalise_url(postgres_url or os.environ["TEST_POSTGRES_URL"])
    schema = f"t_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, pool_pre_ping=True)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def cleanup():
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", cleanup


def wait_healthy(api: str, procs: dict[str, subprocess.Popen], logs: Path, seconds: float = 240) -> None:
    """Until the API's /api/health says ready; a server that exits meanwhile fails at once,
    with the end of its log (`logs / f"{name}.log"`)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for name, proc in procs.items():
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited: {(logs / f'{name}.log').read_text()[-3000:]}")
        try:
            if httpx.get(f"{api}/api/health", timeout=5).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    raise RuntimeError(f"{api} did not become healthy in {seconds:.0f} s")


class Stack:
    def __init__(self, tmp: Path):
        self.commands: dict[str, list[str]] = {}
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
        self.commands[name] = cmd
        with open(self.tmp / f"{name}.log", "a") as log:      # the child keeps its own copy
            self.procs[name] = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log,
                                                stderr=subprocess.STDOUT, start_new_session=True)

    RASA_NAMES: tuple[str, ...] = ("rasa",)

    def _action_endpoint(self) -> str:
        return (f"action_endpoint:\n  url: \"http://127.0.0.1:{self.ports['actions']}/webhook\"\n"
                f"  token: \"{self.action_token}\"\n")

    def _endpoints(self) -> Path:
        """Rasa's endpoints file: the action server, and the tracker store in SQLite."""
        endpoints = self.tmp / "endpoints.yml"
        endpoints.write_text(
            self._action_endpoint()
            + f"tracker_store:\n  type: bot.tracker_store.RedactingSQLTrackerStore\n  dialect: sqlite\n"
            f"  db: {self.tracker_db}\n")
        return endpoints

    def start(self):
        subprocess.run([sys.executable, "-m", "directory", "load"], cwd=ROOT, env=self.env, check=True)
        endpoints = self._endpoints()
        self._start("actions", [sys.executable, "-m", "actions.server", "--port", str(self.ports["actions"])])
        for name in self.RASA_NAMES:
            self._start(name, [str(RASA), "run", "--enable-api", f"--auth-token={self.rasa_token}",
                               "-i", "127.0.0.1", "-p", str(self.ports[name]),
                               "--endpoints", str(endpoints), "--credentials", "credentials.yml",
                               "--model", str(MODEL), "--logging-config-file", "bot/logging.yml"])
        self._start("api", [sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1",
                            "--port", str(self.ports["api"])])
        self._wait_healthy()

    def start_again(self, name: str) -> None:
        """A server stopped by a test, started as before; back when the stack is healthy."""
        self._start(name, self.commands[name])
        self._wait_healthy()

    def _wait_healthy(self):
        wait_healthy(self.api, self.procs, self.tmp)

    def stop(self, name=None):
        for key in ([name] if name else list(self.procs)):
            proc = self.procs.get(key)
            if proc and proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=10)


class ProductionStack(Stack):
    """The production profile on loopback: the directory and Rasa's tracker store in
    PostgreSQL (schemas of their own), Redis as Rasa's lock store, two Rasa instances
    sharing both, and the API in front of the two (RASA_URL lists them)."""

    RASA_NAMES = ("rasa", "rasa2")

    def __init__(self, tmp: Path, postgres_url: str, redis_url: str):
        super().__init__(tmp)
        from urllib.parse import urlsplit

        self.ports["rasa2"] = free_port()
        self.rasa2 = f"http://127.0.0.1:{self.ports['rasa2']}"
        directory_url, self._drop_directory = backend_url("postgresql", tmp, postgres_url)
        tracker_url, self._drop_tracker = backend_url("postgresql", tmp, postgres_url)
        self.tracker_schema = tracker_url.rsplit("%3D", 1)[1]
        self.tracker_url = tracker_url
        pg, redis = urlsplit(postgres_url), urlsplit(redis_url)
        self.pg = {"host": pg.hostname or "127.0.0.1", "port": pg.port or 5432, "db": pg.path.lstrip("/") or "test",
                   "user": pg.username or "postgres"}
        self.redis = {"host": redis.hostname or "127.0.0.1", "port": redis.port or 6379,
                      "db": (redis.path.lstrip("/") or "0")}
        self.env.update({"DATABASE_URL": directory_url, "TRACKER_DB_URL": tracker_url,
                         "RASA_URL": f"{self.rasa},{self.rasa2}"})

    def _endpoints(self) -> Path:
        endpoints = self.tmp / "endpoints.production.yml"
        endpoints.write_text(
            self._action_endpoint()
            + f"tracker_store:\n  type: bot.tracker_store.RedactingSQLTrackerStore\n  dialect: postgresql\n"
            f"  url: {self.pg['host']}\n  port: {self.pg['port']}\n  db: {self.pg['db']}\n"
            f"  username: {self.pg['user']}\n  query:\n    options: \"-csearch_path={self.tracker_schema}\"\n"
            f"lock_store:\n  type: redis\n  url: {self.redis['host']}\n  port: {self.redis['port']}\n"
            f"  db: {self.redis['db']}\n")
        return endpoints

    def start(self):
        super().start()
        # both instances up, not just the first
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            if "2 of 2" in httpx.get(f"{self.api}/api/health", timeout=10).json()["rasa"]["detail"]:
                return
            time.sleep(2)
        raise RuntimeError("the second Rasa instance did not come up")

    def stop(self, name=None):
        super().stop(name)
        if name is None:
            self._drop_directory()
            self._drop_tracker()


class PrivatePostgres:
    """A PostgreSQL server of the test's own on a free loopback port (Debian's binaries, run
    as the `postgres` user, trust auth), so a test can stop it and start it again: a real
    outage, which the shared server of CI cannot be made to have."""

    def __init__(self):
        import glob
        import tempfile

        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
        if not found:
            raise RuntimeError("no PostgreSQL server binaries (scripts/services-up installs them)")
        self.bin = Path(found[-1]).parent
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="vejviser-pg-"))
        self.data = self.dir / "data"
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/test"

    def _as_postgres(self, *cmd: str, check: bool = True) -> subprocess.CompletedProcess:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run([*prefix, *cmd], capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> "PrivatePostgres":
        import shutil

        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        if not self.data.exists():
            self._as_postgres(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                              "-E", "UTF8")
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.dir / "server.log"),
                          "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "start")
        created = self._as_postgres(str(self.bin / "psql"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                                    "-tAc", "select 1 from pg_database where datname='test'", check=False)
        if created.stdout.strip() != "1":
            self._as_postgres(str(self.bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                              "test")
        return self

    def stop(self, mode: str = "fast") -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def remove(self) -> None:
        import shutil

        self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)
