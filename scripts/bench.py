"""`make bench`: Vejviser's speed, footprint and scale, side by side in one run.

Starts a stack of its own on free loopback ports (as `make run` starts it: Rasa, the action
server, the API; a running `make run` is left alone) and writes `docs/benchmarks.md` and
`docs/benchmarks.png`:

1. latency of the bare NLU parse (Rasa's /model/parse), `/api/route` and a whole chat turn
   (`/api/chat`: API → Rasa → action server → directory), p50/p95/p99 for one client and
   for 20 at once, requests per second at 20, each as a ratio to the bare parse;
2. `/api/route` with the real directory and with synthetic ones of 1,000 and 5,000 services
   (scripts/synthetic_directory.py, temporary databases, an API process each);
3. memory of each server after start and after the load, the stack's cold start, training
   time and model size (a training run of its own into a temporary folder);
4. the crisis layer alone, and the understanding table of `make eval` (Vejviser against
   TF-IDF + LR and BM25 on the real-language corpus), from the same run.

Latency figures are medians of `ROUNDS` rounds. Targets are reported, met or with the gap:
speed is measured here, never asserted in a test.
"""
from __future__ import annotations

import asyncio
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from evaluation.evaluate import load_items  # noqa: E402
from evaluation.stack import RASA, Stack, free_port, wait_healthy  # noqa: E402
from scripts.synthetic_directory import generate  # noqa: E402

ROUNDS = 3
TEXTS = 60                  # messages per one-client run (the routing development set's first)
CONCURRENT = 20
PER_WORKER = 6              # requests each of the 20 sends per round
SIZES = (1000, 5000)
OUT = ROOT / "docs" / "benchmarks.md"
CHART = ROOT / "docs" / "benchmarks.png"
TARGETS = {"chat_p95_20": 150.0, "chat_per_s": 40.0, "route_p95_1": 50.0, "route_p95_5000": 50.0,
           "rss_mb": 2048.0, "cold_start_s": 45.0, "training_s": 300.0, "crisis_p95_ms": 5.0}


