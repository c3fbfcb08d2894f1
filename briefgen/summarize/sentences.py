"""Split a story's articles into scored candidate sentences, in the article's language.

pysbd splits (with its rules for the language when it has them, its English rules otherwise:
those split at 。！？ too); then pieces are joined back where one ended at an ordinal or an
abbreviation ("ab dem 1." + "Januar 2027 gelten.", "El Sr." + "García ..."). Words are counted
in any script (`briefgen.words`), so a Chinese sentence is not one "word".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import regex

from briefgen.datelines import dateline
from briefgen.models import Article
from briefgen.text import terms
from briefgen.words import THAI_RE, word_count

log = logging.getLogger(__name__)

TERMINAL = re.compile(r"[.!?…:;\"”’')\]。！？」』）؟।॥]\s*$")
LABEL = re.compile(r"^(?P<label>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}):\s+(?=\S)")
# a wire's sign-off: "(Reporting by Olena Marchenko; Editing by Tom Hale)", in brackets or
# naming its editor; not "Reporting by the Guardian found that ..."
SIGN_OFF = re.compile(
    r"^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b"
    r"|^(?:additional\s+)?(?:reporting|writing)\s+by\b[^.]*;\s*(?:editing|writing)\s+by\b",
    re.I,
)
BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
MIN_WORDS, MAX_WORDS = 6, 70
RUN_ON_KEEP = 45  # words kept (then " …") of a run-on "sentence" that has no full stop
# A brief quotes a handful of sentences per article, nearly always from its first pages: past
# this many, a 15 MB page dump would only cost time (splitting and ranking) and add nothing.
MAX_PER_ARTICLE = 200
# characters of one paragraph handed to the splitter at a time: pysbd's time grows with the
# square of a piece's length where it has no sentence end (28 ms for 5,000 characters, 3 ms
# for 1,000), and a 14 MB page of one paragraph is 200 pieces
CHUNK = 2_000

# Abbreviations that stand before a name, a number or a unit and so never end a sentence
# (pysbd knows many English ones; those of other languages it often splits at).
NEVER_LAST = {
    "": "dr prof nr no st mr mrs ms gen",
    "de": "mrd mio tsd nr dr prof hr fr abs art bzw ca rd vgl sog ggf evtl inkl zzgl dipl ing "
    "mag str geb gest jh chr st lt gem",
    "fr": "m mm mme mmes mlle me pr mgr st ste av bd env",
    "es": "sr sra srta sres srs dr dra d dña lic ing núm art pág ud uds av gral",
    "it": "sig sigg dott prof on avv ing sen mln mld art n p",
    "pt": "sr sra srs dr dra prof exmo exma art n nº v",
    "nl": "dhr mevr mw drs ir mr dr prof mln mld mrd nr blz bijv ca st",
    "ru": "ул д им проф акад млн млрд тыс ст",
    "uk": "вул д ім проф акад млн млрд тис ст",
    "pl": "ul prof dr mgr inż np tzn tj tzw wg ok tys mln mld św al nr godz",
    "cs": "tzv např mld mil tis mudr ing mgr prof doc č odst ul nám sv",
    "tr": "dr prof doç av yrd vb sn alb gen org cad sok mah",
    "el": "κ κα δρ καθ",  # κύριος, κυρία (Mr, Mrs), δόκτωρ, καθηγητής
}
NEVER_LAST_SETS = {lang: frozenset(words.split()) for lang, words in NEVER_LAST.items()}
# Languages that write ordinals as a number and a full stop ("1. Januar", "1. května").
DOTTED_ORDINALS = frozenset("de cs sk pl sl hr sr bs da no nb nn fi hu tr et lv lt is".split())
MONTHS = frozenset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember"
    " ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split()
)
# German words that stand before an ordinal: "ab dem 1. Januar", "zum 3. Mal", "der 2. Weltkrieg".
BEFORE_ORDINAL = frozenset(
    "der die das dem den des am im vom zum zur beim ab bis seit vor nach ihr ihre ihrem ihren "
    "sein seine seinem seinen jeder jede jedes".split()
)
LAST_WORD = re.compile(r"(?:^|[\s(“\"'])([^\W\d_]{1,6})\.\s*$")
ORDINAL_END = re.compile(r"(?:^|\s)(?:(\S+)\s+)?(\d{1,3})\.\s*$")
# an initial of one or two capitals, or letters of a script without capitals, of a script
# pysbd has no rules for (not Latin's or Cyrillic's): "της Π.Ε. Χανίων" (of the regional unit
# of Chania), "எம். ஏ. சிதம்பரம்" (M. A. Chidambaram), "د. محمد" (Dr Mohammed); not "π.μ."
SHORT_FORM = r"(?:(?!\p{Latin}|\p{Cyrillic})[\p{Lu}\p{Lo}]\p{M}*){1,2}\."
SHORT_FORM_END = regex.compile(rf"(?:^|[\s(]){SHORT_FORM}$")
SHORT_FORMS_END = regex.compile(rf"(?:^|[\s(]){SHORT_FORM}\s?{SHORT_FORM}$")
# a Cyrillic initial, which pysbd's Russian rules end a sentence at ("глава ЦБ Э." +
# "Набиуллина ..."); its English rules join a Latin one to the capital after it ("Group B.
# Next ..." too), and so does this
CYRILLIC_INITIAL = regex.compile(r"(?:^|[\s(])(?=\p{Cyrillic})\p{Lu}\.$")
CLOSERS = re.compile(r"^[\"“”’'」』）)\]]+")
# where _paragraphs cuts a long line first: after a word of three small letters or more and
# its full stop, before a capital (not after "Dr.", "U.S.", "1." or "Mrd.")
UNSPACED_ENDS = "。！？।॥؟"  # ... or after one of these, in scripts without capitals
SENTENCE_GAP = regex.compile(r"(?<=\p{Ll}{3}[.!?][\"”’»)]?) (?=[\"“«(]?\p{Lu})")
# ends pysbd misses: in its English rules, and after roubles and hryvnias, which its Russian
# rules take for an abbreviation inside a sentence ("450 млрд руб. Акции банка ...")
EXTRA_END = re.compile(r"(?<=[।॥؟])\s+(?=\S)|(?<=\b(?:руб|грн)\.)\s+(?=[А-ЯЁІЇЄҐ])")


@dataclass
class Sentence:
    """A sentence as it appears in one article, with where it stands."""

    text: str  # verbatim from the article (bullet and label removed)
    article: int  # index of the article in the story
    position: int  # index among the article's sentences
    label: str = ""  # "Support" in "Support: Japan condemned ..."
    heading: str = ""  # the section heading above it, if the article has headings
    terms: list[str] = field(default_factory=list)
    lang: str = ""  # the article's language (ISO 639-1), '' when unknown

    @cached_property
    def words(self) -> int:
        """How many words, in any script."""
        return word_count(self.text, self.lang)


@lru_cache(maxsize=32)
def _segmenter(lang: str):  # pysbd has no type hints
    import pysbd

    return pysbd.Segmenter(language=lang, clean=False)


@lru_cache(maxsize=1)
def _ends() -> re.Pattern[str]:
    """A mark that may end a sentence in a language pysbd knows, or one EXTRA_END adds."""
    from pysbd.languages import LANGUAGE_CODES

    marks = {m for rules in LANGUAGE_CODES.values() for m in getattr(rules, "Punctuations", [])}
    return re.compile(f"[{re.escape(''.join(sorted(marks | set('।॥؟…'))))}]")


def split_sentences(paragraph: str, lang: str = "") -> list[str]:
    """Sentences of one paragraph in language `lang` (ISO 639-1; English rules when pysbd
    has none for it), whitespace-trimmed; ordinals and abbreviations end none of them."""
    from pysbd.languages import LANGUAGE_CODES

    if not _ends().search(paragraph):  # one run-on sentence, whatever the splitter's rules
        return [paragraph.strip()] if paragraph.strip() else []
    lang = (lang or "").lower()[:2]
    pieces = _segmenter(lang if lang in LANGUAGE_CODES else "en").segment(paragraph)
    pieces = [p.strip() for piece in pieces for p in EXTRA_END.split(piece) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        if out and (closers := _closing(out[-1], piece)):  # "好。" + "”然后": it ends the quote
            out[-1] += closers
            piece = piece[len(closers) :].lstrip()
            if not piece:
                continue
        if out and _continues(out[-1], piece, lang):
            out[-1] += piece if piece.startswith((",", ";")) else f" {piece}"
        else:
            out.append(piece)
    return out


def _closing(before: str, piece: str) -> str:
    """The quote marks and brackets that open `piece` but close `before`: all of a piece of
    marks alone; else a straight quote, or “ (German and Czech close „ with it, English opens
    with it), only when it closes a quote left open there: otherwise it opens the next
    sentence's quote."""
    closers = CLOSERS.match(piece)
    if closers is None or closers[0] == piece:
        return piece if closers else ""
    marks = closers[0]
    for i, mark in enumerate(marks):
        if mark in "\"'“" and not _left_open(before, mark):
            return marks[:i]
    return marks


