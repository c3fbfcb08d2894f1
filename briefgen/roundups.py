"""Roundups: an article that tells several unrelated events in turn, a paragraph each (a
"Morning briefing", "Der Tag im Überblick", "Las claves del día", a numbered "five things to
know"). It shares one story's names and figures in a paragraph and is no report of it: a
story of its own (cluster.cluster). It is told by its form and its words:

- most of its paragraphs (ITEMS_SHARE), MIN_ITEMS at least, open with a short label, a few
  words and a colon, a full stop or a dash ("Fed cuts again.", "Polen:", "3. Iran quake toll
  rises.", "NEPAL - "), or stand under a heading on a line of their own ("Typhoon slams the
  Philippines"; not a live blog's "10:45", nor an explainer's "Who is running"); a report's
  paragraphs open with sentences, and an explainer's or a guide's subheadings open a few of
  its paragraphs (a strike's guide to the trains running: five "TGV Inoui et Ouigo :" of
  eight); half of them under a title that names a briefing ("Africa Briefing: ...", "L'essentiel
  de l'actualité", "Morning Digest": TITLED), whose text written as one paragraph is cut
  before its short sentences ("... on Monday. Nigeria eases. The Central Bank ..."), or is
  read by its clauses between semicolons, MIN_ITEMS of them opening with their place ("En
  Montevideo, ...; en Perú, ...") or MANY_CLAUSES of them, each of a sentence's length;
  bulleted paragraphs, most of them labelled; or
  any paragraphs, labelled or not, under a title that names the news in brief ("Uutiset
  lyhyesti": BRIEFS) or after a first paragraph that says the day's stories follow ("Good
  morning. Here are the stories making headlines across Europe": INTRODUCED);
- and no word of its own (less common than COMMON_WORD) is in more than SHARED_WORD of its
  paragraphs: "five things to know" about one budget writes "budget" and "billion" in most
  (0.71 of them), a roundup's busiest word is in 0.29 at most; under a title that names a
  briefing or the news in brief, in half of them at most (TITLED_SHARED_WORD: a summer
  morning's briefing of a bushfire, a quake and a heatwave writes "warning" in three of its
  six), unless the title names it too ("Morning Briefing: Hurricane Milton") and lists no
  topics (a title that lists three, "Regierungseinigung in Schweden, Sturm über Norwegen,
  EuGH stärkt Fluggäste", names its items, not one event).
"""

from __future__ import annotations

import statistics
from collections import Counter

import regex

from briefgen.datelines import ABBREVIATIONS
from briefgen.frequency import calendar_words, zipf
from briefgen.revisions import says_a_move
from briefgen.words import NO_SPACE, stemmer, words

