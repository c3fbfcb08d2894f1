"""Drop duplicate articles (same URL, same text, syndicated copies) and group the rest into
ranked stories."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import numpy as np

from briefgen.across import CASED, across, unlike_in_words, writers
from briefgen.candidates import candidate_pairs
from briefgen.cosines import cosines_from, pair_cosines
from briefgen.cuts import conflicting_figures, elsewhere, one_storm, other_happenings, storm_places
from briefgen.linkage import average_linkage
from briefgen.models import Article, Story
from briefgen.near_dupes import adds_sentences, earlier_candidates, jaccard, shingles, signatures
from briefgen.novelty import signature
from briefgen.roundups import without_roundups
from briefgen.salience import Profile
from briefgen.salience import profiles as salience_profiles
from briefgen.stories import story_of, with_names
from briefgen.storms import aliased, numbered
from briefgen.vectors import Vector, rowwise_dot, sparse_rows, unit
from briefgen.wraps import without_wraps

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefgen.judge import Judge

NEAR_DUPLICATE = 0.6  # Jaccard of word 5-shingles: a syndicated or lightly edited copy
OWN_SHINGLES = 8  # fewer new shingles than a new sentence of 8 words makes: no news of its own
SAME_STORY = 0.12  # average similarity of two groups of articles (see cluster) ...
JOINS_STORY = 0.09  # ... and of one article to a story of two or more, which it then joins
COHESION = 0.7  # two groups merge at this share of the looser one's cohesion at least ...
# ... and one article joins a group at this share of its cohesion (0.36 before the
# forty-seventh session: over 75 corpora, 0.33 found 21 more right pairs and no wrong one
# with COHESION_OWN_OUTLET; 0.32 found 37, but let a glacier study join a central bank's
# three reports in a batch of six that all name their country: tests/test_novelty.py) ...
COHESION_SINGLE = 0.33
# ... or at this share, when a report of its own outlet is in the group: an outlet tells an
# event once a day, and its second report of a day tells another event more often (SAME_OUTLET)
COHESION_OWN_OUTLET = 0.36
SURELY = 0.4  # ... and groups this alike on average are one story whatever their cohesion
# ... and two groups in no common language at this share of them (linkage.average_linkage)
ACROSS_LANGUAGES = 0.7
# ... or joins a group of two when alike to each of the two at this, from another outlet: a
# pair written from one wire is too tight for a third report in its own words (0.12, the
# pair threshold, let a K-pop tour join a summit by Seoul and Tokyo at 0.135 each). Words
# alone: embeddings' votes lift such reports already, and with them it joined two events of
# blind-day-5 (benchmarks/README.md)
EACH_ALIKE = 0.14
NAMES_SHARE = 0.5  # weight of the names-and-figures cosine (the rest: content words)
CONFLICT = 0.3  # a pair's similarity is cut to this when their key figures conflict, and
# (again) when their leads are in different places: 292 pairs of two events had both
# ... and to this when they tell different kinds of event (cuts.other_happenings): 0.1 to 0.3
# give the same figures on every corpus; 0.2 parts a carmaker's results and its recall alone
# in a batch, whose names in common make them 0.45 alike
OTHER_HAPPENING = 0.2
# ... and to this when only one of the two names the other's kind (a recall report that
# recalls the results, and the results report): sparse days' precision 0.727 -> 0.744 (a
# carmaker's recall and results, an airline's strike and jet order alone in a half), own
# days' recall 0.885 -> 0.884; 0.5 gave 0.747 and 0.881 (benchmarks/README.md)
ONE_WAY = 0.7
# ... and to this when one outlet wrote both: an outlet tells an event once a day (its
# updates are copies, folded by dedupe), two of its reports are two events more often
SAME_OUTLET = 0.5
MINOR_OUTLET = 0.5  # ... unless the outlet wrote this share of the batch or more
# Two reports whose leads name one storm (storms.py) and that name a place in common, or give
# one typhoon's number (or a name another lead gives that number), are this
# alike at least, whatever their places, figures or kinds of event: a Danish report of
# ferries stopped by Norway's storm and the Norwegian one of its warning share little else
# (measured on 72 corpora: 4342 -> 4373 right pairs, 77 wrong before and after; 0.25 fewer
# right pairs; typhoons' numbers, on 73: 4468 -> 4477, 77 wrong: benchmarks/README.md)
STORM = SURELY
HOURS_APART = 24  # similarity is halved for articles published this many hours apart
NAME_TF = 0.5  # how much a name's repetition adds (a name said five times is not five names)
PRIOR_DOCS = 5  # idf smoothing, so a small single-story batch still groups
# With embeddings (cosines of vectors centred on what all news shares, see
# embeddings.Embedded.centred): two articles in different languages are one story from this
# cosine, and two in one language gain VOTE x (cosine - VOTE_FROM) beside their words'
# similarity, when that is positive (measured with multilingual-e5-small and the test
# server's vectors: benchmarks/bench_embeddings.py, bench_cluster.py)
CROSS_LINGUAL = 0.25
VOTE = 0.4
VOTE_FROM = 0.15


@dataclass
class Deduped:
    """Distinct articles, earliest first, and the copies folded into them."""

    articles: list[Article]
    duplicates: dict[str, list[Article]] = field(default_factory=dict)  # kept url -> its copies

    @property
    def dropped(self) -> int:
        return sum(len(c) for c in self.duplicates.values())


def dedupe(articles: list[Article]) -> Deduped:
    """Keep the earliest article of each group of identical or near-identical ones; a near
    copy that adds a sentence of its own is kept too (near_dupes.adds_sentences). Of two
    published at one time the shorter comes first: a syndicated copy keeps the original's
    time and adds to it, and the original keeps its credit. But of the versions of one
    address, the latest: a wire updates its story in place (nu35 r11: the 07:10 version,
    "kills three", came through an aggregator's feed and hid the 15:40 one, "toll rises to
    five", that came through the wire's own)."""
    result = Deduped([])
    latest: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: (a.published, len(a.text))):
        earlier = latest.get(article.canonical_url)
        if earlier is None or earlier.content_hash != article.content_hash:  # one text: the
            latest[article.canonical_url] = article  # first time it was seen
    for article in articles:
        if (newer := latest[article.canonical_url]) is not article:
            result.duplicates.setdefault(newer.url, []).append(article)
    ordered = sorted(latest.values(), key=lambda a: (a.published, len(a.text), a.url))
    sets = [shingles(a.text) for a in ordered]
    candidates = earlier_candidates(signatures(sets))
    kept: set[int] = set()
    by_key: dict[str, Article] = {}
    for i, article in enumerate(ordered):
        original = by_key.get(article.content_hash)
        if original is None:
            matched = [
                j
                for j in candidates.get(i, ())
                if j in kept and jaccard(sets[i], sets[j]) >= NEAR_DUPLICATE
            ]
            # a near copy with a sentence of its own stays: its outlet is credited, and its
            # own sentence reaches the brief (its shared ones are said once: lean.py)
            first = min(matched, default=None)
            own = first is not None and np.setdiff1d(sets[i], sets[first]).size >= OWN_SHINGLES
            if own and adds_sentences(article.text, ordered[first].text):
                first = None
            original = None if first is None else ordered[first]
        if original is not None:
            result.duplicates.setdefault(original.url, []).append(article)
            continue
        result.articles.append(article)
        by_key[article.content_hash] = article
        kept.add(i)
    return result


