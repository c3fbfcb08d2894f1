"""Check LLM claims against the articles they cite: ids, verbatim quotes, numbers.

An item passes when it cites at least one article of its own story, every quote it carries
appears word for word (after normalising whitespace, quote marks and dashes) in a cited
article (for a quote translated into the brief's language: its original does), and every
number in its text appears in a cited article, each side read in its own language's format
(de "1.200,5" is en "1,200.5"). Uncited lines (headline,
summary, outlook) must use only numbers and quoted words found in the articles they are about.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefgen import assessed, casualties
from briefgen.claim_names import names_in, plain, unnamed, written
from briefgen.claim_numbers import article_numbers, unfound
from briefgen.language import plainly_other
from briefgen.revisions import LEAD, Revisions
from briefgen.summarize.terms import ENGLISH, terms
from briefgen.text import QUOTE_MARKS

# Phrases the model put in quotation marks inside its own sentences.
QUOTED = re.compile(r'"([^"]*)"')  # each pair, so that short quotes pair too: „Nordlicht“
MIN_QUOTE = 12  # a shorter one is a name or a term ("Nordlicht"), not words to find
DASHES = {"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"}
# Quote marks and dashes to their plain forms, found by one regex (as text.normalise does)
PLAIN = QUOTE_MARKS | DASHES
FANCY = re.compile("[" + "".join(PLAIN) + "]")
# the sentences of an article that a risk's likelihood or impact is looked for in: those
# with this many content words of the risk's
SHARED_WORDS = 2
VOCABULARY = 5000  # characters of an article read for the words a line may share with it
QUOTE_START = 40  # characters of a quote looked for to find the sentence that gives it ...
MAX_SENTENCES = 2000  # ... among an article's first sentences
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])|\n+")  # in any script


def quoted(text: str) -> list[str]:
    """The phrases a claim puts in quotation marks (comparable: straight), of MIN_QUOTE
    characters or more. Pairs are read in turn: the text between a short quote's closing
    mark and the next one's opening mark is no quote (nu34 r03: „Nordlicht“ … „…“)."""
    return [q for q in QUOTED.findall(text) if len(q) >= MIN_QUOTE]


def comparable(text: str) -> str:
    """The form claims are matched in: NFKC, straight quotes, plain dashes, single spaces
    (`text.normalise`, and dashes)."""
    text = FANCY.sub(lambda m: PLAIN[m.group()], unicodedata.normalize("NFKC", text))
    return " ".join(text.split())


def quote_found(quote: str, text: str) -> bool:
    """A quote is in a (comparable, case-folded) text: case and the punctuation at its ends
    aside, each part between elisions ("...") word for word."""
    parts = re.split(r"\.\.\.|…", comparable(quote).casefold())
    parts = [p.strip(" \"'.,;:!?") for p in parts]
    return all(p in text for p in parts if p)


@dataclass
class Verdict:
    """The outcome for one item: the citations kept, and what failed (empty: grounded)."""

    sources: list[str]
    problems: list[str] = field(default_factory=list)
    # the item's own quotes not confirmed (not word for word in a cited article, or said by
    # another there): a flagged item keeps them in its flag only, not in quotation marks
    unconfirmed: list[str] = field(default_factory=list)

    @property
    def grounded(self) -> bool:
        return bool(self.sources) and not self.problems


