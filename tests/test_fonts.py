"""Text in any script a topic name may use renders with real glyphs, not boxes."""

from clitools import adhoc
from fonts import require_fonts
from rendertools import fonts, page_texts


def test_an_emoji_topic_name_is_drawn_with_the_emoji_font(articles, tmp_path):
    require_fonts("fonts-noto-color-emoji")
    result = adhoc(articles, tmp_path / "out", "--format", "pdf", "--topic", "Ukraine 🇺🇦 war 🔥")
    assert result.exit_code == 0, result.output
    pdf = (tmp_path / "out" / "2026-11-24" / "ukraine-war.pdf").read_bytes()
    assert any(name.startswith("Noto-Color-Emoji") for name in fonts(pdf)), fonts(pdf)
    assert "🔥" in page_texts(pdf)[0]
