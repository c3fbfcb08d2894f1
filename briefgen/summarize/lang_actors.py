"""Who speaks or reacts in a sentence of another language than English (lang_cues.py reads
what is said): where the language puts the speaker, the clause before the verb ("Die
Opposition kritisierte"), after it ("sagte Weber", وقال الوزير), or before a subject particle
(知事は, 장관은, मंत्री ने); a pronoun speaker is the last actor its article named."""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.summarize.cue_words import CUES
from briefgen.summarize.lang_cues import (
    BOUNDARY,
    BRACKETED,
    REST_OF_WORD,
    UNSPACED,
    first_verb,
    has_cues,
    is_determiner,
)
from briefgen.summarize.sentences import Sentence

COUNTED = re.compile(r"\d+\w?")  # a number and its counter (1人, 3名, 2社): no actor
# a subject, then what it is between commas, then (an auxiliary and) the verb
APPOSITION = re.compile(r"([^,;:«»„“”\"()—]+),([^,;:«»„“”\"()—]+),\s*(?:\w+\s*)?$")
APPOSED_NAME = 4  # words at most of a name set between commas after a title
NAME_PARTICLES = frozenset("von van der den de ter ten".split())  # von der Leyen
NAME_OPENERS = frozenset("von van de ter ten".split())  # ... the first of them
MAX_ACTOR_WORDS = 7
MAX_ACTOR_CHARS = 30  # an actor in a script without spaces: 沖縄県の知事, 农业农村部副部长
# a name in quotes inside a subject: a word before it, and one after (no comma nor dash:
# those close what is said): «Зелёная Обь», « Sauvons le rail »
QUOTED_NAME = re.compile(
    r"(?<=\w\s)(?:«\s?|„|“|\")(?=[^\W\d_])(?=\w*[^\W\d_])[^«»„“”\"]{1,40}?(?:\s?»|“|”|\")(?=\s+\w)"
)
QUOTE_CHARS = '«»„“”"'
MASK = str.maketrans(QUOTE_CHARS, "".join(chr(0xE000 + i) for i in range(len(QUOTE_CHARS))))
UNMASK = {v: k for k, v in MASK.items()}


def find_actor(text: str, lang: str) -> str:
    """Who speaks or reacts in the sentence ('' when nobody is named; a pronoun as it is). A
    name in quotes inside the subject is part of it (Экологическая организация «Зелёная
    Обь» выразила ...; Die Initiative „Rettet den Wald“ kritisierte ...)."""
    return _find_actor(QUOTED_NAME.sub(_masked, text), lang).translate(UNMASK)


def _masked(name: re.Match) -> str:
    """A quoted name with its quotes written as characters no boundary splits at."""
    return name[0].translate(MASK)


def _find_actor(text: str, lang: str) -> str:
    hit = first_verb(text, lang)
    if not hit:
        return ""
    match = hit[0]
    # a bracket names the subject again ("Der Verkehrsclub Österreich (VCÖ) kritisierte")
    before = BOUNDARY.split(BRACKETED.sub("", text[: match.start()]))[-1].strip()
    after = BOUNDARY.split(text[match.end() :], maxsplit=1)[0]
    if lang not in UNSPACED:  # the cue is the start of a word: its end is no actor
        after = REST_OF_WORD.sub("", after)
        if end := CUES[lang].get("actor_end"):
            after = re.split(end, after, maxsplit=1)[0]
    after = after.strip()
    if (side := CUES[lang]["actor"]) == "marker":
        marker = CUES[lang]["marker"].replace("_", " ")
        marked = re.split(marker, text[: match.start()], maxsplit=1)
        own = re.split(marker, before, maxsplit=1) if lang in UNSPACED else []
        if len(own) > 1 and "と" not in own[1]:  # not in what is said (円安が…上がると懸念)
            # the verb's own clause has its subject: 利上げは…決定で、1人が反対した (the
            # one who opposed is 1人, not the rate hike the sentence is about)
            before = own[0].strip()
            if COUNTED.fullmatch(before):  # 1人が, 2名が: a count of people names nobody
                return ""
        elif len(marked) > 1:
            before = BOUNDARY.split(marked[0])[-1].strip()
        elif lang in UNSPACED and not before and text.startswith(("し", "す"), match.end()):
            # the cue a verb inside the subject, before its particle: 反対した2人の審議委員は
            # ("the two members who opposed"; not 懸念が広がる, "concern spreads")
            clause = BOUNDARY.split(text[match.start() :], maxsplit=1)[0]
            if len(subject := re.split(marker, clause, maxsplit=1)) > 1:
                before, after = subject[0], ""
    # the subject ends before its auxiliary ("Le syndicat a dénoncé", "Des associations ont
    # toutefois mis en garde"), or a postposition ("भारत के अनुसार": according to India)
    aux, words = CUES[lang].get("aux", "").split(), before.split()
    if side == "before":
        words = words[: next((k for k, w in enumerate(words) if w.casefold() in aux), None)]
    elif words and words[-1] in aux:
        words = words[:-1]
    before = " ".join(words)
    if not before and (named := APPOSITION.search(text[: match.start()])):
        before = named[1]  # "Jean Dupuis, porte-parole du collectif, a dénoncé"
        if _a_name(named[2]):  # "La ministra de Hacienda, Lucía Ferrer, celebró": both,
            both = f"{named[1].strip()}, {named[2].strip()}"  # or the name alone when long
            before = both if len(both.split()) <= MAX_ACTOR_WORDS else named[2].strip()
    if not before and "v2" in CUES[lang]:  # "„…“, sagte Maren Kolbeck vor dem Burchardkai"
        after = _subject_after_verb(after, lang)
    before, opened = _clause_subject(before, lang)
    if opened:  # a phrase of place or time opened the clause: the subject is not before
        if "v2" not in CUES[lang]:
            return _clean(before, lang)
        before, after = "", _subject_after_verb(after, lang)
    if _determiner_only(before, lang):
        return ""
    order = (after, before) if side == "after" else (before, after)
    return next((_clean(c, lang) for c in order if _clean(c, lang)), "")


