"""Average-linkage clustering over a sparse similarity graph (a missing pair counts as 0)."""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from typing import Any


def average_linkage(
    n: int,
    edges: Mapping[tuple[int, int], float],
    threshold: float,
    relative: float = 0.0,
    relative_single: float = 0.0,
    threshold_single: float | None = None,
    kinds: Sequence[Hashable] | None = None,
    each_alike: float | None = None,
    origins: Sequence[Hashable | None] | None = None,
    surely: float | None = None,
    languages: Sequence[Hashable] | None = None,
    across_languages: float = 1.0,
    relative_own: float | None = None,
) -> list[list[int]]:
    """Groups of the items 0..n-1: starting from one group per item, merge the pair of groups
    with the highest average item similarity while it is at least `threshold`.

    `edges` maps item pairs (i < j) to their similarity. Each group keeps the sum of its
    similarities to each neighbouring group, so a merge costs the size of its neighbourhood;
    heap entries of groups merged since are skipped when popped, not searched for.

    Cohesion (the average similarity within a group) can also be asked for: two groups of two
    items or more merge only when their average is at least `relative` times the cohesion of
    the looser one (two tight groups far less alike than each is within are two groups), and
    one item joins a group only at `relative_single` times the group's cohesion, or, when
    `each_alike` is given, when it is alike to each item of a group of two at that: a pair's
    cohesion is one similarity, and two outlets that wrote from one wire are far more alike
    than a third report in its own words, which would make a group with either of them. Not
    an item of the same origin (`origins`, each item's or None) as either of the two: one
    outlet's two reports of a day tell two events more often than one; for the same reason
    one item joins a group that holds an item of its origin only at `relative_own` (default
    `relative_single`) times the group's cohesion.

    Two groups whose average over every pair reaches `surely` merge whatever their cohesion:
    four reports of one quake at 0.4 to 0.75 each are one story, though two of them are
    closer to each other than to the other two.

    `threshold_single` (default `threshold`) is the floor for one item joining a group of
    two or more: a story's weakly worded outlet joins it, two stories stay apart.

    `kinds` (each item's, e.g. the script it is written in) marks pairs that may not be
    comparable: in the cohesion tests, a pair of two kinds at similarity 0 is not counted,
    being unknown rather than unlike. The thresholds count every pair.

    Two groups with no language in common (`languages`, each item's) are asked
    `across_languages` times that cohesion (`relative`, `relative_single`): reports in two
    languages meet by their names and figures alone, two in one language by their words too,
    and a group's cohesion is mostly of the latter.
    """
    single = threshold if threshold_single is None else threshold_single
    members = {i: [i] for i in range(n)}
    inside = dict.fromkeys(range(n), 0.0)  # sum of the similarities within each group
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    # of each group, its items' kinds; pairs of two kinds found alike, within and between groups
    kinds = kinds if kinds is not None else [None] * n
    mix = {i: Counter([kinds[i]]) for i in range(n)}
    alike_inside = dict.fromkeys(range(n), 0)
    spoken = {i: {languages[i] if languages is not None else None} for i in range(n)}
    alike: dict[int, dict[int, int]] = defaultdict(dict)
    for (i, j), sim in edges.items():
        if i != j:
            sums[i][j] = sums[i].get(j, 0.0) + sim
            sums[j][i] = sums[j].get(i, 0.0) + sim
            if sim > 0 and kinds[i] != kinds[j]:
                alike[i][j] = alike[j][i] = alike[i].get(j, 0) + 1

    heap: list[tuple[float, int, int]] = []

    def floor(a: int, b: int) -> float:
        return single if (len(members[a]) == 1) != (len(members[b]) == 1) else threshold

    def push(a: int, b: int) -> None:
        average = sums[a][b] / (len(members[a]) * len(members[b]))
        if average >= min(threshold, single):
            heapq.heappush(heap, (-average, min(a, b), max(a, b)))

    def counted(a: int, b: int) -> int:
        """The pairs between two groups that the cohesion tests count."""
        return sum(c * mix[b][k] for k, c in mix[a].items()) + alike[a].get(b, 0)

    def cohesion(g: int) -> float:
        pairs = sum(c * (c - 1) // 2 for c in mix[g].values()) + alike_inside[g]
        return inside[g] / pairs if pairs else 0.0

    def each_pair_alike(a: int, b: int) -> bool:
        """Whether every item of one group is alike to every item of the other at
        `each_alike`, and of another origin."""
        return all(
            edges.get((min(i, j), max(i, j)), 0.0) >= each_alike
            and (origins is None or origins[i] is None or origins[i] != origins[j])
            for i in members[a]
            for j in members[b]
        )

    def of_one_origin(a: int, b: int) -> bool:
        """Whether the one item of a or b has the origin of an item of the other group."""
        (item,), group = (
            (members[a], members[b]) if len(members[a]) == 1 else (members[b], members[a])
        )
        mine = origins[item] if origins is not None else None
        return mine is not None and any(origins[i] == mine for i in group)

    def cohesive(a: int, b: int) -> bool:
        if surely is not None and sums[a][b] / (len(members[a]) * len(members[b])) >= surely:
            return True
        average = sums[a][b] / counted(a, b)
        share = 1.0 if spoken[a] & spoken[b] else across_languages
        if len(members[a]) == 1 or len(members[b]) == 1:
            pair = len(members[a]) + len(members[b]) == 3
            if each_alike is not None and pair and each_pair_alike(a, b):
                return True
            own = relative_own is not None and of_one_origin(a, b)
            ratio = relative_own if own else relative_single
            return average >= share * ratio * max(cohesion(a), cohesion(b))
        return average >= share * relative * min(cohesion(a), cohesion(b))

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
        if not cohesive(a, b):
            continue  # asked again if either side grows
        merged, next_id = next_id, next_id + 1
        inside[merged] = inside.pop(a) + inside.pop(b) + sums[a][b]
        alike_inside[merged] = alike_inside.pop(a) + alike_inside.pop(b) + alike[a].get(b, 0)
        members[merged] = members.pop(a) + members.pop(b)
        mix[merged] = mix.pop(a) + mix.pop(b)
        spoken[merged] = spoken.pop(a) | spoken.pop(b)
        _merge_rows(alike, a, b, merged)
        for other in _merge_rows(sums, a, b, merged):
            push(merged, other)
    return list(members.values())


def _merge_rows(table: dict[int, dict[int, Any]], a: int, b: int, merged: int) -> list[int]:
    """Sum the rows (and columns) of groups a and b of a symmetric table of group pairs
    into one of `merged`; returns the groups in that row."""
    around = table.pop(a, {})
    for other, value in table.pop(b, {}).items():
        around[other] = around.get(other, 0) + value
    around.pop(a, None)
    around.pop(b, None)
    table[merged] = around
    for other, value in around.items():
        table[other].pop(a, None)
        table[other].pop(b, None)
        table[other][merged] = value
    return list(around)
