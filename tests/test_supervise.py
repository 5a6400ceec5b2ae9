"""The supervisor `make run` puts each server under (scripts/supervise): a server that dies,
killed or by its own exit, is started again and the restart is recorded; the supervisor
itself survives it; SIGTERM stops the server and the supervisor; the output reaches the log.
Run for real with a small stand-in server, since what is tested is the supervising."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = ("import os, sys, time\n"
         "open(sys.argv[1], 'a').write(f'{os.getpid()}\\n')\n"
         "print('server started', flush=True)\n"
         "time.sleep(float(sys.argv[2]))\n"
         "sys.exit(3)\n")


def _wait_for(predicate, seconds=20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _start(tmp: Path, lifetime: float) -> tuple[subprocess.Popen, Path, Path]:
    pids, record = tmp / "pids", tmp / "supervisor.log"
    env = {**os.environ, "SUPERVISOR_LOG": str(record), "SUPERVISOR_DELAY": "0.2",
           "SUPERVISOR_PYTHON": sys.executable}
    proc = subprocess.Popen(["bash", "scripts/supervise", "stand-in", str(tmp / "server.log"), sys.executable,
                             "-c", CHILD, str(pids), str(lifetime)], cwd=ROOT, env=env, start_new_session=True)
    return proc, pids, record


def _started(pids: Path) -> list[int]:
    return [int(x) for x in pids.read_text().split()] if pids.exists() else []


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").exists() and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_a_killed_server_is_started_again_and_sigterm_stops_both(tmp_path):
    proc, pids, record = _start(tmp_path, lifetime=600)
    try:
        assert _wait_for(lambda: len(_started(pids)) == 1)
        first = _started(pids)[0]
        os.kill(first, signal.SIGKILL)                  # as `kill -9` on the action server
        assert _wait_for(lambda: len(_started(pids)) == 2), "the server was not started again"
        assert proc.poll() is None, "the supervisor died with its server"
        assert "stand-in exited (137)" in record.read_text()
        assert _wait_for(lambda: "server started" in (tmp_path / "server.log").read_text())
        second = _started(pids)[1]
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)
        assert _wait_for(lambda: not _alive(second), 10), "SIGTERM left the server running"
        time.sleep(0.5)
        assert len(_started(pids)) == 2, "the server was started again after SIGTERM"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def test_a_server_that_exits_by_itself_is_started_again(tmp_path):
    proc, pids, record = _start(tmp_path, lifetime=0.1)
    try:
        assert _wait_for(lambda: len(_started(pids)) >= 3), "the server was not started again after exiting"
        assert "stand-in exited (3)" in record.read_text()
        assert proc.poll() is None
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def test_make_run_supervises_every_server():
    script = (ROOT / "scripts" / "run-all").read_text()
    for name in ("actions", "rasa", "api"):
        assert f"supervise {name} var/log/{name}.log" in script
    assert "bash scripts/supervise" in script
