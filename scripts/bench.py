"""`make bench`: route latency and server memory, measured on a freshly started stack.

Speed and memory targets live here, never in timed tests. Prints p50/p95 of
POST /api/route over the development set's texts, and each server's RSS after start
and after the run (from /proc).
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.eval.evaluate import load_items  # noqa: E402
from tests.stack import Stack  # noqa: E402

TARGET_P95_MS = 300      # a citizen waits for this
TARGET_TOTAL_RSS_MB = 2500
TARGET_CRISIS_P95_MS = 5  # what the crisis layer may add to one message (issue: crisis first)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB."""
    total = 0
    pids = [pid]
    for child in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = child.read_text().split()
            if int(fields[3]) == pid:
                pids.append(int(fields[0]))
        except (OSError, ValueError, IndexError):
            continue
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def crisis_layer_ms(texts: list[str]) -> tuple[float, float, float]:
    """p50, p95 and max of the crisis decision alone (the same code in Rasa and the API)."""
    from danish_text.crisis_model import load_model
    from api.settings import get_api_settings

    model = load_model(str(get_api_settings().crisis_model))
    model.assess("varm op")
    timings = []
    for text in texts:
        t0 = time.perf_counter()
        model.assess(text)
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    return statistics.median(timings), timings[int(len(timings) * 0.95) - 1], timings[-1]


def main() -> int:
    texts = [item["text"] for item in load_items()]
    from tests.eval.crisis_eval import load as load_crisis

    crisis_texts = texts + [i["text"] for i in load_crisis("dev")]
    c50, c95, cmax = crisis_layer_ms(crisis_texts)
    print(f"crisis layer over {len(crisis_texts)} texts: p50 {c50:.2f} ms, p95 {c95:.2f} ms, max {cmax:.2f} ms "
          f"(target p95 <= {TARGET_CRISIS_P95_MS} ms)")
    with tempfile.TemporaryDirectory() as tmp:
        stack = Stack(Path(tmp))
        started = time.monotonic()
        stack.start()
        print(f"stack healthy after {time.monotonic() - started:.1f} s")
        before = {name: rss_mb(p.pid) for name, p in stack.procs.items()}
        timings = []
        with httpx.Client(base_url=stack.api, timeout=60) as client:
            client.post("/api/route", json={"text": "hej"})
            for text in texts:
                t0 = time.perf_counter()
                client.post("/api/route", json={"text": text}).raise_for_status()
                timings.append((time.perf_counter() - t0) * 1000)
        after = {name: rss_mb(p.pid) for name, p in stack.procs.items()}
        stack.stop()
    timings.sort()
    p50, p95 = statistics.median(timings), timings[int(len(timings) * 0.95) - 1]
    print(f"POST /api/route over {len(timings)} texts: p50 {p50:.0f} ms, p95 {p95:.0f} ms (target p95 <= {TARGET_P95_MS} ms)")
    for name in before:
        print(f"RSS {name:8s} after start {before[name]:7.0f} MB, after run {after[name]:7.0f} MB")
    total = sum(after.values())
    print(f"RSS total {total:.0f} MB (target <= {TARGET_TOTAL_RSS_MB} MB)")
    ok = p95 <= TARGET_P95_MS and total <= TARGET_TOTAL_RSS_MB and c95 <= TARGET_CRISIS_P95_MS
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
