"""Short names of the harm a sentence states, in the languages besides English that have cue
words (cue_words.py): from the harm word to the end of its clause, in Chinese and Japanese
the whole clause cut after a whole word, in German with the words that qualify the harm."""

from __future__ import annotations

import re
import unicodedata

from briefgen.summarize.cue_words import CUES
from briefgen.summarize.lang_actors import find_actor
from briefgen.summarize.lang_cues import BOUNDARY, THAT, UNSPACED, pattern
from briefgen.text import MARKS
from briefgen.words import segment, unjoined

WORD_BACK = re.compile(rf"[\w{MARKS}-]*$")  # a word's start before a cue found inside it
UNSPACED_TITLE = 24  # characters of a Chinese or Japanese risk title at most
NUMBER_PART = re.compile(r"[\d０-９][\d０-９.,．，%％]")  # two characters of one number
MAX_QUALIFIERS = 3  # adjectives before a harm noun that name it with it
OPENING_QUALIFIERS = 2  # words opening a sentence before its harm noun: they qualify it
# "but", after which a sentence says what is feared ("ends Thursday, but the backlog may ...")
CONTRAST = re.compile(
    r"(?<!不)但(?!愿)是?|然而|不过|しかし|ただし|(?<![\w-])(?:but|aber|mais|pero|ma|mas|maar|ale|но|але|однако)"
    r"(?![\w-])",
    re.IGNORECASE,
)
CAPITALISED_NOUNS = {"de"}  # languages whose nouns are capitalised (and adjectives not)
ZU_INFINITIVE = re.compile(r"[a-zäöü]+zu[a-zäöü]+(?:en|rn|ln)|zu [a-zäöü]+(?:en|rn|ln)")
JOINED = {"he", "ar"}  # languages that join "to", "in", "and" to the next word
# languages whose verb ends its clause (spaced ones: Chinese and Japanese take the whole
# clause): what "could" happen comes before the cue ("... bir artçı sarsıntı olabileceği
# uyarısında bulundu": that an aftershock could come, they warned)
VERB_FINAL = {"tr"}  # ... and the clause that ends at a 'could' names the harm first
KINDS = ("threat", "harm", "modal", "warn")  # the cues a title starts from, best first
TITLE_WORDS = 8  # words of a title at most, "…" marking the cut
MODAL_SUBJECT = 5  # words before a 'could' in its clause, at most, that a title opens with
WORD = re.compile(r"\S+")


def harm_titles(text: str, lang: str) -> list[str]:
    """Short names of the harm a sentence states, best first: from the harm (or threat) word
    to the end of its clause, then from the 'could' or the warning; those after a "but"
    first (罢工预计于周四结束，但积压的集装箱可能需要一周: the strike ends on Thursday, but the
    backlog may take a week; what is feared follows the "but"). A harm word's phrase starts
    at the start of its word; in German, where it can be told, with the words that qualify
    it ("mit einem unbefristeten Streik", "den Hochlauf verzögern"), and there one word
    alone is no title. In a VERB_FINAL language the clause up to a 'could' comes first."""
    order = ("modal", "threat", "harm", "warn") if lang in VERB_FINAL else KINDS
    kinds = [(kind, rx) for kind in order if (rx := pattern(lang, kind))]
    turn = CONTRAST.search(text)
    found = [(kind, m) for kind, rx in kinds if turn and (m := rx.search(text, turn.end()))]
    found += [(kind, m) for kind, rx in kinds if (m := rx.search(text))]
    out: list[str] = []
    for kind, m in found:
        title = _title(text, m, kind, lang)
        if opening := CONTRAST.match(title):  # 但积压的…: the backlog, not "but"
            title = title[opening.end() :].lstrip(" ,，、")
        if len(title) > 1 and (title := title[:1].upper() + title[1:]) not in out:
            out.append(title)
    return out


def _title(text: str, m: re.Match[str], kind: str, lang: str) -> str:
    """The harm's name from a cue word of `kind` found at `m`."""
    if lang in UNSPACED:  # the whole clause: 高波や土砂災害に…, not 土砂災害に…
        clause = BOUNDARY.split(text[: m.start()])[-1]
        if clause == text[: m.start()]:
            clause = _after_speaker(clause, text, lang)
        clause += BOUNDARY.split(text[m.start() :], maxsplit=1)[0].strip().rstrip(".")
        return _cut(clause, lang, UNSPACED_TITLE)
    named = kind in ("threat", "harm")  # a 'could' or a warning starts its own
    if lang in VERB_FINAL and kind == "modal":  # (before "warned" is as often the advice
        return _ending_at(text, m.end())  # warned of: "hasarlı binalara girilmemesi")
    start = _phrase_start(text, m.start(), lang) if named else m.start()
    if start < 0:
        return ""
    if kind == "modal":  # with what may happen: "i prezzi potrebbero risalire", not
        # "Potrebbero risalire"; from the last "that" on ("Il estime que les prix ..."), and
        # not from the sentence's start (a title is never the sentence's opening)
        clause = start - len(BOUNDARY.split(text[:start])[-1])
        words = list(WORD.finditer(text, clause, start))
        that = max((k for k, w in enumerate(words) if THAT.match(w[0] + " ")), default=-1)
        subject = words[that + 1 :]
        if 0 < len(subject) <= MODAL_SUBJECT and text[: subject[0].start()].strip():
            start = subject[0].start()
    start += _joined(text[start:], kind, lang)
    if named and 0 < len(text[:start].split()) <= OPENING_QUALIFIERS:
        start = 0  # "Höhere Zölle ...": not "Zölle", which the sentence's start qualifies;
        # the title is then the sentence's opening, and none
    clauses = BOUNDARY.split(text[start:], maxsplit=2)
    if kind == "warn" and len(clauses) > 1 and len(clauses[0].split()) <= 2:
        # "предупредили, что высокая ставка может ...": what they warned of
        clauses = clauses[1:]
        clauses[0] = THAT.sub("", clauses[0].strip())
    words = clauses[0].strip().rstrip(".").split()
    if lang in CAPITALISED_NOUNS and kind == "warn":
        if words[:1] == ["sich"]:
            words = words[1:]  # "dass sich Lieferungen ... verzögern könnten"
        if len(words) > 8:
            return ""  # what is warned of ends with its verb: cut, it says no harm
    if lang in CAPITALISED_NOUNS and named:  # a harm named by a noun, then what is done
        # with it: "Streik am Donnerstag fortzusetzen" (zu verlängern) is the strike (not
        # "Stellen abzubauen", whose verb is the harm: no noun of it before)
        cut = 2 if words[-2:-1] == ["zu"] else 1
        if len(words) > cut + 1 and ZU_INFINITIVE.fullmatch(" ".join(words[-cut:])):
            words = words[:-cut]
    title = " ".join(words[:TITLE_WORDS]) + (" …" if len(words) > TITLE_WORDS else "")
    return title if len(words) > 1 else ""  # "Банкротств": a harm's word alone


