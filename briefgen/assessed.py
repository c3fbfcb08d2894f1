"""Whether an article assesses how likely a harm is, or how grave, and which way: the words
that say so, in the languages listed. A model's "high" likelihood where its cited article
only says what "could" happen is the model's guess, not the article's assessment
(grounding.Grounder.assessed); so is a "high" impact where the article says nothing of the
harm's size, or says it is small ("limited", "no major losses").

Each word says a level: high ("likely", "severe"), expected (a forecast's "is expected to":
likely, but also what a plan or a timetable says), low ("unlikely", "limited"), or either
("chances", "probability"). A high or expected word after a word that denies it ("not
likely", "no major", "未有重大"; in Japanese and Korean the denial follows: "深刻ではない")
says low; a low word denied ("not unlikely") says either.

Each entry is a whole word ("_" a space between words), or, ending in "-", the start of a
word ("catastroph-": catastrophic, catastrophe); entries and text are matched case-folded.
In Chinese, Japanese and Korean an entry is found anywhere. A language not listed has no
words to find: its articles assess nothing that can be checked, and a model's levels citing
only them are not confirmed.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.text import WORD_CHAR

LIKELY = {
    "en": "likely probable probably almost_certain almost_certainly certain_to high-risk high_risk",
    "de": "wahrscheinlich- vermutlich dürfte dürften hohes_risiko so_gut_wie_sicher",
    "fr": "probable probables probablement vraisemblabl- risque_élevé",
    "es": "probable probables probablemente riesgo_alto alto_riesgo casi_con_toda_seguridad "
    "casi_seguro",
    "it": "probabile probabili probabilmente verosimil- rischio_elevato alto_rischio quasi_certo "
    "quasi_certa",
    "pt": "provável prováveis provavelmente risco_elevado alto_risco quase_certamente quase_certo",
    "nl": "waarschijnlijk- vrijwel_zeker",
    "ru": "вероятн- скорее_всего неизбежн-",
    "uk": "ймовірн- швидше_за_все найімовірніше неминуч-",
    "ar": "المرجح- المحتمل- يرجح- مرجح-",
    "zh": "很可能 大概率",
    "ja": "可能性が高 公算",
    "ko": "가능성이 높 가능성이 크",
}
EXPECTED = {  # what is expected: likely, in the words of a forecast ("is expected to")
    "en": "expected_to",
    "de": "voraussichtlich erwartet erwarten",
    "fr": "devrait devraient",
    "es": "se_espera previsiblemente",
    "it": "prevedibilmente si_prevede dovrebbe dovrebbero",
    "pt": "espera-se",
    "nl": "verwacht verwachten",
    "ru": "ожидается ожидают",
    "uk": "очікується очікують",
    "ar": "المتوقع-",
    "zh": "预计 有望 或将",
    "ja": "見込み",
    "ko": "전망 예상된다",
}
UNLIKELY = {
    "en": "unlikely improbable low-risk low_risk remote_possibility",
    "de": "unwahrscheinlich- geringes_risiko wenig_wahrscheinlich",
    "fr": "improbable peu_probable faible_risque",
    "es": "improbable bajo_riesgo poco_probable",
    "it": "improbabile basso_rischio poco_probabile",
    "pt": "improvável baixo_risco pouco_provável",
    "nl": "onwaarschijnlijk- weinig_waarschijnlijk",
    "ru": "маловероятн- вряд_ли",
    "uk": "малоймовірн- навряд_чи",
    "zh": "不太可能",
    "ja": "可能性は低 可能性が低",
    "ko": "가능성이 낮",
}
CHANCE = {  # how likely, either way
    "en": "likelihood probability chance chances odds",
    "de": "chance chancen wahrscheinlichkeit",
    "fr": "probabilité chances",
    "es": "probabilidad posibilidades",
    "it": "probabilità",
    "pt": "probabilidade",
    "nl": "kans kansen waarschijnlijkheid",
    "ru": "вероятност- шанс шансы шансов",
    "uk": "ймовірніст- шанс шанси шансів",
    "ar": "احتمال-",
    "zh": "可能性 概率",
    "ja": "見通し 確率",
    "ko": "확률",
}
GRAVE = {
    "en": "severe severely serious seriously significant significantly major substantial "
    "huge massive devastat- catastroph- heavy heavily sharp sharply dramatic dramatically "
    "grave widespread considerable enormous crippl-",
    "de": "schwer schwere schweren schwerer schwerwiegend- erheblich- massiv- gravierend- "
    "deutlich- enorm- verheerend- drastisch- katastroph- spürbar- große großen großer hohe "
    "hohen hoher nennenswert-",
    "fr": "grave graves sévère sévères important importante importants importantes majeur "
    "majeure majeurs majeures considérable considérables lourd lourde lourds lourdes massif "
    "massive massifs massives dévasta- catastroph- sensible sensibles significati-",
    "es": "grave graves severo severa severos severas importante importantes significativ- "
    "considerable considerables fuerte fuertes masiv- devastador- catastróf- enorme enormes "
    "cuantios-",
    "it": "grave gravi pesant- significativ- consistent- notevol- forte forti massicc- "
    "devastant- catastrof- enorme enormi ingent-",
    "pt": "grave graves sério séria sérios sérias significativ- considerável consideráveis "
    "forte fortes massiv- devastador- catastróf- enorme enormes",
    "nl": "ernstig- aanzienlijk- groot grote zwaar zware massaal massale enorm- verwoest- "
    "catastrof- noemenswaardig-",
    "ru": "серьезн- серьёзн- значительн- существенн- масштабн- огромн- тяжел- тяжёл- катастроф-",
    "uk": "серйозн- значн- суттєв- масштабн- величезн- важк- катастроф-",
    "ar": "خطير- كبير- جسيم- بالغ- هائل- كارثي-",
    "zh": "严重 重大 巨大 显著 大幅 沉重",
    "ja": "深刻 甚大 大きな 大幅 重大",
    "ko": "심각 막대 상당 대규모 중대",
}
SLIGHT = {
    "en": "minor limited modest negligible marginal",
    "de": "gering- begrenzt-",
    "fr": "limité limitée limités limitées faible faibles mineur mineure mineurs mineures",
    "es": "limitad- leve leves",
    "it": "limitat- lieve lievi trascurabil-",
    "pt": "limitad- leve leves ligeir-",
    "nl": "beperkt- licht lichte",
    "ru": "незначительн- ограниченн-",
    "uk": "незначн- обмежений обмежена обмежене обмежені обмеженим обмеженого",
    "ar": "محدود- طفيف-",
    "zh": "影响有限 轻微",
    "ja": "限定的 軽微",
    "ko": "제한적 미미",
}
KINDS = {
    "likelihood": {"high": LIKELY, "expected": EXPECTED, "low": UNLIKELY, "either": CHANCE},
    "impact": {"high": GRAVE, "low": SLIGHT},
}
# The words by which an uncited line (a headline, a bottom line, an outlook) judges how likely
# or how grave something is: not "heavy rain", "a sharp rise", "at odds", "große Koalition"
JUDGING_LIKELIHOOD = {
    "en": "likely unlikely probable probably improbable almost_certain almost_certainly",
    "de": "wahrscheinlich unwahrscheinlich vermutlich dürfte dürften",
    "fr": "probable probables probablement improbable vraisemblablement",
    "es": "probable probables probablemente improbable",
    "it": "probabile probabili probabilmente improbabile",
    "pt": "provável prováveis provavelmente improvável",
    "nl": "waarschijnlijk onwaarschijnlijk",
    "ru": "вероятно маловероятно скорее_всего",
    "uk": "ймовірно малоймовірно швидше_за_все",
    "ar": "المرجح- مرجح-",
    "zh": "很可能 大概率 不太可能",
    "ja": "可能性が高 可能性は低 可能性が低 公算",
    "ko": "가능성이 높 가능성이 크 가능성이 낮",
}
JUDGING_IMPACT = {
    "en": "severe severely catastroph- devastat- crippl-",
    "de": "schwerwiegend- verheerend- katastroph- gravierend-",
    "fr": "sévère sévères dévasta- catastroph-",
    "es": "severo severa severos severas devastador- catastróf-",
    "it": "devastant- catastrof-",
    "pt": "devastador- catastróf-",
    "nl": "verwoest- catastrof-",
    "ru": "катастроф-",
    "uk": "катастроф-",
    "ar": "كارثي-",
    "zh": "灾难性",
    "ja": "壊滅的",
    "ko": "재앙",
}
TABLES = {
    **KINDS,
    "judging likelihood": {"high": JUDGING_LIKELIHOOD},
    "judging impact": {"high": JUDGING_IMPACT},
}
UNSPACED = frozenset({"zh", "ja", "ko"})
# Words that deny a level word up to four words after them ("no major", "did not report
# major", "n'a pas causé de dégâts importants"), in its clause: no punctuation nor a word
# that ends the denial's reach between ("no deaths but major damage", "not only severe",
# "never seen such severe", "не менее серьёзные": no less serious). Chinese: up to three
# characters between ("没有造成严重"), not 不少 (quite a few), 未来 (the future). Japanese and
# Korean deny after the word, up to five characters on ("深刻ではない"; not 違いない,
# "surely", nor 否めない, "undeniably").
DENY_BEFORE = {
    "en": "no not without never nor didn't doesn't don't isn't wasn't weren't won't hasn't "
    "haven't hadn't can't cannot",
    "de": "kein keine keinen keinem keiner nicht ohne",
    "fr": "pas aucun aucune sans",
    "es": "no sin ningún ninguna",
    "it": "non senza nessun nessuna",
    "pt": "não sem nenhum nenhuma",
    "nl": "geen niet zonder",
    "ru": "не нет без",
    "uk": "не немає без",
    "ar": "لا لم لن دون بدون",  # not غير: غير أن is "however"
}
REACH_ENDS = {
    "en": "but one only such less yet though although however",
    "de": "aber nur weniger sondern doch",
    "fr": "mais seulement que moins",
    "es": "pero sino solo sólo menos",
    "it": "ma solo soltanto meno",
    "pt": "mas só apenas menos",
    "nl": "maar alleen minder",
    "ru": "но а только лишь менее",
    "uk": "але а лише тільки менш",
    "ar": "لكن فقط",
}
DENY_BEFORE_UNSPACED = {"zh": r"未(?!来|必)|没|无(?!论|疑)|不(?!少|仅|但|断|久|管)|并非"}
DENY_AFTER = {
    "ja": r"(?<!違い)(?<!否め)(?<!少な)(?<!限ら)(?:ない|なかった|ません|なし)",
    "ko": "않|없",
}
BEFORE_WORDS, BEFORE_CHARS, AFTER_CHARS = 4, 4, 5
OPPOSITE = {"high": "low", "low": "high"}


@cache
def _cues(kind: str, language: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """One pattern of every level word of `kind` in `language`, a group each (the longest
    first), and the level of each group's word."""
    level_of = {
        entry: level
        for level, words in TABLES[kind].items()
        for entry in words.get(language, "").casefold().split()  # as the text is read: große
    }
    if not level_of:
        return None
    entries = sorted(level_of, key=len, reverse=True)
    if language in UNSPACED:
        words = "|".join(f"({re.escape(e)})" for e in entries)
    else:
        words = "|".join(
            f"({re.escape(e[:-1])})"
            if e.endswith("-")
            else "(" + re.escape(e).replace("_", r"\s+") + rf")(?!{WORD_CHAR})"
            for e in entries
        )
        words = rf"(?<!{WORD_CHAR})(?:{words})"
    return re.compile(words, re.IGNORECASE), tuple(level_of[e] for e in entries)


