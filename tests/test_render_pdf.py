"""The brief's PDF, rendered by the real WeasyPrint and read back with pypdf: sections,
citations, pages, running header, metadata, bookmarks, page size, fonts and the time limit."""

import base64
import re
import subprocess
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from clitools import SECTIONS, adhoc
from fonts import require_fonts
from rendertools import (
    LANG_TITLES,
    bookmark_pages,
    fixed_brief,
    fonts,
    multilingual_brief,
    outline,
    page_texts,
    reader,
)

from briefgen.config import RenderSettings
from briefgen.errors import RenderError
from briefgen.render import packaged_dir, render_html, render_pdf

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(render_html(fixed_brief(), BERLIN))


def test_sections_citations_and_sources_are_text(pdf):
    text = " ".join(page_texts(pdf))
    for heading in SECTIONS:
        assert heading in text
    assert "Escorted grain convoy sails as war-risk premiums climb" in text
    assert "[1][2]" in text  # citations, numbered like the source list
    assert "Harbour Wire — Convoy leaves Odesa under escort — 23 Nov 2026, 23:00 CET" in text
    assert "https://wire.example.com/convoy" in text  # the URL itself is printed
    assert "Continuing, nothing new since the last brief (1)" in text  # open on paper
    assert "Berth three back in service" in text
    assert "unverified" in text and "summarized offline: LLM: no valid answer" in text


def test_pages_running_header_and_page_numbers(pdf):
    pages = page_texts(pdf)
    assert len(pages) == 2
    for n, text in enumerate(pages, 1):
        assert text.endswith(f"{n} / {len(pages)}")
    # the margin boxes come last in the text: header (topic, date), then the page number
    assert pages[1].endswith("Black Sea shipping Tuesday 24 November 2026 2 / 2")
    assert not pages[0].endswith("Tuesday 24 November 2026 1 / 2")  # none over the masthead


def test_metadata(pdf):
    info = reader(pdf).metadata
    assert info.title == "Black Sea shipping — Tuesday 24 November 2026"
    assert info.author == "briefgen"
    assert info.subject == "Escorted grain convoy sails as war-risk premiums climb"
    assert info["/Keywords"] == "Black Sea shipping"
    assert info["/CreationDate"].startswith("D:20261124180000")
    assert reader(pdf).trailer["/Root"]["/Lang"] == "en"


def test_bookmarks_are_the_topic_and_its_sections(pdf):
    assert outline(pdf) == ["Black Sea shipping", SECTIONS]
    pages = bookmark_pages(pdf)
    assert pages["Black Sea shipping"] == 1 and pages["Sources"] == 2


def test_citations_and_sources_are_links(pdf):
    internal, external = 0, []
    for page in reader(pdf).pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object()
            if "/Dest" in action:
                internal += 1
            elif "/A" in action and "/URI" in action["/A"]:
                external.append(action["/A"]["/URI"])
    assert internal >= 10  # the [n] citations jump to the source list
    assert "https://wire.example.com/convoy" in external
    assert not any("izmail" in uri for uri in external)  # a local path is not a link


def test_page_size_a4_or_letter():
    a4 = reader(render_pdf(render_html(fixed_brief(), BERLIN))).pages[0].mediabox
    options = RenderSettings(page_size="Letter")
    letter = reader(render_pdf(render_html(fixed_brief(), BERLIN, options=options))).pages[0]
    assert (round(a4.width), round(a4.height)) == (595, 842)
    assert (round(letter.mediabox.width), round(letter.mediabox.height)) == (612, 792)


def test_the_config_page_size_reaches_generate(articles, tmp_path):
    """[render] page_size applies to the briefs `generate` writes, not only to direct calls."""
    config = tmp_path / "briefgen.toml"
    config.write_text('[render]\npage_size = "Letter"\n', encoding="utf-8")
    result = adhoc(articles, tmp_path / "out", "--config", config, "--format", "pdf")
    assert result.exit_code == 0, result.output
    page = reader((tmp_path / "out" / "2026-11-24" / "ukraine.pdf").read_bytes()).pages[0]
    assert (round(page.mediabox.width), round(page.mediabox.height)) == (612, 792)


