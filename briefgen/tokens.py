"""Count tokens with tiktoken, fully offline.

Counts use OpenAI's o200k_base encoding (GPT-4o, GPT-4.1, the o-series). Other models'
tokenizers (older GPT-4, Claude, Gemini, Llama, ...) split text differently, typically by some
percent, so every budget here is approximate: leave a margin.

The BPE rank file ships inside the package (briefgen/data/o200k_base.tiktoken.gz, see the README
there), so nothing is ever downloaded. The encoding is built on first use, once; importing this
module does not import tiktoken.
"""

from __future__ import annotations

import binascii
import functools
import gzip
import hashlib
import threading
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tiktoken

RANKS_FILE = "o200k_base.tiktoken.gz"
# sha256 of the decompressed file: the expected_hash tiktoken itself checks for o200k_base.
RANKS_SHA256 = "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d"
SPECIAL_TOKENS = {"<|endoftext|>": 199999, "<|endofprompt|>": 200018}
# Copied verbatim from tiktoken_ext.openai_public.o200k_base (tiktoken 0.14).
PAT_STR = "|".join(
    [
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?""",
        r"""\p{N}{1,3}""",
        r""" ?[^\s\p{L}\p{N}]+[\r\n/]*""",
        r"""\s*[\r\n]+""",
        r"""\s+(?!\S)""",
        r"""\s+""",
    ]
)

# OpenAI's documented chat overhead: 3 tokens of framing plus 1 for the role, per message, and 3
# that prime the reply.
TOKENS_PER_MESSAGE = 4
TOKENS_PER_REPLY = 3


_building = threading.Lock()


@functools.cache
def _encoding() -> tiktoken.Encoding:
    """The o200k_base encoding, built from the bundled rank file (first call only)."""
    with _building:  # threads asking at once wait for one build, not build one each
        return _build()


def _build() -> tiktoken.Encoding:
    import tiktoken

    packed = resources.files("briefgen").joinpath("data", RANKS_FILE).read_bytes()
    data = gzip.decompress(packed)
    if hashlib.sha256(data).hexdigest() != RANKS_SHA256:
        raise RuntimeError(
            f"briefgen/data/{RANKS_FILE} is damaged (wrong sha256); reinstall briefgen"
        )
    fields = data.split()  # "base64-token rank" lines
    ranks = dict(zip(map(binascii.a2b_base64, fields[0::2]), map(int, fields[1::2]), strict=True))
    return tiktoken.Encoding(
        name="o200k_base",
        pat_str=PAT_STR,
        mergeable_ranks=ranks,
        special_tokens=SPECIAL_TOKENS,
    )


def count(text: str) -> int:
    """Number of o200k_base tokens in `text`; special-token text counts as plain text."""
    return len(_encoding().encode_ordinary(text))


def counts(texts: list[str]) -> list[int]:
    """Number of tokens in each of `texts` (one encoding lookup for all)."""
    encode = _encoding().encode_ordinary
    return [len(encode(text)) for text in texts]


def count_messages(messages: list[dict]) -> int:
    """Tokens of a chat prompt: contents plus 4 per message plus 3 (OpenAI's overhead)."""
    total = TOKENS_PER_REPLY
    for message in messages:
        content = message.get("content") or ""
        if isinstance(content, str):
            total += count(content)
        else:  # a list of content parts; only the text parts are counted
            total += sum(count(part.get("text") or "") for part in content)
        total += TOKENS_PER_MESSAGE
    return total
