"""The international organisations a text names, by one key whatever its language: reports of
one event name OPEC as OPEC, OPEP, ОПЕК, أوبك, 欧佩克 or 石油輸出国機構, and each is 'opec'
(organisation_names.ORGANISATIONS, the names by language; "*" the forms every language writes,
as NATO and OPEC+).

A name in letters with capitals (Latin, Cyrillic, Greek, Armenian) is matched as written, case
and all, and as a whole word: no letter of those scripts right before it or after it, nor a
digit before it, nor one after it where it ends in one ("G7" is not in "G77", but "EU27" is the
EU), an apostrophe, a hyphen or a colon between it and an ending being no letter (Turkish
"BM'nin", Finnish "YK:n", Hungarian "ENSZ-nek", German "NATO-Gipfel", "Fed-Chef"). So "WHO" is
the World Health Organization and "who" and "Who" are nothing, nor is Spanish "Un" at a
sentence's start; a CJK letter is no letter of those scripts ("G7サミット", "NATO加盟国").

A name in another script may take any ending (유엔은, জাতিসংঘের, ნატოს). Where words are spaced
it starts a word, after the prefixes its language joins to words: Arabic و ف ب ل and the
article ال, which a name listed with it needs, ل swallowing it (للأمم المتحدة, والناتو; لفيفا,
"a group of", is no الفيفا), Hebrew ו ה ב כ ל מ ש and Amharic's የ በ ለ ከ alike (לאו"ם,
በተባበሩት), Korean's 주, "resident at" (주유엔 대표부); so سيناتور (senator) is no ناتو, nor
미나토 (Minato) 나토. Arabic and Hebrew join no ending to a name, which ends a word there too.
In Chinese, Japanese and Thai, unspaced, a name is matched anywhere.

In any language, a name is not matched where it ends or starts other words or another's name,
by what stands before or after it there (NOT_AFTER, NOT_BEFORE, by language and name):
东北约20公里 ("some 20 km northeast") names no 北约, 7カ国連名 ("seven countries jointly")
and 米国連邦 ("US federal") no 国連, "Fed up" and "Fed by snowmelt" no Fed, Kızılay Meydanı
(Ankara's square) no Red Crescent, la Unión Europea de Radiodifusión (the EBU) no EU, and
Italian "Nato a Roma nel 1950" (born) no Nato.

Where two names overlap, the longest at a place wins and the shorter is not counted there:
联合国教科文组织 is UNESCO, not also the UN; "EU-Kommission" the Commission, not also the EU.

A text is read as its sources type it either way (`read`), and so are the names and guards:
Chinese, Japanese and Korean in NFKC (ＮＡＴＯ, 主要７カ国), Romanian's cedillas as commas
(Naţiunile), Russian's ё as е, Arabic without short vowels, with its alifs as one (الامم) and
its final ة as ه (المتحده), Persian and Urdu in their own yeh, kaf and heh (ي ك: ی ک; the
ezafe's ۀ ۂ: اتحادیۀ, ادارۂ), Hindi without its nukta (रिज़र्व); Norwegian's three codes are
one, and Hebrew's and Indonesian's old codes (iw, in) theirs.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache

import regex

from briefgen.frequency import rarity as word_rarity
from briefgen.organisation_names import ORGANISATIONS
from briefgen.text import ROMANIAN_COMMAS

EVERY = "*"  # ORGANISATIONS' language of the forms every language writes
LANGUAGES = {"nb": "no", "nn": "no", "iw": "he", "in": "id"}  # codes that are another's
# the scripts with capitals, whose names are whole words: no letter or mark of theirs right
# before or after one, nor a digit before it (after it, only where it ends in a digit: G7 is
# not in G77, but EU27 is the EU)
CASED = r"\p{Latin}\p{Cyrillic}\p{Greek}\p{Armenian}"
BEFORE_WORD = rf"(?<![{CASED}\p{{M}}\p{{Nd}}])"
AFTER_WORD = rf"(?![{CASED}\p{{M}}])"
CASED_LETTER = regex.compile(rf"[{CASED}]")
# a word as a name's first is looked for (named): reading every text with the names' pattern
# took 0.14 ms an English article, a third of the time to cluster 10,000
WORD = regex.compile(r"[\p{L}\p{M}]+")
# languages written without spaces, where a name in their script is matched anywhere
UNSPACED = frozenset({"zh", "ja", "th"})
# elsewhere a name in another script starts a word, after the prefixes its language joins to
# words: Arabic's conjunctions, prepositions and article (لل: ل and the article), Hebrew's and
# Amharic's, Korean's 주 ("resident at": 주유엔 대표부, the mission to the UN); not Arabic's ك
# ("like"), rare before a name: كفيفا is "blind", كاسيان a name
WORD_START = r"(?:^|[^\p{L}\p{M}\u200c\u200d])"
PROCLITICS = {
    "ar": "(?:[وف]?[بل]?(?:ال)?|[وف]?لل)",
    "he": "[ובכלמשה]{0,3}",
    "am": "[የበለከ]{0,2}",
    "ko": "주?",
}
# ... and the article (Amharic: the prefix የ) a name is listed with, which a prefix swallows
# (للأمم, לאו"ם, በተባበሩት), and what must stand before a name listed with it: an Arabic one
# needs it (الفيفا, للفيفا; not لفيفا, "a group of"), Hebrew and Amharic ones don't
ARTICLES = {"ar": ("ال", "(?<=ال|لل)"), "he": ("ה", ""), "am": ("የ", "")}
# languages whose names end a word, as Arabic and Hebrew join no ending to one: بريكستون
# (Brixton) is no بريكس, הנאטופית (Natufian) no נאטו
WORD_END = frozenset({"ar", "he"})
NUKTA = "\u093c"
ZWNJ = "\u200c"
# names that end other words, and what stands before them there (a pattern), by language and
# name (EVERY: in any language) ...
HAN_NORTH = "东東西南华華河湖台臺江淮陕陝以向往偏正城市县縣镇鎮区區岛島港"
# 中 starts 中欧 (Central Europe) and 中东 (the Middle East) before 欧盟 and 东盟, but ends
# words "in" and "among": 其中欧盟 ("among them the EU"), 声明中欧盟 ("in its statement the EU")
HAN_MIDDLE = "(?<![其之当當明告议議话話言文件信书書程])中"
# a sentence's start, where Italian capitalises "nato" (born) and "ciò"
SENTENCE_START = r"(?:^|[.!?:;«\"“(–—])\s*"
NOT_AFTER = {
    ("zh", "北约"): f"[{HAN_NORTH}]",  # 东北约20公里, "some 20 km northeast"; 台北约, "Taipei some"
    ("zh", "北約"): f"[{HAN_NORTH}]",
    ("zh", "欧盟"): f"[北西东東南]|{HAN_MIDDLE}",  # 北欧盟友, "Nordic allies"
    ("zh", "歐盟"): f"[北西东東南]|{HAN_MIDDLE}",
    ("zh", "东盟"): f"[远遠近华華]|{HAN_MIDDLE}",  # 中东盟国, "Middle East allies"
    ("zh", "東盟"): f"[远遠近华華]|{HAN_MIDDLE}",
    ("zh", "非盟"): "[南北东東西是除并並]",  # 南非盟友, "South Africa's allies"
    ("zh", "经合组织"): "亚太",  # 亚太经合组织, APEC
    ("zh", "經合組織"): "亞太",
    ("zh", "七国集团"): "十",  # 七十七国集团, the G77
    ("zh", "七國集團"): "十",
    ("zh", "金砖"): "[块塊枚根条條]",  # 一块金砖, "a gold bar"
    (EVERY, "G7"): r"(?:LG|Moto|Canon|PowerShot)\s",  # a phone's or camera's: "LG G7 ThinQ"
    # a party's and a tax's acronyms too: Partai Bulan Bintang, tarif PBB (land tax)
    ("id", "PBB"): r"(?:[Pp]ajak|Partai|Parti|[Tt]arif)\s+",
    ("ms", "PBB"): r"(?:[Pp]ajak|Partai|Parti|[Tt]arif)\s+",
    # the hotels, cafés and restaurants too: "les HCR", "le secteur HCR", "le GNI-HCR"
    ("fr", "HCR"): r"[-‑/]|(?:[Ll]es|[Dd]es|[Aa]ux|secteur|branche|métiers|collective)\s+",
    ("ar", "فيفا"): "ل",  # لفيفا, "a group of"; الفيفا and للفيفا are the name with its article
    # the Fed's Hebrew name only with its article, or a prefix that swallows it (לפד): פד is
    # a pad, מפד"ל a party
    ("he", "הפד"): "^|[^הבלכ]",
    ("ko", "연준"): r"(?:TXT|투바투|투모로우바이투게더)\s*",  # the singer Yeonjun's
}
# ... and names that start other words, or others' names, and what follows them there
NUMERAL = r"[\d一二三四五六七八九十两兩几幾数數百千.]"
DISTANCE = r"(?:多|余|餘)?\s*(?:米|公里|千米|公尺|英里|里|海里|km|小时|小時|分钟|分鐘)"
# a union of broadcasters' or of a sport's whose name starts with the EU's or the African
# Union's (la Unión Europea de Radiodifusión, the EBU; الاتحاد الأفريقي لكرة القدم, CAF): what
# follows their names there
SPORTS = {
    "es": r"\s+de\s+(?i:radio|televisi|f[úu]tbol|ciclismo|atletismo|nataci|balonc|balonm|vole"
    r"|gimnasia|judo|remo|esgrima|tenis|rugby|boxeo|hockey|deporte)",
    "fr": r"\s+d(?:e\s+|['’])(?i:radio|t[ée]l[ée]vision|football|cyclisme|athl[ée]tisme"
    r"|natation|basket|handball|volley|gymnastique|judo|aviron|escrime|tennis|rugby|boxe"
    r"|hockey|sport)",
    "it": r"\s+d(?:i\s+|['’])(?i:radio|televisi|calcio|football|ciclismo|atletica|nuoto"
    r"|basket|pallacanestro|pallavolo|pallamano|ginnastica|judo|canottaggio|scherma|tennis"
    r"|rugby|pugilato|boxe|hockey|sport)",
    "pt": r"\s+de\s+(?i:r[áa]dio|televis|futebol|ciclismo|atletismo|nata[çc]|basquet|andebol"
    r"|handebol|voleibol|gin[áa]stica|jud[ôo]|remo|esgrima|t[êe]nis|rugby|boxe|h[óo]quei"
    r"|desport|esport)",
    "ro": r"\s+de\s+(?i:radio|televiz|fotbal|ciclism|atletism|natați|baschet|handbal|volei"
    r"|gimnastic|judo|canotaj|scrim|tenis|rugby|box|hochei|sport)",
    "el": r"\s+(?i:ραδιο|τηλεόρ|ποδοσφ|ποδηλ|στίβ|κολύμβ|καλαθοσφ|πετοσφ|χειροσφ|γυμναστ"
    r"|τζούντο|κωπηλ|ξιφασκ|αντισφ|ράγκμπι|πυγμαχ|χόκεϊ|αθλητ)",
    "ar": r"\s+(?:لل|ل)(?:كرة|ألعاب|سباحة|دراجات|ملاكمة|جودو|تنس|رياضة|رياضات|إذاعة|إذاعات"
    r"|جمباز|مصارعة|رماية|فروسية|رجبي|كريكيت|رفع|تايكوندو|كاراتيه|هوكي|شطرنج|غولف|جولف|تجديف"
    r"|مبارزة)",
}
UNIONS = {
    "es": ("Unión Europea",),
    "fr": ("Union européenne",),
    "it": ("Unione europea", "Unione Europea"),
    "pt": ("União Europeia",),
    "ro": ("Uniunea Europeană", "Uniunii Europene"),
    "el": ("Ευρωπαϊκή Ένωση", "Ευρωπαϊκής Ένωσης", "Ευρωπαϊκή Ένωσή"),
    "ar": ("الاتحاد الأوروبي", "الاتحاد الأوربي", "الاتحاد الأفريقي", "الاتحاد الإفريقي"),
}
NOT_BEFORE = {
    (EVERY, "Fed"): r"(?:\s+|-)(?:up|Cup)\b|\s+(?:by|Square)\b",  # "Fed up", "Fed by snowmelt"
    (EVERY, "FED"): r"(?:\s+|-)(?:UP|CUP)\b",  # a headline's "FED UP"
    ("de", "UNO"): r"\s+spielen\b|(?:\s+|-)[Kk]arten",  # "UNO spielen", the card game
    # "Nato" capitalised is Italian's "born" at a sentence's start: "Nato a Roma nel 1950"
    ("it", "Nato"): rf"(?<={SENTENCE_START}Nato)\s+(?:(?:a|ad|in|nel|nella|il|e|da|dal|dalla"
    r"|come)\b|\d)",
    ("it", "Cio"): rf"['’]|(?<={SENTENCE_START}Cio)\s+che\b",  # "Cio' che", ciò as typed
    ("tr", "Kızılay"): r"\s+(?:[Mm]eydan|[Mm]etro|AVM|[Cc]adde)",  # Ankara's square, station
    ("id", "PBB"): "-P2",  # PBB-P2, the land and building tax
    ("ms", "PBB"): "-P2",
    ("hi", "यूएन"): "आई",  # यूएनआई, the UNI news agency
    ("hi", "नाटो"): "र",  # नाटोर, Natore (a district)
    ("fa", "ناتو"): "ر|ان",  # Persian سناتور, senator; ناتوان, unable
    ("ur", "نیٹو"): "ر",  # Urdu نیٹورک, network
    ("fa", "آژانس بین‌المللی انرژی"): rf"[{ZWNJ}\s]?های",  # ... انرژی‌های تجدیدپذیر, IRENA
    ("ar", "الجامعة العربية"): r"\s+(?:المفتوحة|الأمريكية)",  # the Arab Open University
    # 北约 after a word's Han and before a distance: 该村北约500米, "some 500 m north of the
    # village" (not "NATO's 32 countries", 北约32国, nor its 75 years, 北约75周年)
    ("zh", "北约"): rf"(?<=\p{{Han}}..)\s*{NUMERAL}+\s*{DISTANCE}",
    ("zh", "北約"): rf"(?<=\p{{Han}}..)\s*{NUMERAL}+\s*{DISTANCE}",
    ("zh", "欧盟"): "友",  # 盟友, "ally": 欧盟友 is "European allies"
    ("zh", "歐盟"): "友",
    ("zh", "东盟"): "[友军軍]",
    ("zh", "東盟"): "[友军軍]",
    ("zh", "非盟"): "友|[国國](?!家)",  # 非盟国, "non-allied countries"; 非盟国家, its members
    # 7カ国連名 ("seven countries jointly"), 米国連邦 ("US federal"), 各国連携, 全国連覇
    ("ja", "国連"): "[邦携合続動結立覇盟帯絡名日勝敗休載鎖発射行打投呼戦]",
    **{(code, union): SPORTS[code] for code, unions in UNIONS.items() for union in unions},
}
SEPARATOR = " | "
RUSSIAN = str.maketrans("ёЁ", "еЕ")
# Arabic's alifs as one, its final yeh without dots as yeh, its teh marbuta (which ends words
# only) as the heh Egypt's sources type for it (المتحده)
ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# Persian and Urdu in their own yeh and kaf, Urdu in its own heh, where sources type Arabic's,
# and their heh with a yeh or hamza above (the ezafe: اتحادیۀ, ادارۂ) as their heh, as others
# type it (اتحادیه, ادارہ)
PERSIAN = str.maketrans("يكىۀۂ", "یکیهه")
URDU = str.maketrans("يكىهۀۂ", "یکیہہہ")
# Arabic's short vowels, shadda, sukun, superscript alif and tatweel, which sources type or not
ARABIC_MARKS = regex.compile(r"[\u064b-\u065f\u0670\u0640]")


def named(text: str, language: str) -> Counter[str]:
    """The organisations `text` (in `language`) names, each key with how many times."""
    language = base_language(language)
    text = read(text, language)
    firsts, any_caseless = _first_words(language)
    if not any_caseless and firsts.isdisjoint(WORD.findall(text)):
        return Counter()  # (most texts name none: the pattern is read only where one may be)
    pattern, keys = _pattern(language)
    return Counter(keys[match.lastgroup] for match in pattern.finditer(text))


@cache
def _first_words(language: str) -> tuple[frozenset[str], bool]:
    """The first words (WORD) of the names in letters with capitals matched in `language`,
    one of which a text that names one of them writes, and whether any name is in another
    script (which a text may write inside a word: no word tells those)."""
    firsts: set[str] = set()
    caseless = False
    for name in names(language):
        form = read(name, language)
        if CASED_LETTER.search(form) and (words := WORD.findall(form)):
            firsts.add(words[0])
        else:
            caseless = True
    return frozenset(firsts), caseless


def names(language: str) -> dict[str, str]:
    """The names matched in `language`, its own and every language's ("*"), each with its
    organisation's key, as listed."""
    language = base_language(language)
    found: dict[str, str] = {}
    for key, by_language in ORGANISATIONS.items():
        for code in (EVERY, language):
            for name in by_language.get(code, "").split(SEPARATOR):
                if name.strip():
                    found[name.strip()] = key
    return found


