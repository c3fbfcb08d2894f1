"""One name in the forms a batch writes it: declined, and with or without its accents.

Many languages decline names: the English wire's Dorohusk is "w Dorohusku" in a Polish
report, Zieliński "z Zielińskim", Budapest "Budapesten" in Hungarian, Tampere "Tampereella"
in Finnish, Vilnius "Vilniuje" in Lithuanian, Rafina "Ραφήνας" in Greek, Malatya
"Malatya'da" in Turkish; and the English press writes Zielinski, Yilmaz and Bao Loc for
Zieliński, Yılmaz and Bảo Lộc. Read as they are written, such a report and its event's other
reports share none of their names.

Each name of the batch (a salience.Profile's '@' anchor) has its forms: itself without its
accents, and, in a language that declines names, its stems (a case ending taken off, the
stem at least MIN_STEM letters long) and the stems with a nominative's ending put back
(Zielińsk + i, Vilni + us). Two names are one when one's written form is among the
other's forms (Dorohusk and Dorohusku, Budapest and Budapesten, Zielinski and Zielińskim)
or when two names of declining languages share a stem (Dorohusku and Dorohuska); each such
group of names is then read as the one of them most articles write. A declined name whose
stems make two names of the batch meets neither (Maria's make Mario and Marie). No
dictionary is asked: a batch unifies only the forms it holds, so two different names meet
only when one is the other with a case ending (Kowalski and Kowalska, a husband and a wife,
are one name here; Finnish Marin, Sanna Marin, would be Maria were no other Mari- written).
Names in other scripts meet by their sound (kin.py, romanize.py), not here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from briefgen.components import components
from briefgen.frequency import zipf

if TYPE_CHECKING:
    from briefgen.salience import Profile

MIN_STEM = 4  # letters a stem keeps: Kraków, Krakowie share "krak"; Bor, Boru share nothing

# Case endings of names, by language (nouns' and adjectives' endings, as names take them);
# and the endings a nominative may have that its stem lost (Warszaw|ie: Warszaw|a)
SUFFIXES: dict[str, list[str]] = {  # each one that a name ends in is taken off in turn
    "pl": (
        "owie iego iemu iej ich imi ami ach ego emu iem owi em om ów ie ej ym im ą ę u a y i e"
    ).split(),
    "cs": "ovi ech ách ích ami ou em ho mu u a y i e ě ý é".split(),
    "sk": "ovi och ách ami ou om ho mu u a y i e ý é".split(),
    "sl": "om em ih u a e i".split(),
    "hr": "om em ima ama u a e i".split(),
    "bs": "om em ima ama u a e i".split(),
    "sr": "om em ima ama u a e i ом ем има ама у а е и".split(),
    "lt": "uje oje yje ėje ui ai os ės us as is ys ą ę į ų o e ė a u".split(),
    "lv": "am ai as es ā ē ī u a s i".split(),
    "et": "sse st lt le ga ni na ta s l a d".split(),
    "fi": (
        "ssa ssä sta stä lla llä lta ltä lle seen iin ella ellä elta eltä essa essä esta estä "
        "elle een en sen na nä ksi in ta tä n a ä"
    ).split(),
    "hu": (
        "ban ben ból ből ról ről nak nek nál nél hoz hez höz tól től val vel nal nel ért ba be "
        "ra re on en ön ot et öt at ig n t i"
    ).split(),
    "ro": "ului ul ei ii i".split(),
    "ru": "ами ями ого его ому ему ой ей ом ем ах ях ую ии ию е у ю а я ы и".split(),
    "uk": "ами ями ого ому ові еві єві ою ею єю ій ом ем ах ях і ї у ю а я и е".split(),
    "be": "амі ямі ага аму ой ам ах ую і е у ю а я ы".split(),
    # Kazakh, by vowel harmony and the stem's last sound: Мәскеудегі (in Moscow's),
    # Алматыдан (from Almaty), Астанаға (to Astana), Қазақстанның (Kazakhstan's)
    "kk": (
        "ндағы ндегі дағы дегі тағы тегі нда нде ның нің дың дің тың тің ға ге қа ке на не "
        "дан ден тан тен нан нен ны ні ды ді ты ті мен бен пен да де та те"
    ).split(),
    "mk": "от та то ите".split(),
    "el": "ου ού ασ άσ ησ ήσ ων ών οσ όσ α ά η ή ο ό σ".split(),  # case-folded: σ, not ς
    "ka": "ისთვის თვის იდან დან ამდე მდე აში ში აზე ზე ასთან თან კენ ის ით ად მა ს ი მ დ".split(),
    # after a vowel with a յ: Թուրքիայի (Turkey's), Թուրքիայում (in Turkey)
    "hy": "ներից ներով ների ներ յում յից յով յին յի ում ից ով ին ի ու ը ն".split(),
    # গুলিস্তানের: Gulistan's; মার্কেটে: in the market; ঢাকায়: in Dhaka (য় either way)
    "bn": "য়ের ের র য়ে তে কে ে য় য়".split(),
    # Telugu చెన్నైలో (in Chennai), హైదరాబాద్‌లో (after a joiner); Kannada ಭಾರತದಲ್ಲಿ (in India),
    # ಬೆಂಗಳೂರಿನಲ್ಲಿ (in Bengaluru: its u off); Malayalam ഇന്ത്യയിൽ, കേരളത്തിൽ (its ം off);
    # Gujarati અમદાવાદમાં; Marathi मुंबईत, भारतात
    "te": [j + e for e in "లోని లో కు కి నుంచి నుండి తో పై ను".split() for j in ("", "\u200c")],
    "kn": "ಿನಲ್ಲಿ ದಲ್ಲಿ ನಲ್ಲಿ ಯಲ್ಲಿ ಲ್ಲಿ ಕ್ಕೆ ಿಗೆ ಗೆ ದಿಂದ ನಿಂದ ಿಂದ ಿನ ದ".split(),
    "ml": "ത്തിൽ യിൽ ിൽ യുടെ ിന്റെ ന്റെ യിലെ ിലെ യിലേക്ക് ിലേക്ക്".split(),
    "gu": "માં થી નો ની નું ને ના".split(),
    "mr": "ातील ाच्या ात ाला ाचा ाची ाचे मधील मध्ये तील त ला ची चा चे च्या ने हून".split(),
    # ஸ்ரீஹரிகோட்டாவிலிருந்து: from Sriharikota; சென்னையில்: in Chennai
    # Azerbaijani writes a name's case ending without Turkish's apostrophe: Bakıda (in Baku),
    # Polşanın (Poland's), Gəncədən (from Ganja), by vowel harmony
    "az": "dakı dəki dan dən nın nin nun nün da də ya yə ın in un ün a ə".split(),
    "ta": "விலிருந்து யிலிருந்து ிலிருந்து வில் யில் ில் க்கு வின் யின் ின் வை யை".split(),
    # Sinhala ඉන්දියාවේ (in India), යාපනයට (to Jaffna), කොළඹින් (from Colombo)
    "si": "ෙන් ින් ේ ට හි දී".split(),
    # Albanian's definite cases: Durrësit, Shijakut (of Durrës, Shijak), Tiranës, Tiranën,
    # Tirana (Tiranë), Mitrovicës (Mitrovicë)
    "sq": "it ut in un ës ën i u a".split(),
    # Uzbek, without vowel harmony: Toshkentda (in Tashkent), Samarqanddan (from Samarkand),
    # Oʻzbekistonning (Uzbekistan's), Andijonga (to Andijan), Fargʻonadagi (in Fergana's);
    # not the dative's -ka and -qa, after k and q only, which read Malika as Mali's
    "uz": "dagi dan ning ga da ni".split(),
    # Kyrgyz, by its vowel harmony and the stem's last sound: Бишкекте (in Bishkek),
    # Ошто (in Osh), Кыргызстандын (Kyrgyzstan's), Москвага (to Moscow), Алматыдан; not
    # the dative's -ка, -ке (Малика is no dative of Mali)
    "ky": (
        "дагы деги догу дөгү нын нин нун нүн дын дин дун дүн тын тин тун түн дан ден дон дөн "
        "тан тен тон төн га ге го гө да де до дө та те то тө"
    ).split(),
    # Icelandic: Grindavíkur (of Grindavík), Reykjanesi (on Reykjanes), Akureyrar, Íslandi;
    # its genitive s as the Nordic languages' (GENITIVE_S: Íslands; not Hamas, Hama's)
    "is": "ur ar i a".split(),
}
BASES: dict[str, list[str]] = {  # '' : the stem alone may be the name (Dorohusk)
    "pl": ["", *"a o e i y ia".split()],
    "cs": ["", *"a o e y ý".split()],
    "sk": ["", *"a o e y ý".split()],
    "sl": ["", *"a o e".split()],
    "hr": ["", *"a o e".split()],
    "bs": ["", *"a o e".split()],
    "sr": ["", *"a o e а о е".split()],
    "lt": ["", *"as is us ys ius a ė".split()],
    "lv": ["", *"a s is us e".split()],
    "et": [""],
    "fi": ["", *"i e a ä nen".split()],
    "hu": [""],
    "ro": ["", *"a ia".split()],
    "ru": ["", *"а я ий ый ая о ь".split()],
    "uk": ["", *"а я ий о ь".split()],
    "be": ["", *"а я і ы ь".split()],
    "kk": [""],
    "mk": [""],
    "el": ["", *"α ασ ησ οσ ο η ι".split()],
    "ka": ["", *"ი ა".split()],
    "hy": [""],
    "kn": ["", "ು"],
    "ml": ["", "ം"],
    "az": [""],
    "sq": ["", "ë"],
    "is": ["", "i"],
    "uz": [""],
    "ky": [""],
}
# German and the Nordic languages write a name's genitive with an s (Volkswagens
# Chef, Göteborgs hamn, Ericssons vd): it meets the name the batch writes without it, as a
# declined name does (_genitive_s); the s-less form is no stem its language's other names
# share. Not Dutch, whose surnames end so (Willems, Hendriks, Timmermans: Willem, Hendrik)
GENITIVE_S = frozenset({"de", "sv", "da", "no", "nb", "nn", "is"})
# ... nor a name English writes with its s this often (zipf): a nominative (Williams,
# Peters, Marcos, Lagos, Reims, Hamas; not Volkswagens, 1.8, nor Göteborgs, 1.2)
ENGLISH_NOMINATIVE = 2.5
# ... and where a name's genitive is commoner than the name, a genitive s is not told by
# being the rarer (`rarer_with_s`): Icelandic Íslands (zipf 6.0) and Ísland (5.4), Noregs
# and Noreg, Austurlands and Austurland
COMMON_GENITIVE = frozenset({"is"})
# a name that ends in a consonant takes an i before a Finnish case ending (Finnmarkissa,
# Madridissa, Minskistä): such a stem is a nominative as it is, kept only where it ends in a
# consonant (not a plural's: "Samoilla linjoilla", "Puolilla", which BASES would make Puola)
LINKED_ENDINGS = {"fi": tuple("issa issä ista istä illa illä ilta iltä ille iin".split())}
VOWELS = frozenset("aeiouyäöå")
APOSTROPHE = frozenset({"tr", "az"})  # a name's case ending after an apostrophe: Malatya'da
# Endings after a soft consonant, which the nominative writes with an accent or not at all
# (Poznań: z Poznania, w Poznaniu; Wrocław: we Wrocławiu); taken off only where what is left
# is a city ending in such a consonant (Nigeria is not Niger's, nor Natalia Natal's)
SOFT_ENDINGS: dict[str, tuple[str, ...]] = {"pl": ("ia", "iu")}
SOFT_CONSONANTS = "ńśćźwbpm"


def unify(profiles: list[Profile]) -> None:
    """Read each group of one name's forms in the batch as one name, in every profile's
    anchors and their rarity (see the module's doc)."""
    documents: Counter[tuple[str, str]] = Counter()  # (name, language) -> articles
    for profile in profiles:
        documents.update((k[1:], profile.language) for k in profile.anchors if k[0] == "@")
    renamed = _renamed(documents)
    if not renamed:
        return
    for profile in profiles:
        for key in [k for k in profile.anchors if k[0] == "@" and k[1:] in renamed]:
            new = "@" + renamed[key[1:]]
            profile.anchors[new] += profile.anchors.pop(key)
            telling = profile.rarity.pop(key, 99.0)
            profile.rarity[new] = min(profile.rarity.get(new, 99.0), telling)


def _renamed(documents: Counter[tuple[str, str]]) -> dict[str, str]:
    """Each name that is one with another of the batch -> the group's name most articles
    write (fewest letters, then first in order, on a tie)."""
    written: dict[str, set[str]] = defaultdict(set)  # a form without accents -> names so
    undeclined: set[str] = set()  # ... written so in a language that declines no names
    stems: dict[tuple[str, str], set[str]] = defaultdict(set)  # (stem, language) -> names
    read = [(name, language, *_forms(name, language)) for name, language in documents]
    for name, language, plain, stemmed, based in read:
        written[plain].add(name)
        if language not in SUFFIXES and not (language in GENITIVE_S and based):
            undeclined.add(plain)
        for stem in stemmed:
            stems[stem, language].add(name)
    pairs: list[tuple[str, str]] = []
    doubtful: list[tuple[str, set[str]]] = []  # a name whose stems make two written names
    for name, language, plain, stemmed, based in read:
        # an accented name meets its form without accents, not another accent's (Hòa, Hóa)
        others = set(written[plain]) if name == plain else written[plain] & {plain}
        # a declined name meets the one name its stems make (Zielińskim: Zielinski), none
        # when they make two (Maria's make Mario and Marie, who stay apart) or when it is
        # itself written so where names are not declined (Maria: a nominative)
        made = {form for form in based if form in written} if plain not in undeclined else set()
        if len(made) == 1:
            others |= written[made.pop()]
        elif made:
            doubtful.append((name, made))
        for stem in stemmed:  # ... and its language's names of a stem (Dorohusku, Dorohuska)
            others |= stems[stem, language]
        pairs += [(other, name) for other in others - {name}]
    # ... unless the names it makes are one name's forms already (Czech Niemodlinu makes
    # Polish Niemodlina and German Niemodlin, which Polish Niemodlinem ties)
    grouped = components(pairs)
    for name, made in doubtful:
        made_names = set().union(*(written[form] for form in made))  # (forms: unaccented)
        if len({grouped.get(made_name, frozenset({made_name})) for made_name in made_names}) == 1:
            pairs += [(made_name, name) for made_name in made_names]
    groups = set(components(pairs).values())
    articles: Counter[str] = Counter()
    for (name, _), n in documents.items():
        articles[name] += n
    renamed = {}
    for members in groups:  # (each of two names or more)
        chosen = min(members, key=lambda m: (-articles[m], len(m), m))
        renamed.update((m, chosen) for m in members if m != chosen)
    return renamed


def without_case_ending(word: str, language: str) -> str:
    """In Turkish and Azerbaijani, a name without the case ending its apostrophe joins
    ("Malatya'da", "AFAD'ın": Malatya, AFAD); any other word as it is."""
    if language[:2] not in APOSTROPHE:
        return word
    head, _, ending = word.replace("’", "'").partition("'")
    return head if ending.islower() else word


def forms(name: str, language: str) -> frozenset[str]:
    """A name's other forms in its language: its stems, with and without a nominative's
    ending (Ларсу: Ларс, Ларса, ...); none in a language that declines no names."""
    _, stems, based = _forms(name, language)
    return stems | based


def stems_of(
    name: str,
    language: str,
    shortest: int = MIN_STEM,
    endings: Mapping[str, Iterable[str]] | None = None,
) -> set[str]:
    """A name's stems as written: each case ending of its language (in `endings`, SUFFIXES
    unless given) it ends in taken off, `shortest` letters left at least."""
    return {
        name[: -len(suffix)]
        for suffix in (SUFFIXES if endings is None else endings).get(language, [])
        if name.endswith(suffix) and len(name) - len(suffix) >= shortest
    }


@lru_cache(maxsize=65536)
def _forms(name: str, language: str) -> tuple[str, frozenset[str], frozenset[str]]:
    """A name's written form without accents; its stems (a case ending off); and those
    stems with a nominative's ending, as its language puts it back."""
    name = without_case_ending(name, language)
    plain = unaccented(name)
    stems = {unaccented(stem) for stem in stems_of(name, language)}
    based = {stem + unaccented(end) for stem in stems for end in BASES.get(language, [])}
    based |= {unaccented(stem) for stem in _linked_stems(name, language)}
    if stem := genitive_stem(name, language):
        based.add(unaccented(stem))
    for ending in SOFT_ENDINGS.get(language, ()):
        if name.endswith(ending) and (city := _soft_cities().get(unaccented(name[: -len(ending)]))):
            based.add(unaccented(city))
    return plain, frozenset(stems), frozenset(based - {plain})


def genitive_stem(name: str, language: str) -> str:
    """A name without its genitive s, with its accents (Íslands: Ísland), in a language that
    writes one (GENITIVE_S, `_genitive_s`); '' when it has none."""
    if language in GENITIVE_S and name.endswith("s") and _genitive_s(name, language):
        return name[:-1]
    return ""


def _genitive_s(name: str, language: str) -> bool:
    """Whether a name ending in s may be a genitive (GENITIVE_S): longer than MIN_STEM,
    `rarer_with_s` (but in COMMON_GENITIVE), and no name English writes with its s
    (ENGLISH_NOMINATIVE: Williams is no William's, Hamas no Hama's)."""
    return (
        len(name) > MIN_STEM
        and (language in COMMON_GENITIVE or rarer_with_s(name, language))
        and zipf(name, "en") < ENGLISH_NOMINATIVE
    )


def rarer_with_s(word: str, language: str) -> bool:
    """Whether a word ending in s is no commoner in `language` than the word without its s,
    as a genitive is no commoner than its name (Volkswagens, Berlins; not Hamas, commoner in
    German than Syria's Hama)."""
    return zipf(word, language) <= zipf(word[:-1], language)


def _linked_stems(name: str, language: str) -> set[str]:
    """A name without a case ending joined by an i (LINKED_ENDINGS), where what is left ends
    in a consonant: Finnmarkissa, finnmark."""
    stems = stems_of(name, language, endings=LINKED_ENDINGS)
    return {stem for stem in stems if stem[-1] not in VOWELS}


@lru_cache(maxsize=1)
def _soft_cities() -> dict[str, str]:
    """The gazetteer's cities whose own name ends in a soft consonant, by their name without
    accents ('poznan': 'poznań')."""
    from briefgen.gazetteer import gazetteer

    return {
        unaccented(place.name): place.name
        for place in gazetteer().names.values()
        if place.key == f"c:{place.name}" and place.name[-1:] in SOFT_CONSONANTS
    }


@lru_cache(maxsize=65536)
def unaccented(word: str) -> str:
    """A word without its accents, in Latin letters where it is in them (Zieliński:
    zielinski, Yılmaz: yilmaz); a word of another script as it is."""
    from anyascii import anyascii

    if not word.isascii() and all(c.isascii() or _latin(c) for c in word):
        return anyascii(word).casefold()
    return word


@lru_cache(maxsize=4096)
def _latin(char: str) -> bool:
    import unicodedata

    return "LATIN" in unicodedata.name(char, "") or not char.isalpha()
