"""End to end: a folder of articles in Chinese (web page), Japanese (plain text), German
(Markdown with front matter) and Arabic (web page) gives a brief quoting each of them."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path

import pytest
from clitools import brief_at, cli
from fonts import require_fonts
from rendertools import page_texts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "languages"
# One sentence (or a telling part of one) per article that the brief must carry: the lead or
# a figure-bearing sentence of each. The brief picks among them, so each article has several.
FROM = {
    "zh": ["国家统计局周一发布数据", "全年谷物产量", "粮食丰收有助于", "农业农村部副部长"],
    "ja": ["気象庁によると", "沖縄電力は", "那覇空港を発着", "沖縄県の知事"],
    "de": ["Der Bundestag hat am Montag", "ab dem 1. Januar 2027", "4 Mrd. Euro", "Dr. Weber"],
    "ar": ["افتتحت الحكومة يوم الاثنين", "وزير المياه", "تكلفة المشروع", "خبراء البيئة"],
}
ENDS_AT_ORDINAL_OR_ABBREVIATION = re.compile(r"(?:\b\d{1,3}|\b(?:Mrd|Mio|Nr|Dr|Abs|Art))\.$")


@pytest.fixture(scope="module")
def brief_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for path in FIXTURES.iterdir():
        shutil.copy(path, folder / path.name)
    # A plain .txt has no date of its own: its file time places it in the window.
    stamp = dt.datetime(2026, 11, 23, 8, tzinfo=dt.UTC).timestamp()
    os.utime(folder / "ja-typhoon-okinawa.txt", (stamp, stamp))
    out = tmp_path_factory.mktemp("out")
    args = ["--since", "72h", "--date", "2026-11-24", "--topic", "World", "--output", out]
    result = cli("generate", "--source", folder, *args)
    assert result.exit_code == 0, result.output
    assert "no article text" not in result.output and "no usable" not in result.output
    return out / "2026-11-24"


def _brief_texts(brief) -> list[str]:
    texts = [brief.headline, *brief.summary]
    for item in brief.developments:
        texts += [item.title, item.detail, *item.quotes]
    return texts


def test_every_language_reaches_the_html(brief_dir):
    html = (brief_dir / "world.html").read_text(encoding="utf-8")
    for lang, fragments in FROM.items():
        assert any(f in html for f in fragments), f"no {lang} sentence in the HTML"


def test_every_language_reaches_the_pdf(brief_dir):
    """Text in a script without its fonts is drawn as blanks, not extractable text."""
    require_fonts("fonts-noto-cjk", "fonts-noto-core")
    pdf = " ".join(page_texts((brief_dir / "world.pdf").read_bytes()))
    for lang, fragments in FROM.items():
        assert any(f in pdf for f in fragments), f"no {lang} sentence in the PDF text"


def test_every_article_is_a_source_and_a_development_or_bottom_line(brief_dir):
    brief = brief_at(brief_dir.parent, "2026-11-24", "world")
    assert len(brief.sources) == 4
    body = "\n".join(_brief_texts(brief))
    for lang, fragments in FROM.items():
        assert any(f in body for f in fragments), f"no {lang} sentence in the brief"


def test_no_german_sentence_ends_at_an_ordinal_or_abbreviation(brief_dir):
    brief = brief_at(brief_dir.parent, "2026-11-24", "world")
    german = [t for t in _brief_texts(brief) if re.search(r"\b(?:der|die|das|und)\b", t)]
    assert german, "the German article gave nothing"
    for text in german:
        assert not ENDS_AT_ORDINAL_OR_ABBREVIATION.search(text.rstrip(" …")), text
