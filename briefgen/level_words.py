"""The words by which an article says how likely a harm is, or how grave, and which way
(assessed.py reads them), in 13 languages.

Each entry is a whole word ("_" a space between words), or, ending in "-", the start of a
word ("catastroph-": catastrophic, catastrophe), matched regardless of case.
In Chinese, Japanese, Korean and Thai an entry is found anywhere. A language not listed has no
words to find: its articles assess nothing that can be checked, and a model's levels citing
only them are not confirmed.
"""

LIKELY = {
    "en": "inevitable all_but_certain likely probable probably almost_certain almost_certainly "
    "certain_to high-risk high_risk",
    "de": "unvermeidlich- unausweichlich- wahrscheinlich- vermutlich dürfte dürften hohes_risiko "
    "so_gut_wie_sicher",
    "fr": "inévitable inévitables probable probables probablement vraisemblabl- risque_élevé",
    "es": "por_hecho inevitable inevitables probable probables probablemente riesgo_alto "
    "alto_riesgo casi_con_toda_seguridad casi_seguro",
    "it": "inevitabil- probabile probabili probabilmente verosimil- rischio_elevato alto_rischio "
    "quasi_certo quasi_certa",
    "pt": "praticamente_certa praticamente_certo inevitável inevitáveis provável prováveis "
    "provavelmente risco_elevado alto_risco quase_certamente quase_certo",
    "nl": "onvermijdelijk- waarschijnlijk- vrijwel_zeker",
    "ru": "наверняка вероятн- скорее_всего неизбежн-",
    "uk": "імовірн- напевно ймовірн- швидше_за_все найімовірніше неминуч-",
    "ar": "المؤكد- المرجح- المحتمل- يرجح- مرجح-",
    "zh": "极有可能 很有可能 极可能 恐将 很可能 大概率 成定局",
    "ja": "ほぼ確実 確実視 可能性が高 公算 に違いない",
    "ko": "가능성이_높 가능성이_크 확실시",
}
EXPECTED = {  # what is expected: likely, in the words of a forecast ("is expected to")
    "en": "poised_to set_to expected_to",
    "de": "zu_rechnen voraussichtlich erwartet erwarten",
    "fr": "devrait devraient",
    "es": "se_espera previsiblemente",
    "it": "destinato_a destinata_a destinati_a destinate_a prevedibilmente si_prevede dovrebbe "
    "dovrebbero",
    "pt": "espera-se a_expectativa_é",
    "nl": "naar_verwachting verwacht verwachten",
    "ru": "ожидается ожидают",
    "uk": "очікується очікують",
    "ar": "المتوقع-",
    "zh": "预计 有望 或将",
    "ja": "見通し 見込み",
    "ko": "전망 예상된다",
}
UNLIKELY = {
    "en": "ruled_out rule_out rules_out ruling_out unlikely improbable low-risk low_risk "
    "remote_possibility",
    "de": "ausgeschlossen unwahrscheinlich- geringes_risiko wenig_wahrscheinlich",
    "fr": "écarte écartent improbable peu_probable faible_risque",
    "es": "descarta descartan descartó descartado descartada improbable bajo_riesgo poco_probable",
    "it": "esclude escludono improbabile basso_rischio poco_probabile",
    "pt": "descarta descartam descartou descartado descartada improvável baixo_risco "
    "pouco_provável",
    "nl": "uitgesloten onwaarschijnlijk- weinig_waarschijnlijk",
    "ru": "исключают исключает маловероятн- вряд_ли",
    "uk": "виключають виключає малоймовірн- навряд_чи",
    "ar": "المستبعد- غير_المرجح يستبعد- مستبعد-",
    "zh": "不太可能",
    "ja": "可能性は低 可能性が低",
    "ko": "배제 가능성이_낮",
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
    "uk": "ймовірніст- імовірніст- шанс шанси шансів",
    "ar": "احتمال-",
    "zh": "可能性 概率",
    "ja": "可能性 確率",
    "ko": "확률 가능성",
}
RISK = {  # a risk's name, which says a level only with a word of degree: "the risk is low"
    "en": "risk",
    "de": "risiko gefahr",
    "fr": "risque",
    "es": "riesgo",
    "it": "rischio",
    "pt": "risco",
    "nl": "risico",
    "ru": "риск",
    "uk": "ризик",
    "ar": "خطر",
    "zh": "风险",
    "ja": "恐れ おそれ リスク",
    "ko": "위험",
}
# The words of degree that say which way a chance or a risk goes ("the probability ... is
# low", "可能性不大"), found after it in its clause; the last one found says
DEGREE = {
    "high": {
        "en": "high higher",
        "de": "hoch hohe höher",
        "fr": "élevé élevée élevés élevées fort forte",
        "es": "alta altas alto elevada",
        "it": "alta alte alto elevata",
        "pt": "alta altas alto elevada",
        "nl": "groot grote hoog",
        "ru": "высок-",
        "uk": "висок-",
        "ar": "مرتفع- عال-",
        "zh": "较大 很大 较高 很高 极高",
        "ja": "高い 大きい",
        "ko": "높",
    },
    "low": {
        "en": "low lower remote slim small minimal little",
        "de": "gering- niedrig- klein",
        "fr": "faible faibles minime minimes mince",
        "es": "baja bajas bajo reducida escasa escasas mínima remota",
        "it": "bassa basse basso ridotta scarsa scarse minima remota",
        "pt": "baixa baixas baixo baixos reduzida reduzidas pequena pequenas remota remotas mínima",
        "nl": "klein kleine gering- laag",
        "ru": "низк- мал- невелик- минимальн-",
        "uk": "низьк- мал- невелик- мінімальн-",
        "ar": "ضعيف- ضئيل- منخفض-",
        "zh": "不大 较低 很低 极低 较小 很小 微乎其微 不高",
        "ja": "低い 小さい 薄い ほとんどない",
        "ko": "낮 희박",
    },
}
GRAVE = {
    "en": "extensive extensively severe severely serious seriously significant significantly "
    "major substantial huge massive devastat- catastroph- heavy heavily sharp sharply dramatic "
    "dramatically grave widespread considerable enormous crippl-",
    "de": "beträchtlich- schwer schwere schweren schwerer schwerwiegend- erheblich- massiv- "
    "gravierend- deutlich- enorm- verheerend- drastisch- katastroph- spürbar- große großen "
    "großer größere größeren größerer hohe hohen hoher nennenswert-",
    "fr": "grave graves sévère sévères important importante importants importantes majeur "
    "majeure majeurs majeures considérable considérables lourd lourde lourds lourdes massif "
    "massive massifs massives dévasta- catastroph- sensible sensibles significati-",
    "es": "de_consideración grave graves severo severa severos severas importante importantes "
    "significativ- considerable considerables fuerte fuertes masiv- devastador- catastróf- "
    "enorme enormes cuantios-",
    "it": "grave gravi pesant- significativ- consistent- notevol- forte forti massicc- "
    "devastant- catastrof- enorme enormi ingent-",
    "pt": "maior_gravidade grave graves sério séria sérios sérias significativ- considerável "
    "consideráveis forte fortes massiv- devastador- catastróf- enorme enormes",
    "nl": "fors forse ernstig- aanzienlijk- groot grote zwaar zware massaal massale enorm- "
    "verwoest- catastrof- noemenswaardig-",
    "ru": "немал- серьезн- серьёзн- значительн- существенн- масштабн- огромн- тяжел- тяжёл- "
    "катастроф-",
    "uk": "масов- немал- серйозн- значн- суттєв- масштабн- величезн- важк- катастроф-",
    "ar": "خطير- كبير- جسيم- بالغ- هائل- كارثي- فادح-",
    "zh": "惨重 大面积 较大 严重 重大 巨大 显著 大幅 沉重",
    "ja": "広範囲 深刻 甚大 大きな 大幅 重大",
    "ko": "심각 막대 상당 대규모 중대 큰_피해",
}
SLIGHT = {
    "en": "superficial minor limited modest negligible marginal",
    "de": "in_grenzen unerheblich- gering- begrenzt-",
    "fr": "superficiel superficiels superficielle superficielles négligeable négligeables limité "
    "limitée limités limitées faible faibles mineur mineure mineurs mineures",
    "es": "limitad- leve leves daños_menores",
    "it": "contenut- limitat- lieve lievi trascurabil-",
    "pt": "limitad- leve leves ligeir-",
    "nl": "gering geringe beperkt- licht lichte",
    "ru": "невелик- минимальн- незначительн- ограниченн-",
    "uk": "невелик- мінімальн- незначн- обмежений обмежена обмежене обмежені обмеженим обмеженого",
    "ar": "اقتصر- محدود- طفيف-",
    "zh": "细微 较小 影响有限 轻微",
    "ja": "にとどま 程度だった 限定的 軽微",
    "ko": "에_그쳤 제한적 미미 경미",
}
KINDS = {
    "likelihood": {
        "high": LIKELY,
        "expected": EXPECTED,
        "low": UNLIKELY,
        "either": CHANCE,
        "degree": RISK,
    },
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
    "ko": "가능성이_높 가능성이_크 가능성이_낮",
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
UNSPACED = frozenset({"zh", "ja", "ko", "th"})  # Thai writes no space between words either
# Words that deny a level word up to five words after them ("no major", "did not report
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
    "fr": "pas aucun aucune sans non",
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
DENY_BEFORE_UNSPACED = {"zh": r"未(?!来|必)|没|(?<!不)无(?!论|疑)|不(?!少|仅|但|断|久|管|无)|并非"}
DENY_AFTER = {
    "ja": r"(?<!違い)(?<!否め)(?<!少な)(?<!限ら)(?<!否定でき)(?<!排除でき)(?<!隠さ)(?<!隠せ)"
    r"(?:ない|なかった|ません|なし)",
    "ko": "않|없",
}
# Words that deny a level word later in its clause, as a report says nothing was found:
# "Größere Schäden wurden nicht gemeldet", "大きな被害は確認されていない"
DENY_LATER = {
    "en": r"(?:was|were|has been|have been)\s+not\s+(?:reported|recorded|observed)",
    "de": r"nicht\s+(?:gemeldet|berichtet|festgestellt|verzeichnet)|blieben\s+aus",
    "fr": r"pas\s+été\s+(?:signalé|constaté|rapporté|enregistré)",
    "it": r"non\s+(?:sono|è)\s+stat[aeio]\s+(?:segnalat|registrat|riportat)",
    "pt": r"não\s+(?:foram|há)\s+(?:registad|registrad|reportad)",
    "nl": r"niet\s+(?:gemeld|geregistreerd|vastgesteld)",
    "ru": r"не\s+(?:зафиксирован|поступал|выявлен|обнаружен|отмечен|было|сообщается)"
    r"|удалось\s+избежать",
    "uk": r"не\s+(?:зафіксован|надходил|виявлен|було|повідомляється)|вдалося\s+уникнути",
    "ja": r"(?:は|も)(?:確認|報告)されて(?:い)?(?:ない|ません)|(?:は|も)出て(?:い)?(?:ない|ません)"
    r"|(?:は|も)なかった|入っていない",
    "ko": r"(?:은|는|도)\s*(?:보고|확인|접수)되지\s*않",
}
# Level words in another sense, which say no level: a worry ("grave concerns"), weather
# ("heavy rain"), a product ("limited edition"), a list ("重大项目", major projects)
OTHER_SENSE = {
    "en": r"(?:grave|serious|major|significant)\s+(?:concern|doubt|worr|question|reservation)"
    r"|heavy\s+(?:rain|snow|shower|traffic|metal|industry|weight)|limited\s+(?:edition|series|run)",
    "de": r"(?:große|ernste|schwere)\w*\s+(?:sorge|bedenken)|(?:starke|heftige)\w*\s+regen"
    r"|begrenzte\w*\s+auflage",
    "fr": r"(?:graves?|sérieuses?|vives?)\s+(?:préoccupation|inquiétude)|(?:fortes?\s+"
    r"(?:pluie|précipitation)|édition\s+limitée|série\s+limitée)",
    "es": r"(?:grave|seria)s?\s+preocupaci"
    r"|fuertes?\s+(?:lluvia|precipitacion|racha|viento|nevada|tormenta|oleaje)"
    r"|(?:edición|serie)\s+limitada",
    "it": r"(?:grave|seria|forte)\s+preoccupazion|fort[ei]\s+(?:piogg|precipitazion)"
    r"|(?:edizione|serie)\s+limitata",
    "pt": r"(?:grave|séria)s?\s+preocupaç|chuvas?\s+fortes?|fortes?\s+chuvas?"
    r"|(?:edição|série)\s+limitada",
    "nl": r"(?:ernstige|grote)\s+(?:zorg|bezorgdheid)|zware\s+(?:regen|bui|storm|sneeuw|onweer)"
    r"|beperkte\s+(?:oplage|editie)",
    "ru": r"серь[её]зн\w*\s+(?:обеспокоенн|озабоченн|тревог)|сильн\w*\s+(?:дожд|снег)"
    r"|тяж[её]л\w*\s+(?:атлетик|промышленност|металл)"
    r"|ограниченн\w*\s+(?:тираж|серии|сери)",
    "uk": r"серйозн\w*\s+(?:занепокоєн|стурбован)|сильн\w*\s+(?:дощ|снiг|сніг)"
    r"|важк\w*\s+(?:атлетик|промисловіст)"
    r"|обмежен\w*\s+(?:наклад|серi|сері)",
    "ar": r"إصدار\w*\s+محدود|قلق\w*\s+(?:ال)?بالغ|أمطار\s+غزيرة",
    "zh": r"严重关切|严重关注|重大项目|重大专项",
    "ja": r"深刻な(?:懸念|憂慮)|重大な関心",
    "ko": r"심각한\s*우려",
}