class Grounder:
    """Holds one story's articles by source id and checks claims against them. `languages`
    (id -> ISO 639-1 code) says how each article writes its numbers; `language`, how the
    claims (the brief) write theirs."""

    def __init__(
        self,
        texts: dict[str, str],
        languages: dict[str, str] | None = None,
        language: str = "",
        revised: Revisions | None = None,
    ) -> None:
        languages = languages or {}
        self.language = language
        self.revised = revised or Revisions()  # figures a later report revises (revisions.py)
        self._superseded = {  # the reports that give such a figure and tell no revision
            sid
            for sid, t in texts.items()
            if self.revised.stale(t[:LEAD], languages.get(sid, "")[:2])
        }
        # as written, line by line: levels are read so ("Major General"; a title's "Quake
        # Causes Severe Damage" is a line of its own, in Title Case); and in one line
        self._lines = {
            sid: "\n".join(comparable(line) for line in t.splitlines()) for sid, t in texts.items()
        }
        self._text = {sid: " ".join(lines.split()) for sid, lines in self._lines.items()}
        self._folded = {sid: t.casefold() for sid, t in self._text.items()}
        # the articles in the brief's language (or in none known), whose names a claim must
        # use as they do; a translation's names (Köln, Cologne; 华芯, Huaxin) are not checked
        self._same = {
            sid for sid in texts if languages.get(sid, "")[:2] in ("", language[:2]) or not language
        }
        self._plain = {sid: plain(t) for sid, t in self._text.items()}
        self._numbers = {
            sid: article_numbers(t, languages.get(sid, "")) for sid, t in self._text.items()
        }
        self._languages = {sid: languages.get(sid, "")[:2] or language[:2] for sid in texts}
        self.numbers: set[str] = set().union(*self._numbers.values())
        self._speakers: dict[str, list[tuple[str, str]]] = {}  # by article, read when asked

    def check(
        self,
        claim: str,
        quotes: list[str],
        cited: list[str],
        originals: Sequence[str] = (),
        who: str = "",
    ) -> Verdict:
        """Check one item whose text is `claim` and which cites `cited`. A quote with an
        original (`originals`, same order; '' for none) is a translation: the original must
        be in a cited article word for word, and the translation's numbers in its articles.
        `who`: a reaction's actor, a name one of whose rare words a cited article writes."""
        kept = list(dict.fromkeys(s for s in cited if s in self._text))
        verdict = Verdict(kept)
        unknown = [s for s in cited if s not in kept]
        if not kept:
            verdict.problems.append(f"cites no article of its story ({', '.join(cited)})")
            return verdict
        if unknown:
            verdict.problems.append(f"cites {', '.join(unknown)}, not an article of its story")
        said = comparable(claim)
        text = said
        translated: set[str] = set()  # translations whose originals were found
        verbatim = []
        for quote, original in zip(quotes, [*originals, *[""] * len(quotes)], strict=False):
            if not original.strip():
                verbatim.append(quote)
                if not self._found(quote, kept, verdict, "quote"):
                    verdict.unconfirmed.append(quote)
            elif self._found(original, kept, verdict, "original quote"):
                translated.add(comparable(quote).casefold().strip(" \"'.,;:!?"))
                text += "\n" + comparable(quote)  # its numbers are checked with the claim's
            else:
                verdict.unconfirmed.append(quote)
        for quote in quoted(said):
            if quote.casefold().strip(" \"'.,;:!?") not in translated:
                self._found(quote, kept, verdict, "quote")
        cited_numbers = set().union(*(self._numbers[s] for s in kept))
        # a claim left in an article's language may write its numbers so ("Unos 2.300", in
        # an English brief: 2300, not 2.3): read so, they may ground it too
        missing = sorted(unfound(text, self.language, cited_numbers))
        if missing and (written_in := plainly_other(said, self.language)):
            missing = sorted(unfound(text, written_in, cited_numbers)) and missing
        if missing:
            verdict.problems.append(f"number(s) {', '.join(missing)} not in {', '.join(kept)}")
        if stale := self.revised.stale(said, self.language, telling=True):
            by = ", ".join(sorted(self.revised.by))
            verdict.problems.append(f"figure(s) {', '.join(sorted(stale))} revised by {by}")
        elif not missing and not verbatim and not translated:
            kept[:] = self._current(text, kept)
        if self.untold_deaths(said, kept):
            verb = "does" if len(kept) == 1 else "do"
            verdict.problems.append(f"deaths {', '.join(kept)} {verb} not report")
        if who and verbatim and (other := self._said_by_another(who, verbatim, kept)):
            verdict.problems.append(other)
            verdict.unconfirmed += [q for q in verbatim if q not in verdict.unconfirmed]
        # names are checked when a cited article is in the brief's language (a translation
        # may write them otherwise: Köln, Cologne), against every cited article
        texts = [self._plain[s] for s in kept]
        if any(s in self._same for s in kept) and (
            missing_names := dict.fromkeys(
                unnamed(said, self.language, texts) + self._no_one(who, texts)
            )
        ):
            verdict.problems.append(f"name(s) {', '.join(missing_names)} not in {', '.join(kept)}")
        return verdict

    def _said_by_another(self, who: str, quotes: list[str], cited: list[str]) -> str:
        """A problem when the cited articles in the brief's language give a reaction's quote
        to someone else, read as the offline summarizer reads who speaks ("..., he told
        reporters": the last actor named before): nu35 r10 gave the Prime Minister's "Now we
        can get back to work" to the opposition leader who lost the vote. None when an
        article gives it to `who`, or to no one it names, or `who` names no one."""
        mine = names_in(comparable(who), self.language, named=True)
        if not mine:  # "the minister": whom it names cannot be told
            return ""
        others = []
        for sid in (s for s in cited if s in self._same):
            for quote in quotes:
                speaker = self._speaker(quote, sid)
                theirs = names_in(comparable(speaker), self.language, named=True)
                if (
                    not theirs
                    or any(written(n, [plain(speaker)]) for n in mine)
                    or any(written(n, [plain(who)]) for n in theirs)
                ):
                    return ""
                others.append(f"{sid}: {speaker}")
        return f"quote said by another ({'; '.join(others)})" if others else ""

    def _speaker(self, quote: str, sid: str) -> str:
        """Who says `quote` in article `sid` ('' when it is not found in one sentence of
        its first MAX_SENTENCES, or nobody is named)."""
        needle = comparable(quote).casefold().strip(" \"'.,;:!?")[:QUOTE_START]
        return next((who for text, who in self._spoken(sid) if needle in text.casefold()), "")

    def _spoken(self, sid: str) -> list[tuple[str, str]]:
        """The first MAX_SENTENCES sentences of article `sid`, each with who speaks in it,
        read as the offline summarizer reads it ("..., he told reporters": the last actor
        named before; '' when nobody is named, or its language's cues are unknown)."""
        if sid not in self._speakers:
            from briefgen.summarize import actors, lang_actors
            from briefgen.summarize.lang_cues import has_cues
            from briefgen.summarize.sentences import Sentence

            lang = self._languages[sid]
            texts = [" ".join(t.split()) for t in SENTENCE_END.split(self._lines[sid])]
            read = [Sentence(t, 0, i, lang=lang) for i, t in enumerate(texts[:MAX_SENTENCES])]
            if lang in ENGLISH:
                who = actors.speakers(read)
            else:
                who = lang_actors.speakers(read) if has_cues(lang) else [""] * len(read)
            self._speakers[sid] = [*zip(texts, who, strict=False)]
        return self._speakers[sid]

    def _current(self, claim: str, cited: list[str]) -> list[str]:
        """`cited` without the reports a later one revised that lack figures the claim gives
        and the others have (nu34 r07: "five hurt as a magnitude 6.3 tremor hits" cited the
        report of 6.1 and two hurt, sending the reader to figures the claim corrects)."""
        old = [s for s in cited if s in self._superseded]
        current = [s for s in cited if s not in self._superseded]
        numbers = set().union(*(self._numbers[s] for s in current))
        if not old or not current or unfound(claim, self.language, numbers):
            return cited
        return [
            s for s in cited if s in current or not unfound(claim, self.language, self._numbers[s])
        ]

    def assessed(self, claim: str, cited: list[str]) -> dict[str, dict[str, str]]:
        """Which of a risk's levels ("likelihood", "impact") the cited articles assess, saying
        how likely or how grave the harm `claim` names is, which way ("high", "expected",
        "low", "either": assessed.py) and in what words: in an article in the brief's
        language, in its sentences that share SHARED_WORDS content words with the claim; in
        another, anywhere in it (its words are not the claim's)."""
        words = set(terms(claim, self.language))
        found: dict[str, dict[str, str]] = {}
        for sid in (s for s in cited if s in self._text):
            text, language = self._lines[sid], self._languages[sid]
            if sid in self._same and language not in assessed.UNSPACED:
                text = "\n".join(
                    sentence
                    for sentence in SENTENCE_END.split(text)
                    if len(words.intersection(terms(sentence, language))) >= SHARED_WORDS
                )
            for kind in assessed.KINDS:
                if said := assessed.levels(text, language, kind):
                    found[kind] = said | found.get(kind, {})
        return found

    def untold_deaths(self, claim: str, sources: Sequence[str]) -> bool:
        """Whether `claim` counts deaths that none of the articles `sources` in the brief's
        language mentions (casualties.untold: "killed two workers" of an article that says
        "injuring three")."""
        articles = [(self._text[s], self._languages[s]) for s in sources if s in self._text]
        return casualties.untold(claim, self.language, articles)

    def naming(self, who: str, cited: Sequence[str]) -> list[tuple[str, str]]:
        """The sentences of the cited articles that name `who` (one of its rare words, as
        `claim_names.written` finds it) or whose speaker does ("She criticised ...", after
        a sentence that names her: nu35 r03), each with its article's language."""
        names = names_in(comparable(who), self.language, named=True)
        return [
            (sentence, self._languages[sid])
            for sid in cited
            if sid in self._text and names
            for sentence, speaker in self._spoken(sid)
            if any(written(name, [plain(sentence), plain(speaker)]) for name in names)
        ]

    def _no_one(self, who: str, texts: list[str]) -> list[str]:
        """A reaction's actor's rare words when the articles `texts` write none of them: an
        invented actor ("Henrik Aas, Fjord Securities"); one whose first name or whose
        title's spelling they leave out (Keir Starmer: "Starmer") is named."""
        named = names_in(comparable(who), self.language, named=True)
        missing = [name for name in named if not written(name, texts)]
        return missing if len(missing) == len(named) else []

    def unread(self, cited: list[str]) -> list[str]:
        """The cited articles, as "S1 (el)", in a language whose words of likelihood and
        impact assessed.py does not know: that they assess a level cannot be checked."""
        return [
            f"{sid} ({self._languages[sid]})"
            for sid in cited
            if sid in self._languages and not assessed.reads(self._languages[sid])
        ]

    def _found(self, quote: str, kept: list[str], verdict: Verdict, what: str) -> bool:
        """Whether a quote is word for word in a kept article; a problem in `verdict` if not."""
        if not quote.strip() or any(quote_found(quote, self._folded[s]) for s in kept):
            return True
        verdict.problems.append(f"{what} not found in {', '.join(kept)}: {quote.strip()}")
        return False

    @property
    def worded(self) -> bool:
        """Whether an article of the story is in the brief's language (or in none known)."""
        return bool(self._same)

    @functools.cached_property
    def vocabulary(self) -> frozenset[str]:
        """The words of the story's articles in the brief's language, read in their first
        VOCABULARY characters (where a story's names and subject are)."""
        return frozenset(
            t for sid in self._same for t in terms(self._text[sid][:VOCABULARY], self.language)
        )

    def line_ok(self, line: str) -> bool:
        """An uncited line about this story: its numbers and quoted words are in its articles."""
        return line_grounded(line, [self])

    def has_quote(self, quote: str) -> bool:
        return any(quote_found(quote, text) for text in self._folded.values())


