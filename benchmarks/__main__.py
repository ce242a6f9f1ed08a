"""`python -m benchmarks [NAME ...]`: run all (or the named) benchmark modules."""

from __future__ import annotations

import importlib
import pkgutil
import sys
import time
from pathlib import Path

from benchmarks.harness import Bench


def main(argv: list[str]) -> int:
    here = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))
    wanted = [n if n.startswith("bench_") else f"bench_{n}" for n in argv]
    bench = Bench()
    for name in names:
        if wanted and name not in wanted:
            continue
        mod = importlib.import_module(f"benchmarks.{name}")
        print(f"== {name}: {(mod.__doc__ or '').strip().splitlines()[0] if mod.__doc__ else ''}", flush=True)
        t0 = time.perf_counter()
        mod.run(bench)
        print(f"   ({time.perf_counter() - t0:.1f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
