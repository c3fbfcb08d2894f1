"""Cue words of the kinds of event news tells (happenings.py) in Urdu and Tagalog, by the rules of
happening_words.py: each entry is the start of a word, "_" a space or the word's end, "…" up to
eight words of one clause, the longest entry found at a place wins and `NOT` hides what it
covers.

Tagalog fixes affixes before a verb and inside it (sunog, nasunog; sabog, sumabog, pagsabog), so
the forms news writes are given, with the English words its headlines carry (recall, brownout;
nag-recall, an English word after a hyphen, starts a word). Urdu is given in its own letters (ی,
ک, ہ), and by _urdu in the Arabic ones (ي, ك, ه) some sources type too; its postpositions and
light verbs are words apart, so a phrase is given where a word alone says too little
(سربراہ_مقرر, appointed head; مقرر alone also sets a date).
"""

from __future__ import annotations

ARABIC = str.maketrans("یکہ", "يكه")  # Urdu's letters as the Arabic ones some sources type

KINDS: dict[str, dict[str, str]] = {
    "results": {
        "ur": "منافع_ خالص_منافع خالص_خسارہ قبل_از_ٹیکس_منافع بعد_از_ٹیکس_منافع سہ_ماہی ششماہی "
        "مالیاتی_نتائج ڈیویڈنڈ ڈیوڈنڈ منافع_منقسمہ فی_حصص_آمدنی",
        "tl": "netong_kita net_income nalugi pagkalugi kwarter quarterly dibidendo dividend "
        "earnings_",
    },
    "recall": {
        "ur": "واپس_منگوا ریکال مارکیٹ_سے_واپس مارکیٹ_سے_ہٹا",
        "tl": "recall pinababawi…merkado ipinababawi…merkado ipinabawi…merkado binawi…merkado "
        "pinababawi…pamilihan ipinabawi…pamilihan",
    },
    "breach": {
        "ur": "ہیکر ہیک_ ہیکنگ سائبر ڈیٹا_لیک ڈیٹا_چوری ڈیٹا_کی_چوری ذاتی_معلومات ذاتی_ڈیٹا "
        "رینسم_ویئر ڈیٹا_افشا",
        "tl": "hacker hack_ hacking hinack cyber data_breach data_leak ransomware ddos "
        "personal_na_impormasyon personal_data",
    },
    "accident": {
        "ur": "آگ_ آتشزدگی آتش_زدگی دھماک حادث پٹری_سے_اتر گر_کر_تباہ عمارت_گر چھت_گر عمارت_منہدم "
        "کشتی_ڈوب کشتی_الٹ جھلس گیس_لیک ہنگامی_لینڈنگ",
        "tl": "sunog nasunog nasusunog masunog pagkasunog natupok sumabog pagsabog aksidente "
        "disgrasya banggaan_ng_bus banggaan_ng_truck banggaan_ng_trak banggaan_ng_jeep "
        "banggaan_ng_motor banggaan_ng_kotse banggaan_ng_sasakyan banggaan_ng_tren bumangga "
        "nabangga sumalpok tumaob gumuho pagguho nadiskaril_ang_tren bumagsak_ang_eroplano "
        "bumagsak_na_eroplano gas_leak oil_spill emergency_landing",
    },
    "quake": {
        "ur": "زلزل ریکٹر_اسکیل ریکٹر_سکیل سونامی آتش_فشاں آفٹر_شاک زمین_لرز",
        "tl": "lindol lumindol paglindol magnitude phivolcs tsunami aftershock bulkan",
    },
    "weather": {
        "ur": "طوفان بارش سیلاب برفباری برف_باری شدید_گرمی گرمی_کی_لہر ہیٹ_ویو خشک_سالی قحط_سالی "
        "آندھی ژالہ_باری لینڈ_سلائیڈ لینڈسلائیڈ برفانی_تودہ سائیکلون مون_سون مونسون محکمہ_موسمیات "
        "سموگ اسموگ",
        "tl": "bagyo habagat amihan baha_ pagbaha binaha bumaha ulan pag-ulan low_pressure_area "
        "lpa_ typhoon pagasa_ landslide pagguho_ng_lupa heat_index tagtuyot el_niño buhawi ipo-ipo "
        "storm_surge daluyong",
    },
    "outbreak": {
        "ur": "وبا_ وبائی کورونا کووڈ وائرس ڈینگی خسرہ ہیضہ پولیو ویکسین انفیکشن برڈ_فلو انفلوئنزا "
        "ایم_پاکس منکی_پاکس قرنطینہ ملیریا چکن_گونیا ٹائیفائیڈ",
        "tl": "outbreak epidemya pandemya virus covid dengue tigdas kolera trangkaso bakuna "
        "pagbabakuna polio mpox monkeypox african_swine_fever asf_ bird_flu quarantine "
        "leptospirosis impeksiyon impeksyon nahawa_ nahawaan",
    },
    "strike": {
        "ur": "ہڑتال پہیہ_جام شٹر_ڈاؤن",
        "tl": "welga nagwelga magwelga nagwewelga magwewelga pagwewelga tigil-pasada tigil_pasada "
        "strike_ walkout",
    },
    "leadership": {
        "ur": "استعف مستعفی برطرف عہدے_سے_ہٹا عہدہ_سنبھال عہدے_کا_حلف سبکدوش جانشین نیا_سربراہ "
        "نئے_سربراہ نئی_سربراہ سربراہ_مقرر چیئرمین_مقرر گورنر_مقرر نیا_چیف",
        "tl": "nagbitiw magbitiw pagbibitiw magbibitiw resign bumaba_sa_puwesto bababa_sa_puwesto "
        "tinanggal_sa_puwesto sinibak pagsibak itinalaga_bilang itatalaga_bilang "
        "itinalagang_bagong pagtatalaga_kay bagong_hepe bagong_ceo bagong_kalihim kahalili "
        "humalili hahalili pumalit_kay nanumpa",
    },
    "fine": {
        "ur": "جرمان",
        "tl": "multa pinagmulta minultahan pagmumulta",
    },
    "court": {
        "ur": "عدالت سپریم_کورٹ ہائی_کورٹ جج_ ججز ججوں سزا_ سزائے مقدمہ مقدمے مقدمات فرد_جرم "
        "بری_کر باعزت_بری ضمانت_منظور ضمانت_مسترد ضمانت_منسوخ ضمانت_پر_رہا عبوری_ضمانت "
        "درخواست_ضمانت ضمانت_کی_درخواست استغاثہ سماعت عمر_قید",
        "tl": "korte hukuman sandiganbayan hukom hatol hinatulan nahatulan kulong makulong "
        "ikinulong kinasuhan sinampahan_ng_kaso nagsampa_ng_kaso isinampa_ang_kaso piskal "
        "prosecutor abswelto inabsuwelto pinawalang-sala warrant_of_arrest paglilitis",
    },
    "listing": {
        "ur": "آئی_پی_او لسٹنگ بانڈ_ بانڈز یورو_بانڈ سکوک ابتدائی_عوامی_پیشکش",
        "tl": "ipo_ initial_public_offering public_offering bond_ bonds_ follow-on_offering",
    },
    "takeover": {
        "ur": "انضمام ادغام اکثریتی_حصص کنٹرولنگ_شیئر ٹیک_اوور کمپنی_خرید کمپنی_کو_خرید "
        "خریدنے_کا_معاہدہ",
        "tl": "acquisition acquire merger takeover buyout majority_stake controlling_stake "
        "pagsasanib binili…kompanya bibilhin…kompanya binili…stake bibilhin…stake "
        "pagbili_ng_kompanya",
    },
    "jobs": {
        "ur": "ملازمین_برطرف ملازمین_کو_برطرف ملازمین_کی_برطرف ملازمتوں ملازمتیں بےروزگار "
        "بے_روزگار بیروزگار ڈاؤن_سائزنگ چھانٹی نوکریاں نوکریوں فیکٹری_بند کارخانے_بند",
        "tl": "natanggal_sa_trabaho tinanggal_sa_trabaho mawawalan_ng_trabaho nawalan_ng_trabaho "
        "walang_trabaho kawalan_ng_trabaho unemployment layoff lay_off retrench tanggalan "
        "pagsasara_ng_pabrika isasara_ang_pabrika nagsara_ang_pabrika",
    },
    "rates": {
        "ur": "شرح_سود سود_کی_شرح پالیسی_ریٹ اسٹیٹ_بینک مرکزی_بینک مانیٹری_پالیسی زری_پالیسی "
        "بیسس_پوائنٹس بنیادی_پوائنٹس فیڈرل_ریزرو",
        "tl": "interest_rate pagbaba_ng_interes pagtaas_ng_interes policy_rate rate_cut rate_hike "
        "basis_point monetary_board monetary_policy bangko_sentral federal_reserve fed_",
    },
    "vote": {
        "ur": "انتخابات انتخابی الیکشن ووٹ ریفرنڈم ضمنی_انتخاب بلدیاتی_انتخاب تحریک_عدم_اعتماد "
        "عدم_اعتماد_کی_تحریک منتخب_ہو نومنتخب بلا_مقابلہ_منتخب بل_منظور بل_کی_منظوری مسودہ_قانون "
        "پولنگ",
        "tl": "halalan eleksiyon eleksyon boto bumoto boboto pagboto nahalal comelec referendum "
        "reperendum plebisito panukalang_batas",
    },
    "death": {
        "ur": "انتقال_کر انتقال_ہو انتقال_پر وفات جنازہ جنازے نماز_جنازہ سپرد_خاک رحلت چل_بسے",
        "tl": "pumanaw namayapa yumao_ sumakabilang-buhay inilibing paglilibing necrological "
        "obituary",
    },
    "opening": {
        "ur": "افتتاح_ سنگ_بنیاد براہ_راست_پرواز دوبارہ_کھول ٹریفک_کے_لیے_کھول",
        "tl": "pinasinayaan pagpapasinaya pasinaya inagurasyon binuksan_sa_publiko "
        "bubuksan_sa_publiko muling_binuksan muling_bubuksan groundbreaking ribbon_cutting "
        "ribbon-cutting direct_flight direktang_flight binuksan_sa_trapiko",
    },
    "attack": {
        "ur": "حملہ حملے حملوں دہشتگرد دہشت_گرد فائرنگ خودکش_ بم_ بموں بمباری میزائل گولہ_باری "
        "ٹارگٹ_کلنگ",
        "tl": "inatake pag-atake pananambang tinambangan ambush pamamaril binaril pinaslang "
        "pagpaslang pambobomba binomba bomba_ terorist terorism airstrike air_strike missile "
        "drone_attack drone_strike sinaksak granada",
    },
    "scandal": {
        "ur": "تحقیقات تفتیش گرفتار چھاپہ چھاپے_مار چھاپوں کرپشن بدعنوان رشوت فراڈ دھوکہ_دہی "
        "منی_لانڈرنگ اسکینڈل سکینڈل نیب_ ایف_آئی_اے الزام غبن",
        "tl": "imbestiga iniimbestigahan aresto inaresto naaresto dinakip nadakip katiwalian "
        "korapsyon korupsiyon kurakot suhol panunuhol eskandalo iskandalo pandaraya scam anomalya "
        "plunder graft money_laundering akusasyon alegasyon",
    },
    "diplomacy": {
        "ur": "سربراہی_اجلاس سربراہی_کانفرنس جنگ_بندی فائر_بندی امن_مذاکرات امن_معاہد وزیر_خارجہ "
        "وزرائے_خارجہ سفیر سفارت سرکاری_دورہ سرکاری_دورے دوطرفہ مذاکرات",
        "tl": "summit usapang_pangkapayapaan peace_talks tigil-putukan tigil_putukan ceasefire "
        "kasunduang_pangkapayapaan peace_deal foreign_minister foreign_secretary embahador "
        "ambassador embahada diplomat state_visit opisyal_na_pagbisita bilateral",
    },
    "sport": {
        "ur": "میچ کرکٹ ورلڈ_کپ فائنل_ سیمی_فائنل سنچری وکٹ_ وکٹیں وکٹوں اننگز ٹی_ٹوئنٹی "
        "پی_ایس_ایل ہاکی فٹبال فٹ_بال اولمپک ٹورنامنٹ ہیڈ_کوچ چیمپئن",
        "tl": "pba_ uaap ncaa gilas finals semifinal quarterfinal kampeonato kampeon championship "
        "coach basketbol basketball volleyball boksing boxing olympic football torneo tournament "
        "nba_ world_cup fiba",
    },
    "budget": {
        "ur": "بجٹ مالیاتی_خسارہ ٹیکس_ ٹیکسوں جی_ایس_ٹی",
        "tl": "badyet budget buwis_ buwisan binubuwisan vat_ value_added_tax tax_ deficit depisit "
        "pambansang_utang general_appropriations",
    },
    "outage": {
        "ur": "بجلی_بند بجلی_کی_بندش لوڈشیڈنگ لوڈ_شیڈنگ بریک_ڈاؤن بلیک_آؤٹ بجلی_غائب بجلی_معطل "
        "سروس_معطل انٹرنیٹ_بند انٹرنیٹ_سروس_معطل موبائل_سروس_معطل تکنیکی_خرابی فنی_خرابی "
        "گیس_کی_بندش پانی_کی_بندش",
        "tl": "brownout blackout power_outage walang_kuryente nawalan_ng_kuryente "
        "pagkawala_ng_kuryente walang_tubig nawalan_ng_tubig outage aberya glitch",
    },
    "space": {
        "ur": "خلائی خلاباز خلانورد سیٹلائٹ مصنوعی_سیارہ مصنوعی_سیارے مدار_میں ناسا_ اسپیس_ایکس "
        "سپیس_ایکس سپارکو",
        "tl": "kalawakan satellite satelayt orbit_ rocket_launch astronaut spacex philsa "
        "space_station spacecraft",
    },
}