@cache
def _denial(language: str) -> re.Pattern[str] | None:
    """What denies a level word: the end of the text before it (the words between it and
    the denial in group "between"), or (Japanese, Korean) the start of the text after it."""
    if words := DENY_BEFORE.get(language):  # (in the clause: no punctuation between)
        either = "|".join(re.escape(w).replace("'", "['’]") for w in words.split())
        between = rf"(?P<between>(?:[^\s.,;:!?()]+\s+){{0,{BEFORE_WORDS - 1}}})"
        return re.compile(rf"(?<!{WORD_CHAR})(?:{either})\s+{between}$", re.IGNORECASE)
    if denial := DENY_BEFORE_UNSPACED.get(language):
        return re.compile(rf"(?:{denial})[^，。、；！？]{{0,{BEFORE_CHARS - 1}}}$")
    if denial := DENY_AFTER.get(language):
        return re.compile(rf"^[^、。！？]{{0,{AFTER_CHARS}}}?(?:{denial})")
    return None


def unsupported(line: str, language: str, articles: list[tuple[str, str]]) -> list[str]:
    """The words of an uncited line (a headline, a bottom line, an outlook) that state how
    likely or how grave something is ("likely", "severe"; not a forecast's "expected to")
    when none of the `articles` ((text, language) pairs) assesses that at all: the model's
    own judgement. None when an article's language has no level words (it cannot be told)."""
    if not all(reads(lang) for _, lang in articles):
        return []
    return [
        words
        for kind in KINDS
        for words in levels(line, language, f"judging {kind}").values()
        if not any(levels(t, lang, kind) for t, lang in articles)
    ]