def test_cjk_arabic_hebrew_are_real_text_in_their_own_fonts():
    require_fonts("fonts-noto-cjk", "fonts-noto-core")
    pdf = render_pdf(render_html(multilingual_brief(), BERLIN))
    text = "".join(reader(pdf).pages[n].extract_text() for n in range(len(reader(pdf).pages)))
    for title in LANG_TITLES.values():
        assert title in text
    used = fonts(pdf)
    assert any(name.startswith("Noto-Sans-CJK-SC") for name in used), used
    assert any(name.startswith("Noto-Sans-CJK-JP") for name in used), used  # lang="ja" forms
    assert any(name.startswith("Noto-Sans-CJK-KR") for name in used), used
    assert any("Arabic" in name for name in used), used
    assert any("Hebrew" in name for name in used), used
    assert not any(re.search("LastResort|Unifont", name) for name in used), used


def test_a_headline_in_japanese_is_set_in_the_japanese_forms():
    """The headline's class sets its font from the stacks: :lang(ja) sets those, so the class
    does not put Japanese in the Chinese forms."""
    require_fonts("fonts-noto-cjk")
    brief = fixed_brief()
    brief.headline = LANG_TITLES["ja"]
    used = fonts(render_pdf(render_html(brief, BERLIN)))
    assert any(re.match("Noto-Serif-CJK-JP", name) for name in used), used
    assert not any(re.match("Noto-Serif-CJK-SC", name) for name in used), used


def test_a_render_over_the_time_limit_is_one_line_and_no_pdf():
    html = render_html(fixed_brief(), BERLIN)
    started = time.perf_counter()
    render_pdf(html, time_limit_s=60)
    full = time.perf_counter() - started
    stopped = []
    for _ in range(3):  # the quickest of three: a pause of the machine's is not the render's
        started = time.perf_counter()
        with pytest.raises(RenderError) as caught:
            render_pdf(html, time_limit_s=0.001)
        stopped.append(time.perf_counter() - started)
    assert min(stopped) < full / 2  # stopped early, not checked at the end
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("PDF rendering took longer than 0.001 s; raise [render] time_limit_s")
    assert render_pdf(html, time_limit_s=60).startswith(b"%PDF")  # the next render is fine


def test_an_override_can_use_an_image_beside_it(tmp_path):
    """A logo in the user's templates folder, named relatively in their CSS, is embedded;
    the same name outside the asset folders is not."""
    pixel = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
    )
    (tmp_path / "logo.png").write_bytes(pixel)
    css = (packaged_dir("templates") / "brief.css").read_text(encoding="utf-8")
    (tmp_path / "brief.css").write_text(
        css + "\n.masthead { background: url(logo.png) no-repeat; }\n", encoding="utf-8"
    )
    html = render_html(fixed_brief(), BERLIN, tmp_path)
    with_logo = render_pdf(html, [packaged_dir("templates"), tmp_path])
    without = render_pdf(html)  # packaged assets only: logo.png is not among them
    assert b"/Subtype /Image" in with_logo.replace(b"/Subtype/Image", b"/Subtype /Image")
    assert b"/Subtype /Image" not in without.replace(b"/Subtype/Image", b"/Subtype /Image")


def test_offline_demo_brief_is_two_pages_and_says_not_assessed(tmp_path):
    """The README's demo (seven articles, three stories): one or two A4 pages, the last not
    left to the sources list alone; risks say "not assessed"."""
    from clitools import cli

    config = Path(__file__).parent.parent / "examples" / "briefgen.toml"
    result = cli("generate", "--config", config, "--date", "2026-11-24", "--output", tmp_path)
    assert result.exit_code == 0, result.output
    html = (tmp_path / "2026-11-24" / "ukraine-war.html").read_text()
    assert "not assessed" in html
    assert 'class="level level-high"' not in html and 'class="level level-low"' not in html
    pages = page_texts((tmp_path / "2026-11-24" / "ukraine-war.pdf").read_bytes())
    assert len(pages) <= 2
    last = " ".join(pages[-1].split())
    assert len(pages) == 1 or "Outlook" in last or "Reactions" in last


def test_weasyprint_s_progress_is_not_logged_even_as_it_is_imported():
    """WeasyPrint parses its own style sheets when imported, and logged that as progress
    ("Step 2 - Fetching and parsing CSS") in every -v run and worker log (a new user's)."""
    program = (
        "import logging; logging.basicConfig(level=logging.DEBUG)\n"
        "from briefgen.render import render_pdf; render_pdf('<p>One line.</p>')"
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "weasyprint.progress" not in done.stderr and "Step " not in done.stderr
