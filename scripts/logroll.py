"""Write a server's output to a log file that rolls over each day and is kept no longer
than the conversations (RETENTION_DAYS, default 30), every line redacted.

    some-server 2>&1 | python scripts/logroll.py var/log/rasa.log

`scripts/run-all` feeds each server's output through it. The current day is in
`rasa.log`; at the first line of a new day it becomes `rasa.log.YYYY-MM-DD`, and rolled
files older than the retention are deleted. Files are created readable by their owner only.
Each line passes danish_text's redaction too: the servers' logging is filtered already, but
whatever reaches their output another way (a warning, a traceback) is caught here.
"""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from danish_text.redact import redact  # noqa: E402


class DailyLog:
    def __init__(self, path: Path, keep_days: int, today: Callable[[], date] = date.today) -> None:
        self.path, self.keep_days, self.today = path, keep_days, today
        self.day = self._day_of_existing() or today()
        self.file = self._open()

    def _day_of_existing(self) -> date | None:
        if self.path.exists():
            return date.fromtimestamp(self.path.stat().st_mtime)
        return None

    def _open(self):  # noqa: ANN202 (a text file)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding="utf-8", errors="replace", buffering=1)

    def write(self, line: str) -> None:
        today = self.today()
        if today != self.day:
            self.roll(today)
        self.file.write(redact(line))

    def roll(self, today: date) -> None:
        self.file.close()
        if self.path.exists():
            self.path.rename(self.path.with_name(f"{self.path.name}.{self.day.isoformat()}"))
        self.day = today
        self.file = self._open()
        self.prune()

    def prune(self) -> None:
        """Delete rolled files older than the retention."""
        oldest = self.today() - timedelta(days=self.keep_days)
        for rolled in self.path.parent.glob(f"{self.path.name}.*"):
            try:
                if date.fromisoformat(rolled.name.rsplit(".", 1)[1]) < oldest:
                    rolled.unlink()
            except ValueError:
                continue

    def close(self) -> None:
        self.file.close()


def run(lines: Iterable[str], log: DailyLog) -> None:
    log.prune()
    for line in lines:
        log.write(line)
    log.close()


def main() -> None:
    path = Path(sys.argv[1])
    keep = int(os.environ.get("RETENTION_DAYS", "30"))
    run(sys.stdin, DailyLog(path, keep))


if __name__ == "__main__":
    time.tzset()
    main()
