"""Units change over time (DOMAIN.md §2): which unit stood for another on a given date."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def standing_on(start: int, is_valid: Callable[[int], bool], neighbours: Callable[[int], Iterable[int]]) -> int:
    """The unit nearest to ``start`` through predecessor/successor links that ``is_valid`` accepts
    (itself first), breadth-first with neighbours in id order; ``start`` when none is."""
    if is_valid(start):
        return start
    seen, frontier = {start}, [start]
    while frontier:
        nxt = []
        for uid in frontier:
            for other in sorted(neighbours(uid)):
                if other in seen:
                    continue
                seen.add(other)
                if is_valid(other):
                    return other
                nxt.append(other)
        frontier = nxt
    return start