def _left_open(before: str, mark: str) -> bool:
    """Whether `mark` would close a quote `before` leaves open: an odd straight quote, or a
    „ not closed by “ or a straight quote."""
    low_open = before.count("„") > before.count("“") + before.count('"')
    return low_open if mark == "“" else before.count(mark) % 2 == 1 or (mark == '"' and low_open)


def _continues(before: str, piece: str, lang: str) -> bool:
    """Whether `before` ended at an abbreviation, an ordinal, a comma (Arabic's ، too) or a
    colon (pysbd ends Arabic and Persian sentences there: "وأضاف فاروق:" + the quote he
    said), not at the end of a sentence; or `piece` starts with a comma."""
    if before.endswith((",", "،", "、", "，", ":", "：")) or piece.startswith((",", ";")):
        return True  # (no sentence starts with a comma: "o 12 proc." + ", do 4,1 mld zł")
    if not before.endswith("."):
        return False
    if (
        (regex.fullmatch(SHORT_FORM, piece) and SHORT_FORM_END.search(before))
        or SHORT_FORMS_END.search(before)
        or regex.fullmatch(SHORT_FORM, before)
        or (CYRILLIC_INITIAL.search(before) and piece[:1].isupper())
    ):
        return True  # "Π." + "Ε." + "Χανίων ...", "د." + "محمد ...", "Э." + "Набиуллина"
    if THAI_RE.match(before[-2:]):  # Thai ends no sentence with a full stop: กนง. (the
        return True  # monetary policy committee), พ.ศ. (the Buddhist era) are abbreviations
    first = piece[:1]
    if first.islower():  # "4 mld." + "di euro", "1." + "května": a sentence starts upper-case
        return True
    if (match := LAST_WORD.search(before)) and (
        (word := match[1].casefold()) in NEVER_LAST_SETS[""]
        or word in NEVER_LAST_SETS.get(lang, ())
    ):
        return True
    if match := ORDINAL_END.search(before):
        if match.start(2) == 0 and before.strip() == f"{match[2]}.":
            return True  # a number alone is a list item's number, not a sentence
        if lang in DOTTED_ORDINALS:
            next_word = piece.split(maxsplit=1)[0].strip(",;:").casefold()
            previous = (match[1] or "").casefold()
            return next_word in MONTHS or previous in BEFORE_ORDINAL
    return False