@cache
def words(key: str, language: str) -> frozenset[str]:
    """An organisation's one-word names in `language` (its own and every language's) as an
    article's words are read, case-folded and without a sign after them ("OPEP": 'opep',
    "OPEC+": 'opec'; salience counts the key in their place), and the key if it is one word."""
    found = {key} if " " not in key else set()
    for name, of in names(language).items():
        if of == key and " " not in name and CASED_LETTER.search(name):
            found.add(name.rstrip("+").casefold())
    return frozenset(found)


@cache
def rarity(key: str) -> float:
    """How telling naming an organisation is: how rare its key, its English name, is in
    English ('opec' 3.9, 'united nations' 2.3, as frequency.rarity tells a word)."""
    return word_rarity(key, "en")


def read(text: str, language: str) -> str:
    """`text` as the names are matched in it: as its sources type it either way (NFKC in
    Chinese, Japanese and Korean; Romanian's commas; Arabic's alifs, ...)."""
    language = base_language(language)
    if language in ("zh", "ja", "ko"):
        text = unicodedata.normalize("NFKC", text)
    else:
        text = unicodedata.normalize("NFC", text)
    if language == "ro":
        text = text.translate(ROMANIAN_COMMAS)
    elif language == "ru":
        text = text.translate(RUSSIAN)
    elif language == "ar":
        text = ARABIC_MARKS.sub("", text).translate(ARABIC)
    elif language in ("fa", "ur"):  # after NFC, which makes ۀ of its heh and hamza
        text = ARABIC_MARKS.sub("", text).translate(PERSIAN if language == "fa" else URDU)
    elif language == "hi":
        text = unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).replace(NUKTA, ""))
    return text


