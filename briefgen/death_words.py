"""Words that say someone died, in 46 languages (casualties.py reads claims by them, and
revisions.py the counts of the dead a report's lead gives: a toll that rose through a day in
Indonesian, Swahili or Czech is one story's, as in English).

Entries as in level_words.py: whole words, "_" a space, "-" a word's start; in Chinese,
Japanese, Korean and Thai found anywhere. Words for dying and killing, for the dead and for
death; not words for casualties or victims where they count the hurt too ("korban",
"θύματα", "thương vong"; Russian's "жертвы" are the dead), nor for bodies ("jenazah": some of
the dead are found).
"""

from __future__ import annotations

from briefgen.organisations import base_language

DEATHS = {
    "en": "kill- died dies die dead death deaths fatal- drown- lives_lost lost_their_lives "
    "perished death_toll",
    "de": "tot tote toten getötet tötet- starb starben gestorben sterben ums_leben todesopfer "
    "tod todes tödlich-",
    "fr": "mort morts morte mortes tué tués tuée tuées tuant décès décédé- péri perdu_la_vie",
    "es": "muerto muertos muerta muertas muerte muertes murió murieron mató mataron fallecid- "
    "falleció fallecieron víctimas_mortales perdieron_la_vida costó_la_vida",
    "it": "morto morti morta morte uccis- decedut- decess- vittime perso_la_vita",
    "pt": "morto mortos morta mortas morte mortes morreu morreram matou mataram óbito- faleceu "
    "faleceram perderam_a_vida",
    "nl": "dood doden dode omgekomen gedood overleden stierf stierven om_het_leven",
    "sv": "död döda dödad- dödats dödsoffer dödsolycka dödsfall dog omkom- avled avlidn- "
    "miste_livet mist_livet",
    "no": "død- drept- omkom- mistet_livet",
    "da": "død- dræbt- omkom- mistede_livet",
    "fi": "kuol- menehty- surma-",
    "et": "hukkus hukkusid hukkunu- surn- surm- tapeti tapetud",
    "lt": "žuvo žuvusi- žuvę mirė mirusi- mirt- žūt- nužudy-",
    "lv": "gāja_bojā gājuši_bojā bojāgāj- miris mirusi- miruš- nāv- nogalināt-",
    "pl": "zginął zginęła zginęło zginęli zginęły zmarł- śmierć śmierci śmiertel- zabit- "
    "nie_żyj- ofiar_śmiertelnych",
    "cs": "zemřel- zahynul- mrtv- úmrt- smrt- zabit- zabil- usmrt- přišlo_o_život "
    "přišli_o_život přišel_o_život přišla_o_život",
    "sk": "zomrel- zahynul- mŕtv- úmrt- smrť smrti smrteľn- zabit- zabil- usmrt- "
    "prišlo_o_život prišli_o_život prišiel_o_život prišla_o_život",
    "sl": "umrl- smrt- smrtn- ubit- umorjen-",
    "hr": "poginu- umro umrla umrlo umrli umrle ubijen- ubij- smrt- preminu-",
    "sr": "poginu- umro umrla umrlo umrli umrle ubijen- ubij- smrt- preminu- погину- умро умрла "
    "умрло умрли умрле убијен- убиј- смрт- премину-",
    "hu": "meghal- halott- halál- elhunyt- megöl- életét_vesztette életüket_vesztették",
    "ro": "mort morți morții morților murit decedat- deces- ucis- ucigând și-au_pierdut_viața "
    "și-a_pierdut_viața",
    "bg": "загина- загинал- почина- убит- смърт- мъртв- жертв-",
    "ru": "погиб- гибел- умер- смерт- убит- убил- скончал- жертв-",
    "uk": "загин- загиб- загибел- помер- смерт- убит- вбит- вбил- жертв-",
    "el": "νεκρ- σκοτώθηκ- σκότωσ- πέθαν- θάνατ- έχασαν_τη_ζωή έχασε_τη_ζωή απεβίωσ-",
    "tr": "öldü öldürüldü hayatını_kaybetti ölü- ölüm- ölen can_verdi yaşamını_yitirdi",
    "ar": "قتل- مقتل- قتلى وفاة- وفيات مصرع- توفي- حتف- بحياة",
    "he": "נהרג נהרגה נהרגו ונהרגו הרוג הרוגים ההרוגים נספו נספה מתו מוות",
    "fa": "کشته- جان_باخت- جان_سپرد- فوت_کرد- فوت_شد- فوتی مرگ- درگذشت- تلفات",
    "ka": "დაიღუპ- დაღუპ- გარდაიცვალ- გარდაცვლილ- სიკვდილ-",
    "hy": "զոհվ- մահաց- մահվան- սպանվ-",
    "am": "ሞቱ ሞተ ሞት ተገደሉ ተገደለ ሕይወታቸው_አለፈ ሕይወቱ_አለፈ",
    "sw": "wamefariki walifariki amefariki alifariki kufariki waliofariki vifo kifo waliuawa "
    "wameuawa aliuawa ameuawa kuuawa wamekufa walikufa amekufa alikufa waliokufa",
    "hi": "मौत- मारे_गए मारे_गये मारा_गया मारी_गई मृत्यु मृतक- दम_तोड़ जान_गंवा- जान_चली",
    "bn": "নিহত মৃত্যু মারা_গেছে- মারা_যান মারা_গেল প্রাণহানি",
    "ur": "ہلاک- جاں_بحق جان_بحق مارے_گئے مارا_گیا موت اموات",
    "ta": "உயிரிழ- இறந்- பலி பலியான- பலியாகின- மரண-",
    "id": "tewas meninggal meninggal_dunia menewaskan kematian wafat terbunuh korban_jiwa",
    "ms": "maut terkorban meninggal_dunia kematian terbunuh meragut_nyawa korban_jiwa",
    "tl": "patay namatay nasawi pumanaw napatay ikinamatay ikinasawi kamatayan",
    "vi": "chết tử_vong thiệt_mạng qua_đời tử_nạn",
    "th": "เสียชีวิต สังเวย",
    "zh": "死亡 遇难 丧生 身亡 罹难 死者 丧命 遇害",
    "ja": "死亡 死者 亡くな 犠牲 死去 命を落と",
    "ko": "사망 숨졌 숨진 숨져 숨지 목숨을_잃",
}