MIN_ITEMS = 4  # a briefing of four items is one too (blind-day-58's two); at 4, as at 5, no
# other article of the 77 labelled corpora reads as a roundup
ITEMS_SHARE = 0.75
# ... or this share under a title that names a briefing, a newsletter of the day's news (a
# French one labels half its items with a sentence: "L'Opep+ met en pause ses hausses de
# production."); not a guide to one event ("what travellers need to know")
TITLED_SHARE = 0.5
TITLED = regex.compile(
    r"(?:^|\b(?:morning|evening|midday|daily|weekend|world|global|news|africa|asia|pacific|europe"
    r"|americas|middle east|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\s)"
    r"briefing\b|^(?:the\s+)?(?:dawn|morning|evening|midday|night|daily)\s+brief\b"
    r"|\b(?:news in brief|what you need to know (?:today"
    r"|this (?:morning|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday))|(?:der tag|der morgen|der mittag|der abend|nachrichten|asien|europa) kompakt"
    r"|der tag im überblick|l'essentiel de"
    r" l'actualité|l'essentiel du (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"|les infos du jour|las claves del día|resumen de la jornada"
    r"|^resumen (?:del (?:día|mediodía)|de la (?:mañana|tarde|noche))(?=\s*(?:[:.|–-]|$))"
    r"|le notizie del giorno"
    r"|resumo do dia|главное за день|головне за день|(?:morning|evening|daily|news|weekend)"
    r" digest|noticias que (?:tenés|tienes|debes|debés|hay) (?:que )?saber|notícias que"
    r" (?:você )?precisa saber|(?:wieczorny|poranny|popołudniowy) skrót|skrót dnia|przegląd dnia"
    r"|přehled dne|prehľad dňa|napi összefoglaló|știrile zilei)\b|दिनभर की बड़ी खबरें"
    r"|(?:朝刊|夕刊|ニュース)ダイジェスト",
    regex.IGNORECASE,
)
# ... and under a title that names the news in brief, every paragraph is an item, labelled
# or not ("Uutiset lyhyesti lauantaina 19.12.": an eruption, a handball semi-final, a mine's
# tremor, a plane's return, each a paragraph opening with its sentence), or that is a
# newscast's name before its topics ("Aamun uutiset: Estlink 1 katkesi, IAU:n lakko ...")
BRIEFS = regex.compile(
    r"\b(?:news in brief|uutiset lyhyesti|nyheter i korthet|kort nytt?|nachrichten in kürze"
    r"|kurz gemeldet|l'actualité en bref|noticias breves|notizie in breve|w skrócie|ve zkratce"
    r"|v skratke|het nieuws in het kort|röviden|pe scurt)\b"
    r"|^(?:(?:aamun|päivän|illan|yön) (?:pää)?uutiset|(?:morgonens|kvällens) nyheter"
    r"|(?:morgenens|kveldens|aftenens) nyhe(?:ter|der)|(?:hommiku|päeva|õhtu) uudised"
    r"|(?:die )?nachrichten am (?:morgen|mittag|abend))(?=\s*(?:[:.|]|[–-]\s)|\s*$)",
    regex.IGNORECASE,
)
# ... or a first paragraph that says the day's stories follow ("Good morning. Here are the
# stories making headlines across Europe this Thursday."): under it every other paragraph
# is an item, labelled or not. Only a day's briefing says so: not "Here are the biggest
# headlines from the keynote", "Voici l'essentiel de ce qu'il faut savoir sur la grève",
# "Estas son las claves del acuerdo", which introduce one event's parts
INTRODUCED = regex.compile(
    r"\bstories\s+making\s+(?:the\s+)?headlines\b|\bhere\s+are\s+(?:today['’]s|the\s+day['’]s"
    r"|this\s+(?:morning|evening)['’]s)\s+(?:top\s+|main\s+|biggest\s+)?(?:stories|headlines)\b"
    r"|\bhere['’]s\s+what\s+you\s+need\s+to\s+know\s+(?:today|(?:this|on)\s+(?:morning|evening"
    r"|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s*(?:[.!:]|$)"
    r"|\bvoici\s+les\s+(?:principales\s+)?informations\s+(?:du\s+jour|de\s+ce(?:tte)?\s)"
    r"|\bdie\s+wichtigsten\s+nachrichten\s+(?:des\s+tages|am\s+(?:morgen|mittag|abend))\b"
    r"|\bestas\s+son\s+las\s+noticias\s+(?:más\s+(?:importantes|relevantes|destacadas)\s+)?"
    r"(?:del\s+día|de\s+hoy|de\s+est[ea]\s+(?:lunes|martes|miércoles|jueves|viernes|sábado"
    r"|domingo|mañana|tarde|noche|semana|fin\s+de\s+semana|jornada)\b)"
    r"|\becco\s+le\s+(?:principali\s+)?notizie\s+(?:del\s+giorno|di\s+oggi)\b"
    r"|\b(?:confira|veja)\s+as\s+principais\s+notícias\s+(?:do\s+dia|de\s+hoje)\b",
    regex.IGNORECASE,
)
LABEL_WORDS = 5  # a label has this many words at most ...
AFTER_LABEL = 40  # ... and its paragraph this many characters after it at least (a character
# of a script written without spaces counting twice: "新潟県の大雪で関越自動車道の湯沢IC付近な
# どで車約300台が動けなくなった。", 38, says as much as 70 Latin ones)
# a heading on a line of its own has this many words and characters at most (a headline's:
# "Six killed in reactor explosion at pharma unit near Hyderabad"), and no mark that ends
# a sentence or opens what follows
HEADING_WORDS = 12
HEADING_CHARS = 90
HEADING_ENDS = frozenset(".!?。:：;…,")
HEADING_LETTERS = 4  # ... and this many letters at least
# the words that open an explainer's crossheads, its questions ("Who is running", "What the
# polls say"), by language: one event's parts, no items of a roundup
CROSSHEADS = {
    "en": frozenset("who what why when where how which".split()),
    "de": frozenset("wer was warum wann wo wie welche welcher".split()),
    "fr": frozenset("qui que quoi pourquoi quand où comment quel quelle quels".split()),
    "es": frozenset("quién quiénes qué por cuándo dónde cómo cuál".split()),
    "it": frozenset("chi che cosa perché quando dove come quale".split()),
    "pt": frozenset("quem que quando onde como qual".split()),
    "nl": frozenset("wie wat waarom wanneer waar hoe welke".split()),
}
COMMON_WORD = 5.0  # zipf: "said", "people", "year" are in any paragraph
SHARED_WORD = 0.4
TITLED_SHARED_WORD = 0.5
LISTING = regex.compile(r"[,;，、]")  # what parts the topics a title lists (see _one_topic)
PARAGRAPH = regex.compile(r"\n\s*")
# a number ("3."), then a label: no brackets (an abbreviation's "(กทม.)"), no digit at its end
# ("Morning Brief, March 15:"), then a colon or a full stop and a space, or a dash between
# spaces ("NEPAL - A magnitude 5.9 earthquake ...")
LABEL = regex.compile(r"\s*(?:\d{1,2}[.)]\s*)?([^\n.:：()（）]{2,60}?)(?:\s?[:.：]|\s[-–—])\s+\S")
# ... or, after a bullet, a heading that an ideographic space ends ("■日銀、政策金利を1%に　日銀は
# ..."): not without a bullet, for Japanese and Chinese reports write a space between a
# name and a title ("水利部副部长　王宝恩表示")
SPACED_LABEL = regex.compile(r"\s*\S([^\n。.:：()（）\u3000]{2,60}?)\u3000\S")
# ... or a bullet opens it ("• Norwegian carried 1.55 million passengers"), in a list of
# bullets most of which open with a label ("• Deal in Muscat: ..."): a newsletter's items,
# labelled or not (a report's key points under "What we know" are bulleted sentences). Not
# a dash, which opens a quote's paragraph in Nordic and Slavic news ("– Vi er glade, sier
# hun."); in Chinese and Japanese, written against the text ("■日銀"); not Korean's ▲,
# which lists one event's details
BULLET = regex.compile(r"\s*(?:[•▪●◦►▸■◆‣∙*]\s|[•■□◆◇●○◎★☆](?=[\p{Han}\p{Kana}]))")
# where a sentence of LABEL_WORDS words or fewer opens, after another sentence
SHORT_SENTENCE = regex.compile(  # (not a title's abbreviation: "Mr. Smith said")
    rf"(?<=[.!?]\s+)(?!{ABBREVIATIONS})"
    rf"(?=(?:[^\s.!?]+\s+){{0,{LABEL_WORDS - 1}}}[^\s.!?]+[.!?]\s)"
)
# where the next item of a briefing written as one paragraph of clauses opens ("En
# Montevideo, ...; en Argentina, ...; en Perú, ...")
CLAUSE = regex.compile(r"(?<=;)\s+")
# ... each item opening with where it is, past two small words: "y en Chile, ..." (not one
# event's clauses: "trees fell across Bhubaneswar; power went out in Puri; ...")
PLACED_CLAUSE = regex.compile(
    r"(?:\p{Ll}+\s+){0,2}\p{Lu}[\p{L}\p{M}.'-]*(?:\s+\p{Lu}[\p{L}\p{M}.'-]*)*,"
)
# ... or MANY_CLAUSES of them, whatever they open with, of ITEM_WORDS words or more as a rule
# (their median): each item a report in a sentence ("das polnische Parlament hat den
# Mindestabstand neuer Windräder ... verkürzt; in Venedig hat ..."), where one event's
# clauses are its short details ("rescuers pulled 31 survivors; four bodies were recovered")
MANY_CLAUSES = 6
ITEM_WORDS = 12
# where a sentence opens with such a label and a colon, and no quote follows it
INLINE_LABEL = regex.compile(
    r"(?<=[.!?。]\s+)(?=[^\s.!?:：()（）][^\n.!?:：()（）]{1,59}?\s?[:：]\s+[^\s\"“”„«»‘’'「『])"
)


