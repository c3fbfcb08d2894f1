"""Whether an article assesses how likely a harm is, or how grave: the words that say so, in
the languages listed. A model's "high" likelihood where its cited article only says what
"could" happen is the model's guess, not the article's assessment (grounding.Grounder
.assessed); so is a "high" impact where the article says nothing of the harm's size.

Each entry is a whole word ("_" a space between words), or, ending in "-", the start of a
word ("catastroph-": catastrophic, catastrophe); entries and text are matched case-folded.
In Chinese, Japanese and Korean an entry is found anywhere. A language not listed has no
words to find: its articles assess nothing that can be checked, and a model's levels citing
only them are not confirmed. Whether the article's level is the model's ("unlikely" for a
"high" likelihood) is not checked: that it assesses one is.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.text import WORD_CHAR

LIKELIHOOD = {
    "en": "likely unlikely likelihood probable probably probability improbable chance chances "
    "odds almost_certain almost_certainly certain_to expected_to high-risk high_risk low-risk "
    "low_risk remote_possibility",
    "de": "wahrscheinlich- unwahrscheinlich- vermutlich voraussichtlich dürfte dürften chance "
    "chancen erwartet erwarten hohes_risiko geringes_risiko",
    "fr": "probable probables probablement probabilité improbable vraisemblabl- peu_probable "
    "chances risque_élevé faible_risque devrait devraient",
    "es": "probable probables probablemente probabilidad improbable posibilidades se_espera "
    "previsiblemente riesgo_alto alto_riesgo bajo_riesgo",
    "it": "probabile probabili probabilmente probabilità improbabile verosimil- "
    "prevedibilmente si_prevede rischio_elevato alto_rischio basso_rischio",
    "pt": "provável prováveis provavelmente probabilidade improvável espera-se risco_elevado "
    "alto_risco baixo_risco",
    "nl": "waarschijnlijk- onwaarschijnlijk- kans kansen verwacht verwachten",
    "ru": "вероятн- маловероятн- скорее_всего шанс шансы шансов ожидается ожидают",
    "uk": "ймовірн- малоймовірн- швидше_за_все шанс шанси шансів очікується очікують",
    "ar": "المرجح- المحتمل- احتمال- يرجح- المتوقع- مرجح-",
    "zh": "可能性 很可能 大概率 概率 预计 有望 不太可能 或将",
    "ja": "可能性が高 可能性は低 可能性が低 見通し 見込み 確率 公算",
    "ko": "가능성이 높 가능성이 낮 가능성이 크 전망 확률 예상된다",
}
IMPACT = {
    "en": "severe severely serious seriously significant significantly major minor limited "
    "modest substantial huge massive devastat- catastroph- heavy heavily negligible marginal "
    "sharp sharply dramatic dramatically grave widespread considerable enormous crippl-",
    "de": "schwer schwere schweren schwerer schwerwiegend- erheblich- massiv- gravierend- "
    "deutlich- gering- begrenzt- enorm- verheerend- drastisch- katastroph- spürbar- große "
    "großen großer hohe hohen hoher",
    "fr": "grave graves sévère sévères important importante importants importantes majeur "
    "majeure majeurs majeures considérable considérables lourd lourde lourds lourdes limité "
    "limitée limités limitées faible faibles massif massive massifs massives dévasta- "
    "catastroph- sensible sensibles significati-",
    "es": "grave graves severo severa severos severas importante importantes significativ- "
    "considerable considerables fuerte fuertes limitad- masiv- devastador- catastróf- enorme "
    "enormes leve leves",
    "it": "grave gravi pesant- significativ- consistent- notevol- forte forti limitat- "
    "massicc- devastant- catastrof- enorme enormi lieve lievi",
    "pt": "grave graves sério séria sérios sérias significativ- considerável consideráveis "
    "forte fortes limitad- massiv- devastador- catastróf- enorme enormes leve leves",
    "nl": "ernstig- aanzienlijk- groot grote zwaar zware beperkt- massaal massale enorm- "
    "verwoest- catastrof-",
    "ru": "серьезн- серьёзн- значительн- существенн- масштабн- огромн- тяжел- тяжёл- "
    "катастроф- незначительн- ограниченн-",
    "uk": "серйозн- значн- суттєв- масштабн- величезн- важк- катастроф- незначн- обмежений "
    "обмежена обмежене обмежені обмеженим обмеженого",
    "ar": "خطير- كبير- جسيم- بالغ- محدود- طفيف- هائل- كارثي-",
    "zh": "严重 重大 巨大 显著 影响有限 轻微 大幅 沉重",
    "ja": "深刻 甚大 大きな 大幅 限定的 軽微 重大",
    "ko": "심각 막대 상당 제한적 미미 대규모 중대",
}
KINDS = {"likelihood": LIKELIHOOD, "impact": IMPACT}
UNSPACED = frozenset({"zh", "ja", "ko"})


@cache
def _cues(kind: str, language: str) -> re.Pattern[str] | None:
    entries = KINDS[kind].get(language, "").casefold().split()  # as the text is read: große
    if not entries:
        return None
    if language in UNSPACED:
        return re.compile("|".join(map(re.escape, entries)))
    words = "|".join(
        re.escape(e[:-1])
        if e.endswith("-")
        else re.escape(e).replace("_", r"\s+") + rf"(?!{WORD_CHAR})"
        for e in sorted(entries, key=len, reverse=True)
    )
    return re.compile(rf"(?<!{WORD_CHAR})(?:{words})", re.IGNORECASE)


def reads(language: str) -> bool:
    """Whether the words of likelihood and impact of `language` are known."""
    return all(language[:2] in words for words in KINDS.values())


def assesses(text: str, language: str, kind: str) -> bool:
    """Whether `text`, in `language`, says how likely a harm is (`kind` "likelihood") or how
    grave ("impact")."""
    cues = _cues(kind, language[:2])
    return cues is not None and cues.search(text) is not None
