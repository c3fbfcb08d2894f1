"""The brief's HTML: a golden snapshot of a fixed brief, and the layout rules it follows.

The snapshot is tests/fixtures/render/brief.golden.html. After an intended change to the
templates or CSS, regenerate it and review the diff:

    BRIEFGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_render_layout.py
"""

import datetime as dt
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from conftest import NOW
from rendertools import FIXTURE, LANG_TITLES, fixed_brief, multilingual_brief

from briefgen.config import RenderSettings
from briefgen.digest import render_digest_html
from briefgen.render import packaged_dir, render_html

GOLDEN = FIXTURE.with_name("brief.golden.html")
BERLIN = ZoneInfo("Europe/Berlin")


def test_html_matches_the_golden_snapshot():
    html = render_html(fixed_brief(), BERLIN)
    if os.environ.get("BRIEFGEN_UPDATE_GOLDEN"):
        GOLDEN.write_text(html, encoding="utf-8")
    assert html == GOLDEN.read_text(encoding="utf-8"), (
        "the brief's HTML changed; if intended, regenerate with "
        "BRIEFGEN_UPDATE_GOLDEN=1 python -m pytest tests/test_render_layout.py"
    )


class Outline(HTMLParser):
    """Tags in order, heading levels, ids and hrefs of a page."""

    def __init__(self):
        super().__init__()
        self.tags, self.headings, self.ids, self.hrefs = [], [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "href" in attrs:
            self.hrefs.append(attrs["href"])


def parsed(html: str) -> Outline:
    page = Outline()
    page.feed(html)
    return page


def test_landmarks_heading_order_and_internal_links():
    page = parsed(render_html(fixed_brief(), BERLIN))
    for landmark in ("header", "nav", "main", "section", "footer"):
        assert landmark in page.tags
    assert page.headings[0] == 1 and page.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(page.headings, page.headings[1:], strict=False))
    internal = [h[1:] for h in page.hrefs if h.startswith("#")]
    assert internal and set(internal) <= page.ids  # every citation and section link resolves
    assert "script" not in page.tags and "img" not in page.tags and "link" not in page.tags


def test_masthead_metadata_and_order_of_stories():
    html = render_html(fixed_brief(), BERLIN)
    flat = " ".join(html.split())
    assert '<meta name="author" content="briefgen">' in html
    assert (
        '<meta name="description" content="Escorted grain convoy sails as war-risk premiums '
        'climb">' in html
    )
    assert '<meta name="dcterms.created" content="2026-11-24T18:00:00+00:00">' in html
    assert "<title>Black Sea shipping — Tuesday 24 November 2026</title>" in html
    assert "Covering 23 Nov 2026, 19:00 CET – 24 Nov 2026, 19:00 CET" in flat
    assert "openai (gpt-4o-mini)" in flat
    # new and updated stories first, the continuing one folded away in <details>
    stories = html.split('id="h-stories"')[1].split("</section>")[0]
    details = stories.split("<details")[1]
    assert (
        stories.index("Escorted convoy")
        < stories.index("Insurers raise")
        < stories.index("<details")
    )
    assert "Port repairs in Izmail" in details and "Escorted convoy" not in details
    devs = html.split('id="h-developments"')[1].split("</section>")[0]
    assert "Berth three back in service" in devs.split("<details")[1]


def test_reactions_by_stance_risks_table_and_sources():
    html = render_html(fixed_brief(), BERLIN)
    reactions = html.split('id="h-reactions"')[1].split("</section>")[0]
    labels = re.findall(r"<h3>(\w+)</h3>", reactions)
    assert labels == ["Support", "Opposition", "Concerns", "Neutral"]
    assert '<strong class="actor">Ukraine&#39;s navy</strong>' in reactions
    assert '<q class="reaction-quote">We will keep the corridor open</q>' in reactions
    risks = html.split('id="h-risks"')[1].split("</section>")[0]
    assert '<th scope="col" class="lvl">Likelihood</th>' in risks
    assert '<span class="level level-high">high</span>' in risks
    sources = html.split('id="h-sources"')[1].split("</section>")[0]
    assert '<li id="src-1" value="1">' in sources
    assert (
        '<a href="https://wire.example.com/convoy" rel="noopener noreferrer">Convoy leaves Odesa '
        "under escort</a>" in sources
    )
    assert "24 Nov 2026, 04:00 CET" in sources  # published, in the brief's timezone
    assert '<span class="url" dir="ltr">articles/izmail.md</span>' in sources  # not a link
    assert 'href="articles/izmail.md"' not in html