@cache
def base_language(language: str) -> str:
    """A language's code as ORGANISATIONS has it: 'zh-Hant' and 'zh_TW' are 'zh', Norwegian's
    three codes 'no', Hebrew's and Indonesian's old codes ('iw', 'in') theirs."""
    code = regex.split(r"[-_]", language.lower(), maxsplit=1)[0]
    return LANGUAGES.get(code, code)


@cache
def _pattern(language: str) -> tuple[regex.Pattern[str], dict[str, str]]:
    """One pattern of the names matched in `language`, the longest first, and each of its
    groups' organisation's key. The names in letters with capitals share their bound before
    them (a whole word's), the others theirs (a word's start past its prefixes, where words
    are spaced): as the two start with letters of other scripts, the longest name that
    matches at a place is still the one matched."""
    # a name as read, and its pattern: its start and key (الفيفا and فيفا are one form past
    # the article, but two patterns: one needs the article, one takes no ل before it)
    alternatives: dict[tuple[str, str], tuple[str, str]] = {}
    article, needed = ARTICLES.get(language, ("", ""))
    for name, key in names(language).items():
        form = read(name, language)
        pattern = ""
        if CASED_LETTER.search(form):
            start = BEFORE_WORD
        elif language in UNSPACED:
            start = ""
        else:
            start = f"(?<={WORD_START}{PROCLITICS.get(language, '')})"
            if article and form.startswith(article):
                form, pattern = form[len(article) :], needed
        pattern += _name_pattern(name, form, language)
        alternatives.setdefault((form, pattern), (start, key))
    keys: dict[str, str] = {}
    by_start: dict[str, list[str]] = {}
    longest = sorted(alternatives, key=lambda alternative: len(alternative[0]), reverse=True)
    for i, (form, pattern) in enumerate(longest):
        start, keys[f"n{i}"] = alternatives[form, pattern]
        by_start.setdefault(start, []).append(f"(?P<n{i}>{pattern})")
    parts = [f"{start}(?:{'|'.join(group)})" for start, group in by_start.items()]
    return regex.compile("|".join(parts) or "(?!)", regex.MULTILINE), keys


