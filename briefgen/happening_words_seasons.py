"""Cue words of winter's weather, of power cut off and of ships wrecked or run aground
(happenings.py), in the languages of happening_words.py and _nordic.py, by their rules: each
entry is the start of a word, "_" a space or the word's end, the longest entry found at a
place wins and `NOT` hides what it covers. Kept apart from those lists, and joined to them
language by language (happenings.KINDS).

Each is a phrase where its word has another use in news: a ship aground off a coast, not
talks run aground; homes left without power, not "a president without power" nor "sin luz
verde" (no green light); 대설 as a warning's name (대설주의보), not inside 대설명회. Left
out: avalanches (a hockey team, "an avalanche of criticism", 雪崩式下跌, a market's slide),
搁浅, 좌초 and 転覆 (a deal stalled, talks foundered, a government overthrown), 吹雪 (紙吹雪,
confetti), "bufera" (a minister "nella bufera"), "incagli" (Italian banks' doubtful loans).
"""

from __future__ import annotations

KINDS: dict[str, dict[str, str]] = {
    "accident": {
        "en": "shipwreck aground_off aground_near aground_on",
        "de": "schiffsunglück bootsunglück gekentert kenterte havarie",
        "fr": "naufrage chavir",
        "es": "naufrag",
        "it": "naufrag",
        "pt": "naufrág naufrag",
        "zh": "沉船 翻船 海难",
        "ja": "沈没 座礁 海難",
        "ko": "침몰",
    },
    "weather": {
        "en": "ice_storm ice_storms freezing_rain black_ice cold_snap cold_wave high_winds "
        "strong_winds gale-force",
        "de": "glatteis eisregen blitzeis kältewelle kälteeinbruch sturmböen orkanböen",
        "fr": "verglas pluie_verglaçante pluies_verglaçantes vague_de_froid grand_froid "
        "rafales_de_vent grêle",
        "es": "heladas ola_de_frío granizo granizada vendaval rachas_de_viento",
        "it": "gelicidio ondata_di_gelo ondata_di_freddo grandine grandinat raffiche_di_vento",
        "pt": "geada onda_de_frio frente_fria granizo vendaval chuva_congelada",
        "nl": "ijzel gladheid koudegolf hagel_ windstoten",
        "zh": "冻雨 寒潮 暴风雪 雪灾 冰雹 降雪",
        "ja": "暴風雪 寒波 降雪",
        "ko": "한파 우박 강풍 대설주의보 대설경보",
        "sv": "underkylt_regn ishalka köldknäpp vindbyar",
        "no": "underkjølt_regn isslag glattføre holkeføre kuldebølge vindkast",
        "da": "isslag glatføre kuldebølge vindstød",
    },
    "outage": {
        "en": "left_without_power homes_without_power customers_without_power "
        "knocked_out_power knocks_out_power",
        "de": "ohne_strom",
        "fr": "privés_d'électricité privés_de_courant sans_électricité",
        "es": "sin_suministro_eléctrico quedaron_sin_luz hogares_sin_luz clientes_sin_luz",
        "pt": "ficaram_sem_luz casas_sem_luz clientes_sem_luz sem_energia_elétrica",
        "nl": "zonder_stroom",
    },
}

NOT: dict[str, str] = {
    "ko": "친한파 지한파",  # Korea's friends (a faction): no cold wave
}

# Bokmål and Nynorsk as Norwegian (happening_words_nordic.py)
for _cues in KINDS.values():
    if "no" in _cues:
        _cues["nb"] = _cues["nn"] = _cues["no"]
