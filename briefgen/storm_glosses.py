"""A storm's other names as a report gives them: national weather services and the Philippines
name one storm apart, and a report gives the other name in brackets after its own ("Typhoon
Samuel (international name: Bualoi)", "bão (tên địa phương là Samuel)") or says what it is
called elsewhere ("In Germany, where the system has been named "Norbert"", "In
Großbritannien trägt der Sturm den Namen "Fenna"", "Irland, hvor den kaldes Elin", "Typhoon
Haitang, locally named Yayang"). storms.aliased ties such a name to the report's storm only
where another lead gives a storm that name.
"""

from __future__ import annotations

from functools import cache

import regex

from briefgen.storms import a_name, latin, storm_words

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
    "ru": "имя именем названием назван названный названа",
    "uk": "ім'я ім’я назвою названий названа",
    "el": "όνομα ονομάστηκε ονομάζεται",
    "id": "bernama dinamai dinamakan nama",
    "ms": "bernama dinamakan nama",
    "tl": "tinawag tinatawag pangalang",
    "sw": "kinachoitwa kiitwacho kilichoitwa jina",
}
# ... and the words that make the storm so named another one ("another cyclone, called
# Ilanga": kimbunga kingine kinachoitwa Ilanga), in the sentence that names it
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
    "ru": "другой другая другого другой следующий следующая предыдущий предыдущая",
    "uk": "інший інша іншого наступний наступна попередній попередня",
    "el": "άλλη άλλος άλλο επόμενη επόμενος προηγούμενη προηγούμενος",
    "id": "lain lainnya berikutnya sebelumnya",
    "ms": "lain berikutnya sebelumnya",
    "tl": "iba susunod",
    "sw": "kingine jingine nyingine lingine kijacho",
}
QUOTES = "\"“”„«»‚‘’'「」『』"
# after a naming word, up to two short words ("den Namen", "under the name of", "known as")
# and the name: quoted, or one capitalised word that no other follows ("named by Met Éireann"
# names no storm)
NAME_AFTER = regex.compile(
    rf"(?:[^\S\n]+\p{{Ll}}{{1,5}}){{0,2}}"
    rf"(?:[^\S\n]*[{QUOTES}]([^\s{QUOTES}]{{2,20}})[{QUOTES}]"
    rf"|[^\S\n]+(\p{{Lu}}[\p{{L}}\p{{M}}]++)(?![^\S\n]*\p{{Lu}}))"
)
SENTENCE_END = regex.compile(r"[.!?;\n]")


def glossed(text: str, language: str) -> frozenset[str]:
    """The other names `text` gives its storm, in Latin letters: in brackets after a word for
    a storm or its name beside it ("Typhoon Samuel (international name: Bualoi)": 'bualoi'),
    or after a word that gives a name (NAMING: "where the system has been named "Norbert"":
    'norbert'), unless the sentence says that storm is another (OTHER)."""
    language, text, matches = storm_words(text, language)
    found: set[str] = set()
    for match in matches:
        if bracket := GLOSS.match(text, match.end()):
            words = regex.findall(r"\p{Lu}[\p{L}\p{M}]+", bracket[1])
            found.update(latin(w) for w in words if a_name(w, language))
    if matches and language in NAMING:
        for naming in _naming(language).finditer(text):
            named = NAME_AFTER.match(text, naming.end())
            name = named and (named[1] or named[2])
            if name and a_name(name, language) and not _another(text, naming.start(), language):
                found.add(latin(name))
    return frozenset(filter(None, found))


def _another(text: str, at: int, language: str) -> bool:
    """Whether the sentence around text[at] has a word that makes its storm another (OTHER)."""
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, at)]
    end = SENTENCE_END.search(text, at)
    sentence = text[starts[-1] if starts else 0 : end.start() if end else len(text)]
    others = OTHER.get(language, "").split()
    return any(word.lower() in others for word in regex.findall(r"[\p{L}\p{M}]+", sentence))


@cache
def _naming(language: str) -> regex.Pattern[str]:
    words = sorted(NAMING[language].split(), key=len, reverse=True)
    alternatives = "|".join(map(regex.escape, words))
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives})(?![\p{{L}}\p{{M}}’'])", regex.I)
