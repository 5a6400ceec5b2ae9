"""`make test`, `make eval` and `make bench` never reload the directory in var/: that
would wipe staff edits made through the admin API (they use temporary databases)."""
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("target", ["test", "eval", "bench"])
def test_target_does_not_reload_the_directory(target):
    plan = subprocess.run(["make", "-n", "-W", "data/taxonomy.yaml", target], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert plan.returncode == 0, plan.stderr
    assert "directory load" not in plan.stdout


def test_run_reloads_when_the_yaml_changed():
    plan = subprocess.run(["make", "-n", "-W", "data/taxonomy.yaml", "run"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert "directory load" in plan.stdout


def test_secrets_are_passed_as_one_argument_so_a_leading_dash_is_not_an_option():
    """token_urlsafe() starts with "-" one time in 64: `--auth-token -abc` made `rasa run`
    exit ("expected one argument"); `--auth-token=-abc` is one argument whatever it holds."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    for path in (root / "scripts" / "run-all", root / "evaluation" / "stack.py"):
        text = path.read_text()
        assert "--auth-token=" in text and '--auth-token", ' not in text and "--auth-token \"" not in text, path
