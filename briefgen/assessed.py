"""Whether an article assesses how likely a harm is, or how grave: the words that say so, in
the languages listed. A model's "high" likelihood where its cited article only says what
"could" happen is the model's guess, not the article's assessment (grounding.Grounder
.assesses); so is a "high" impact where the article says nothing of the harm's size.

Each entry is the start of a word (case-folded); in Chinese, Japanese and Korean it is found
anywhere. A language not listed has no words to find: its articles assess nothing that can be
checked, and a model's levels citing only them are not confirmed.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.text import WORD_CHAR

LIKELIHOOD = {
    "en": "likely unlikely likelihood probab improbab chance odds almost_certain certain_to "
    "expected_to high_risk low_risk remote_possibility",
    "de": "wahrscheinlich unwahrscheinlich vermutlich voraussichtlich dürfte chance "
    "erwartet hohes_risiko geringes_risiko",
    "fr": "probab improbab vraisemblabl peu_probable chances risque_élevé faible_risque "
    "devrait devraient",
    "es": "probab improbab posibilidades se_espera previsiblemente riesgo_alto alto_riesgo "
    "bajo_riesgo",
    "it": "probabil improbabil verosimil prevedibilmente si_prevede rischio_elevato "
    "alto_rischio basso_rischio",
    "pt": "provável provavelmente probabilidade improvável espera-se risco_elevado alto_risco "
    "baixo_risco",
    "nl": "waarschijnlijk onwaarschijnlijk kans verwacht",
    "ru": "вероятн маловероятн скорее_всего шанс ожидается",
    "uk": "ймовірн малоймовірн швидше_за_все шанс очікується",
    "ar": "المرجح المحتمل احتمال يرجح المتوقع مرجح",
    "zh": "可能性 很可能 大概率 概率 预计 有望 不太可能 或将",
    "ja": "可能性が高 可能性は低 可能性が低 見通し 見込み 確率 公算",
    "ko": "가능성이 높 가능성이 낮 가능성이 크 전망 예상 확률",
}
IMPACT = {
    "en": "severe serious significant major minor limited modest substantial huge massive "
    "devastat catastroph heavy negligible marginal sharp dramatic grave widespread "
    "considerable enormous crippl",
    "de": "schwer erheblich massiv gravierend deutlich gering begrenzt enorm verheerend "
    "drastisch katastroph spürbar",
    "fr": "grave sévère important majeur considérable lourd limité faible massi dévasta "
    "catastroph sensible significati",
    "es": "grave severo importante significativ considerable fuerte limitad masiv devasta "
    "catastróf enorme leve",
    "it": "grave pesant significativ consistent notevol forte limitat massicc devastant "
    "catastrof enorme lieve",
    "pt": "grave sério significativ considerável forte limitad massiv devasta catastróf "
    "enorme leve",
    "nl": "ernstig aanzienlijk groot grote zwaar zware beperkt massaal enorm verwoest catastrof",
    "ru": "серьезн серьёзн значительн существенн масштабн огромн тяжел тяжёл катастроф "
    "незначительн ограниченн",
    "uk": "серйозн значн суттєв масштабн величезн важк катастроф незначн обмежен",
    "ar": "خطير خطيرة كبير كبيرة جسيم بالغ محدود طفيف هائل كارثي",
    "zh": "严重 重大 巨大 显著 有限 轻微 大幅 沉重",
    "ja": "深刻 甚大 大きな 大幅 限定的 軽微 重大",
    "ko": "심각 막대 상당 제한적 미미 대규모 중대",
}
KINDS = {"likelihood": LIKELIHOOD, "impact": IMPACT}
UNSPACED = frozenset({"zh", "ja", "ko"})


@cache
def _cues(kind: str, language: str) -> re.Pattern[str] | None:
    entries = KINDS[kind].get(language, "").split()
    if not entries:
        return None
    words = "|".join(re.escape(e).replace("_", r"\s+") for e in sorted(entries, key=len)[::-1])
    if language in UNSPACED:
        return re.compile(words)
    return re.compile(rf"(?<!{WORD_CHAR})(?:{words})", re.IGNORECASE)


def assesses(text: str, language: str, kind: str) -> bool:
    """Whether `text`, in `language`, says how likely a harm is (`kind` "likelihood") or how
    grave ("impact")."""
    cues = _cues(kind, language[:2])
    return cues is not None and cues.search(text) is not None