P = ParamSpec("P")
R = TypeVar("R")


def _collector_paused(function: Callable[P, R]) -> Callable[P, R]:
    """`function` run with Python's cycle collector paused. The collector walks every live
    object each time enough new ones have been made, and reading 10,000 articles makes
    millions of tuples and dicts, none in a cycle: it took 2.3 of 12 s there
    (benchmarks/README.md). Any cycle made meanwhile is collected after."""

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():  # paused already (by the caller, or another thread's batch,
            return function(*args, **kwargs)  # which may resume it before this one ends)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused


@_collector_paused
def cluster(
    articles: list[Article],
    topic_terms: set[str],
    now: dt.datetime,
    max_stories: int = 8,
    embeddings: np.ndarray | None = None,
    cross_lingual: float = CROSS_LINGUAL,
    judge: Judge | None = None,
) -> list[Story]:
    """Group articles about the same event into stories, ranked by coverage and recency.

    One event is who, where, what and when: two articles are alike by the names and figures
    they share and by their content words, each weighed by how telling it is in the
    language at large (frequency.rarity) and in this batch (idf); key figures of one kind that
    disagree (a 5.9 quake and a 4.8 one, 79 votes and 88, £38m and £52m), leads in different
    places (a plant opened in Szeged, another in Debrecen), leads that tell different kinds of
    event (a company's results and its recall: happenings.py) and hours between them make
    them less alike; a roundup of the day's news is alike to none (roundups.py), a markets
    wrap only to the reports whose leads speak of the markets (wraps.py). Average
    linkage groups them, keeping tight groups apart; in its cohesion tests a pair in two
    scripts, or two languages of a script other than Latin, sharing nothing both can write is
    unknown, not unlike (without embeddings, which compare such pairs too: across.writers).

    Pairs in one language are compared by their words, and by `embeddings` when given
    (centred unit rows aligned with `articles`: embeddings.Embedded.centred), which add
    their vote. Pairs across languages have other words for one thing: they are compared by
    the names and figures they share alone, when two or more of those are shared and one is a
    name, or two telling numbers are (a date or a count in common is no event in common);
    across scripts, by those that both can write: figures, places and names by their sound
    (across.py). And by embeddings when given (_across_languages), which tell one event in
    Chinese and in English apart from others although the two share no name in one script,
    unless the words tell two events (across.unlike_in_words). A `judge` (judge.py) votes on
    the pairs the words leave in doubt."""
    if not articles:
        return []
    profiles = salience_profiles(articles)
    vectors = weigh([p.terms for p in profiles], [p.rarity for p in profiles], PRIOR_DOCS)
    sounded = any(p.sounds for p in profiles)  # names by their sound, for pairs in two scripts
    named = [p.anchors + p.sounds if sounded else p.anchors for p in profiles]
    everything = weigh(named, [p.rarity for p in profiles], PRIOR_DOCS, NAME_TF)
    names = everything
    if sounded:
        names = [unit({k: w for k, w in v.items() if k[0] != "~"}) for v in everything]
    hours = np.array([a.published.timestamp() / 3600 for a in articles])
    _, language = np.unique([p.language for p in profiles], return_inverse=True)
    scripts = [p.writing for p in profiles]
    _, script = np.unique(scripts, return_inverse=True)
    caseless = np.array([s not in CASED for s in scripts])
    edges = _similarities(
        vectors,
        (names, everything),
        profiles,
        hours,
        (language, script, caseless),
        _outlets(articles),
        embeddings,
    )
    if embeddings is not None:
        unlike = functools.partial(unlike_in_words, profiles, names, edges)
        found = _across_languages(embeddings, hours, language, cross_lingual, unlike)
        for pair, sim in found.items():
            edges[pair] = max(edges.get(pair, 0.0), sim)
    edges = without_roundups(edges, [p.roundup for p in profiles])
    edges = without_wraps(edges, [p.wrap for p in profiles], [p.market_lead for p in profiles])
    if judge is not None:
        from briefgen.judge import judged  # the LLM's side loads only when there is one

        edges = judged(edges, articles, judge, SAME_STORY)
    kinds = writers(profiles) if embeddings is None else None
    groups = average_linkage(
        len(articles),
        edges,
        SAME_STORY,
        COHESION,
        COHESION_SINGLE,
        JOINS_STORY,
        kinds,
        each_alike=EACH_ALIKE if embeddings is None else None,
        origins=[a.outlet or None for a in articles],
        surely=SURELY,
        languages=[p.language for p in profiles],
        across_languages=ACROSS_LANGUAGES,
        relative_own=COHESION_OWN_OUTLET,
    )
    ranking = [with_names(v, n) for v, n in zip(vectors, names, strict=True)]
    made = [(story_of(members, articles, ranking, topic_terms, now), members) for members in groups]
    made.sort(key=lambda sm: (-sm[0].score, sm[0].title))
    for n, (story, members) in enumerate(made[:max_stories], start=1):
        story.id = f"s{n}"
        language = Counter(profiles[i].language for i in members).most_common(1)[0][0]
        kinds = [(profiles[i].lead_happenings, profiles[i].happenings) for i in members]
        story.signature = signature(  # for the next days' briefs: only those kept
            [vectors[i] for i in members], [names[i] for i in members], language, kinds
        )
    return [story for story, _ in made[:max_stories]]


