"""A PDF whose text no installed font writes says so (briefgen/glyphs.py): fontconfig asked
with a configuration that knows the DejaVu fonts only, as on a machine without the README's
apt line."""

import os
import shutil

import pytest
from fonts import require_fonts

from briefgen import glyphs
from briefgen.render import render_pdf

DEJAVU = "/usr/share/fonts/truetype/dejavu"
TEXT = "<p>关东汽车下调全年利润预期 · 関東自動車 · 현대차 · Zentralbank</p>"


@pytest.fixture
def dejavu_only(tmp_path, monkeypatch):
    if shutil.which("fc-list") is None or not os.path.isdir(DEJAVU):
        pytest.skip("needs fontconfig and fonts-dejavu (.ci/run installs them)")
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{DEJAVU}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    monkeypatch.setenv("FONTCONFIG_FILE", str(config))
    glyphs._covered.cache_clear()
    yield
    glyphs._covered.cache_clear()


def test_a_script_no_font_writes_is_named_with_its_package(dejavu_only, caplog):
    assert glyphs.missing(TEXT) == {"fonts-noto-cjk": ["Chinese", "Korean"]}
    assert glyphs.missing("<p>Zentralbank senkt den Leitzins · Банк России</p>") == {}
    with caplog.at_level("WARNING", logger="briefgen.glyphs"):
        glyphs.warn_if_missing(TEXT)
    assert "install fonts-noto-cjk (apt-get install fonts-noto-cjk)" in caplog.text


def test_the_pdf_of_such_a_page_is_written_and_the_warning_given(dejavu_only, caplog):
    with caplog.at_level("WARNING", logger="briefgen.glyphs"):
        pdf = render_pdf(f"<html><body>{TEXT}</body></html>")
    assert pdf.startswith(b"%PDF")
    assert "the PDF has Chinese and Korean text but no installed font writes it" in caplog.text


def test_nothing_is_said_where_the_fonts_are_installed():
    require_fonts("fonts-noto-cjk")
    glyphs._covered.cache_clear()
    assert glyphs.missing(TEXT) == {}
