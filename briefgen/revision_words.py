"""The words revisions.py reads a revision by, in 15 languages: what says a figure was revised
("revised", "korrigiert", "上调"), what says a quantity moved ("rose", "gestiegen", "升至"),
where an old figure stands, where a new one stands, and what counts people.

Patterns are regular expressions, case-insensitive; "_" is a space; FIG a figure (in digits,
or a count in words); SKIP up to three words. Written from wire copy of each language and
measured on pairs labelled blind (benchmarks/revisions/, bench_revisions.py).
"""

from __future__ import annotations

from typing import NamedTuple

FIG = "{fig}"  # a figure in digits, or a count in words (revisions._patterns)
SKIP = r"(?:[^\W\d]+\s+){0,3}?"  # up to three words before it ("from an initial magnitude")
CJK_FIG = r"(\d+(?:\.\d+)?)"


def _arabic(words: str) -> str:
    """Arabic words as whole words, after "and", "so", "by", "to", "as" or "the" joined to
    them, with a suffix of up to three letters (ارتفعت, والتعديل; not مبلغ, "an amount", for
    بلغ)."""
    return rf"(?<!\w)(?:[وفبلك]|ال|وال|بال|لل|فال)?(?:{words})\w{{0,3}}(?!\w)"


class Words(NamedTuple):
    """How one language tells a revision."""

    # says a figure was revised or corrected: a figure it is said to change to is new
    revising: str
    # says a quantity moved ("rose", "fell"): a figure it moved to is new only in a
    # sentence that counts people (`tally`): bond yields "rose to 4.62%" revise no toll
    trend: str
    # where an old figure stands in a sentence with either ("from an initial 6.1")
    old: str
    # where an old figure stands that says it is old itself, in any sentence ("and not 30
    # as first reported", "当初4人と発表していた")
    told: str
    # where an old figure stands that a range could too ("from 9 to 5"): only after either
    ranged: str
    # where the figure stands that something changed to ("the toll rose to five")
    new: str
    # what counts people or cases ("toll", "injured", "evacuated", "人")
    tally: str