def _a_name(words: str) -> bool:
    """Whether the words between two commas are a name: capitalised, APPOSED_NAME at most."""
    found = words.split()
    return 0 < len(found) <= APPOSED_NAME and all(w[:1].isupper() for w in found)


def _clause_subject(span: str, lang: str) -> tuple[str, bool]:
    """The subject in the words before the verb: in a cleft, what follows its last "that"
    ("C'est à Francfort que la direction": la direction), and after a phrase of place or
    time that opens it, from the determiner that follows the phrase ("En France le
    gouvernement": le gouvernement). True when such a phrase opened it (German and Dutch
    then put the subject after the verb)."""
    cues = CUES.get(lang, {})
    words = span.split()
    opening = {*cues.get("cleft", "").split(), *cues.get("lead_in", "").split()}
    if words and words[0].casefold().replace("’", "'") in opening:  # a cleft; elsewhere
        for k in range(len(words) - 1, 0, -1):  # "que" is relative: "El sindicato que ..."
            word = words[k].casefold().replace("’", "'")
            that = next((t for t in cues.get("that", "").split() if word.startswith(t)), "")
            if that and (word == that or that.endswith("'")):
                rest = words[k][len(that) :]
                words = ([rest] if rest else []) + words[k + 1 :]
                break
    if not words or words[0].casefold() not in cues.get("lead_in", "").split():
        return " ".join(words), False
    determiners = cues.get("determiner", "").split()
    for k in range(2, len(words)):
        if is_determiner(words[k], determiners):
            return " ".join(words[k:]), True
    return "", True


def _subject_after_verb(span: str, lang: str) -> str:
    """In German or Dutch, the subject after the verb, up to the next determiner, "that" or
    preposition ("die Gewerkschaft die Entscheidung", "Anwohner vor Ratten", "Maren Kolbeck
    vor dem Burchardkai"); not a name's particles before its capitalised rest ("Ursula von
    der Leyen", "Dick van den Berg"), nor a capitalised word ("minister De Jonge")."""
    words = span.split()
    stops = {w for k in ("v2", "that", "lead_in", "v2_end") for w in CUES[lang][k].split()}
    end = next(
        (k for k in range(1, len(words)) if words[k] in stops and not _in_a_name(words, k)),
        None,
    )
    return " ".join(words[:end])


def _in_a_name(words: list[str], k: int) -> bool:
    """Whether words[k] is a particle of a name: a run of particles that opens with one that
    starts names (von, van, de, ter, ten; not "der" or "zu", which follow any German noun:
    "Scholz der Süddeutschen Zeitung"), after a capitalised word and before one."""
    start = k
    while start > 0 and words[start] in NAME_PARTICLES:
        start -= 1
    opening = words[start + 1]
    if opening not in NAME_OPENERS or not words[start][:1].isupper():
        return False
    rest = k
    while rest < len(words) and words[rest] in NAME_PARTICLES:
        rest += 1
    return rest < len(words) and words[rest][:1].isupper()


def _clean(span: str, lang: str) -> str:
    span = span.strip(" .-—")
    if ends := CUES[lang].get("subject_end"):  # at least two characters before it
        span = re.split(rf"(?<=\w\w)(?:{'|'.join(ends.split())})", span, maxsplit=1)[0]
    openers = CUES[lang].get("opener", "").split()
    if (words := span.split(maxsplit=1)) and len(words) > 1 and words[0] in openers:
        span = words[1]
    for particle in CUES[lang].get("particle_end", "").split():  # からも before から
        if span.endswith(particle) and len(span) > len(particle):
            span = span[: -len(particle)]
            break
    if lang in UNSPACED:
        return span if 2 <= len(span) <= MAX_ACTOR_CHARS else ""
    words = span.split()
    if not 1 <= len(words) <= MAX_ACTOR_WORDS or any(c.isdigit() for c in span):
        return ""
    return span[:1].upper() + span[1:]


def _determiner_only(span: str, lang: str) -> bool:
    """Whether the words before the cue are a determiner alone: the cue is a noun then, the
    subject itself ("La preocupación se traslada", "einen unverhältnismäßigen Eingriff"),
    and nobody is named."""
    determiners = {*CUES[lang].get("determiner", "").split(), *CUES[lang].get("v2", "").split()}
    return span.strip().casefold().replace("’", "'") in determiners


def is_pronoun(actor: str, lang: str) -> bool:
    """Whether the actor is only a pronoun ('Sie', 'он', '他'): named in an earlier sentence."""
    return actor.casefold() in CUES.get(lang, {}).get("pronoun", "").split()


def speakers(sentences: Sequence[Sentence]) -> list[str]:
    """Each sentence's actor; a pronoun speaker is the last actor named in the article."""
    last: dict[int, str] = {}
    out = []
    for sentence in sentences:
        actor = find_actor(sentence.text, sentence.lang) if has_cues(sentence.lang) else ""
        if actor and is_pronoun(actor, sentence.lang):
            actor = last.get(sentence.article, "")
        elif actor:
            last[sentence.article] = actor
        out.append(actor)
    return out
