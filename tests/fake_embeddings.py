"""The test server's /v1/embeddings answers (tests/llm_server.py serves them): deterministic
vectors that a multilingual model's would resemble for the test and benchmark articles."""

from __future__ import annotations

import base64
import hashlib
import math
import re
import unicodedata
from array import array
from dataclasses import dataclass, field

from briefgen import tokens

# Words of the test and benchmark articles (tests/test_embeddings.py,
# benchmarks/corpora/crosslingual/) in their languages, each under one concept: what a
# multilingual model knows, that "地震", "sismo" and "earthquake" say one thing. Concepts only:
# no event is named here, and articles of different events share many of them.
GLOSSARY = {
    "quake": "earthquake quake sismo terremoto 地震 erdbeben زلزال",
    "magnitude": "magnitude magnitud マグニチュード 级",
    "tsunami": "tsunami 津波 海啸 تسونامي",
    "death": "killing killed dead deaths muertos 死者 死亡 وفيات tote",
    "injury": "injur hurt heridos けが 受伤 verletzt",
    "power": "power electricidad 停電 strom",
    "port": "port puerto 港",
    "chile": "chile 智利",
    "japan": "japan 日本",
    "noto": "noto 能登",
    "ishikawa": "ishikawa 石川",
    "wajima": "wajima 輪島",
    "kanazawa": "kanazawa 金沢",
    "toyama": "toyama 富山",
    "shinkansen": "shinkansen 新幹線",
    "central-bank": "central bank zentralbank notenbank 央行 中央銀行 المركزي",
    "rate": "rate zins leitzins einlagenzins 利率 利息 الفائدة",
    "cut": "cut gesenkt senkung 下调 降息",
    "inflation": "inflation inflación 通胀 インフレ التضخم",
    "euro": "euro 欧元",
    "fed": "federal reserve fed 美联储",
    "hungary": "hungary ungarn 匈牙利 hungría",
    "szeged": "szeged 塞格德",
    "debrecen": "debrecen 德布勒森",
    "byd": "byd 比亚迪",
    "catl": "catl 宁德时代",
    "szijjarto": "szijjarto 西雅尔多",
    "factory": "factory plant fabrik werk 工厂 工場 مصنع",
    "electric-car": "electric 电动汽车 elektroauto",
    "battery": "battery 电池 batterie",
    "jobs": "jobs 就业岗位 arbeitsplätze",
    "investment": "investment 投资",
    "dolphin": "dolphin 海豚",
    "mercedes": "mercedes 奔驰",
    "bmw": "bmw 宝马",
    "rain": "rain 雨 أمطار regen lluvia",
    "flood": "flood 洪水 سيول غرق hochwasser inundac",
    "dubai": "dubai دبي 迪拜",
    "jeddah": "jeddah جدة",
    "airport": "airport مطار 机场 空港 flughafen aeropuerto",
    "metro": "metro مترو 地铁",
    "school": "school المدارس الدراسة 学校 schule escuela",
    "emirates": "emirates الإمارات",
    "saudi": "saudi السعودية",
}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# a capitalised Latin-script word that does not open a sentence: a name, in any language
NAME = re.compile(r"(?<![.!?:\n]\s)(?<!^)\b[A-Z][a-zà-ÿ]{2,}", re.MULTILINE)


@dataclass
class FakeEmbeddings:
    """The /v1/embeddings route: deterministic vectors that make one event told in two
    languages close and different events apart, without being told which is which.

    A text's features are what a multilingual model sees in it across languages: its numbers
    (6,8 and 6.8 written alike), its Latin-script names, and the concepts of GLOSSARY it says,
    each hashed into one of `dims` buckets. Two reports of one event share their figures,
    names and concepts; two events of one kind (two earthquakes, two rate decisions) share
    concepts but not figures or names, which is what the threshold must tell apart. A
    real model's cosines differ: bench_embeddings.py measures the plumbing, not a model."""

    dims: int = 256
    failing: bool = False  # answer 500 to every request: a broken embeddings server
    requests: list[dict] = field(default_factory=list)
    authorizations: list[str] = field(default_factory=list)  # each request's header

    def answer(self, body: dict, authorization: str = "") -> tuple[int, dict, dict[str, str]]:
        self.requests.append(body)
        self.authorizations.append(authorization)
        if self.failing:
            error = {"error": {"message": "scripted 500", "type": "test", "code": "500"}}
            return 500, error, {}
        texts = [body["input"]] if isinstance(body["input"], str) else body["input"]
        vectors = [self.vector(t) for t in texts]
        if body.get("encoding_format") == "base64":  # what the openai SDK asks for by default
            vectors = [base64.b64encode(array("f", v).tobytes()).decode() for v in vectors]
        data = [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(vectors)]
        used = sum(tokens.count(t) for t in texts)
        usage = {"prompt_tokens": used, "total_tokens": used}
        return 200, {"object": "list", "data": data, "model": body["model"], "usage": usage}, {}

    def vector(self, text: str) -> list[float]:
        """The text's unit vector (see the class docstring)."""
        folded = unicodedata.normalize("NFKC", text).casefold()
        features = {"#" + n.replace(",", ".") for n in NUMBER.findall(folded)}
        features |= {"@" + n.casefold() for n in NAME.findall(unicodedata.normalize("NFKC", text))}
        features |= {
            concept
            for concept, words in GLOSSARY.items()
            # a Latin-script word from a word's start ("injur": injured), others anywhere
            if any(re.search(rf"\b{w}" if w.isascii() else w, folded) for w in words.split())
        }
        vector = [0.0] * self.dims
        for feature in features:
            vector[int(hashlib.sha256(feature.encode()).hexdigest(), 16) % self.dims] += 1.0
        norm = math.sqrt(sum(v * v for v in vector)) or 1.0
        return [v / norm for v in vector]
