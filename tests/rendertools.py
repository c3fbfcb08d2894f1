"""Helpers shared by the render and digest tests: the fixed brief, PDF text, fonts, outline."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from briefgen.models import Brief

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "render" / "brief.json"


def fixed_brief(**changes) -> Brief:
    """The render fixture: three stories (new, updated, continuing), flags, a fallback, every
    stance, and one source without a web URL. `changes` replace top-level fields."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data.update(changes)
    return Brief.model_validate(data)


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text with whitespace runs made single spaces."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def fonts(pdf: bytes) -> set[str]:
    """The base font names embedded in the PDF, without the subset prefix (ABCDEF+)."""
    names = set()
    for page in reader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def outline(pdf: bytes) -> list:
    """The bookmarks as nested [title, [children]] lists."""
    r = reader(pdf)

    def walk(items) -> list:
        tree: list = []
        for item in items:
            if isinstance(item, list):
                tree.append(walk(item))
            else:
                tree.append(item.title)
        return tree

    return walk(r.outline)


def bookmark_pages(pdf: bytes) -> dict[str, int]:
    """Bookmark title -> 1-based page number (the first bookmark of that title)."""
    r = reader(pdf)
    found: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.setdefault(item.title, r.get_destination_page_number(item) + 1)

    walk(r.outline)
    return found


LANG_TITLES = {
    "zh": "北京宣布新的贸易措施",
    "ja": "東京で新しい法律が成立しました",
    "ko": "서울에서 새로운 회담이 열렸다",
    "ar": "مخاطر الألغام العائمة في البحر الأسود",
    "he": "הליווי הימי יימשך גם השבוע",
}


def multilingual_brief() -> Brief:
    """The fixed brief with titles and items in Chinese, Japanese, Korean, Arabic, Hebrew."""
    brief = fixed_brief()
    for story, lang in zip(brief.stories, ("zh", "ja", "ko"), strict=True):
        story.title = LANG_TITLES[lang]
    brief.risks[0].risk = LANG_TITLES["ar"]
    brief.risks[0].detail = "تم العثور على لغمين قبالة الساحل الروماني"
    brief.reactions[0].detail = LANG_TITLES["he"]
    brief.reactions[0].quote = "נמשיך לשמור על המסדרון פתוח"
    return brief
