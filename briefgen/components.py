"""Things tied in pairs, in groups: each with everything a chain of pairs ties it to (the
connected components a union-find builds). One name's forms in a batch (inflection.py), one
storm's names (storms.aliased)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def components(pairs: Iterable[tuple[T, T]]) -> dict[T, frozenset[T]]:
    """Each thing a pair names -> its group: itself and all a chain of pairs ties it to."""
    parent: dict[T, T] = {}

    def root(thing: T) -> T:
        parent.setdefault(thing, thing)
        while parent[thing] != thing:
            parent[thing] = parent[parent[thing]]
            thing = parent[thing]
        return thing

    for one, other in pairs:
        parent[root(one)] = root(other)
    groups: dict[T, set[T]] = {}
    for thing in parent:
        groups.setdefault(root(thing), set()).add(thing)
    return {thing: frozenset(groups[root(thing)]) for thing in parent}