def reads(language: str) -> bool:
    """Whether the words of likelihood and impact of `language` are known."""
    return all(language[:2] in words["high"] for words in KINDS.values())


def levels(text: str, language: str, kind: str) -> dict[str, str]:
    """Which way `text`, in `language`, says how likely a harm is (`kind` "likelihood") or
    how grave ("impact"): "high", "expected", "low", "either", each with the first words
    that say so ("no major", "limited"); none when it does not say. `kind` may also be
    "judging likelihood" or "judging impact": the words an uncited line judges by."""
    language = language[:2]
    if (cues := _cues(kind, language)) is None:
        return {}
    pattern, level_of = cues
    denial = _denial(language)
    found: dict[str, str] = {}
    for match in pattern.finditer(text):
        level, words = level_of[(match.lastindex or 1) - 1], match[0]
        if denial is not None and (denied := _denied(denial, text, match, language)):
            level, words = "either" if level == "low" else "low", denied
        found.setdefault(level, words)
    return found


def _denied(denial: re.Pattern[str], text: str, match: re.Match[str], language: str) -> str:
    """The level word `match` with the words that deny it ("no major", "深刻ではない"), or
    "" when none does."""
    if language in DENY_AFTER:
        after = denial.search(text[match.end() : match.end() + AFTER_CHARS + 3])
        return match[0] + after[0] if after else ""
    before = denial.search(text[max(0, match.start() - 60) : match.start()])
    if before is None:
        return ""
    between = before.groupdict().get("between") or ""
    if _reach_ends(language).intersection(between.casefold().split()):
        return ""
    return before[0] + match[0]


@cache
def _reach_ends(language: str) -> frozenset[str]:
    return frozenset(REACH_ENDS.get(language, "").split())