# who died, when no one did: before the word in its clause ("no one was killed", "niemand
# kam ums Leben", "tidak ada korban tewas"), or after it ("погибших нет": of the dead, none)
NO_ONE_BEFORE = {
    "en": "no one|nobody|none",
    "de": "niemand",
    "fr": "personne",
    "es": "nadie|ninguno|ninguna",
    "it": "nessuno|nessuna",
    "pt": "ninguém|nenhum|nenhuma",
    "nl": "niemand|geen",
    "sv": "ingen|inga",
    "no": "ingen",
    "da": "ingen",
    "fi": "kukaan|ei",
    "pl": "nikt|nikogo",
    "cs": "nikdo|nikoho|žádn\\w+",
    "sk": "nikto|nikoho|žiadn\\w+",
    "hr": "nitko|nikoga|nema",
    "sr": "niko|nikoga|nema|нико|никога|нема",
    "hu": "senki|nem",
    "ro": "nimeni|niciun|nicio",
    "bg": "никой|няма",
    "ru": "никто|ни один",
    "uk": "ніхто|жоден",
    "el": "κανείς|κανένας|κανένα|δεν",
    "id": "tidak ada|tak ada|belum ada",
    "ms": "tiada|tidak ada",
    "tl": "walang",
    "vi": "không có|không ai",
    "sw": "hakuna",
}
NO_ONE_AFTER = {"ru": "нет", "uk": "немає|нема"}
# the codes a language may come with, as these lists have it, beyond those
# organisations.base_language reads (Norwegian's three, Hebrew's and Indonesian's old ones)
CODES = {"fil": "tl"}


def code(language: str) -> str:
    """A language's code as these lists have it ('nb-NO': 'no', 'fil': 'tl', 'pt-BR': 'pt')."""
    base = base_language(language)
    return CODES.get(base, base)
