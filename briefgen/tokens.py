"""Count and trim tokens with tiktoken, fully offline.

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

MARKER = " […]"
SENTENCE_ENDS = (". ", "! ", "? ")
MIN_SENTENCE_KEEP = 0.6  # cut back to a sentence end only if that keeps >= 60% of the text
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


def trim(text: str, limit: int) -> str:
    """`text` cut to at most `limit` tokens, at a sentence end when possible, marked " […]"."""
    if limit <= 0:
        return ""
    return _trim(text, _encoding().encode_ordinary(text), limit)


def share(texts: list[str], budget: int) -> list[str]:
    """`texts` trimmed to fit `budget` tokens together; short ones whole, long ones cut evenly."""
    if budget <= 0:
        return ["" for _ in texts]
    encoded = [_encoding().encode_ordinary(text) for text in texts]
    if sum(map(len, encoded)) <= budget:
        return list(texts)
    # Water-filling: shortest first, each gets at most an equal share of what is left, so what
    # a short text does not use goes to the longer ones.
    allowance = [0] * len(texts)
    left = budget
    order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
    for done, i in enumerate(order):
        allowance[i] = min(len(encoded[i]), left // (len(order) - done))
        left -= allowance[i]
    return [
        _trim(text, ids, allowance[i]) if allowance[i] > 0 else ""
        for i, (text, ids) in enumerate(zip(texts, encoded, strict=True))
    ]


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


def _trim(text: str, ids: list[int], limit: int) -> str:
    """trim() for a text already encoded as `ids`, with limit > 0."""
    if len(ids) <= limit:
        return text
    enc = _encoding()
    # Below the marker's own size there is no room for it: a bare cut is the best there is.
    marker = MARKER if count(MARKER) < limit else ""
    keep = limit - count(marker)
    while keep > 0:
        # A token cut can split a character: drop its incomplete bytes.
        end = len(enc.decode_bytes(ids[:keep]).decode("utf-8", errors="ignore"))
        if marker:
            end = _sentence_cut(text, end)
        head = text[:end].rstrip()
        result = head + marker if head else ""
        # Re-encoding the joined text can differ from the token slice by a token or two.
        excess = count(result) - limit
        if excess <= 0:
            return result
        keep -= excess
    return ""


def _sentence_cut(text: str, end: int) -> int:
    """The last sentence end in text[:end] if that keeps >= 60% of it, else `end`."""
    window = text[: end + 1]  # one more character, to see a ". " that straddles the cut
    cuts = [window.rfind(mark) + 1 for mark in SENTENCE_ENDS if mark in window]
    if "\n" in window:
        cuts.append(window.rfind("\n"))
    best = max(cuts, default=0)
    return best if best >= MIN_SENTENCE_KEEP * end and best > 0 else end
