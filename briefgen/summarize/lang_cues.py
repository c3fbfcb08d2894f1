"""Risks, reactions and outlook in sentences of other languages than English.

The same rules as `cues.py`, read with the word lists of `cue_words.py`: a risk states a
possible harm (a warning or a "could" together with a harm, or an explicit threat); a reaction
is an actor who takes a stance (a stance verb) or is quoted; the stance comes from the verb.
Who the actor is comes from where the language puts the speaker: the clause before the verb
("Die Opposition kritisierte"), after it ("sagte Weber", وقال الوزير), or before a subject
particle (知事は, 장관은, मंत्री ने). A language without lists gives developments only
(`has_cues` says which).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from briefgen.summarize.cue_words import CUES
from briefgen.summarize.sentences import Sentence
from briefgen.text import MARKS, WORD_CHAR

if TYPE_CHECKING:
    from briefgen.summarize.cues import Kind

UNSPACED = frozenset({"zh", "ja"})
STANCES = ("oppose", "support", "concern")  # tie-break order, as in cues.STANCES
# the word that opens what is said: "warned that ...", "предупредили, что ..."
THAT = re.compile(r"^(?:that|что|чтобы|що|que|qu'|dass|che|dat|że|ότι|kuwa|bahwa|rằng)\s+", re.I)
BOUNDARY = re.compile(r"[,;:«»„“”\"「」『』()—،，、。：；]|\s[-–]\s")
QUOTES = re.compile(r"«([^«»]+)»|„([^„“”]+)[“”]|“([^“”]+)”|\"([^\"]+)\"|「([^「」]+)」")
REST_OF_WORD = re.compile(rf"^{WORD_CHAR}*")
BRACKETED = re.compile(r"\s*\([^()]*\)")
# a word that denies what follows it, just before a word of praise
DENIED = re.compile(
    r"(?<![\w-])(?:kein\w*|nicht|pas|non|no|ni|geen|niet|не|ні|nie|ikke|nenhuma?)"
    r"(?:\s+[\w'’-]+)?\s+$",
    re.IGNORECASE,
)
FOR_AGAINST = "反对|反對|反対|赞成|贊成|賛成|찬성|반대"
# (a number after 反対 is a tally with its counter or at a clause's end: 賛成7、反対2だった;
# not "反对3家企业合并", opposing the merger of three firms)
TALLY = re.compile(
    rf"\d+\s*[票표]\s*(?:{FOR_AGAINST})"
    rf"|(?:{FOR_AGAINST})\s*\d+\s*(?:[票표]|(?=[、，,。．.）)\s]|で|だ|$))"
)
COUNTED = re.compile(r"\d+\w?")  # a number and its counter (1人, 3名, 2社): no actor
# a subject, then what it is between commas, then (an auxiliary and) the verb
APPOSITION = re.compile(r"([^,;:«»„“”\"()—]+),([^,;:«»„“”\"()—]+),\s*(?:\w+\s*)?$")
APPOSED_NAME = 4  # words at most of a name set between commas after a title
# verbs of ruling out: "not ruled out" affirms what it names (see `_affirmed`)
RULING_OUT = re.compile(
    r"(?<!\w)(?:n'|d')?(?:escl|descart|exclu|ausgeschlossen|ausschlie|schlie\w+\b.*\baus\b"
    r"|uitgesloten|uitsluit|sluit|afast)|排除",
    re.I,
)
MAX_ACTOR_WORDS = 7
MAX_ACTOR_CHARS = 30  # an actor in a script without spaces: 沖縄県の知事, 农业农村部副部长


def has_cues(lang: str) -> bool:
    """Whether risks and reactions can be read in `lang` (English is in `cues.py`)."""
    return lang in CUES


# Spanish and Portuguese "celebrar" is to welcome, and to hold a meeting, a hearing, an
# election, or to conclude a contract: not support then (it is blanked), in the future or
# the infinitive before such a thing, and in the passive ("celebrará una audiencia", "se
# celebró la votación"); in the past it is as often a welcome ("celebró la votación"), and
# an agreement celebrated may be one welcomed
_HELD_THINGS = (
    r"reuni|audiencia|audiência|sesi|sessão|elecci|eleiç|cumbre|cúpula|juicio|julgamento"
    r"|asamblea|assembleia|congreso|congresso|votaci|votaç|consulta|refer|acto|ato|rueda"
    r"|misa|missa|encuentro|encontro|conferencia|conferência|funeral|comicios|contrato"
    r"|pleno|debate|cita|vista"
)
HELD = {
    lang: re.compile(
        rf"(?<!\w)(?:se\s+celebr\w*|celebrar\w*(?=\s+(?:\w+\s+){{0,3}}?(?:{_HELD_THINGS})))",
        re.IGNORECASE,
    )
    for lang in ("es", "pt")
}


@cache
def pattern(lang: str, kind: str) -> re.Pattern[str] | None:
    """The alternation of `kind`'s cue words in `lang`, each the start of a word."""
    entries = CUES.get(lang, {}).get(kind, "").split()
    if not entries:
        return None
    alternatives = "|".join(
        f"{WORD_CHAR}+{re.escape(e[1:])}"
        if e.startswith("-")
        else re.escape(e).replace("_", r"\s+")
        for e in sorted(entries, key=len, reverse=True)
    )
    if lang in UNSPACED:
        return re.compile(f"(?:{alternatives})")
    clitics = CUES[lang].get("clitic", "").split()
    clitic = f"(?:{'|'.join(map(re.escape, clitics))})?" if clitics else ""
    return re.compile(rf"(?<!{WORD_CHAR}){clitic}(?:{alternatives})", re.IGNORECASE)


