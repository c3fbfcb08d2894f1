"""Text and URL normalisation shared by the sources, the deduplicator and the summarizer."""

from __future__ import annotations

import hashlib
import html
import re
import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import nh3
import regex

TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid)$", re.I)
BLOCK_TAGS = re.compile(
    r"</?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article)\b[^>]*>", re.I
)
QUOTE_MARKS = dict.fromkeys("“”„«»", '"') | dict.fromkeys("‘’‚′", "'")
# found by one regex: str.translate looks every character of a non-ASCII text up in a dict,
# sixty times slower on a long article (2 s for 15 MB)
QUOTE_MARK = re.compile("[" + "".join(QUOTE_MARKS) + "]")
# Every combining mark of the Basic Multilingual Plane (Unicode category M), as the ranges of a
# character class for `re`, whose \w leaves them out: Devanagari's vowel signs, Bengali's,
# Tamil's, Arabic's tanwin, so that r"\w+" reads मंजिला (storeys) as म, ज and ल. WORD_REST
# is the rest of a word after its first letter, marks included (a possessive loop: as fast
# as [^\W_]*).
# Romanian's ş and ţ (with a cedilla), still often typed, as its own ș and ț (with a comma
# below): NFKC keeps them apart
ROMANIAN_COMMAS = str.maketrans("şţŞŢ", "șțȘȚ")
MARKS = "".join(
    f"{run[0]}-{run[-1]}" if len(run) > 1 else run
    for run in regex.findall(r"\p{M}+", "".join(map(chr, range(0x300, 0x10000))))
)
WORD_REST = rf"[^\W_]*+(?:[{MARKS}]+[^\W_]*+)*+"
WORD_CHAR = rf"[\w{MARKS}]"  # a letter, a digit or a mark of a word (and _)
WORD_RE = re.compile(rf"[^\W_]{WORD_REST}(?:['’][^\W_]+)?")

STOPWORDS = frozenset(
    """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over
own same she should so some such than that the their theirs them themselves then there these
they this those through to too under until up very was we were what when where which while who
whom why will with would you your yours yourself yourselves said says say told according mr ms
new one two year years week day days time since per upon via among amid it's
""".split()
)