def weigh(
    docs: list[Counter[str]], rarity: list[dict[str, float]], prior_docs: int, tf: float = 1.0
) -> list[Vector]:
    """L2-normalised vectors: (1 + tf x log count) x rarity in the language x smoothed idf in
    the batch, so a term must be telling in both to weigh much."""
    df = Counter(t for doc in docs for t in doc)
    n = len(docs) + prior_docs
    idf = {t: math.log((1 + n) / (1 + k)) + 1 for t, k in df.items()}
    vectors = []
    for doc, telling in zip(docs, rarity, strict=True):
        weights = {
            t: (1 + tf * math.log(c) if c > 1 else 1.0) * telling[t] * idf[t]
            for t, c in doc.items()
        }
        vectors.append(unit({t: w for t, w in weights.items() if w}))
    return vectors


def _outlets(articles: list[Article]) -> tuple[np.ndarray, np.ndarray]:
    """Each article's outlet (None when unknown), and whether the outlet rule holds for it
    whatever the two reports tell: the outlet wrote less than MINOR_OUTLET of the batch. When
    one outlet is most of the coverage (a topic on one feed), its articles are the coverage,
    and two of them are one event as often as any two, unless their leads tell two kinds of
    event (a company's results, and its chief's resignation, on one wire; a storm's report and
    its blackout's, one naming the other, are then two stories too: the rule's cost)."""
    count = Counter(a.outlet for a in articles)
    cap = MINOR_OUTLET * len(articles)
    outlets = np.array([a.outlet or None for a in articles], dtype=object)
    return outlets, np.array([bool(a.outlet) and count[a.outlet] < cap for a in articles])


