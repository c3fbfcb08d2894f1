"""Risks, reactions and outlook in sentences of other languages than English.

The same rules as `cues.py`, read with the word lists of `cue_words.py`: a risk states a
possible harm (a warning or a "could" together with a harm, or an explicit threat); a reaction
is an actor who takes a stance (a stance verb) or is quoted; the stance comes from the verb.
Who the actor is: lang_actors.py. A language without lists gives developments only
(`has_cues` says which).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from briefgen.assessed import denied, unlikely
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
# words that deny what follows them (a praise, a stance: parts.TURNED) in several languages
DENYING = r"kein\w*|nicht|pas|non|no|geen|niet|не|ні"
# ... and those, just before a word of praise
DENIED = re.compile(
    rf"(?<![\w-])(?:{DENYING}|ni|nie|ikke|nenhuma?)(?:\s+[\w'’-]+)?\s+$", re.IGNORECASE
)
FOR_AGAINST = "反对|反對|反対|赞成|贊成|賛成|찬성|반대"
# (a number after 反対 is a tally with its counter or at a clause's end: 賛成7、反対2だった;
# not "反对3家企业合并", opposing the merger of three firms)
TALLY = re.compile(
    rf"\d+\s*[票표]\s*(?:{FOR_AGAINST})"
    rf"|(?:{FOR_AGAINST})\s*\d+\s*(?:[票표]|(?=[、，,。．.）)\s]|で|だ|$))"
)
# verbs of ruling out: "not ruled out" affirms what it names (see `_affirmed`)
RULING_OUT = re.compile(
    r"(?<!\w)(?:n'|d')?(?:escl|descart|exclu|ausgeschlossen|ausschlie|schlie\w+\b.*\baus\b"
    r"|uitgesloten|uitsluit|sluit|afast)|排除",
    re.I,
)


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


# an escalation or a retaliation told as the latest one is what happened, no threat (the
# English rule: cues.THREAT): "la última escalada en una disputa", "die jüngste Eskalation";
# a "new" one may be threatened ("amenazó con una nueva escalada")
TOLD = {
    lang: re.compile(rf"(?<!{WORD_CHAR})(?:{words})\s+$", re.IGNORECASE)
    for lang, words in {
        "es": "últimas?|recientes?", "pt": "últimas?|recentes?", "it": "ultim[ae]|recent[ei]",
        "fr": "derni[eè]res?|récentes?", "de": "jüngsten?|letzten?",
    }.items()
}  # fmt: skip


def found(text: str, lang: str, kind: str) -> list[str]:
    """The cue words of `kind` in `text`; for support, words of praise too ("a historic day":
    no verb, so never `_verb`'s) unless denied ("keine gute Nachricht")."""
    text = _unsuspected(text, lang)
    rx = pattern(lang, kind)
    told = TOLD.get(lang) if kind == "threat" else None
    matches = rx.finditer(text) if rx else ()
    words = [
        m[0]
        for m in matches
        if not (told and told.search(text[: m.start()])) and not _denied(text, m, lang, kind)
    ]
    if kind == "support" and (praise := pattern(lang, "praise")):
        words += [m[0] for m in praise.finditer(text) if not DENIED.search(text[: m.start()])]
    return words


def _denied(text: str, match: re.Match[str], lang: str, kind: str) -> bool:
    """Whether `match` is a word of concern that the sentence denies ("쓰나미 우려는 없다":
    there is no fear of a tsunami; assessed.denied), a word of denial just before it: "keine
    Sorge", not "no ocultó su preocupación" (did not hide her concern)."""
    return kind == "concern" and denied(text, match, lang, reach=1)


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


def first_verb(text: str, lang: str) -> tuple[re.Match[str], str] | None:
    """The first verb of saying or of a stance outside quotes (what is quoted is what is said,
    not who says it: „Wir werden das nicht hinnehmen", sagte Kessler), and its stance (''
    for a neutral one)."""
    hits = []
    text = _unsuspected(text, lang)  # the same length: positions in it are the text's
    text = QUOTES.sub(lambda quoted: " " * len(quoted[0]), text)
    for kind in ("speech", *STANCES):
        rx = pattern(lang, kind)
        said = (m for m in (rx.finditer(text) if rx else ()) if not _denied(text, m, lang, kind))
        if m := next(said, None):
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
        words[0][:1].isupper() or (len(words) >= 2 and is_determiner(words[0], determiners))
    )


def verb_stance(text: str, lang: str) -> str:
    """The stance of the sentence's first stance or speech verb ('' for a neutral one)."""
    hit = first_verb(text, lang)
    return hit[1] if hit else ""


def stance(text: str, lang: str) -> str:
    """support / oppose / concern / neutral: the verb's, else the most frequent stance word."""
    if verb := verb_stance(text, lang):
        return verb
    hits = {s: len(found(text, lang, s)) for s in STANCES}
    best = max(hits.values())
    return next(s for s, n in hits.items() if n == best) if best else "neutral"


def is_determiner(word: str, determiners: list[str]) -> bool:
    """Whether a word is a determiner, or starts with an elided one ("l'entreprise")."""
    word = word.casefold().replace("’", "'")
    return word in determiners or any(d.endswith("'") and word.startswith(d) for d in determiners)


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
    harm = harm_statement(text, lang) and not unlikely(text, lang)
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
