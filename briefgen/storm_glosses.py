"""A storm's other names as a report gives them: national weather services and the Philippines
name one storm apart, and a report gives the other name in brackets after its own ("Typhoon
Samuel (international name: Bualoi)", "bão (tên địa phương là Samuel)") or says what it is
called elsewhere ("In Germany, where the system has been named "Norbert"", "In
Großbritannien trägt der Sturm den Namen "Fenna"", "Irland, hvor den kaldes Elin", "Typhoon
Haitang, locally named Yayang"). storms.aliased ties such a name to the report's storm only
where another lead gives a storm that name; a lead that names its storm only by what it is
called, quoted or in brackets ("audra, kurią ... meteorologai pavadino „Ragnhild“", the storm
forecasters named Ragnhild), gives it that name (`called`, read by salience).
"""

from __future__ import annotations

from functools import cache

import regex

from briefgen.storms import a_name, latin, storm_pattern, storm_words

# the brackets after a storm's word, past its name and up to two more words, that give its
# other name ("Typhoon Samuel (international name: Bualoi)", "bão (tên địa phương là Samuel)")
GLOSS = regex.compile(r"(?:[^\S\n]*[^\s(（]+){0,3}?[^\S\n]*[(（]([^()（）\n]{1,60})[)）]")
# the words after which a language gives a thing's name ("named", "den Namen", "kaldes"),
# by language; a language not here gives other names in brackets only
NAMING = {
    "en": "named called dubbed name known",
    "de": "namen name namens heißt heisst",
    "nl": "naam genoemd heet gedoopt",
    "da": "navn navnet kaldes kaldet hedder døbt",
    "no": "navn navnet kalles kalt heter døpt",
    "sv": "namn namnet kallas kallad kallat heter döpt döpts",
    "fr": "nom nommée nommé baptisée baptisé appelée appelé surnommée surnommé",
    "es": "nombre llamada llamado denominada denominado bautizada bautizado",
    "pt": "nome chamada chamado batizada batizado denominada denominado",
    "it": "nome chiamata chiamato battezzata battezzato denominata denominato",
    "pl": "nazwę nazwą nazwany nazwana nazywany nazywana zwany zwana",
    "cs": "jménem jméno nazvaná nazvaný pojmenovaná pojmenovaný",
    "ro": "numele numită numit denumită denumit botezată botezat",
    "fi": "nimeltä nimellä nimen nimi",
    "ru": "имя именем название названием назван названный названа",
    "uk": "ім'я ім’я імʼя назву назвою названий названа",
    "el": "όνομα ονομάστηκε ονομάζεται",
    "id": "bernama dinamai dinamakan nama",
    "ms": "bernama dinamakan nama",
    "tl": "tinawag tinatawag pangalang",
    "sw": "kinachoitwa kiitwacho kilichoitwa jina",
    # (not words that also say "on behalf of" or "appointed": Croatian "u ime", Catalan "en
    # nom de", Latvian "vārdā", Lithuanian "vardu", Estonian "nimetati", Slovenian "imenovan")
    "lt": "pavadino pavadinta pavadintas pavadinimą",
    "lv": "nosauca nosaukta nosaukts nosaukumu",
    "et": "nimega nimeks",
    "sl": "poimenovali poimenovana poimenovan",
    "hr": "nazvana nazvan nazvali",
    "sr": "nazvana nazvan nazvali названа назван назвали",
    "ca": "anomenada anomenat batejada batejat",
}
# ... and the words that make the storm so named another one ("another cyclone, called
# Ilanga": kimbunga kingine kinachoitwa Ilanga), among the OTHER_BEFORE words before the
# naming word
OTHER = {
    "en": "another second next previous",
    "de": "anderer andere anderes weiterer weitere zweiter zweite nächste vorherige",
    "nl": "ander andere tweede volgende vorige",
    "da": "anden andet næste forrige",
    "no": "annen annet neste forrige",
    "sv": "annan annat nästa förra",
    "fr": "autre deuxième seconde second prochaine prochain précédente précédent",
    "es": "otra otro segunda segundo próxima próximo anterior",
    "pt": "outra outro segunda segundo próxima próximo anterior",
    "it": "altra altro seconda secondo prossima prossimo precedente",
    "pl": "inny inna innym innej kolejny kolejna następny następna poprzedni poprzednia",
    "cs": "jiná jiný další druhá druhý předchozí",
    "ro": "altă alt alta altei următoarea următorul precedenta",
    "fi": "toinen toisen seuraava seuraavan edellinen edellisen",
    "ru": "другой другая другого следующий следующая предыдущий предыдущая",
    "uk": "інший інша іншого наступний наступна попередній попередня",
    "el": "άλλη άλλος άλλο επόμενη επόμενος προηγούμενη προηγούμενος",
    "id": "lain lainnya berikutnya sebelumnya",
    "ms": "lain berikutnya sebelumnya",
    "tl": "iba susunod",
    "sw": "kingine jingine nyingine lingine kijacho",
    "lt": "kita kitas kitą kitos sekanti ankstesnė",
    "lv": "cita cits citu nākamā iepriekšējā",
    "et": "teine teise järgmine eelmine",
    "sl": "druga drugi drugo naslednja prejšnja",
    "hr": "druga drugi drugo sljedeća prethodna",
    "sr": "druga drugi drugo sledeća sljedeća prethodna друга други следећа претходна",
    "ca": "altra altre segona segon següent anterior",
}
OTHER_BEFORE = 3
QUOTES = "\"“”„«»‚‘’'「」『』"
# after a naming word, up to three words written small ("den Namen", "known locally as")
# and the name: quoted (« Uwan », with French spaces), or one capitalised word that no other
# follows ("named by Met Éireann" names no storm)
NAME_AFTER = regex.compile(
    rf"((?:[^\S\n]+\p{{Ll}}+){{0,3}})"
    rf"(?:[^\S\n]*[{QUOTES}][^\S\n]?([^\s{QUOTES}]{{2,20}})[^\S\n]?[{QUOTES}]"
    rf"|[^\S\n]+(\p{{Lu}}[\p{{L}}\p{{M}}]++)(?![^\S\n]*\p{{Lu}}))"
)


