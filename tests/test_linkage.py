"""Average linkage over the pairs' similarities (briefgen/linkage.py): its floors for two groups
and for one item, its cohesion tests, and the groups alike enough to merge whatever their
cohesion."""

from briefgen.linkage import average_linkage


def test_one_item_joins_a_group_at_a_lower_floor_than_two_groups_merge():
    edges = {(0, 1): 0.5, (0, 2): 0.1, (1, 2): 0.1, (3, 4): 0.5, (0, 3): 0.1, (1, 4): 0.1}
    edges |= {(0, 4): 0.1, (1, 3): 0.1}
    assert sorted(average_linkage(5, edges, 0.12)) == [[0, 1], [2], [3, 4]]
    # item 2 joins the group {0, 1}; the groups {0, 1, 2} and {3, 4} (0.1 apart) stay two
    groups = sorted(sorted(g) for g in average_linkage(5, edges, 0.12, threshold_single=0.09))
    assert groups == [[0, 1, 2], [3, 4]]


def test_one_item_alike_to_each_of_a_tight_pair_joins_it():
    """Two outlets that wrote from one wire (0.8 alike) and a third report in its own words,
    0.2 alike to each: its 0.2 is under 0.36 x the pair's cohesion, yet each of its links
    would make a story of two; it joins at `each_alike`, not under it, and only a pair (a
    group of three measures its cohesion over three pairs), from another outlet."""

    def grouped(edges, n, **each):
        found = average_linkage(n, edges, 0.12, 0.7, 0.36, 0.09, None, **each)
        return sorted(sorted(g) for g in found)

    pair = {(0, 1): 0.8, (0, 2): 0.2, (1, 2): 0.2}
    assert grouped(pair, 3) == [[0, 1], [2]]
    assert grouped(pair, 3, each_alike=0.14) == [[0, 1, 2]]
    assert grouped(pair | {(1, 2): 0.13}, 3, each_alike=0.14) == [[0, 1], [2]]
    three = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.8, (0, 3): 0.2, (1, 3): 0.2, (2, 3): 0.2}
    assert grouped(three, 4, each_alike=0.14) == [[0, 1, 2], [3]]
    # nor one of the same outlet as either of the two (a glacier study by the outlet that
    # reported the derailment: three articles of one fictional country were alike enough)
    origins = ["Ledger", "Tribune", "Ledger"]
    assert grouped(pair, 3, each_alike=0.14, origins=origins) == [[0, 1], [2]]
    assert grouped(pair, 3, each_alike=0.14, origins=["Ledger", "Tribune", None]) == [[0, 1, 2]]


def test_two_groups_this_alike_merge_whatever_their_cohesion():
    """Four reports of one Iranian quake, in English, Arabic and Persian, 0.40 to 0.75
    alike: the two tightest pairs (0.71 and 0.75) were 0.4985 alike, under 0.7 x 0.714, and
    stayed two stories. At `surely` they merge; two stories of one airline (0.3) do not."""
    quake = {(0, 1): 0.714, (2, 3): 0.751, (0, 2): 0.581, (0, 3): 0.401, (1, 2): 0.533}
    quake[(1, 3)] = 0.479
    airline = {(0, 1): 0.7, (2, 3): 0.7, (0, 2): 0.3, (0, 3): 0.3, (1, 2): 0.3, (1, 3): 0.3}

    def grouped(edges, **sure):
        found = average_linkage(4, edges, 0.12, 0.7, 0.36, 0.09, None, **sure)
        return sorted(sorted(g) for g in found)

    assert grouped(quake) == [[0, 1], [2, 3]]
    assert grouped(quake, surely=0.45) == [[0, 1, 2, 3]]
    assert grouped(airline, surely=0.45) == [[0, 1], [2, 3]]


def test_groups_in_no_common_language_are_asked_less_cohesion():
    """Two Spanish reports of one court ruling, 0.6 alike by their words, and a Catalan one
    alike to them by its names and figures alone (0.17 and 0.19: under 0.36 x 0.6): at
    `across_languages` 0.7 of the cohesion asked it joins them; a third Spanish report as
    little alike stays apart, as do two groups of one language."""

    def grouped(edges, n, languages):
        found = average_linkage(
            n, edges, 0.12, 0.7, 0.36, 0.09, languages=languages, across_languages=0.7
        )
        return sorted(sorted(g) for g in found)

    pair = {(0, 1): 0.6, (0, 2): 0.17, (1, 2): 0.19}
    assert grouped(pair, 3, ["es", "es", "ca"]) == [[0, 1, 2]]
    assert grouped(pair, 3, ["es", "es", "es"]) == [[0, 1], [2]]
    assert sorted(sorted(g) for g in average_linkage(3, pair, 0.12, 0.7, 0.36, 0.09)) == [
        [0, 1],
        [2],
    ]
    # two pairs, each 0.6 within and 0.3 between (under 0.7 x 0.6, over 0.7 x 0.7 x 0.6)
    two = {(0, 1): 0.6, (2, 3): 0.6} | {(i, j): 0.3 for i in (0, 1) for j in (2, 3)}
    assert grouped(two, 4, ["ja", "ja", "zh", "zh"]) == [[0, 1, 2, 3]]
    assert grouped(two, 4, ["ja", "ja", "zh", "ja"]) == [[0, 1], [2, 3]]


def test_an_item_joins_a_group_holding_its_own_outlet_at_a_higher_share():
    """Three reports of a Lisbon airport strike, 0.6 alike, and one outlet's report of the
    metro strike that day, 0.203 alike to them on average: above 0.32 x 0.6 (0.192), under
    0.36 x 0.6 (0.216). A report from another outlet joins at the lower share; one whose
    outlet wrote a report of the group, and tells an event once a day, only at
    `relative_own` (blind-day-19)."""
    tight = {(0, 1): 0.6, (0, 2): 0.6, (1, 2): 0.6}

    def grouped(near, origins, **own):
        edges = tight | {(0, 3): near[0], (1, 3): near[1], (2, 3): near[2]}
        found = average_linkage(4, edges, 0.12, 0.7, 0.32, 0.09, None, origins=origins, **own)
        return sorted(sorted(g) for g in found)

    near = (0.21, 0.2, 0.2)  # 0.203: joins at 0.32 x 0.6 = 0.192, not at 0.36 x 0.6 = 0.216
    outlets = ["Tejo", "Wire", "Madrid", "Tejo"]
    assert grouped(near, outlets) == [[0, 1, 2, 3]]
    assert grouped(near, outlets, relative_own=0.36) == [[0, 1, 2], [3]]
    assert grouped(near, ["Tejo", "Wire", "Madrid", "Porto"], relative_own=0.36) == [[0, 1, 2, 3]]
    assert grouped(near, ["Tejo", "Wire", "Madrid", None], relative_own=0.36) == [[0, 1, 2, 3]]