def roundup(text: str, language: str, title: str = "") -> bool:
    """Whether a text in `language` is a roundup of several events (see the module); under
    a `title` that names a briefing (TITLED), when half its paragraphs are items; under one
    that names the news in brief (BRIEFS), or after a first paragraph that says the day's
    stories follow (INTRODUCED), when all the others are (labelled or not); or under a
    briefing's title, when it is one paragraph whose clauses between semicolons (CLAUSE),
    MIN_ITEMS of them opening with their place (PLACED_CLAUSE) or MANY_CLAUSES of them, are
    items. And no word of its own runs through them."""
    one = text.strip()
    briefs = bool(BRIEFS.search(title))
    titled = briefs or bool(TITLED.search(title))
    if titled and "\n" not in one:
        clauses = CLAUSE.split(one)
        placed = sum(bool(PLACED_CLAUSE.match(c)) for c in clauses) >= MIN_ITEMS
        many = len(clauses) >= MANY_CLAUSES and _median_words(clauses) >= ITEM_WORDS
        if (placed or many) and not _runs_through(clauses, language, _one_topic(title)):
            return True
    paragraphs, labelled = _items(_parts(text, titled), language)
    bulleted = [bool(BULLET.match(p)) for p in paragraphs]
    if 2 * sum(b and lab for b, lab in zip(bulleted, labelled, strict=True)) > sum(bulleted):
        labelled = [b or lab for b, lab in zip(bulleted, labelled, strict=True)]
    items = sum(labelled)
    if briefs:
        items = len(paragraphs)
    elif paragraphs and INTRODUCED.search(paragraphs[0]):
        items = len(paragraphs) - 1  # (the opening is none)
    share = TITLED_SHARE if titled else ITEMS_SHARE
    return (
        items >= MIN_ITEMS
        and items >= share * len(paragraphs)
        and not _runs_through(paragraphs, language, _one_topic(title) if titled else None)
    )