def _ending_at(text: str, end: int) -> str:
    """A verb-final language's clause up to the end of the word at `end` (its cue: "…
    sarsıntı olabileceği"), its last TITLE_WORDS words; none of one word alone."""
    end += len(re.match(r"\w*", text[end:])[0])
    words = BOUNDARY.split(text[:end])[-1].split()
    return " ".join(words[-TITLE_WORDS:]) if len(words) > 1 else ""


def _joined(title: str, kind: str, lang: str) -> int:
    """How many letters open a Hebrew or Arabic title that are a word joined to its cue
    ("to", "in", "and": לעליית מחירי המזון, "to a rise in food prices"), the cue read
    without them; 0 elsewhere."""
    if lang not in JOINED:
        return 0
    rx = pattern(lang, kind)
    return next((k for k, rest in unjoined(title) if rx and rx.match(rest)), 0)


def _cut(clause: str, lang: str, most: int) -> str:
    """A clause of Chinese or Japanese cut, as it is written, after its last whole word
    within `most` characters (not 警戒を呼 of 呼びかけた; the segmenter's words, folded,
    only say where words end), and never inside a number; marked "…" when cut."""
    if len(clause) <= most:
        return clause
    folded, where = "", []  # the clause as the segmenter reads it, and each character's place
    for i, char in enumerate(clause):
        read = unicodedata.normalize("NFKC", char).casefold()
        folded += read
        where += [i] * len(read)
    ends, at = [], 0
    for word in segment(clause, lang):
        found = folded.find(word, at)
        if found >= 0:
            at = found + len(word)
            ends.append(where[at - 1] + 1)
    end = max(
        (e for e in ends if e <= most and not (NUMBER_PART.match(clause[e - 1 : e + 1]))),
        default=0,
    )
    return (clause[:end] if end else clause[:most]) + " …"


def _after_speaker(clause: str, text: str, lang: str) -> str:
    """A clause without who says it, when it opens with the sentence's actor and a subject
    marker after at most two particles (輸出企業からは円高で…: 円高で…); else as it is
    (はしかの流行で… is no speaker and a marker in a word)."""
    actor, marker = find_actor(text, lang), CUES[lang].get("marker")
    if not (actor and marker and clause.startswith(actor)):
        return clause
    marked = re.match(rf"[^、。]{{0,3}}?(?:{marker})", clause[len(actor) :])
    return clause[len(actor) + marked.end() :] if marked else clause


def _phrase_start(text: str, at: int, lang: str) -> int:
    """Where the phrase of the harm word at `at` starts: the start of that word ("Phishing-
    Angriffen"), and in German, which capitalises its nouns, after a determiner or a
    preposition MAX_QUALIFIERS words before it at most: a noun's adjectives ("einem
    unbefristeten Streik"), a verb's object ("den Hochlauf verzögern"); -1 when what precedes
    a verb is a preposition's ("um bis zu eine Woche verzögern": no phrase of its own)."""
    at -= len(WORD_BACK.search(text[:at])[0])
    if lang not in CAPITALISED_NOUNS:
        return at
    noun = text[at : at + 1].isupper()
    stops = {w for k in ("v2", "v2_end", "lead_in", "that") for w in CUES[lang].get(k, "").split()}
    prepositions = {w for k in ("v2_end", "lead_in") for w in CUES[lang].get(k, "").split()}
    before = BOUNDARY.split(text[:at])[-1]
    words = list(re.finditer(r"\S+", before))
    for k in range(len(words) - 1, max(len(words) - 1 - MAX_QUALIFIERS, -1), -1):
        word = words[k][0]
        if word.casefold() in stops:
            if not noun and k and words[k - 1][0].casefold() in prepositions:
                return -1  # "um bis zu eine Woche verzögern": no object, and no title
            return at - len(before) + words[k + 1].start() if k + 1 < len(words) else at
        if noun and not word[:1].islower():
            break
    return at  # no determiner or preposition near: "meldete massive Verluste" is no phrase