def found(text: str, lang: str, kind: str) -> list[str]:
    """The cue words of `kind` in `text`; for support, words of praise too ("a historic day":
    no verb, so never `_verb`'s) unless denied ("keine gute Nachricht")."""
    text = _unsuspected(text, lang)
    rx = pattern(lang, kind)
    words = rx.findall(text) if rx else []
    if kind == "support" and (praise := pattern(lang, "praise")):
        words += [m[0] for m in praise.finditer(text) if not DENIED.search(text[: m.start()])]
    return words


def _unsuspected(text: str, lang: str) -> str:
    """The text less the cue words that say no stance there, each blanked to its length: its
    `suspicion` words when it names a cause ("the fire's cause is suspected (आशंका) to be a
    short circuit" warns of nothing and voices no concern), a verb of HELD ("un tribunal
    celebrará una audiencia": holds a hearing, celebrates nothing), and a vote's tally
    (7票赞成、2票反对; 賛成7、反対2: a count of votes, nobody's reaction)."""
    text = TALLY.sub(lambda m: " " * len(m[0]), text)
    if held := HELD.get(lang):
        text = held.sub(lambda m: " " * len(m[0]), text)
    suspicion, cause = pattern(lang, "suspicion"), pattern(lang, "cause")
    if suspicion is None or cause is None or not cause.search(text):
        return text
    return suspicion.sub(lambda m: " " * len(m[0]), text)


@cache
def negated(lang: str) -> re.Pattern[str] | None:
    """A warning the sentence denies, in `lang`: a `negator` up to two words before a warning
    cue ("aucun risque", "keine Gefahr", "没有海啸风险"), or in Japanese a warning cue that
    the verb after it denies (津波の恐れはありません)."""
    warn = pattern(lang, "deniable") or pattern(lang, "warn")
    negators = CUES.get(lang, {}).get("negator", "").split()
    if warn is None or not negators:
        return None
    said = "|".join(re.escape(n).replace("_", r"\s+") for n in negators)
    if lang == "ja":  # (not ないわけではない: "not without")
        return re.compile(f"(?:{warn.pattern})(?:は|も)?(?:{said})(?!わけ)")
    if lang in UNSPACED:
        return re.compile(f"(?:{said})[^，。,]{{0,6}}?(?:{warn.pattern})")
    return re.compile(
        rf"(?<!{WORD_CHAR})(?:{said})\s*(?:[\w{MARKS}'-]+\s+){{0,2}}?{warn.pattern}"
        rf"{WORD_CHAR}*",
        re.I,
    )


def _affirmed(text: str, lang: str) -> str:
    """The text less the warnings it denies, and the states declared in a harm's name (a
    `measure`: "zona de catástrofe", a response): what is said not to threaten is no risk.
    A sentence that rules something out (or does not) is left whole: "n'excluent aucun
    risque", "no descartan ningún riesgo" affirm it."""
    measure = pattern(lang, "measure")
    if measure is not None:
        text = measure.sub(" ", text)
    rx = negated(lang)
    return rx.sub(" ", text) if rx and not RULING_OUT.search(text) else text


def harm_statement(text: str, lang: str) -> bool:
    """Does the sentence state a possible harm (a warning or 'could', and a harm), not one
    it denies?"""
    text = _affirmed(text, lang)
    if found(text, lang, "threat"):
        return True
    warned = found(text, lang, "warn") or found(text, lang, "modal")
    return bool(warned and found(text, lang, "harm"))


def risk_score(text: str, lang: str) -> int:
    """How explicit the threat is: 2 per threat, 1 per warning, modal and harm word."""
    if not harm_statement(text, lang):
        return 0
    text = _affirmed(text, lang)
    plain = sum(len(found(text, lang, k)) for k in ("warn", "modal", "harm"))
    return 2 * len(found(text, lang, "threat")) + plain