def _one_topic(title: str) -> str:
    """A briefing's title as it names its topic ("Morning Briefing: Hurricane Milton"), or
    '' when it lists three or more ("Der Morgen kompakt: Regierungseinigung in Schweden,
    Sturm über Norwegen, EuGH stärkt Fluggäste"), whose words are its items'."""
    return "" if len(LISTING.findall(title)) >= 2 else title


def _median_words(parts: list[str]) -> float:
    """The median number of words of `parts`."""
    return statistics.median(len(part.split()) for part in parts)


def _parts(text: str, titled: bool = False) -> list[str]:
    """A text's paragraphs; where it has fewer than MIN_ITEMS (a feed's summary, a page read
    without its breaks), each cut where a sentence opens with a label and a colon ("...
    killing two. India: Cyclone Murasu is expected ..."), not before a quote ("He said:
    \"...\""); under a briefing's title (`titled`) also before a sentence of LABEL_WORDS
    words or fewer ("... across the continent. Nigeria eases. The Central Bank ...")."""
    paragraphs = [p for p in PARAGRAPH.split(text) if p.strip()]
    if len(paragraphs) >= MIN_ITEMS:
        return paragraphs
    cuts = [INLINE_LABEL] if text.count(":") + text.count("：") >= MIN_ITEMS - 1 else []
    if titled:  # (too few colons for MIN_ITEMS items: the first needs none)
        cuts.append(SHORT_SENTENCE)
    for cut in cuts:
        paragraphs = [part for p in paragraphs for part in cut.split(p) if part.strip()]
    return paragraphs


