"""Foreign names as Japanese spells them in katakana and Korean in Hangul, met with their
Latin spelling: ニンブラ (ninbura) and Nimbra, ファインケム (fainkemu) and Finechem, マンチェスター
(manchiesuta-) and Manchester, 젤렌스키 (jellenseuki) and Zelensky, 두코바니 (dukobani) and
Dukovany. Both put a vowel after each consonant but a few (Japanese n; Korean n, m, l, ng,
k, p), write l as r and v as b, and an r after a vowel as a long vowel (Korean: no
letter); Korean writes f as p and z as j. The spellings are brought to the consonants they
keep (romanize.py adds them as keys of a name's sound)."""

from __future__ import annotations

import regex

MIN_CONSONANTS = 3  # fewer consonants than this meet by chance: no key
SILENT_R = regex.compile(r"r(?![aeiouy])")  # Aster: アスター, no r
DIGRAPHS = {"ph": "f", "dg": "j", "ck": "k", "th": "s"}
LATIN_DIGRAPHS = regex.compile("|".join(DIGRAPHS))
SOFT_C = regex.compile(r"c(?=[eiy])")
DOUBLED = regex.compile(r"(.)\1+")
NASAL = regex.compile(r"n(?=[bpm])")  # ninbura: nimbura, as Nimbra
# Japanese and Korean write l as r, v as b, f as p (Korean; Japanese's fu is read as p too)
# and z as j (Korean)
LOAN_LETTERS = str.maketrans(
    {"l": "r", "v": "b", "f": "p", "z": "j", "c": "k", "q": "k", "x": "ks"}
)
LEFT_OUT = regex.compile(r"[aeiouyhw]")  # vowels, and what romanizations of one name disagree on


def loan(plain: str, latin: bool = False, korean: bool = False) -> str:
    """A foreign name's consonants as katakana, Hangul and Latin letters agree on them, prefixed '='
    ('=nmbr' for ninbura and Nimbra); '' when fewer than MIN_CONSONANTS. `plain`: the name in
    lower-case a to z (sound_keys.plain), in Latin letters (`latin`), the katakana's Hepburn
    or Hangul's Revised Romanization (`korean`)."""
    if latin:
        plain = SILENT_R.sub("", plain)
        plain = SOFT_C.sub("s", LATIN_DIGRAPHS.sub(lambda pair: DIGRAPHS[pair.group()], plain))
    plain = DOUBLED.sub(r"\1", plain)  # exxon: exon
    # n before b is m (ninbura: nimbura), not before a v that is b (Nvidia); Korean writes n
    # and m as they sound (엔비디아: enbidia)
    if not korean:
        plain = NASAL.sub("m", plain)
    skeleton = DOUBLED.sub(r"\1", LEFT_OUT.sub("", plain.translate(LOAN_LETTERS)))
    return "=" + skeleton if len(skeleton) >= MIN_CONSONANTS else ""
