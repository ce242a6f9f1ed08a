"""Benchmarks: `make bench` runs every ``bench_*.py`` module here.

Each module defines ``run(bench: Bench) -> None`` and calls ``bench.report(...)`` for every figure,
always beside a baseline measured in the same run (never a number from another day or machine).
"""
