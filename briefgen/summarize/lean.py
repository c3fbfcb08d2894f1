"""Each fact sent once: a story's articles cut to what is new in each, within its token budget.

Outlets that rewrite the same wire copy share most of their sentences. Before a story's LLM
call, a sentence that other articles of the story also carry (the same words, or nearly: see
`covers`) is sent once, in its fullest version (the earliest published on a tie), and the
articles of the other copies are remembered: `Lean.copies` widens the citations of an item
written from that sentence to all of them, so every outlet that reported a fact is cited.
(Marking the copies in the prompt instead would cost tokens on every shared sentence, and the
widening would still be needed for a model that ignores the marks.) What is left of each
article is then cut to the story's budget, lead sentences first: the sentences of every
article are taken by their place in it (all first sentences, then all second ones, ...) until
the budget is full.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from briefgen import tokens
from briefgen.claim_numbers import numbers
from briefgen.grounding import comparable
from briefgen.text import WORD_RE, terms

# A sentence ends at . ! ? or … (and a closing quote or bracket) before a capital or a digit.
SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’')]))\s+(?=[\"“‘(]?[A-Z0-9])")
NAME = re.compile(r"\s([A-Z][\w'’-]+)")  # a capitalised word that does not open the sentence
NEGATIONS = frozenset({"not", "no", "never", "without", "nor", "n't"})
MAX_WORDS = 60  # a longer "sentence" (text without full stops) is sent in pieces this long
# Share of a sentence's shingles that another must have to carry it: two words changed in a
# 25-word sentence still match, a different clause does not. Names, numbers and negations
# must all be there too (`keys`), so "3 hurt" never stands for "9 hurt".
CONTAINMENT = 0.7
COMMON_SHINGLE = 64  # a shingle in more sentences than this proposes no candidates


@dataclass(slots=True)
class _Sentence:
    article: int
    position: int  # index among its article's sentences
    paragraph: int
    text: str
    shingles: frozenset[str]
    keys: frozenset[str]
    copies: list[int] = field(default_factory=list)  # other articles that carry it
    kept: bool = True
    lead: int = 0  # the earliest place any article gives it: how soon the budget takes it


@dataclass
class Lean:
    """What to send of each article of a story, and which articles carry each sent sentence."""

    texts: list[str]
    ids: list[str]
    _carried: list[tuple[int, str, list[str]]] = field(default_factory=list)

    def copies(self, claim: str, cited: list[str]) -> list[str]:
        """Ids of the articles (beyond `cited`) that also carry a sentence the claim was
        written from: a sent sentence of a cited article with copies, half of whose content
        terms (and at least three) the claim uses."""
        claim_terms = set(terms(claim))
        found: list[str] = []
        for article, sentence, also in self._carried:
            if self.ids[article] not in cited:
                continue
            sentence_terms = _terms(sentence)
            shared = len(sentence_terms & claim_terms)
            if shared >= 3 and shared >= 0.5 * len(sentence_terms):
                found += [i for i in also if i not in cited and i not in found]
        return found


def lean(ids: list[str], texts: list[str], order: list[int], budget: int) -> Lean:
    """The story's articles (`ids`, `texts`) cut to what each adds, within `budget` tokens.
    `order` ranks the articles (0 first): the earliest published, whose copy of a shared
    sentence is sent when the copies are equally full."""
    seen: dict[str, tuple] = {}
    sentences = [s for i, text in enumerate(texts) for s in _split(i, text, seen)]
    _mark_copies(sentences, order)
    kept = [s for s in sentences if s.kept]
    sizes: dict[str, int] = {}
    chosen, left = set(), budget
    # lead sentences first: every article's first, then every second one, ...; a fact sent
    # in one outlet's words takes the place the earliest of its copies had (a lead fact of
    # one outlet stays a lead fact even when another, later in its text, says it more fully)
    for k in sorted(range(len(kept)), key=lambda k: (kept[k].lead, order[kept[k].article])):
        text = kept[k].text
        # a word is at least one token: a sentence of more words than are left can't fit and
        # is not counted (once the budget is nearly full, most of a long story's are not)
        if len(text.split()) > left:
            continue
        if text not in sizes:
            sizes[text] = tokens.count(text)
        if sizes[text] <= left:
            chosen.add(k)
            left -= sizes[text]
    out: list[list[list[str]]] = [[] for _ in texts]  # article -> paragraphs -> lines
    last = [-1] * len(texts)
    carried = []
    for k, s in enumerate(kept):
        if k not in chosen:
            continue
        if s.paragraph != last[s.article]:
            out[s.article].append([])
            last[s.article] = s.paragraph
        out[s.article][-1].append(s.text)
        if s.copies:
            carried.append((s.article, s.text, [ids[c] for c in s.copies]))
    sent = ["\n".join(" ".join(p) for p in paragraphs) for paragraphs in out]
    return Lean(sent, ids, carried)


def _split(article: int, text: str, seen: dict[str, tuple]) -> list[_Sentence]:
    out = []
    for paragraph, block in enumerate(p for p in text.split("\n") if p.strip()):
        # normalised once a paragraph (quotes, dashes, spaces): what is matched and sent
        for raw in _pieces(SENTENCE_END.split(comparable(block))):
            if raw not in seen:  # wire copy repeats sentences verbatim: work each out once
                seen[raw] = _features(raw)
            out.append(_Sentence(article, len(out), paragraph, raw, *seen[raw], lead=len(out)))
    return out


def _features(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """(shingles, keys) of a sentence: its word 3-shingles (one changed word costs three),
    and its names, numbers and negations."""
    words = WORD_RE.findall(sentence.casefold())
    grams = frozenset(map(" ".join, zip(words, words[1:], words[2:], strict=False)))
    keys = frozenset({*numbers(sentence), *NAME.findall(sentence), *NEGATIONS.intersection(words)})
    return grams or frozenset(words), keys


@functools.lru_cache(maxsize=4096)
def _terms(sentence: str) -> frozenset[str]:
    """A sent sentence's content terms, worked out only when an answer cites its article
    (after the calls went out, not before)."""
    return frozenset(terms(sentence))


def _pieces(sentences: list[str]) -> list[str]:
    """The sentences, with run-on ones cut into pieces of MAX_WORDS words, so no single
    piece is too large for the budget."""
    out = []
    for sentence in sentences:
        words = sentence.split()
        out += [" ".join(words[i : i + MAX_WORDS]) for i in range(0, len(words), MAX_WORDS)]
    return out


def covers(fuller: _Sentence, other: _Sentence) -> bool:
    """`fuller` carries what `other` says: most of its shingles, all its names and numbers,
    and the same negations ("would not reopen" never stands for "would reopen")."""
    if not other.shingles or not other.keys <= fuller.keys:
        return False
    if fuller.keys & NEGATIONS != other.keys & NEGATIONS:
        return False
    return len(other.shingles & fuller.shingles) >= CONTAINMENT * len(other.shingles)


def _mark_copies(sentences: list[_Sentence], order: list[int]) -> None:
    """Keep the fullest version of each sentence shared by several articles (the earliest
    published on a tie); drop the others, listing their articles on the kept one. A version
    that drops a name or figure of another never stands for it (`covers`)."""
    # identical sentences (verbatim wire copy) are searched for as one text
    texts: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(sentences):
        texts[s.text].append(n)
    groups = list(texts.values())
    group_of = {s.text: g for g, members in enumerate(groups) for s in [sentences[members[0]]]}
    postings: dict[str, list[int]] = defaultdict(list)
    carriers: Counter[str] = Counter()  # sentences with the shingle, copies included
    for g, members in enumerate(groups):
        for gram in sentences[members[0]].shingles:
            postings[gram].append(g)
            carriers[gram] += len(members)
    # the version with the most names and figures first (it reports the fact most fully),
    # then the earliest published, then reading order
    ranked = sorted(
        range(len(sentences)),
        key=lambda n: (-len(sentences[n].keys), order[sentences[n].article], n),
    )
    matches: dict[int, list[int]] = {}  # text -> the texts it covers, closest first
    done: set[int] = set()
    for n in ranked:
        s = sentences[n]
        if n in done:
            continue
        done.add(n)
        g = group_of[s.text]
        if g not in matches:
            matches[g] = _covered(s, g, groups, sentences, postings, carriers)
        # each other article's closest copy: the same words first, then reading order
        for m in (m for h in matches[g] for m in groups[h]):
            other = sentences[m]
            if m in done or other.article == s.article or other.article in s.copies:
                continue
            other.kept = False
            done.add(m)
            s.copies.append(other.article)
            s.lead = min(s.lead, other.position)
        s.copies.sort(key=lambda a: order[a])


def _covered(
    s: _Sentence,
    g: int,
    groups: list[list[int]],
    sentences: list[_Sentence],
    postings: dict[str, list[int]],
    carriers: Counter[str],
) -> list[int]:
    """The texts (group numbers) that sentence `s`, of text `g`, covers: its own first, then
    by the share of their shingles it has, then in reading order (so the choice does not
    depend on set order, and prompts are the same from run to run)."""
    hits = Counter(
        h for gram in s.shingles if carriers[gram] <= COMMON_SHINGLE for h in postings[gram]
    )
    found = []
    for h, shared in hits.items():
        other = sentences[groups[h][0]]
        if shared >= CONTAINMENT * len(other.shingles) and covers(s, other):
            found.append((h != g, -shared / len(other.shingles), h))
    return [h for *_, h in sorted(found)]
