"""Tiny harness shared by the benchmark modules (no timing assertions: figures are printed)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """Best wall time of ``repeat`` calls, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def percentiles(samples: list[float]) -> tuple[float, float]:
    """(p50, p95) of a list of seconds."""
    ordered = sorted(samples)
    p50 = statistics.median(ordered)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return p50, p95


@dataclass
class Bench:
    rows: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def report(self, name: str, value: float, baseline_name: str, baseline: float,
               target: str = "", unit: str = "s") -> None:
        """Print one figure beside its baseline (both measured in this run)."""
        fmt = (lambda v: f"{v * 1000:.1f} ms") if unit == "s" and value < 1 else (lambda v: f"{v:.2f} {unit}")
        ratio = f"{baseline / value:.1f}× baseline" if value > 0 and baseline > 0 else ""
        row = (name, fmt(value), f"{baseline_name}: {fmt(baseline)}", ratio, target)
        self.rows.append(row)
        print(f"  {row[0]:<44} {row[1]:>12}   [{row[2]}]  {row[3]}  {('target ' + target) if target else ''}",
              flush=True)
