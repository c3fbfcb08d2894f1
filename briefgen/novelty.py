"""What changed since the topic's previous briefs: each story is `new` (nothing like it
before), `updated` (a known story with new sources) or `continuing` (nothing new)."""

from __future__ import annotations

import heapq
import math
from collections.abc import Sequence, Set
from dataclasses import dataclass

from briefgen.across import MIN_SHARED, in_any_script
from briefgen.figures import YEAR, telling_number
from briefgen.gazetteer import gazetteer
from briefgen.models import Story
from briefgen.vectors import Vector, centroid, cosine, unit

# A story is an earlier one told again when the mean of its content words' cosine and its
# names' and figures' reaches SAME_EVENT (twice the clustering's SAME_STORY: across days
# a story asks for more than two reports of one day); in another language, when the names
# and figures any script writes alike (places, numbers) are alike at ACROSS, two or more of
# them shared; firmly (before two of today's stories are folded into one: mark), two or more
# besides countries, years and numbers under ten, one of which tells the event, as cluster.py
# compares two languages (_firm). Measured with
# benchmarks/bench_novelty.py (each event's first half one day, the rest two days later):
# 0.78 of known events' stories found, against 0.34 with a cosine of 0.35 over plain terms.
SAME_EVENT = 0.24
ACROSS = 0.4
SIGNATURE_TERMS = 60  # of each kind, content words and names
NAMED = ("@", "#")  # the keys of names and figures (salience.Profile.anchors)
LANGUAGE = "="  # the key of the story's language ('=ja'), of weight 0
# the keys of the kinds of event its articles' leads tell ('!recall'), and of those they
# name elsewhere only ('?results'), of weight 0 (happenings.py)
TOLD, NAMED_ONLY = "!", "?"
ORDER = {"new": 0, "updated": 1, "continuing": 2}


@dataclass
class PastStory:
    """A story of an earlier brief, as the database keeps it."""

    title: str
    signature: Vector
    article_ids: set[int]


def signature(
    content: Sequence[Vector],
    names: Sequence[Vector],
    language: str,
    kinds: Sequence[tuple[Set[str], Set[str]]] = (),
) -> Vector:
    """A story's signature from its articles' vectors (cluster.py's, weighed by how telling
    each key is in the language and the batch), its language and `kinds` (of each article,
    the kinds of event its lead tells and those it names: happenings.py): the
    SIGNATURE_TERMS strongest content words and names of their centroids, each part of
    length 1/sqrt(2), rounded to keep, and the kinds."""
    scale = math.sqrt(0.5)
    told = set().union(*(lead for lead, _ in kinds))
    named = set().union(*(anywhere for _, anywhere in kinds))
    kept: Vector = {LANGUAGE + language: 0.0}
    kept.update(dict.fromkeys((TOLD + k for k in told), 0.0))
    kept.update(dict.fromkeys((NAMED_ONLY + k for k in named - told), 0.0))
    for part in (centroid(content), centroid(names)):
        top = heapq.nlargest(SIGNATURE_TERMS, part.items(), key=lambda kv: (kv[1], kv[0]))
        norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
        kept.update((t, round(scale * w / norm, 5)) for t, w in top)
    return kept


def same_event(a: Vector, b: Vector, firm: bool = False) -> bool:
    """Whether two signatures tell one event: the mean of their content words' cosine and
    their names' and figures' reaches SAME_EVENT, or, in two languages, the names and
    figures that any script writes alike are alike at ACROSS (a signature of an older
    version, content words alone, has neither names nor language). Not when the two tell
    different kinds of event, neither naming a kind the other's leads tell (a firm's
    results, then its recall: as cuts.other_happenings parts two reports of one day).

    `firm`: across languages, only by what tells their event (_firm), as before stories of
    one brief are put together on its strength (`mark`)."""
    if _other_happenings(a, b):
        return False
    content, names, languages = _parts(a, b)
    if _alike(content, names) >= SAME_EVENT:
        return True
    if not all(languages) or languages[0].keys() == languages[1].keys():
        return False
    written = in_any_script(list(names))
    shared = written[0].keys() & written[1].keys()
    return (_firm(shared) if firm else len(shared) >= MIN_SHARED) and cosine(*written) >= ACROSS


def _firm(shared: Set[str]) -> bool:
    """Whether names and figures two signatures write alike tell one event, as the
    clustering asks of two languages (across._named_twice): MIN_SHARED of them besides
    countries, years and numbers under ten (Cairo, Egypt and 4 are Cairo metro's Line 4 and
    Cairo airport's Terminal 4), one a city, a name by its sound or a telling number."""
    kept = [key for key in shared if not _weak(key)]
    return len(kept) >= MIN_SHARED and any(_telling(key) for key in kept)


def _weak(key: str) -> bool:
    """Whether a name or figure is too common to tell an event: a country, a number under
    ten or a year."""
    if key[:1] == "#":
        number = key[1:]
        return YEAR.fullmatch(number) is not None or (number.isdigit() and int(number) < 10)
    return _a_country(key)


