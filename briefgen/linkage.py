"""Average-linkage clustering over a sparse similarity graph (a missing pair counts as 0)."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping


def average_linkage(
    n: int,
    edges: Mapping[tuple[int, int], float],
    threshold: float,
    relative: float = 0.0,
    relative_single: float = 0.0,
    threshold_single: float | None = None,
) -> list[list[int]]:
    """Groups of the items 0..n-1: starting from one group per item, merge the pair of groups
    with the highest average item similarity while it is at least `threshold`.

    `edges` maps item pairs (i < j) to their similarity. Each group keeps the sum of its
    similarities to each neighbouring group, so a merge costs the size of its neighbourhood;
    heap entries of groups merged since are skipped when popped, not searched for.

    Cohesion (the average similarity within a group) can also be asked for: two groups of two
    items or more merge only when their average is at least `relative` times the cohesion of
    the looser one (two tight groups far less alike than each is within are two groups), and
    one item joins a group only at `relative_single` times the group's cohesion.

    `threshold_single` (default `threshold`) is the floor for one item joining a group of
    two or more: a story's weakly worded outlet joins it, two stories stay apart.
    """
    single = threshold if threshold_single is None else threshold_single
    members = {i: [i] for i in range(n)}
    inside = dict.fromkeys(range(n), 0.0)  # sum of the similarities within each group
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), sim in edges.items():
        if i != j:
            sums[i][j] = sums[i].get(j, 0.0) + sim
            sums[j][i] = sums[j].get(i, 0.0) + sim

    heap: list[tuple[float, int, int]] = []

    def floor(a: int, b: int) -> float:
        return single if (len(members[a]) == 1) != (len(members[b]) == 1) else threshold

    def push(a: int, b: int) -> None:
        average = sums[a][b] / (len(members[a]) * len(members[b]))
        if average >= min(threshold, single):
            heapq.heappush(heap, (-average, min(a, b), max(a, b)))

    def cohesion(g: int) -> float:
        size = len(members[g])
        return inside[g] / (size * (size - 1) / 2) if size > 1 else 0.0

    def cohesive(a: int, b: int, average: float) -> bool:
        if len(members[a]) == 1 or len(members[b]) == 1:
            return average >= relative_single * max(cohesion(a), cohesion(b))
        return average >= relative * min(cohesion(a), cohesion(b))

    for a, neighbours in sums.items():
        for b in neighbours:
            if a < b:
                push(a, b)
    next_id = len(members)
    while heap:
        average, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was merged since this entry was pushed
        if -average < floor(a, b):
            continue  # two single items, or two groups, below `threshold`: asked again later
        if not cohesive(a, b, -average):
            continue  # asked again if either side grows
        merged, next_id = next_id, next_id + 1
        inside[merged] = inside.pop(a) + inside.pop(b) + sums[a][b]
        members[merged] = members.pop(a) + members.pop(b)
        around = sums.pop(a)
        for other, sim in sums.pop(b).items():
            around[other] = around.get(other, 0.0) + sim
        around.pop(a, None)
        around.pop(b, None)
        sums[merged] = around
        for other, sim in around.items():
            sums[other].pop(a, None)
            sums[other].pop(b, None)
            sums[other][merged] = sim
            push(merged, other)
    return list(members.values())