def _similarities(
    vectors: list[Vector],
    names_everything: tuple[list[Vector], list[Vector]],
    profiles: list[Profile],
    hours: np.ndarray,
    language_script: tuple[np.ndarray, np.ndarray, np.ndarray],
    outlet: tuple[np.ndarray, np.ndarray],
    embeddings: np.ndarray | None = None,
) -> dict[tuple[int, int], float]:
    """Similarity of each candidate pair: in one language a weighted mean of two cosines,
    over names and figures and over content words, plus the embeddings' vote when there are
    embeddings; across languages the cosine over names and figures, and across scripts over
    those any script writes alike (across.py); cut when key figures
    conflict, when their leads are in different places or tell different kinds of event,
    when both come from one outlet and as the hours between them grow; at least STORM when
    both leads name one storm. Pairs that are not candidates count as 0.
    `names_everything`: the names-and-figures vectors, and those with the names by their
    sound too; `language_script`: each article's language
    and script, and whether its script is caseless."""
    language, script, caseless = language_script
    names, everything = names_everything
    content, named = sparse_rows(vectors), sparse_rows(names)
    named_storms = aliased(
        numbered([p.storms for p in profiles]),
        [p.storm_names for p in profiles],
        [p.storm_glosses for p in profiles],
    )
    storms = [storm_places(p, s) for p, s in zip(profiles, named_storms, strict=True)]
    left, right = candidate_pairs(vectors, names, everything, storms)
    same = language[left] == language[right]
    what = np.maximum(rowwise_dot(content, left, right), 0)
    who = np.maximum(rowwise_dot(named, left, right), 0)
    # Of two reports in different places, the content words count no more than the names:
    # fourteen cities' tram lines written from one template share every word but the names
    # and numbers (1.0 against 0.04 to 0.11), and the place cut alone left three in one story
    places_apart = elsewhere(profiles, left, right)
    what = np.where(places_apart, np.minimum(what, who), what)
    sims = np.where(same, (1 - NAMES_SHARE) * what + NAMES_SHARE * who, 0.0)
    if not same.all():
        apart = ~same
        sims[apart] = across(
            everything, profiles, (script, caseless), left[apart], right[apart], who[apart]
        )
    if embeddings is not None:
        vote = VOTE * np.maximum(pair_cosines(embeddings, left, right) - VOTE_FROM, 0)
        sims += np.where(same, vote, 0)
    conflict = conflicting_figures(profiles, left, right, hours)
    sims = np.where(conflict, sims * CONFLICT, sims)
    sims = np.where(places_apart, sims * CONFLICT, sims)
    unmet, one_way = other_happenings(profiles, left, right)
    sims = np.where(unmet, sims * OTHER_HAPPENING, np.where(one_way, sims * ONE_WAY, sims))
    sims = np.where(one_storm(storms, left, right), np.maximum(sims, STORM), sims)
    outlets, minor = outlet
    one_outlet = (outlets[left] == outlets[right]) & (outlets[left] != None)  # noqa: E711
    one_outlet &= minor[left] | unmet | one_way
    sims = np.where(one_outlet, sims * SAME_OUTLET, sims)
    sims /= 1 + np.abs(hours[left] - hours[right]) / HOURS_APART
    return dict(zip(zip(left.tolist(), right.tolist(), strict=True), sims.tolist(), strict=True))


def _across_languages(
    embeddings: np.ndarray,
    hours: np.ndarray,
    language: np.ndarray,
    threshold: float,
    unlike: Callable[[np.ndarray, np.ndarray], np.ndarray],
) -> dict[tuple[int, int], float]:
    """Pairs in different languages whose embeddings' cosine reaches `threshold`, put on
    the words' scale (the threshold is SAME_STORY, 1 is 1), cut by CONFLICT where the words
    tell them apart (`unlike`: across.unlike_in_words) and by the hours between them."""
    rows, cols, found = cosines_from(embeddings, threshold, language)
    sims = SAME_STORY + (found - threshold) / (1 - threshold) * (1 - SAME_STORY)
    sims = np.where(unlike(rows, cols), sims * CONFLICT, sims)
    sims /= 1 + np.abs(hours[rows] - hours[cols]) / HOURS_APART
    return dict(zip(zip(rows.tolist(), cols.tolist(), strict=True), sims.tolist(), strict=True))