def _telling(key: str) -> bool:
    """Whether a name or figure tells its event: a city, a name by its sound, a telling
    number."""
    return telling_number(key[1:]) if key[:1] == "#" else not _a_country(key)


def _a_country(key: str) -> bool:
    place = gazetteer().names.get(key[1:]) if key[:1] == "@" else None
    return place is not None and place.key.startswith("n:")


def _other_happenings(a: Vector, b: Vector) -> bool:
    """Whether both signatures' leads tell kinds of event and neither names a kind the
    other's leads tell."""
    told_a, told_b = ({k[1:] for k in v if k[:1] == TOLD} for v in (a, b))
    named_a, named_b = ({k[1:] for k in v if k[:1] in (TOLD, NAMED_ONLY)} for v in (a, b))
    return bool(told_a and told_b) and not (told_a & named_b or told_b & named_a)


def _parts(a: Vector, b: Vector) -> list[tuple[Vector, Vector]]:
    """Both signatures' content words, names and figures, and language keys, each part of
    length 1 (the language's has none)."""
    parts: list[tuple[Vector, Vector]] = [({}, {}), ({}, {}), ({}, {})]
    for k, vector in enumerate((a, b)):
        for key, weight in vector.items():
            # key[:1]: earlier versions stored an empty Greek stem ('', of έως)
            if key[:1] in (TOLD, NAMED_ONLY):
                continue
            kind = 2 if key.startswith(LANGUAGE) else int(key.startswith(NAMED))
            parts[kind][k][key] = weight
    return [(unit(x), unit(y)) for x, y in parts[:2]] + [parts[2]]


def _alike(content: tuple[Vector, Vector], names: tuple[Vector, Vector]) -> float:
    return 0.5 * cosine(*content) + 0.5 * cosine(*names)


def similarity(a: Vector, b: Vector) -> float:
    """The mean of two signatures' content words' cosine and names' (see same_event)."""
    content, names, _ = _parts(a, b)
    return _alike(content, names)


def mark(
    stories: list[Story],
    article_ids: dict[str, int],
    seen: set[int],
    past: list[PastStory],
) -> list[Story]:
    """Give each story its status against earlier briefs (its signature is cluster's), and
    return the stories with each continuing one folded into the updated story that tells its
    earlier story again (an event reported a day apart, which the clustering keeps apart:
    one story, updated, not the same event twice). Folding puts two of today's stories
    together, so both must tell that earlier story by shared articles or firmly (same_event's
    `firm`): a story wrongly marked updated is a small error, two events in one story a large
    one.

    continuing: every article was in an earlier brief. updated: it shares articles with an
    earlier brief, or is the same event as an earlier story, and brings articles not seen
    before. new: anything else.
    """
    told: list[set[int]] = []  # of each story, the earlier stories it tells again
    firmly: list[set[int]] = []  # ... by shared articles or firmly
    for story in stories:
        mine = {article_ids[a.url] for a in story.articles}
        story.unseen = [a.url for a in story.articles if article_ids[a.url] not in seen]
        shared = {k for k, p in enumerate(past) if mine & p.article_ids}
        alike = {k for k, p in enumerate(past) if same_event(story.signature, p.signature)}
        told.append(shared | alike)
        firmly.append(
            shared | {k for k in alike if same_event(story.signature, past[k].signature, True)}
        )
        if mine <= seen:
            story.status = "continuing"
        elif mine & seen or told[-1]:
            story.status = "updated"
        else:
            story.status = "new"
    kept = []
    for story, earlier in zip(stories, firmly, strict=True):  # firmly, on both sides
        telling = story.status == "continuing" and [
            (similarity(story.signature, other.signature), -n, other)
            for n, (other, theirs) in enumerate(zip(stories, firmly, strict=True))
            if other.status == "updated" and earlier & theirs
        ]  # the updated stories that tell one of its earlier stories again
        if telling:  # it joins the one most like it (the first ranked of equals)
            max(telling, key=lambda t: t[:2])[2].articles.extend(story.articles)
        else:
            kept.append(story)
    return kept


def remembered(story: Story, article_ids: dict[str, int]) -> PastStory:
    """What the database keeps of a published story."""
    return PastStory(story.title, story.signature, {article_ids[a.url] for a in story.articles})


def lead_with_news(stories: list[Story], continuing: str, limit: int) -> list[Story]:
    """At most `limit` stories, in ranking order (`stories`'), new and updated ones before
    continuing ones (none, with 'omit'); shown new first, then updated, then continuing,
    each group in ranking order; ids renumbered s1..sN in that order. An updated story is
    kept before a new one it outranks (nu34 r10: a quake revised to M6.3, five hurt, was cut
    for a one-report protest)."""
    news = [s for s in stories if s.status != "continuing"][:limit]
    old = [s for s in stories if s.status == "continuing" and continuing != "omit"]
    kept = sorted(news, key=lambda s: ORDER[s.status]) + old[: limit - len(news)]
    for n, story in enumerate(kept, start=1):
        story.id = f"s{n}"
    return kept
