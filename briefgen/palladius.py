"""Chinese names as the Russian press writes them, read back in pinyin.

Russian, Ukrainian, Belarusian and Kazakh news spell a Chinese name by the Palladius system,
syllable by syllable: Си Цзиньпин is Xi Jinping, Шаньси Shanxi, Цзиньлин Jinling, Сяои
Xiaoyi, Люйлян Lüliang. Letter by letter (anyascii) those are "Tszin'lin" and "Siaoi",
which meet neither the English report's name nor the Chinese one's pinyin
(cjk_sounds.chinese_readings), so a Russian report of a mine blast in Shanxi shared no name
with its other reports (blind-day-78). `pinyin` reads a word that is made of Palladius
syllables and nothing else as the pinyin they stand for; romanize.cased_names keys it so,
beside its letters.

The syllables are pinyin's own (SYLLABLES), each written in Cyrillic by the system's rules
(INITIALS, FINALS): a word of other letters ("Москва": с and к make no syllable) reads as
none.
"""

from __future__ import annotations

from functools import lru_cache

import regex

# pinyin's syllables, as pypinyin reads the common Han characters (U+4E00 to U+9FA5), 'v'
# for ü; but the interjections hm, m, n, lo and yo (ло is luo)
SYLLABLES = """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai
can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu
chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang
dao de den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er
fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu
gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua
huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue
jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai
lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan
lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo
mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong
nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin
ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang
rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha
shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong
tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie
xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yong you yu yuan
yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi
zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo
"""
# pinyin's initials in Cyrillic: j, q, x before i and ü; z, c, s before the rest
INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
    "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
    "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с",
}  # fmt: skip
# pinyin's finals after an initial ('v' is ü); a final ng is н, a final n нь
FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу",
    "an": "ань", "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "er": "эр", "i": "и",
    "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян",
    "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй",
    "uan": "уань", "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ", "van": "юань",
    "vn": "юнь",
}  # fmt: skip
# the syllables without an initial, as pinyin writes them with y and w
ALONE = {
    "yi": "и", "ya": "я", "yao": "яо", "ye": "е", "you": "ю", "yan": "янь", "yin": "инь",
    "yang": "ян", "ying": "ин", "yong": "юн", "yu": "юй", "yue": "юэ", "yuan": "юань",
    "yun": "юнь", "wu": "у", "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй",
    "wan": "вань", "wen": "вэнь", "wang": "ван", "weng": "вэн",
}  # fmt: skip
SIBILANTS = ("z", "c", "s")  # zi, ci, si: цзы, цы, сы
PALATALS = ("j", "q", "x")  # ju, qu, xu are jü, qü, xü: цзюй, цюй, сюй
# Ukrainian writes the system's и as і, ы as и, е as є and э as е (Сі Цзіньпін, Шаньсі);
# Belarusian its и as і (Сі Цзіньпін, Сычуань)
IN_RUSSIAN_LETTERS = {
    "uk": str.maketrans({"і": "и", "ї": "и", "и": "ы", "є": "е", "е": "э"}),
    "be": str.maketrans({"і": "и"}),
}
MAX_SYLLABLE = 6  # letters of the longest Cyrillic syllable (цзюань)
# what only the system writes, in Russian's letters: цз, чж, сы and цы (zi, zh, si, ci), э
# after a consonant (Шэньчжэнь, Хубэй), юй and юэ (ü, üe), нь before a consonant or at the
# end (Цзиньлин, Шаньси, Ухань), ао and яо (Сяои), оу (Ханчжоу), уа, уо and уэ (Гуандун,
# Хуавэй), ъ between two syllables (Чанъань)
MARKS = regex.compile(r"цз|чж|[сц]ы|[^\W\dаеёиоуыэюя]э|ю[йэ]|нь(?![аеёиоуыэюя])|[ая]о|оу|у[аоэ]|ъ")
LANGUAGES = frozenset({"ru", "uk", "kk", "be"})


def pinyin(word: str, language: str = "ru") -> str:
    """A word's pinyin when it is made of Palladius syllables only, two or more (Цзиньлин:
    jinling; Сяои: xiaoyi; Чанъань, its hard sign parting two: changan), the fewest it can
    be read in, and shows a letter or a pair of them that only the system writes (MARKS);
    '' when it is not one: Russian words and names are made of such syllables too (Кате:
    katie; Анна: angna)."""
    folded = word.casefold().replace("ё", "е").translate(IN_RUSSIAN_LETTERS.get(language, {}))
    if not MARKS.search(folded):
        return ""
    parts = [_read(part) for part in folded.split("ъ")]
    read = [syllable for part in parts for syllable in part]
    return "".join(read) if all(parts) and len(read) > 1 else ""


@lru_cache(maxsize=65536)
def _read(word: str) -> tuple[str, ...]:
    """The fewest Palladius syllables a case-folded word in Russian's letters is made of,
    each as its pinyin; none when it is not made of them."""
    syllables = _syllables()
    best: list[list[str] | None] = [[]] + [None] * len(word)  # fewest syllables to each end
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - MAX_SYLLABLE), end):
            before, found = best[start], syllables.get(word[start:end])
            if (
                before is not None
                and found
                and (best[end] is None or len(before) + 1 < len(best[end]))
            ):
                best[end] = [*before, found]
    return tuple(best[-1] or ())


@lru_cache(maxsize=1)
def _syllables() -> dict[str, str]:
    """Each pinyin syllable (SYLLABLES) in Cyrillic, and what it reads."""
    cyrillic: dict[str, str] = {}
    for syllable in SYLLABLES.split():
        if (written := _in_cyrillic(syllable)) is not None:
            cyrillic.setdefault(written, syllable.replace("v", "ü"))
    return cyrillic


def _in_cyrillic(syllable: str) -> str | None:
    """A pinyin syllable by the Palladius system (jin: цзинь; xiao: сяо; si: сы), or None
    for one the tables do not cover."""
    if syllable in ALONE:
        return ALONE[syllable]
    initial = next((i for i in ("zh", "ch", "sh") if syllable.startswith(i)), syllable[:1])
    final = syllable[len(initial) :]
    if initial not in INITIALS:
        return FINALS.get(syllable) if syllable[:1] in "aoe" else None
    if final == "i" and initial in SIBILANTS:
        return INITIALS[initial] + "ы"
    if syllable == "hui":
        return "хуэй"  # (but gui, kui, dui: гуй, куй, дуй)
    if initial in PALATALS and final.startswith("u"):
        final = "v" + final[1:]
    written = FINALS.get(final)
    return None if written is None else INITIALS[initial] + written