def line_grounded(line: str, grounders: list[Grounder]) -> bool:
    """An uncited line (headline, summary, outlook) may only use numbers, quoted words and
    names that the articles of `grounders` contain (names: those in the brief's language;
    numbers and deaths: those of the stories the line is about, `about`),
    and say how likely or how grave something is only when an article assesses it
    (assessed.unsupported: "Investors are likely to sell", of articles that say nothing of
    how likely), nor give a figure a later report revised ("magnitude 6.1" of a quake revised
    to 6.3)."""
    text = comparable(line)
    language = grounders[0].language if grounders else ""
    told = about(text, language, grounders)
    known = set().union(*(g.numbers for g in told))
    same = any(g._same for g in grounders)
    texts = [t for g in grounders for t in g._plain.values()]
    articles = [(g._lines[s], g._languages[s]) for g in grounders for s in g._text]
    theirs = [(g._lines[s], g._languages[s]) for g in told for s in g._text]
    return (
        not unfound(text, language, known)
        and all(any(g.has_quote(q) for g in grounders) for q in quoted(text))
        and not (same and unnamed(text, language, texts))
        and not assessed.unsupported(text, language, articles)
        and not casualties.untold(text, language, theirs)
        and not any(g.revised.stale(text, language, telling=True) for g in grounders)
    )


def about(line: str, language: str, grounders: list[Grounder]) -> list[Grounder]:
    """The stories an uncited line is about: those whose articles in the brief's `language`
    share at least half as many of its words as the story sharing most; and those with none
    in it (their words cannot be compared). All when no story shares a word: a headline's
    "Peru quake kills 14" is checked against the quake's reports, not against the 14 ships a
    port strike stranded (nu35 r02)."""
    words = {w for w in terms(line, language) if not any(c.isdigit() for c in w)}
    shared = [len(words & g.vocabulary) for g in grounders]
    most = max(shared, default=0)
    if not most:
        return grounders
    return [g for g, n in zip(grounders, shared, strict=True) if 2 * n >= most or not g.worded]