def is_heading(paragraph: str, lang: str = "") -> bool:
    """A short line without closing punctuation, such as 'Risks and Potential Retaliation'."""
    return (
        not TERMINAL.search(paragraph)
        and not BULLET.match(paragraph)
        and word_count(paragraph, lang) <= 14
    )


def article_sentences(article: Article, index: int, limit: int = MAX_PER_ARTICLE) -> list[Sentence]:
    """The first `limit` sentences of an article in reading order; headings become context.
    A wire's dateline ("KYIV, Nov 27 (Atlas) - ", "(서울=한빛통신) 박수현 기자 = ") is no part
    of its first sentence, and its sign-off ("(Reporting by …; Editing by …)") no sentence."""
    out: list[Sentence] = []
    heading = ""
    lang = article_language(article)
    _, start = dateline(article.text)
    for paragraph in _paragraphs(article.text[start:]):
        if len(out) >= limit:
            log.info("%s: only its first %d sentences are read", article.url, limit)
            break
        if is_heading(paragraph, lang):
            heading = paragraph
            continue
        for raw in split_sentences(BULLET.sub("", paragraph), lang):
            if SIGN_OFF.match(raw):
                continue
            if (count := word_count(raw, lang)) > MAX_WORDS:  # no full stops: keep its opening
                raw = _opening(raw, count).rstrip(",;:，、") + " …"
            label = ""
            if match := LABEL.match(raw):
                label, raw = match["label"], raw[match.end() :]
            sentence = Sentence(
                text=raw,
                article=index,
                position=len(out),
                label=label,
                heading=heading,
                terms=terms(raw),
                lang=lang,
            )
            out.append(sentence)
    return out[:limit]


def article_language(article: Article) -> str:
    """The language the article's sentences are split in: the one its source declared, else
    the one detected from its text ('' when neither tells)."""
    if article.language:
        return article.language.lower()[:2]
    from briefgen.language import detect_language

    return detect_language(article)


def _opening(run_on: str, count: int) -> str:
    """The first RUN_ON_KEEP of the `count` words of a run-on "sentence"."""
    if " " in run_on.strip():
        return " ".join(run_on.split()[:RUN_ON_KEEP])
    return run_on[: len(run_on) * RUN_ON_KEEP // count]  # no spaces (CJK): cut in proportion


def _paragraphs(text: str) -> Iterator[str]:
    """Non-empty lines, those longer than CHUNK cut into pieces after a sentence's end in the
    piece's second half (SENTENCE_GAP, UNSPACED_ENDS), else at a space (lazily: a huge line
    is only read as far as the sentences wanted)."""
    for line in text.split("\n"):
        start, end = 0, len(line)
        while end - start > CHUNK:
            stop = start + CHUNK
            gaps = [m.end() for m in SENTENCE_GAP.finditer(line, start + CHUNK // 2, stop)]
            ends = (line.rfind(m, start + CHUNK // 2, stop - 1) + 1 for m in UNSPACED_ENDS)
            cut = max(gaps[-1] if gaps else 0, *ends)
            if cut <= start + CHUNK // 2:
                cut = line.rfind(" ", start, stop)
                cut = cut if cut > start else stop
            if piece := line[start:cut].strip():
                yield piece
            start = cut
        if piece := line[start:end].strip():
            yield piece


def usable(sentence: Sentence) -> bool:
    """Long enough to say something, and not a dangling fragment."""
    return (
        MIN_WORDS <= sentence.words <= MAX_WORDS
        and bool(sentence.terms)
        and not sentence.text.endswith((",", "—", "-"))
    )