def test_screen_styles_dark_phone_and_print_are_inlined():
    html = render_html(fixed_brief(), BERLIN)
    assert "@media screen and (prefers-color-scheme: dark)" in html
    assert "@media screen and (max-width: 36rem)" in html
    assert "@media print" in html and 'counter(page) " / " counter(pages)' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert not re.search(r"(src=|url\(|@import)\s*[\"']?(https?:|//)", html)


def test_page_size_comes_from_the_settings():
    assert "@page { size: A4; }" in render_html(fixed_brief(), BERLIN)
    letter = render_html(fixed_brief(), BERLIN, options=RenderSettings(page_size="Letter"))
    assert "@page { size: Letter; }" in letter


def test_items_in_other_scripts_get_lang_and_dir():
    html = render_html(multilingual_brief(), BERLIN)
    assert '<html lang="en" dir="ltr">' in html
    zh = f'<span class="story-title">{LANG_TITLES["zh"]}'
    assert f'<li value="1" lang="zh"><span class="badge badge-new">new</span> {zh}' in html
    assert '<li value="2" lang="ja"><span class="badge badge-updated">' in html
    assert '<li value="3" lang="ko"><span class="badge badge-continuing">' in html
    assert '<tr lang="ar" dir="rtl">' in html
    assert '<li lang="he" dir="rtl">' in html
    assert '<li id="src-1" value="1">' in html  # Latin items carry nothing extra


def test_document_language_is_detected_or_configured():
    brief = fixed_brief(headline="مرافقة قافلة الحبوب", summary=["قافلة من أربع عشرة سفينة"])
    html = render_html(brief, BERLIN)
    assert '<html lang="ar" dir="rtl">' in html
    assert '<p class="headline">' in html  # same script as the page: no attributes
    configured = render_html(fixed_brief(), BERLIN, options=RenderSettings(lang="de"))
    assert '<html lang="de" dir="ltr">' in configured
    # Taiwan's and Hong Kong's Chinese gets the traditional glyphs (base.css: Noto CJK TC)
    hualien = fixed_brief(headline="花蓮外海規模6.1地震", summary=["台鐵花蓮站停駛，港鐵照常行駛"])
    assert '<html lang="zh-Hant" dir="ltr">' in render_html(hualien, BERLIN)


# Where each packaged template gets a visible marker in an override (CSS: at its top).
MARKED_AT = {
    "brief-parts.html.j2": '<footer class="colophon">',
    "brief.html.j2": '<body class="brief">',
    "digest.html.j2": '<body class="digest">',
}


@pytest.mark.parametrize(
    "name",
    [
        "base.css",
        "brief.css",
        "print.css",
        "digest.css",
        "brief-parts.html.j2",
        "brief.html.j2",
        "digest.html.j2",
    ],
)
def test_every_template_and_css_file_can_be_overridden(tmp_path, name):
    packaged = (packaged_dir("templates") / name).read_text(encoding="utf-8")
    if name.endswith(".css"):
        marker = "/* my override */"
        changed = marker + "\n" + packaged
    else:
        marker = "<!-- mine -->"
        changed = packaged.replace(MARKED_AT[name], MARKED_AT[name] + marker)
    (tmp_path / name).write_text(changed, encoding="utf-8")
    brief = render_html(fixed_brief(), BERLIN, tmp_path)
    digest = render_digest_html([fixed_brief()], BERLIN, tmp_path, now=NOW)
    shown_in = digest if name.startswith("digest") else brief
    assert marker in shown_in


def test_templates_never_mark_brief_text_safe():
    for path in Path(packaged_dir("templates")).glob("*.j2"):
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        assert "|safe" not in text.replace(" ", "") and "Markup" not in text, path.name