def glossed(text: str, language: str) -> frozenset[str]:
    """The other names `text` gives its storm, in Latin letters: in brackets after a word for
    a storm or its name beside it ("Typhoon Samuel (international name: Bualoi)": 'bualoi'),
    or after a word that gives a name (NAMING: "where the system has been named "Norbert"":
    'norbert'), unless a word for a storm stands between ("named storm since Ashley") or a
    word just before it makes the storm so named another (OTHER: "another storm, named")."""
    language, text, matches = storm_words(text, language)
    found = _bracketed(text, matches, language)
    if matches:
        found |= _named(text, language)
    return frozenset(filter(None, found))


def called(text: str, language: str) -> frozenset[str]:
    """The names a text with a word for a storm says, in quotes, its storm is called
    ("audra, kurią ... meteorologai pavadino „Ragnhild“"), or gives in brackets after its
    word ("bão số 14 (tên quốc tế Jangmi)"): a lead's storm's when the lead names none
    beside its word; not an acronym in brackets (an agency's: "Storm Prediction Center
    (SPC)") nor a name unquoted ("called Netanyahu"), which `glossed` reads only beside
    another lead's storm."""
    language, text, matches = storm_words(text, language)
    if not matches:
        return frozenset()
    found = _bracketed(text, matches, language, acronyms=False)
    return frozenset(filter(None, found | _named(text, language, quoted=True)))


def _bracketed(
    text: str, matches: list[regex.Match[str]], language: str, acronyms: bool = True
) -> set[str]:
    """The names in brackets after each of `matches`, a word for a storm (GLOSS), in Latin
    letters: none in capitals alone unless `acronyms`."""
    found = set()
    for match in matches:
        if bracket := GLOSS.match(text, match.end()):
            words = regex.findall(r"\p{Lu}[\p{L}\p{M}]+", bracket[1])
            found.update(
                latin(w) for w in words if a_name(w, language) and (acronyms or not w.isupper())
            )
    return found


def _named(text: str, language: str, quoted: bool = False) -> set[str]:
    """The names `text` gives after a word that gives a name (NAMING: "named "Norbert"",
    `quoted` only), in Latin letters, unless a word for a storm stands between ("named storm
    since Ashley") or the storm so named is another (OTHER: "another storm, named")."""
    if language not in NAMING:
        return set()
    storm_word = storm_pattern(language)
    found = set()
    for naming in _naming(language).finditer(text):
        named = NAME_AFTER.match(text, naming.end())
        name = named and (named[2] or (None if quoted else named[3]))
        if (
            name
            and a_name(name, language)
            # not "the strongest named storm since Ashley": a storm's word between
            and not storm_word.search(named[1])
            and not _another(text, naming.start(), language)
        ):
            found.add(latin(name))
    return found


def _another(text: str, at: int, language: str) -> bool:
    """Whether a word of the OTHER_BEFORE before text[at] (a naming word) makes the storm
    so named another (OTHER: "another storm, named Gerrit")."""
    before = regex.findall(r"[\p{L}\p{M}]+", text[max(0, at - 80) : at])[-OTHER_BEFORE:]
    others = OTHER.get(language, "").split()
    return any(word.lower() in others for word in before)


@cache
def _naming(language: str) -> regex.Pattern[str]:
    words = sorted(NAMING[language].split(), key=len, reverse=True)
    alternatives = "|".join(map(regex.escape, words))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives})(?![\p{{L}}\p{{M}}’'])", regex.I)