def _verb(text: str, lang: str) -> tuple[re.Match[str], str] | None:
    """The first verb of saying or of a stance outside quotes (what is quoted is what is said,
    not who says it: „Wir werden das nicht hinnehmen", sagte Kessler), and its stance (''
    for a neutral one)."""
    hits = []
    text = _unsuspected(text, lang)  # the same length: positions in it are the text's
    text = QUOTES.sub(lambda quoted: " " * len(quoted[0]), text)
    for kind in ("speech", *STANCES):
        rx = pattern(lang, kind)
        if rx and (m := rx.search(text)):
            hits.append((m.start(), STANCES.index(kind) if kind in STANCES else 9, m, kind))
    if not hits:
        return None
    _, _, match, kind = min(hits, key=lambda h: h[:2])
    source = pattern(lang, "according")
    if kind == "speech" and source and source.match(text, match.start()):
        # "según fuentes cercanas, el consejo rechazó": the stance is the board's, when a
        # clause of its own has a subject before it ("hubo protestas" has none)
        stances = [
            h
            for h in hits
            if h[3] != "speech"
            and BOUNDARY.search(text, match.end(), h[0])
            and _has_subject(text[: h[0]], lang)
        ]
        if stances:
            _, _, match, kind = min(stances, key=lambda h: h[:2])
    return match, "" if kind == "speech" else kind


def _has_subject(before: str, lang: str) -> bool:
    """Whether the clause that ends where a verb starts opens with its subject: a name, or a
    determiner and a noun ("el consejo"; not "le" of "le proteste", nor "hubo", "qui a")."""
    clause = BOUNDARY.split(before)[-1].strip()
    if lang in UNSPACED:
        return bool(clause)
    if CUES[lang]["actor"] == "marker":  # Turkish, Korean, Hindi: not told here
        return False
    words = clause.split()
    determiners = CUES[lang].get("determiner", "").split()
    return bool(words) and (
        words[0][:1].isupper() or (len(words) >= 2 and _determiner(words[0], determiners))
    )


def verb_stance(text: str, lang: str) -> str:
    """The stance of the sentence's first stance or speech verb ('' for a neutral one)."""
    hit = _verb(text, lang)
    return hit[1] if hit else ""


def stance(text: str, lang: str) -> str:
    """support / oppose / concern / neutral: the verb's, else the most frequent stance word."""
    if verb := verb_stance(text, lang):
        return verb
    hits = {s: len(found(text, lang, s)) for s in STANCES}
    best = max(hits.values())
    return next(s for s, n in hits.items() if n == best) if best else "neutral"


def find_actor(text: str, lang: str) -> str:
    """Who speaks or reacts in the sentence ('' when nobody is named; a pronoun as it is)."""
    hit = _verb(text, lang)
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
    before, opened = _clause_subject(before, lang)
    if opened:  # a phrase of place or time opened the clause: the subject is not before
        if "v2" not in CUES[lang]:
            return _clean(before, lang)
        before, after = "", _subject_after_verb(after, lang)
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
        if _determiner(words[k], determiners):
            return " ".join(words[k:]), True
    return "", True


def _subject_after_verb(span: str, lang: str) -> str:
    """In German or Dutch, the subject after the verb, up to the next determiner, "that" or
    preposition ("die Gewerkschaft die Entscheidung", "Anwohner vor Ratten")."""
    words = span.split()
    stops = {w for k in ("v2", "that", "lead_in", "v2_end") for w in CUES[lang][k].split()}
    end = next((k for k in range(1, len(words)) if words[k].casefold() in stops), None)
    return " ".join(words[:end])


def _determiner(word: str, determiners: list[str]) -> bool:
    """Whether a word is a determiner, or starts with an elided one ("l'entreprise")."""
    word = word.casefold().replace("’", "'")
    return word in determiners or any(d.endswith("'") and word.startswith(d) for d in determiners)


def _clean(span: str, lang: str) -> str:
    span = span.strip(" .-—")
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


def quotes_in(text: str, lang: str) -> list[str]:
    """Direct quotations of at least three words (six characters where words have no
    spaces)."""
    quoted = [next(g for g in m.groups() if g) for m in QUOTES.finditer(text)]
    if lang in UNSPACED:
        return [q for q in quoted if len(q) >= 6]
    return [q for q in quoted if len(q.split()) >= 3]


def classify(sentence: Sentence, actor: str) -> Kind:
    """The section a sentence belongs to (the rules of `cues.classify`)."""
    text, lang = sentence.text, sentence.lang
    if not has_cues(lang):
        return "development"
    harm = harm_statement(text, lang)
    if actor:
        verb = verb_stance(text, lang)
        if verb in ("support", "oppose"):
            return "reaction"
        if quotes_in(text, lang) and not (harm and verb == "concern"):
            return "reaction"
        if not harm and (verb or any(found(text, lang, s) for s in STANCES)):
            return "reaction"
    if harm and (sentence.position > 0 or found(text, lang, "threat")):
        return "risk"
    if found(text, lang, "outlook") and sentence.position > 0:
        return "outlook"
    return "development"