def one_of(words: Iterable[str]) -> str:
    """A pattern that matches any of `words` (literally), the longest that matches first, as
    their alternation sorted longest first does, but as a trie of their letters: each place
    in a text is tried letter by letter, not word by word (several times faster in `re`).
    Matched ignoring case, the words must be case-folded: "One" and "one two" are two
    branches of the trie, and "one" would stop at the first."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:
    """A trie node as a pattern: its longer words first, then the one that ends at it."""
    found = [re.escape(c) + _branches(child) for c, child in node.items() if c]
    found += [""] if "" in node else []
    return found[0] if len(found) == 1 else "(?:" + "|".join(found) + ")"


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    if not parts.scheme or not parts.netloc:
        return url.strip()
    query = urlencode(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not TRACKING_PARAMS.match(k)
        )
    )
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), host, path, query, ""))


SECRET_PARAMS = re.compile(
    r"(token|key|secret|password|passwd|pass|sig|signature|auth|session|credential)", re.I
)


def redact_url(url: str) -> str:
    """A URL fit for messages and records: no user:password, secret-looking values masked."""
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    query = "&".join(
        f"{k}=***" if SECRET_PARAMS.search(k) else (f"{k}={v}" if v else k)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    )
    return urlunsplit((parts.scheme, host, parts.path, query, parts.fragment))


def normalise(text: str) -> str:
    """NFKC, straight quotes, single spaces: the form used for hashing and matching."""
    text = QUOTE_MARK.sub(lambda m: QUOTE_MARKS[m[0]], unicodedata.normalize("NFKC", text))
    return " ".join(text.split())  # what re.sub(r"\s+", " ") and strip() give, twice as fast


def casefold(text: str) -> str:
    """`text` case-folded to look words up by, as re.IGNORECASE finds them: Turkish's dotted
    and dotless i as i (str.casefold gives "İKİ", two, as i and a dot above, and keeps "ı",
    which re matches as i: "ALTI" is altı, six)."""
    return text.casefold().replace("i\u0307", "i").replace("ı", "i")


def content_hash(title: str, text: str) -> str:
    """Hash of the normalised, case-folded title and text: identical articles only (feeds
    that give every entry the same teaser still differ by title)."""
    basis = normalise(f"{title}\n{text}").casefold()
    return hashlib.sha256(basis.encode()).hexdigest()[:32]


# C0 and C1 controls but tab and newline (CR, VT, FF become spaces first), and the bidi
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) that can flip the text
# around them ("Trojan Source"); the marks LRM/RLM stay.
UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
MAX_RUN = 2000  # characters without a space: longer is a blob (base64, padding), not a word
LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


def clean_text(text: str) -> str:
    """Untrusted article text made safe to show: control and bidi characters dropped (CR, VT
    and FF made spaces), and every run of more than MAX_RUN non-space characters cut to
    MAX_RUN and "…", so one 1 MB "word" cannot bloat or break a brief."""
    text = UNSAFE_CHARS.sub("", re.sub("[\r\v\f]", " ", text.replace("\r\n", "\n")))
    return LONG_RUN.sub(lambda m: m[0][:MAX_RUN] + "…", text)


def html_to_text(markup: str) -> str:
    """Plain text from untrusted HTML: tags (and script bodies) dropped, paragraphs kept,
    unsafe characters removed (`clean_text`)."""
    markup = BLOCK_TAGS.sub("\n", markup)
    text = clean_text(html.unescape(nh3.clean(markup, tags=set(), attributes={})))
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def words(text: str) -> list[str]:
    """Lower-case word tokens."""
    return [w.casefold().replace("’", "'").removesuffix("'s") for w in WORD_RE.findall(text)]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Porter 2) stem, so 'strikes'/'strike' and 'escalation'/'escalating' meet."""
    return snowball("english").stemWord(word)


_STEMMERS = threading.local()


def snowball(algorithm: str):  # snowballstemmer has no type hints
    """This thread's Snowball stemmer for `algorithm`: a stemmer keeps the word it works on
    in itself (PyStemmer's, in C, and snowballstemmer's own), so two threads (two topics the
    scheduler builds at once) must not share one."""
    import snowballstemmer

    mine = _STEMMERS.__dict__.setdefault("by_algorithm", {})
    if algorithm not in mine:
        mine[algorithm] = snowballstemmer.stemmer(algorithm)
    return mine[algorithm]


def terms(text: str) -> list[str]:
    """Stemmed content words (no stopwords, no single letters) for similarity and ranking."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def slugify(text: str) -> str:
    """ASCII file-name slug: 'Ukraine war' -> 'ukraine-war'; a name with no Latin letters
    gets a stable hashed slug ('topic-1a2b3c4d') rather than a shared fallback."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].rstrip("-")
    return slug or "topic-" + hashlib.sha1(text.encode()).hexdigest()[:8]


def clean_title(title: str) -> str:
    """Drop a trailing ' - Outlet' / ' | Outlet' that sites append to page titles."""
    return re.sub(r"\s+[|–—-]\s+[^|–—-]{2,40}$", "", title).strip() or title


# a headline's genre label: an angle on the news, not the news ("Analysis: ...", "Explainer:")
GENRE = re.compile(
    r"^\s*(?:analysis|explainer|opinion|comment(?:ary)?|editorial|column|insight|factbox|"
    r"fact\s?check|q&a|timeline|live|watch|podcast|análisis|analyse|analisi|análise|"
    r"kommentar|meinung|opinión|opinião|tribune|éditorial|анализ|мнение|комментарий)"
    r"\s*[:|–—-]\s",
    re.IGNORECASE,
)


def is_angle(title: str) -> bool:
    """Whether a headline is labelled as an angle on the news (GENRE): a story's title or a
    brief's headline is a report's when a report's is there."""
    return GENRE.match(title) is not None
