"""What reports in two scripts or two languages can share besides places and figures, added to
their profiles (salience.Profile.sounds) for the pairs compared across them (across.py):
names by their sound or their consonants (romanize.py), and the rarer words that Chinese and
Japanese both write in Han characters. Only keys that two such reports of the batch share are
kept: the rest no pair across them can share, and would only weigh down those that are
shared."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from briefgen import romanize
from briefgen.frequency import rarity
from briefgen.gazetteer import gazetteer
from briefgen.words import HAN_RE, simplified

if TYPE_CHECKING:
    from briefgen.salience import Profile

# a Han word at least this telling (frequency.rarity: zipf 4 or less) that a Chinese and a
# Japanese report share is shared as a name is: 震源 ("hypocentre"), 停电 ("power cut"), a
# firm's 重工; not 地震 ("earthquake") or 政府 ("government")
HAN_RARE = 3.0
HAN_LANGUAGES = ("zh", "ja")
LOAN_LANGUAGES = ("ja", "ko")  # the languages that spell a foreign name by its sound


def add_sounds(profiles: list[Profile], texts: list[str]) -> None:
    """The articles' names by their sound (romanize.py): in Latin letters their names, in
    Chinese, Japanese and Korean their proper nouns, in Cyrillic and Greek their rare
    capitalised words, in the scripts that leave vowels unwritten their rare words by their
    consonants; those that articles in two scripts of the batch share (`_keep_shared`)."""
    if len({p.writing for p in profiles}) < 2:
        return  # no pair in two scripts
    spelled = any(p.script in romanize.SPELLED for p in profiles)
    loans = any(p.language in LOAN_LANGUAGES for p in profiles)
    found: list[dict[str, float]] = []
    for profile, text in zip(profiles, texts, strict=True):
        sounds: dict[str, float] = {}
        names = [k[1:] for k in profile.anchors if k[0] == "@"]
        language, script = profile.language, profile.script
        # a place the text names is left to places.py, which knows it in every script; a
        # name read as a place's where the text names no such place is a name (トヨタ, the
        # carmaker, where Toyota the city is 豊田), and meets the Latin letters' name, which
        # is kept whether or not it names a place (those no other script shares are not:
        # _keep_shared)
        for sound, name in romanize.sounded(language, script, names, text, spelled, loans):
            if sound and (script == "latin" or not _placed(sound, name, profile.anchors)):
                telling = rarity(name, profile.language)
                sounds["~" + sound] = min(sounds.get("~" + sound, 99.0), telling)
        found.append(sounds)
    latin = [p.script == "latin" for p in profiles]
    _keep_shared(profiles, found, [p.writing for p in profiles], latin)


def _placed(sound: str, name: str, anchors: Container[str]) -> bool:
    """Whether a name of a text in another script than Latin is of a place that places.py
    finds in it: a place's name in that script, or read as the name of a place the text
    names (Երևան, 'erevan', beside '@yerevan')."""
    if name in gazetteer().in_every_script:
        return True
    return any("@" + place in anchors for place in romanize.place_keys().get(sound, ()))


def add_han_words(profiles: list[Profile]) -> None:
    """The Han words of at least HAN_RARE that a Chinese report (read in simplified
    characters: salience._parts) and a Japanese one of the batch share, as simplified
    characters (聯晶 and 联晶 alike): a Chinese and a Japanese report of one quake, or of
    one firm, share few places or figures, and their names are read by other sounds."""
    languages = {p.language for p in profiles}
    if not languages.issuperset(HAN_LANGUAGES):
        return
    found = [
        {
            "~" + simplified(term): p.rarity[term]
            for term in p.terms
            if p.language in HAN_LANGUAGES
            and len(term) > 1
            and all(HAN_RE.match(c) for c in term)
            and p.rarity.get(term, 0.0) >= HAN_RARE
        }
        for p in profiles
    ]
    _keep_shared(profiles, found, [p.language for p in profiles])


def _keep_shared(
    profiles: list[Profile],
    found: list[dict[str, float]],
    side: list[str],
    latin: list[bool] | None = None,
) -> None:
    """Add to each profile's sounds those of its keys `found` (key -> rarity) that profiles
    of two sides (scripts, languages) share; a key of a name's consonants ('~:knr') only
    when one of them is in Latin letters (`latin`): two scripts that leave vowels unwritten
    meet by three consonants too often (a Hebrew report of a mosaic and a Tamil one of a
    school fee law). But a key of four unvoiced consonants or more ('~:!pslv') that only
    the Indic scripts make is kept between two of them (spelled.spelled_names): with three,
    a Bengali report of a student satellite met a Hindi one of a Mumbai fire (blind-day-22);
    and so is a key of a word's whole sound, vowels and all (sound_keys.WHOLE: गगनयान and
    গগনযান, '~:=gnan'), which meets by chance no more often there."""
    sides: dict[str, set[str]] = {}
    with_latin: set[str] = set()
    for keys, mine, in_latin in zip(found, side, latin or [False] * len(side), strict=True):
        for k in keys:
            sides.setdefault(k, set()).add(mine)
            if in_latin:
                with_latin.add(k)
    shared = {
        k
        for k, where in sides.items()
        if len(where) > 1 and (k[1] != ":" or k[2] in "!=" or k in with_latin)
    }
    for profile, keys in zip(profiles, found, strict=True):
        for key in shared.intersection(keys):
            profile.sounds[key] = 1
            profile.rarity[key] = keys[key]