WORDS = {
    "en": Words(
        r"\b(?:revis|correct|upgrad|downgrad|updat|restat|re-?evaluat|amend|clarifi)\w*",
        r"\b(?:rais|lower|r[io]se|risen|climb|jump|increas|grew|grow|fell|fall|drop|cut|"
        r"push|swell|soar|mount|reach|reduc|expand|widen|narrow|shr[ai]nk|now_stand|gain|slip|"
        r"slid|advanc|rall|surg|plung|tumbl|sank|sink|declin|dipp|edged|eased)\w*",
        rf"\bfrom\s+(?:an?\s+|the\s+)?(?:initial|earlier|previous|preliminary|original|first)"
        rf"\s+{SKIP}{FIG}",
        rf"\b(?:initially|earlier|previously|originally|first)\s+(?:reported|put|given|"
        rf"estimated|measured|recorded|said|announced)\s+(?:at|as)\s+{SKIP}{FIG}"
        rf"|\b(?:and|but)\s+not\s+(?:the\s+)?{FIG}\s+(?:as|that)\b"
        rf"|\b(?:an?|the)\s+(?:initial|earlier|previous|preliminary|original|first)\s+"
        rf"(?:figure|estimate|count|reading|tally|toll|report)\s+of\s+{SKIP}{FIG}",
        rf"\bfrom\s+{SKIP}{FIG}",
        rf"\bto\s+(?:at\s+least\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?{FIG}"
        rf"|\bstands?\s+at\s+{FIG}|\bstood\s+at\s+{FIG}",
        r"\b(?:toll|number|count|tally|dead|death|killed|injur|wounded|hurt|missing|evacu|"
        r"victim|casualt|cases|people|displaced|homeless|stranded|affected|residents|votes|"
        r"ballots)",
    ),
    "de": Words(
        r"\b(?:korrigiert|revidiert|aktualisiert|hochgestuft|herabgestuft|berichtigt|"
        r"präzisiert|nach_oben|nach_unten)\w*",
        r"\b(?:erhöht|gesenkt|gestiegen|stieg|steigt|angehoben|angestiegen|gewachsen|wuchs|"
        r"gesunken|sank|erweitert|hob|senkte)\w*",
        rf"\bvon\s+(?:zunächst|ursprünglich|anfangs|bisher|zuvor)?\s*{SKIP}{FIG}\s+auf\b|"
        rf"\bnach\s+(?:zunächst|ursprünglich|zuvor|bisher)\s+{SKIP}{FIG}",
        rf"\b(?:zunächst|ursprünglich|anfangs)\s+(?:gemeldet|angegeben|genannt|geschätzt)\w*"
        rf"\s+{SKIP}{FIG}|\bnicht\s+wie\s+(?:zuvor|zunächst|ursprünglich|bisher)\s+\w+\s+{FIG}"
        rf"|\bund\s+nicht\s+{FIG}\s+wie\b",
        "",
        rf"\bauf\s+(?:mindestens\s+|rund\s+|etwa\s+|über\s+)?{FIG}",
        r"\b(?:zahl|bilanz|tote|opfer|verletzte|vermisste|menschen|personen|evakuiert|fälle|"
        r"betroffene|anwohner|stimmen)",
    ),
    "fr": Words(
        r"\b(?:révis|revu|corrig|réévalu|rectifi|actualis|mis_à_jour|précis|nouveau_bilan|"
        r"dernier_bilan)\w*",
        r"\b(?:relev|rehauss|abaiss|pass|grimp|augment|port|alourdi|s'alourdi|gonfl|atteint|"
        r"dépass|baiss|recul|chut|réduit|ramen)\w*",
        rf"\bcontre\s+{FIG}\s+(?:initialement|auparavant|précédemment)"
        rf"|\bcontre\s+{FIG}\s+(?:[^\W\d]+\s+){{0,2}}?(?:annoncé|avancé|communiqué|donné)",
        rf"\b(?:initialement|d'abord|précédemment)\s+(?:annoncé|estimé|évalué|mesuré)\w*\s+"
        rf"à\s+{SKIP}{FIG}|\bet\s+non\s+(?:pas\s+)?{FIG}\s+comme\b",
        rf"\bde\s+{SKIP}{FIG}\s+à\b",
        rf"\bà\s+(?:au\s+moins\s+|environ\s+|plus\s+de\s+)?{FIG}",
        r"\b(?:bilan|nombre|morts?|blessés?|disparus?|victimes?|évacu|personnes|cas|sinistrés|"
        r"voix)",
    ),
    "es": Words(
        r"\b(?:revis|corrig|actualiz|rectific|precis|último_balance|nuevo_balance)\w*",
        r"\b(?:elev|aument|subi|sub[eí]|asc[ie]end|rebaj|pas[óa]|reduc|redujo|baj[óa]|"
        r"cay[óe]|disminu|crec|alcanz|super)\w*",
        rf"\bfrente\s+a\s+(?:l[oa]s\s+)?{FIG}\s+(?:inicial|anterior|previ)|"
        rf"\binicialmente\s+(?:\w+\s+){{0,2}}?(?:en\s+)?{SKIP}{FIG}",
        rf"\by\s+no\s+(?:de\s+|l[oa]s\s+)?{FIG}\s+como\b|\b(?:inicialmente|previamente)\s+"
        rf"(?:se\s+)?(?:informó|informaron|anunció|dijo|estimó|calculó|habló)\s+(?:de\s+)?"
        rf"{SKIP}{FIG}",
        rf"\bde\s+{SKIP}{FIG}\s+a\b",
        rf"\b(?:a|al|hasta)\s+(?:l[oa]s\s+)?(?:al\s+menos\s+|unos\s+|unas\s+)?{FIG}",
        r"\b(?:cifra|balance|número|muert|herid|desaparecid|víctimas|evacuad|personas|casos|"
        r"fallecid|damnificad|afectad|votos)",
    ),
    "it": Words(
        r"\b(?:rivist|rivede|corrett|aggiornat|precisat|rettific|ridimension|"
        r"ultimo_bilancio|nuovo_bilancio|ultimo_aggiornamento)\w*",
        r"\b(?:salit|sale|salgono|aumentat|alzat|abbassat|portat|scend|sces|ridott|cal[aò]|"
        r"cresc|lievitat)\w*",
        rf"\binizialmente\s+(?:\w+\s+){{0,2}}?{SKIP}{FIG}",
        rf"\be\s+non\s+(?:di\s+)?{FIG}\s+come\b",
        rf"\bda\s+{SKIP}{FIG}\s+a\b",
        rf"\b(?:a|fino\s+a)\s+(?:almeno\s+|circa\s+)?{FIG}",
        r"\b(?:bilancio|numero|mort|ferit|dispers|vittime|evacuat|sfollat|persone|casi|voti)",
    ),
    "pt": Words(
        r"\b(?:revis|rev[êi]|reviu|corrig|atualiz|retific|novo_balanço|último_balanço)\w*",
        r"\b(?:elev|aument|subi|sob|pass|reduz|cai[ur]?|cheg|ating|diminu|cresc)\w*",
        rf"\bde\s+{SKIP}{FIG}\s+para\b|\binicialmente\s+(?:\w+\s+){{0,2}}?{SKIP}{FIG}",
        rf"\b(?:uma\s+|a\s+)?primeira\s+estimativa\s+de\s+{SKIP}{FIG}"
        rf"|\be\s+não\s+(?:de\s+)?{FIG}\s+como\b",
        "",
        rf"\b(?:para|a)\s+(?:pelo\s+menos\s+|cerca\s+de\s+)?{FIG}",
        r"\b(?:balanço|número|mort|ferid|desaparecid|vítimas|desabrigad|desalojad|pessoas|"
        r"casos|votos)",
    ),
    "nl": Words(
        r"\b(?:bijgesteld|gecorrigeerd|herzien|aangepast|rechtgezet)\w*",
        r"\b(?:verhoogd|verlaagd|gestegen|opgelopen|steeg|liep|gedaald|daalde|geslonken|"
        r"gezakt|toegenomen|uitgebreid|inmiddels)\w*",
        rf"\bvan\s+{SKIP}{FIG}\s+naar\b|\b(?:aanvankelijk|eerder|eerst)\s+{SKIP}{FIG}",
        rf"\ben\s+niet\s+{FIG}\s+zoals\b|\b(?:aanvankelijk|eerder)\s+(?:werd\s+)?"
        rf"(?:gemeld|gesproken\s+van|genoemd)\s+{SKIP}{FIG}",
        "",
        rf"\b(?:tot|naar)\s+(?:minstens\s+|zeker\s+|ongeveer\s+)?{FIG}|\binmiddels\s+{SKIP}{FIG}",
        r"\b(?:aantal|dodental|doden|gewond|vermist|slachtoffers|geëvacueerd|mensen|gevallen|"
        r"personen|stemmen)",
    ),
    "ru": Words(
        r"(?:пересмотр|уточн|скорректир|исправ|обновл)\w*",
        r"(?:увелич|вырос|вырост|повыс|возрос|снизи|понизи|сократи|достиг)\w*",
        rf"(?<!\w)(?:первоначально|изначально|ранее)\s+(?:называлась\s+|оценивалась\s+в\s+)?"
        rf"{SKIP}{FIG}",
        rf"(?<!\w)(?:первоначально|изначально|ранее)\s+сообщалось\s+о\s+{SKIP}{FIG}"
        rf"|(?<!\w)а\s+не\s+{FIG}",
        rf"(?<!\w)со?\s+{SKIP}{FIG}\s+до(?!\w)",
        rf"(?<!\w)до\s+(?:как\s+минимум\s+)?{FIG}|(?<!\w)состав\w+\s+{FIG}",
        r"(?:число|количеств|жертв|погибш|пострадавш|ранен|пропавш|эвакуир|человек|случа|"
        r"заболевш|голос)",
    ),
    "zh": Words(
        r"上调|下调|修正|修订|更正|核减|核增|订正|更新",
        r"增至|升至|上升至|增加至|增加到|升高|达到|攀升至|降至|减至|减少至|扩大至|调整为",
        rf"(?:由|从)(?:最初的|此前的|初步的|早前的)?[^\d，。；]{{0,4}}{CJK_FIG}"
        rf"|(?:此前|最初|初步|早前)(?:公布|报道|测定|发布|报告)?的?[^\d，。；]{{0,4}}{CJK_FIG}",
        rf"(?:此前|最初|早前|当初)[^\d，。；]{{0,10}}?(?:测定|公布|报道|发布|报告|通报|统计)"
        rf"[^\d，。；]{{0,6}}?{CJK_FIG}",
        "",
        rf"(?:至|到|为){CJK_FIG}",
        r"人(?!民)|死亡|遇难|受伤|失踪|转移|伤员|群众|票",
    ),
    "ja": Words(
        r"修正|訂正|上方|下方|更新|見直",
        r"引き上げ|引き下げ|増え|増加|変更|拡大|上っ|上り|達し|上回|減っ|減少|になっ|となっ",
        rf"{CJK_FIG}[^\d\s、。]{{0,4}}から",
        rf"当初(?:の|は)?[^\d。]{{0,8}}?{CJK_FIG}",
        "",
        rf"{CJK_FIG}[^\d\s、。]{{0,4}}に",
        r"人|死者|負傷|けが|不明|避難|票",
    ),
    "ko": Words(
        r"상향|하향|수정|정정|조정|바로잡",
        r"늘어|늘었|증가|높아|줄어|줄었|감소|확대|달해|달했|넘어",
        rf"{CJK_FIG}[^\d\s.]{{0,3}}에서",
        rf"(?:앞서|당초|애초)\s*[^\d.]{{0,12}}?{CJK_FIG}",
        "",
        rf"{CJK_FIG}[^\d\s.]{{0,4}}(?:으로|로)",
        r"명|사망|부상|실종|대피|이재민|표",
    ),
    "pl": Words(
        r"\b(?:skorygowa|zrewidowa|poprawi|zaktualizowa|sprostowa|skorygował)\w*",
        r"\b(?:wzrosł|wzrasta|wzrośnie|zwiększ|zmniejsz|spadł|spada|obniż|podniesi|podwyższ|"
        r"sięga|osiągn)\w*",
        rf"\b(?:wcześniej|początkowo|pierwotnie)\s+{SKIP}{FIG}",
        rf"\b(?:wcześniej|początkowo|pierwotnie|rano)\s+(?:informowano|podawano|mówiono)\s+o\s+"
        rf"{SKIP}{FIG}|\ba\s+nie\s+{FIG}",
        rf"\bz\s+{SKIP}{FIG}\s+do\b",
        rf"\bdo\s+(?:co\s+najmniej\s+|około\s+|ok\.\s+)?{FIG}",
        r"\b(?:liczba|bilans|ofiar|zabit|zmarł|rann|zagin|ewakuow|osób|osoby|ludzi|przypadk|"
        r"głos)",
    ),
    "id": Words(
        r"\b(?:direvisi|merevisi|dikoreksi|mengoreksi|diperbarui|memperbarui|diralat|meralat)\w*",
        r"\b(?:bertambah|naik|meningkat|melonjak|turun|menurun|berkurang)\b",
        rf"\bdari\s+(?:sebelumnya|semula|awalnya)\s+{SKIP}{FIG}",
        rf"\b(?:sebelumnya|semula|awalnya)\s+(?:dilaporkan|disebut|tercatat|diumumkan)\s+"
        rf"{SKIP}{FIG}|\bbukan\s+{FIG}\s+seperti\b",
        rf"\bdari\s+{SKIP}{FIG}\s+(?:menjadi|jadi)\b",
        rf"\b(?:menjadi|jadi|hingga|mencapai)\s+(?:sedikitnya\s+|setidaknya\s+|sekitar\s+|"
        rf"lebih\s+dari\s+)?{FIG}",
        r"\b(?:jumlah|korban|tewas|meninggal|luka|hilang|mengungsi|pengungsi|orang|jiwa|warga|"
        r"kasus|suara)",
    ),
    # Turkish joins its case endings to a figure with an apostrophe: "5'ten 8'e" (from 5 to 8)
    "tr": Words(
        r"(?:revize|düzelt|güncelle)\w*",
        r"(?:yüksel|arttı|artış|düştü|geriledi|çıktı|ulaştı|azaldı)\w*",
        rf"{FIG}'?(?:den|dan|ten|tan)\s",
        rf"(?:ilk\s+(?:olarak|etapta|açıklamada)|daha\s+önce|önceki)\s+{SKIP}{FIG}",
        "",
        rf"{FIG}'?(?:e|a|ye|ya)\b",
        r"(?:sayısı|ölü|yaralı|kayıp|tahliye|kişi|vaka|oy)",
    ),
    # Arabic joins "and", "the" and prepositions to words (`_arabic`); its vowel signs are
    # left out but its shadda kept: عدّل (amended) is not عدل (justice), حدّث (updated) not حدث
    # (happened) nor تحدث (spoke)
    "ar": Words(
        _arabic("عدّل|عدّلت|تعديل|صحح|صحّح|تصحيح|راجع|مراجعة|حدّث|تحديث"),
        _arabic(
            "ارتفع|ارتفاع|رفع|خفض|خفّض|تراجع|انخفض|انخفاض|بلغ|وصل|زاد|زيادة|تجاوز|قلص|قلّص"
            "|تقليص|يبلغ|تبلغ|يرتفع|ترتفع|ينخفض|تنخفض|يصل|تصل"
        ),
        rf"(?:بعد\s+أن|بعدما)\s+كان\w*\s+{SKIP}{FIG}|بدلا\s+من\s+{FIG}",
        rf"(?:الحصيلة|التقديرات|التقدير|الأرقام|الرقم)\s+(?:السابق|الأولي)\w*\s+{SKIP}{FIG}"
        rf"|وليس\s+{FIG}",
        "",
        rf"(?:إلى|الى)\s+(?:نحو\s+|حوالي\s+)?{FIG}|(?:بلغ|يبلغ|تبلغ)\w*\s+{SKIP}{FIG}",
        r"حصيلة|عدد|قتل|قتيل|وفا|وفي|مصاب|جرح|مفقود|نازح|حالات|شخص|أشخاص|ضحايا|صوت|أصوات",
    ),
}
# where what changed may be said after the figure ("ist auf 5 gestiegen", "5人に増えた")
ANY_ORDER = frozenset({"de", "nl", "ru", "pl", "tr", "zh", "ja", "ko", "ar"})
