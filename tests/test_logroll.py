"""The logs roll over each day, are redacted, and are kept no longer than the conversations."""
import importlib.util
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("logroll", ROOT / "scripts" / "logroll.py")
logroll = importlib.util.module_from_spec(spec)
spec.loader.exec_module(logroll)


def test_a_log_rolls_each_day_is_redacted_and_old_days_go(tmp_path):
    days = iter([date(2026, 10, 1)] * 3 + [date(2026, 11, 2)] * 3 + [date(2026, 12, 1)] * 5)
    path = tmp_path / "rasa.log"
    log = logroll.DailyLog(path, keep_days=30, today=lambda: next(days))
    logroll.run(["first day: cpr 010203-1234\n", "jeg hedder Mette\n", "second day\n", "much later\n"], log)
    assert (tmp_path / "rasa.log").read_text() == "much later\n"
    assert not (tmp_path / "rasa.log.2026-10-01").exists()          # older than 30 days: gone
    assert (tmp_path / "rasa.log.2026-11-02").read_text() == "jeg hedder [navn]\nsecond day\n"
    assert (path.stat().st_mode & 0o077) == 0                         # the owner only
    everything = "".join(p.read_text() for p in tmp_path.iterdir())
    assert "010203" not in everything and "Mette" not in everything