@dataclass
class Latency:
    p50: float
    p95: float
    p99: float
    per_s: float | None = None

    @classmethod
    def of(cls, ms: list[float], seconds: float | None = None) -> Latency:
        ms = sorted(ms)

        def pct(p: float) -> float:
            return ms[min(len(ms) - 1, int(p * len(ms)))]
        return cls(statistics.median(ms), pct(0.95), pct(0.99), len(ms) / seconds if seconds else None)

    @classmethod
    def median(cls, runs: list[Latency]) -> Latency:
        per_s = [r.per_s for r in runs if r.per_s is not None]
        return cls(statistics.median(r.p50 for r in runs), statistics.median(r.p95 for r in runs),
                   statistics.median(r.p99 for r in runs), statistics.median(per_s) if per_s else None)


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (from /proc)."""
    pids, total = [pid], 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().split()
            if int(fields[3]) == pid:
                pids.append(int(fields[0]))
        except (OSError, ValueError, IndexError):
            continue
    for p in pids:
        try:
            total += next(int(line.split()[1]) for line in Path(f"/proc/{p}/status").read_text().splitlines()
                          if line.startswith("VmRSS:"))
        except (OSError, StopIteration):
            continue
    return total / 1024


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    mem = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
               if line.startswith("MemTotal:"))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "?"
    return (f"{cpu}, {os.cpu_count()} cores, {mem / 1024 / 1024:.0f} GiB; Python {platform.python_version()}; "
            f"{time.strftime('%Y-%m-%d %H:%M')} UTC; commit {commit}")


# --- requests ------------------------------------------------------------------------------
def _request(kind: str, stack: Stack, text: str) -> tuple[str, dict, dict]:
    if kind == "parse":
        return f"{stack.rasa}/model/parse", {"text": text}, {"token": stack.rasa_token}
    if kind == "route":
        return f"{stack.api}/api/route", {"text": text}, {}
    return f"{stack.api}/api/chat", {"sender": uuid.uuid4().hex, "message": text}, {}


def one_client(kind: str, stack: Stack, texts: list[str]) -> Latency:
    timings = []
    with httpx.Client(timeout=60) as client:
        for text in texts:
            url, body, params = _request(kind, stack, text)
            t0 = time.perf_counter()
            client.post(url, json=body, params=params).raise_for_status()
            timings.append((time.perf_counter() - t0) * 1000)
    return Latency.of(timings)


def many_clients(kind: str, stack: Stack, texts: list[str]) -> Latency:
    async def run() -> Latency:
        timings: list[float] = []
        limits = httpx.Limits(max_connections=CONCURRENT)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            async def worker(n: int) -> None:
                for i in range(PER_WORKER):
                    url, body, params = _request(kind, stack, texts[(n * PER_WORKER + i) % len(texts)])
                    t0 = time.perf_counter()
                    (await client.post(url, json=body, params=params)).raise_for_status()
                    timings.append((time.perf_counter() - t0) * 1000)
            started = time.perf_counter()
            await asyncio.gather(*(worker(n) for n in range(CONCURRENT)))
            return Latency.of(timings, time.perf_counter() - started)
    return asyncio.run(run())


def route_at(api: str, texts: list[str]) -> Latency:
    with httpx.Client(base_url=api, timeout=60) as client:
        client.post("/api/route", json={"text": "varm op"}).raise_for_status()      # the directory is read
        timings = []
        for text in texts:
            t0 = time.perf_counter()
            client.post("/api/route", json={"text": text}).raise_for_status()
            timings.append((time.perf_counter() - t0) * 1000)
    return Latency.of(timings)


# --- parts ---------------------------------------------------------------------------------
def training(tmp: Path) -> tuple[float, float, float]:
    """Seconds, peak RSS (MB) and model size (MB) of a training run of its own (`--force`:
    every component trained anew, none taken from Rasa's training cache)."""
    started = time.monotonic()
    subprocess.run([str(RASA), "train", "--force", "--fixed-model-name", "bench", "--out", str(tmp / "models")],
                   cwd=ROOT,
                   check=True, capture_output=True, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"})
    seconds = time.monotonic() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak, (tmp / "models" / "bench.tar.gz").stat().st_size / 1e6


def crisis_layer(texts: list[str]) -> Latency:
    from api.settings import get_api_settings
    from danish_text.crisis_model import load_model

    model = load_model(str(get_api_settings().crisis_model))
    model.assess("varm op")
    timings = []
    for text in texts:
        t0 = time.perf_counter()
        model.assess(text)
        timings.append((time.perf_counter() - t0) * 1000)
    return Latency.of(timings)


def scale(stack: Stack, tmp: Path, texts: list[str]) -> dict[int, Latency]:
    """/api/route p50/p95 for each synthetic directory size, an API process each."""
    out = {}
    for size in SIZES:
        url = f"sqlite:///{tmp / f'directory-{size}.db'}"
        generate(url, size)
        port = free_port()
        with open(tmp / f"api-{size}.log", "w") as log:
            proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "api.main:app", "--host", "127.0.0.1",
                                     "--port", str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                    env={**stack.env, "DATABASE_URL": url})
        try:
            api = f"http://127.0.0.1:{port}"
            wait_healthy(api, {f"api-{size}": proc}, tmp, seconds=120)
            out[size] = Latency.median([route_at(api, texts) for _ in range(ROUNDS)])
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    return out


def quality(stack: Stack) -> str:
    from bot.corpus import load_corpus
    from directory.db import get_engine, session_scope
    from evaluation import baselines, understanding

    corpus = load_corpus()
    sets = {f"{kind}/{split}": items for kind, splits in corpus.items() for split, items in splits.items()
            if split != "train" and items}
    with httpx.Client(base_url=stack.api, timeout=60) as client, \
            session_scope(get_engine(stack.env["DATABASE_URL"])) as session:
        systems = {"vejviser": lambda text: client.post("/api/route", json={"text": text}).json(),
                   "tfidf+lr": baselines.tfidf_lr(session), "bm25": baselines.bm25(session)}
        return understanding.run(systems, sets).text(list(systems), list(sets))


# --- the page ------------------------------------------------------------------------------
def chart(lat: dict[str, dict[str, Latency]], real: Latency, n_real: int, sizes: dict[int, Latency]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    kinds = ["parse", "route", "chat"]
    width = 0.2
    for j, (clients, label) in enumerate((("1", "1 client"), ("20", "20 at once"))):
        for k, pct in enumerate(("p50", "p95")):
            x = [i + (j * 2 + k - 1.5) * width for i in range(len(kinds))]
            left.bar(x, [getattr(lat[kind][clients], pct) for kind in kinds], width, label=f"{label}, {pct}")
    left.set_xticks(range(len(kinds)), ["NLU parse", "/api/route", "chat turn"])
    left.set_ylabel("ms")
    left.set_title("Latency")
    left.legend(fontsize=8)
    xs = [n_real, *sizes]
    right.plot(xs, [real.p95, *(sizes[s].p95 for s in sizes)], marker="o", label="p95")
    right.plot(xs, [real.p50, *(sizes[s].p50 for s in sizes)], marker="o", label="p50")
    right.axhline(TARGETS["route_p95_5000"], color="grey", linestyle="--", label="target p95")
    right.set_xlabel("services in the directory")
    right.set_ylabel("ms")
    right.set_title("/api/route, one client")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(CHART, dpi=110)


def verdict(value: float, target: float, higher_is_better: bool = False) -> str:
    ok = value >= target if higher_is_better else value <= target
    if ok:
        return "met"
    gap = target - value if higher_is_better else value - target
    return f"**missed by {gap:.0f}**" if gap >= 1 else f"**missed by {gap:.2f}**"


def page(figures: dict) -> str:
    lat, base = figures["latency"], figures["latency"]["parse"]["1"].p50
    lines = ["# Benchmarks", "", f"Measured by `make bench` (scripts/bench.py) on {figures['machine']}.",
             f"Latency figures are medians of {ROUNDS} rounds; one client sends {TEXTS} messages of the routing "
             f"development set one after another, {CONCURRENT} clients send {PER_WORKER} each at once. Every "
             "figure on this page comes from the same run.", "", "![latency and scale](benchmarks.png)", "",
             "## Latency", "", "| what | clients | p50 | p95 | p99 | per second | p50 ÷ bare parse p50 |",
             "|---|---|---|---|---|---|---|"]
    names = {"parse": "NLU parse (Rasa /model/parse)", "route": "`/api/route`",
             "chat": "chat turn (`/api/chat`: API → Rasa → actions → directory)"}
    for kind in ("parse", "route", "chat"):
        for clients in ("1", "20"):
            r = lat[kind][clients]
            lines.append(f"| {names[kind]} | {clients} | {r.p50:.1f} ms | {r.p95:.1f} ms | {r.p99:.1f} ms | "
                         f"{f'{r.per_s:.1f}' if r.per_s else '–'} | {r.p50 / base:.1f} |")
    c = figures["crisis"]
    lines += ["", f"The crisis layer alone (the same code in Rasa and the API's fallback): p50 {c.p50:.2f} ms, "
              f"p95 {c.p95:.2f} ms, p99 {c.p99:.2f} ms over {figures['crisis_n']} messages.", "",
              "## Scale: `/api/route` and the directory's size", "",
              "| services | p50 | p95 | p99 |", "|---|---|---|---|"]
    real, sizes = figures["route_real"], figures["sizes"]
    lines.append(f"| {figures['n_real']} (the real directory) | {real.p50:.1f} ms | {real.p95:.1f} ms | "
                 f"{real.p99:.1f} ms |")
    for size, r in sizes.items():
        lines.append(f"| {size:,} (synthetic) | {r.p50:.1f} ms | {r.p95:.1f} ms | {r.p99:.1f} ms |")
    biggest = max(sizes)
    per_service = (sizes[biggest].p95 - real.p95) / (biggest - figures["n_real"]) * 1000
    lines += ["", f"Cost per extra service: {per_service:.1f} µs at p95 (from {figures['n_real']} to "
              f"{biggest:,} services).", "", "## Footprint", "", "| server | RSS after start | RSS after the load |",
              "|---|---|---|"]
    for name, before in figures["rss_start"].items():
        lines.append(f"| {name} | {before:.0f} MB | {figures['rss_after'][name]:.0f} MB |")
    total = sum(figures["rss_after"].values())
    t_s, t_rss, t_mb = figures["training"]
    lines += [f"| **the stack** | {sum(figures['rss_start'].values()):.0f} MB | {total:.0f} MB |", "",
              f"Cold start of the stack with a trained model (three servers to a healthy `/api/health`): "
              f"{figures['cold_start']:.1f} s. Training (`rasa train`, every head and the crisis weights' reader): "
              f"{t_s:.0f} s, peak RSS {t_rss:.0f} MB; the model is {t_mb:.1f} MB.", "", "## Targets", "",
              "| target | measured | |", "|---|---|---|"]
    checks = [
        ("chat turn p95 at 20 at once ≤ 150 ms", f"{lat['chat']['20'].p95:.0f} ms",
         verdict(lat["chat"]["20"].p95, TARGETS["chat_p95_20"])),
        ("chat turns per second at 20 at once ≥ 40", f"{lat['chat']['20'].per_s:.1f}",
         verdict(lat["chat"]["20"].per_s or 0, TARGETS["chat_per_s"], higher_is_better=True)),
        ("`/api/route` p95, one client ≤ 50 ms", f"{lat['route']['1'].p95:.1f} ms",
         verdict(lat["route"]["1"].p95, TARGETS["route_p95_1"])),
        (f"`/api/route` p95 with {biggest:,} services ≤ 50 ms", f"{sizes[biggest].p95:.1f} ms",
         verdict(sizes[biggest].p95, TARGETS["route_p95_5000"])),
        ("whole stack RSS ≤ 2 GB", f"{total:.0f} MB", verdict(total, TARGETS["rss_mb"])),
        ("cold start ≤ 45 s", f"{figures['cold_start']:.1f} s",
         verdict(figures["cold_start"], TARGETS["cold_start_s"])),
        ("training ≤ 5 min", f"{t_s:.0f} s", verdict(t_s, TARGETS["training_s"])),
        ("crisis layer p95 ≤ 5 ms", f"{c.p95:.2f} ms", verdict(c.p95, TARGETS["crisis_p95_ms"])),
    ]
    lines += [f"| {a} | {b} | {v} |" for a, b, v in checks]
    lines += ["", "At 20 at once every request waits for the ones before it on two cores: a p95 there is about "
              "20 ÷ (requests per second) plus one request's own time, so a p95 target at 20 clients is a "
              "throughput target in disguise. Scale: the router keeps the directory in memory between "
              "requests (`directory/snapshot.py`) and sets aside, once per message, the services that cannot be "
              "a door for it; what grows with the directory is the ranking of the rest, done once per possible "
              "answer to a follow-up question."]
    lines += ["", "## Quality (the `make eval` understanding table, same run)", "",
              "Pass rate, first topic, audience and age on the real-language corpus' dev and test splits, as "
              "written, folded (æ→ae) and stripped (æ→a): Vejviser, TF-IDF + logistic regression trained on the "
              "same examples (mapped to doors by the same router), and BM25 over the directory.", "", "```",
              figures["quality"], "```", ""]
    return "\n".join(lines)


def main() -> int:
    texts = [item["text"] for item in load_items()][:TEXTS]
    crisis_texts = [item["text"] for item in load_items()]
    figures: dict = {"machine": machine(), "crisis_n": len(crisis_texts)}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        print("training a model of its own ...", flush=True)
        figures["training"] = training(tmp)
        figures["crisis"] = crisis_layer(crisis_texts)
        stack = Stack(tmp / "stack")
        (tmp / "stack").mkdir()
        started = time.monotonic()
        stack.start()
        figures["cold_start"] = time.monotonic() - started
        figures["rss_start"] = {name: rss_mb(p.pid) for name, p in stack.procs.items()}
        try:
            print("latency ...", flush=True)
            for kind in ("parse", "route", "chat"):
                one_client(kind, stack, texts[:5])                              # warm up
            figures["latency"] = {kind: {
                "1": Latency.median([one_client(kind, stack, texts) for _ in range(ROUNDS)]),
                "20": Latency.median([many_clients(kind, stack, texts) for _ in range(ROUNDS)])}
                for kind in ("parse", "route", "chat")}
            figures["rss_after"] = {name: rss_mb(p.pid) for name, p in stack.procs.items()}
            print("scale ...", flush=True)
            figures["route_real"] = figures["latency"]["route"]["1"]
            figures["n_real"] = int(httpx.get(f"{stack.api}/api/services", timeout=30).json()["total"])
            figures["sizes"] = scale(stack, tmp, texts)
            print("quality ...", flush=True)
            figures["quality"] = quality(stack)
        finally:
            stack.stop()
    chart(figures["latency"], figures["route_real"], figures["n_real"], figures["sizes"])
    text = page(figures)
    OUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
