"""Load test: N concurrent conversations for a while against the whole stack, bounded.

    .venv/bin/python scripts/load.py [--conversations 50] [--seconds 300] [--url http://127.0.0.1:8000]

Without --url it starts its own stack on free loopback ports (evaluation/stack.py: Rasa, the
action server and the API, as `make run` starts them). Each conversation writes a
realistic message, answers the follow-up question with its first quick reply when there is
one, says whether it helped, and starts over with a new message; every turn is timed. A
run at one client address needs the per-client rate limit raised (the stack this script
starts does that; for an outside stack set RATE_PER_MINUTE). Writes docs/reliability.md:
turns, errors, p50/p95/p99 turn latency and memory of each server over time.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MESSAGES = [
    "min søn på 16 ryger hash hver dag", "jeg har mistet min lejlighed og sover hos venner",
    "min mor drikker for meget og jeg ved ikke hvad jeg skal gøre", "jeg er så ensom efter min mand døde",
    "borger 47 uden bolig, drikker, har gæld", "min kæreste slår mig når han er fuld",
    "hvordan får jeg hjælp til min gæld", "jeg er 15 og mine forældre skændes hele tiden",
    "I need help with my drinking", "pædagog: dreng 5 kommer ofte sulten i børnehave",
    "jeg hører stemmer og er bange", "hash", "min datter på 19 har spiseforstyrrelse",
]


def _rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KB (Linux /proc)."""
    total, todo = 0, [pid]
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().split(") ")[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    while todo:
        current = todo.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        todo.extend(children.get(current, []))
    return total


async def conversation(client: httpx.AsyncClient, url: str, stop_at: float, turns: list, errors: list,
                       seed: int, think: float) -> None:
    i = seed
    await asyncio.sleep(think * (seed % 10) / 10)      # people do not all start in the same second
    while time.monotonic() < stop_at:
        sender = uuid.uuid4().hex
        message = MESSAGES[i % len(MESSAGES)]
        i += 1
        for _ in range(3):
            started = time.monotonic()
            try:
                response = await client.post(f"{url}/api/chat", json={"sender": sender, "message": message})
                elapsed = time.monotonic() - started
                if response.status_code != 200:
                    errors.append(f"HTTP {response.status_code}")
                    break
                turns.append(elapsed)
                buttons = [b for m in response.json()["messages"] for b in (m.get("buttons") or [])]
            except httpx.HTTPError as exc:
                errors.append(type(exc).__name__)
                break
            if not buttons or time.monotonic() >= stop_at:
                break
            message = buttons[0]["payload"]
            await asyncio.sleep(think)                       # reading the answer, choosing a reply
        await asyncio.sleep(think)


async def run(url: str, conversations: int, seconds: float, pids: dict[str, int], think: float) -> dict:
    turns: list[float] = []
    errors: list[str] = []
    memory: list[tuple[float, dict[str, int]]] = []
    start = time.monotonic()
    stop_at = start + seconds
    limits = httpx.Limits(max_connections=conversations + 5)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        async def sample() -> None:
            while time.monotonic() < stop_at:
                memory.append((time.monotonic() - start, {name: _rss_kb(pid) for name, pid in pids.items()}))
                await asyncio.sleep(max(5.0, seconds / 10))

        await asyncio.gather(sample(), *(conversation(client, url, stop_at, turns, errors, n * 7, think)
                                         for n in range(conversations)))
    memory.append((time.monotonic() - start, {name: _rss_kb(pid) for name, pid in pids.items()}))
    return {"turns": turns, "errors": errors, "memory": memory, "seconds": time.monotonic() - start}


def report(result: dict, conversations: int, think: float) -> str:
    turns = sorted(result["turns"])

    def pct(p: float) -> float:
        return turns[min(len(turns) - 1, int(p * len(turns)))] * 1000 if turns else float("nan")

    lines = ["# Reliability: load test", "",
             f"Measured {time.strftime('%Y-%m-%d')} on this machine ({os.cpu_count()} cores) by "
             f"`scripts/load.py --conversations {conversations} --seconds {round(result['seconds'])} "
             f"--think {think:g}`: that many conversations at once, each writing a message, answering the "
             f"follow-up with its first quick reply, and starting over, {think:g} s between turns, through "
             "`POST /api/chat` (API → Rasa → action server → directory), on a stack started as `make run` "
             "starts it.", "",
             "| turns | errors | turns per second | p50 | p95 | p99 | max |", "|---|---|---|---|---|---|---|",
             f"| {len(turns)} | {len(result['errors'])} | {len(turns) / result['seconds']:.1f} | {pct(0.5):.0f} ms "
             f"| {pct(0.95):.0f} ms | {pct(0.99):.0f} ms | {max(turns) * 1000 if turns else 0:.0f} ms |", ""]
    if result["errors"]:
        kinds: dict[str, int] = {}
        for e in result["errors"]:
            kinds[e] = kinds.get(e, 0) + 1
        lines += ["Errors: " + ", ".join(f"{k} × {v}" for k, v in sorted(kinds.items())), ""]
    names = list(result["memory"][0][1]) if result["memory"] else []
    lines += ["Memory (RSS, MB) over the run:", "", "| second | " + " | ".join(names) + " | total |",
              "|---" * (len(names) + 2) + "|"]
    for at, sample in result["memory"]:
        mb = [sample[n] / 1024 for n in names]
        lines.append(f"| {at:.0f} | " + " | ".join(f"{m:.0f}" for m in mb) + f" | {sum(mb):.0f} |")
    if turns:
        lines += ["", f"Median turn {statistics.median(turns) * 1000:.0f} ms."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--think", type=float, default=0.0,
                        help="seconds a person takes between turns (0: each sends again at once)")
    parser.add_argument("--url")
    parser.add_argument("--out", default=str(ROOT / "docs" / "reliability-load.md"))
    args = parser.parse_args()
    if args.url:
        result = asyncio.run(run(args.url, args.conversations, args.seconds, {}, args.think))
    else:
        from evaluation.stack import Stack

        with tempfile.TemporaryDirectory() as tmp:
            stack = Stack(Path(tmp))
            stack.start()
            try:
                pids = {name: proc.pid for name, proc in stack.procs.items()}
                result = asyncio.run(run(stack.api, args.conversations, args.seconds, pids, args.think))
            finally:
                stack.stop()
    text = report(result, args.conversations, args.think)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