def _name_pattern(name: str, form: str, language: str) -> str:
    """One name's pattern, past the bound before it its script's names share: its letters
    (any space for a space, and in Korean, which spaces names either way, none too; any
    apostrophe for one; for a Persian non-joiner, one, a space or nothing), its guards, and
    the bound after it: a whole word's in letters with capitals, a word's end in Arabic and
    Hebrew, no digit after one ending in a digit (G7 is not in G77). Its guards are read as
    text is, so are written as it is typed (NOT_BEFORE's لكرة reads the text's لكره)."""
    space = r"\s*" if language == "ko" else r"\s+"
    letters = "".join(
        space
        if c.isspace()
        else "['’ʼ]"
        if c in "'’ʼ"
        else rf"[{ZWNJ}\s]?"
        if c == ZWNJ
        else regex.escape(c)
        for c in form
    )
    before = f"(?<!{guard})" if (guard := _guard(NOT_AFTER, name, language)) else ""
    after = f"(?!{guard})" if (guard := _guard(NOT_BEFORE, name, language)) else ""
    if CASED_LETTER.search(form):
        after += AFTER_WORD
    elif language in WORD_END:
        after += r"(?![\p{L}\p{M}])"
    if form[-1].isdigit():
        after += r"(?!\p{Nd})"
    return f"{before}{letters}{after}"


def _guard(guards: dict[tuple[str, str], str], name: str, language: str) -> str:
    """A name's guards (NOT_AFTER's or NOT_BEFORE's) in `language`, every language's and its
    own, as one pattern read as the text is."""
    found = [guards[at] for at in ((EVERY, name), (language, name)) if at in guards]
    return read("|".join(f"(?:{guard})" for guard in found), language)