def _items(paragraphs: list[str], language: str) -> tuple[list[str], list[bool]]:
    """The paragraphs with a heading of their own joined to it, and whether each is labelled:
    by a heading, a short line of its own without a full stop ("Typhoon slams the
    Philippines", then its paragraph), or by a label that opens it (_labelled)."""
    items: list[str] = []
    labelled: list[bool] = []
    i = 0
    while i < len(paragraphs):
        headed = _heading(paragraphs[i], language) and i + 1 < len(paragraphs)
        if headed and not _heading(paragraphs[i + 1], language):
            items.append(f"{paragraphs[i]}\n{paragraphs[i + 1]}")
            labelled.append(True)
            i += 2
        else:
            items.append(paragraphs[i])
            labelled.append(_labelled(paragraphs[i]))
            i += 1
    return items, labelled


def _heading(paragraph: str, language: str) -> bool:
    """Whether a paragraph is a heading of an item: a short line of words (not a live
    blog's time, "10:45") without a full stop, and no explainer's question ("Who is
    running", "Was jetzt?": CROSSHEADS)."""
    line = paragraph.strip()
    return (
        "\n" not in line
        and len(line.split()) <= HEADING_WORDS
        and len(line) <= HEADING_CHARS
        and line[-1] not in HEADING_ENDS
        and sum(c.isalpha() for c in line) >= HEADING_LETTERS
        and line.split()[0].casefold() not in CROSSHEADS.get(language[:2], ())
    )


def _labelled(paragraph: str) -> bool:
    label = LABEL.match(paragraph) or (BULLET.match(paragraph) and SPACED_LABEL.match(paragraph))
    return bool(
        label
        and len(label[1].split()) <= LABEL_WORDS
        and not label[1][-1].isdigit()
        and _length(paragraph[label.end() :]) >= AFTER_LABEL
    )


def _length(text: str) -> int:
    """A text's characters, those of scripts written without spaces (words.NO_SPACE)
    twice."""
    return len(text) + len(NO_SPACE.findall(text))


def _runs_through(parts: list[str], language: str, title: str | None) -> bool:
    """Whether a word of its own is in more than SHARED_WORD of a text's parts (its
    paragraphs or its clauses), or, under a `title` that names a briefing or the news in
    brief, more than TITLED_SHARED_WORD unless the title names it too ("Morning Briefing:
    Hurricane Milton", whose five items are the storm's). Not a word that says a quantity
    moved, which a markets wrap writes of each market ("gained", "rose": revisions.
    says_a_move)."""
    stem, calendar = stemmer(language), calendar_words(language)
    found: Counter[str] = Counter()
    for part in parts:
        folded = {w.casefold() for w in words(part, language)}
        found.update(
            {
                stem(w)
                for w in folded
                if len(w) > 2
                and w not in calendar
                and zipf(w, language) < COMMON_WORD
                and not says_a_move(w, language)
            }
        )
    named = {stem(w.casefold()) for w in words(title or "", language)}
    return any(
        n > (SHARED_WORD if title is None or word in named else TITLED_SHARED_WORD) * len(parts)
        for word, n in found.items()
    )


def without_roundups(
    edges: dict[tuple[int, int], float], roundups: list[bool]
) -> dict[tuple[int, int], float]:
    """The pairs of articles `edges` holds but those with a roundup (`roundups`: whether each
    article is one), which is a story of its own."""
    return {
        pair: sim for pair, sim in edges.items() if not (roundups[pair[0]] or roundups[pair[1]])
    }