NOT: dict[str, str] = {
    # rage; figures of fire, quake, PTI's tsunami, storm, rain; Al-Aqsa Flood; explosive; nuclear
    # tests; Inzamam-ul-Haq; FATA's merger; profiteering; prize bonds; a satellite town; "aliens"
    # (the army); a final call, finalised; a printing press
    "ur": "آگ_بگولہ مہنگائی_کی_آگ نفرت_کی_آگ سیاسی_زلزل سیاسی_سونامی انصاف_کا_سونامی "
    "تبدیلی_کا_سونامی خان_کا_سونامی ٹری_سونامی طوفان_الاقص طوفان_بدتمیزی مہنگائی_کا_طوفان "
    "سیاسی_طوفان چھکوں_کی_بارش گولیوں_کی_بارش دھماکہ_خیز دھماکے_دار دھماکیدار ایٹمی_دھماک "
    "انضمام_الحق فاٹا_انضمام فاٹا_کے_انضمام منافع_خور پرائز_بانڈ سیٹلائٹ_ٹاؤن خلائی_مخلوق "
    "فائنل_کال فائنل_ہو فائنل_کر چھاپہ_خانہ",
    # anger; a recall election; a heart attack; life-risking; the Ipo Dam; an election
    # landslide; a hail of bullets, of criticism, of praise; a brand, a goodwill ambassador
    "tl": "sumabog_sa_galit pagsabog_ng_galit recall_election recall_elections inatake_sa_puso "
    "inatake_ng_puso buwis-buhay buwis_buhay ipo_dam landslide_na_panalo landslide_na_tagumpay "
    "landslide_victory landslide_win ulan_ng_bala ulan_ng_batikos ulan_ng_papuri brand_ambassador "
    "goodwill_ambassador",
}


def _urdu() -> None:
    """Give each Urdu entry also as some sources type it: with ۓ, one letter, for ئے, and in
    the Arabic letters ي ك ه for Urdu's ی ک ہ (سزاۓ, سزائے; زلزله, زلزلہ)."""
    for cues in (*KINDS.values(), NOT):
        ur = cues["ur"]
        spelt = f"{ur} {ur.replace('ئے', 'ۓ')} {ur.translate(ARABIC)}"
        cues["ur"] = " ".join(dict.fromkeys(spelt.split()))


_urdu()