def test_times_name_their_zone_unambiguously():
    """CST is Taipei's and Chicago's (a new user's Taiwan brief said CST): such a zone, and
    one tzdata names by a number, is shown by its offset."""
    from briefgen.render import _stamp

    at = dt.datetime(2026, 11, 24, 9, 5, tzinfo=dt.UTC)
    assert _stamp(at.astimezone(ZoneInfo("Asia/Taipei"))) == "24 Nov 2026, 17:05 UTC+8"
    assert _stamp(at.astimezone(ZoneInfo("America/Chicago"))) == "24 Nov 2026, 03:05 UTC-6"
    assert _stamp(at.astimezone(ZoneInfo("Asia/Kolkata"))) == "24 Nov 2026, 14:35 UTC+5:30"
    assert _stamp(at.astimezone(ZoneInfo("Europe/Berlin"))) == "24 Nov 2026, 10:05 CET"
    assert _stamp(at.astimezone(ZoneInfo("Asia/Tokyo"))) == "24 Nov 2026, 18:05 JST"
    summer = dt.datetime(2026, 7, 24, 9, 5, tzinfo=dt.UTC)
    assert _stamp(summer.astimezone(ZoneInfo("Europe/London"))) == "24 Jul 2026, 10:05 BST"
    assert _stamp(summer.astimezone(ZoneInfo("Asia/Manila"))) == "24 Jul 2026, 17:05 UTC+8"


def test_a_source_in_arabic_keeps_its_date_and_language_tag_in_the_brief_s_direction():
    """In a line laid out right to left, the date's day stayed apart from its month ("Nov
    2026, 09:20 UTC ... 28"): the date and the tag carry the brief's direction, isolated.
    The entry itself is in the brief's direction: its number stays with the others' (it
    moved to the right margin, a new user's), its Arabic title isolated right to left."""
    brief = fixed_brief()
    brief.sources[0].title, brief.sources[0].language = "إضراب 1200 عامل في ميناء العقبة", "ar"
    html = render_html(brief, BERLIN)
    line = html.split('<li id="src-1" value="1">')[1].split("</li>")[0]
    assert 'lang="ar" dir="rtl">إضراب 1200 عامل في ميناء العقبة</a>' in line
    assert 'ul > li[dir="rtl"], ol > li[dir="rtl"] { margin-right: 1.3em; }' in html  # marker
    assert '<span class="published" dir="ltr">23 Nov 2026, 23:00 CET</span>' in line
    assert '<abbr class="source-lang" dir="ltr" title="language of the article">ar</abbr>' in line
    assert re.search(r"\[dir\] \{\s*unicode-bidi: isolate;", html)
    # in a brief in Arabic, an English source's date reads left to right too
    arabic = fixed_brief(headline="إضراب عمال ميناء العقبة", summary=["بدأ نحو 1200 عامل إضرابا"])
    html = render_html(arabic, BERLIN)
    assert '<html lang="ar" dir="rtl">' in html
    assert '<span class="published" dir="ltr">23 Nov 2026, 23:00 CET</span>' in html


def test_risks_and_reactions_of_a_continuing_story_come_last_and_are_marked():
    """A day-two brief showed yesterday's risks and reactions beside today's, unmarked (a new
    user's); the stories and their developments were marked."""
    brief = fixed_brief()
    old = brief.risks[0].model_copy(update={"story": "s3", "risk": "Silted berths"})
    brief.risks.insert(0, old)
    calm = brief.reactions[3].model_copy(update={"story": "s2", "actor": "Harbour pilots"})
    brief.reactions.append(calm)
    html = render_html(brief, BERLIN)
    risks = html.split('id="h-risks"')[1].split("</section>")[0]
    continuing = '<span class="badge badge-continuing">continuing</span>'
    assert risks.index("Drifting mines") < risks.index("Insurance withdrawal")
    assert risks.index("Insurance withdrawal") < risks.index("Silted berths")
    assert risks.count(continuing) == 1
    assert risks.index(continuing) < risks.index("Silted berths")
    neutral = html.split('id="h-reactions"')[1].split("</section>")[0].split("<h3>Neutral")[1]
    assert neutral.index("Harbour pilots") < neutral.index("Port authority")
    assert neutral.count(continuing) == 1
    assert neutral.index(continuing) > neutral.index("Harbour pilots")


def test_a_brief_its_bottom_line_tells_whole_does_not_say_the_sources_report_nothing():
    """nu34 r08: a two-report topic whose bottom line told the news said "No key
    developments reported in the sources", which is false."""
    told = render_html(fixed_brief(developments=[]), ZoneInfo("UTC"))
    assert "No key developments" not in told and "The bottom line above tells" in told
