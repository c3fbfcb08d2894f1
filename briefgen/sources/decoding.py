"""What a file's or a page's bytes are: a document that is no text by its first bytes (a PDF
served as text/html), and text by its byte order mark, by its declared charset, or, when the
declaration is wrong (windows-1252 bytes that say utf-8), by what the bytes really are."""

from __future__ import annotations

import codecs
import logging
import re

log = logging.getLogger(__name__)

# the first bytes of documents that are no text, whatever their name or content type says
MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),  # .docx, .xlsx and .epub too
)
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),  # Windows Notepad's "Unicode"
    (codecs.BOM_UTF16_BE, "utf-16"),
)
HEAD_BYTES = 4096  # where a page's <meta charset> is looked for, as for its <html lang>
META_CHARSET = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# The legacy encodings web pages are written in (the WHATWG Encoding Standard's, less rare
# ones): left to all of Python's codecs, charset_normalizer reads a German page in
# windows-1252 as the Baltic DOS code page cp775 ("k³ndigt" for "kündigt").
WEB_ENCODINGS = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
    "cp874", "iso8859_2", "iso8859_15", "koi8_r", "koi8_u",
    "cp932", "shift_jis", "euc_jp", "iso2022_jp", "gb18030", "big5", "cp949", "euc_kr",
]  # fmt: skip
FALLBACK = "cp1252"  # the web's old default, when nothing better is found
# labels read as the encodings that contain them (the review's: a Korean feed declaring
# euc-kr with one syllable only windows-949 has became Chinese-looking mojibake)
SUPERSETS = {
    "euc_kr": "cp949", "shift_jis": "cp932", "gb2312": "gb18030", "gbk": "gb18030",
    "iso8859-1": "cp1252", "ascii": "cp1252",
}  # fmt: skip
# lxml refuses text (no longer bytes) that still declares an encoding
XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]*>")
XML_ENCODING = re.compile(rb"\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*[\"']([\w.:-]+)", re.IGNORECASE)
CHARSET = re.compile(r"\bcharset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def document_type(body: bytes) -> str:
    """The content type of a document that is no text (a PDF, an image, a zip) by its first
    bytes, or '' for anything else."""
    head = body[:1024].lstrip()
    return next((kind for magic, kind in MAGIC if head.startswith(magic)), "")


def bom_encoding(raw: bytes) -> str:
    """The encoding a byte order mark at the start names ('utf-8-sig', 'utf-16'), or ''."""
    return next((encoding for bom, encoding in BOMS if raw.startswith(bom)), "")


def decode_markup(body: bytes, charset: str = "", *, source: str = "a page") -> str:
    """A page's text: by its byte order mark, else in `charset` (the server's), else in the
    page's own <meta charset>, else in UTF-8; bytes that are not valid in that encoding are
    read as what they are (`_redecoded`). `source` names the page in the debug log."""
    encoding = bom_encoding(body) or _known(charset) or _known(_meta_charset(body)) or "utf-8"
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        text = _redecoded(body, encoding, source)
    return XML_DECLARATION.sub("", text, count=1)


def feed_bytes(body: bytes, content_type: str, *, source: str = "a feed") -> tuple[bytes, str]:
    """A feed's bytes and content type as feedparser should read them: as they are when they
    are valid UTF-8 as declared (the server's charset, else the XML declaration's, else
    UTF-8); else in UTF-8, decoded from the encoding they declare (`_known`: as browsers read
    its label) or, when they are not valid in it, from what they really are (nu34 r09: a
    Russian feed in windows-1251 declaring UTF-8 was read by feedparser as windows-1252)."""
    charset = CHARSET.search(content_type)
    declared = XML_ENCODING.search(body[:HEAD_BYTES])
    encoding = (
        bom_encoding(body)
        or _known(charset[1] if charset else "")
        or _known(declared[1].decode("ascii", errors="ignore") if declared else "")
        or "utf-8"
    )
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        text = _redecoded(body, encoding, source)
    else:
        if encoding == "utf-8":
            return body, content_type
    # in UTF-8, which feedparser reads as it is (it would read a label its own way: EUC-KR
    # as strict EUC-KR, not as the windows-949 that browsers and `_known` read it as)
    kind = content_type.split(";")[0].strip() or "text/xml"
    return XML_DECLARATION.sub("", text, count=1).encode("utf-8"), f"{kind}; charset=utf-8"


def _redecoded(raw: bytes, declared: str, source: str = "a page") -> str:
    """Bytes not valid in their `declared` encoding, as what they most likely are: UTF-8 with
    a stray byte or two stays UTF-8; else the web encoding charset_normalizer finds; else the
    declared encoding (windows-1252 for a UTF-8 declaration), undecodable bytes replaced."""
    text = raw.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad  # non-ASCII characters
    if good > bad:
        found = "utf-8"
    else:
        from charset_normalizer import from_bytes  # trafilatura's own dependency

        matches = from_bytes(raw, cp_isolation=WEB_ENCODINGS)
        if best := matches.best():  # windows-1252, the commonest, among equally likely ones
            tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
            found = next(
                (FALLBACK for m in tied if FALLBACK in m.could_be_from_charset), best.encoding
            )
        else:
            found = FALLBACK if codecs.lookup(declared).name.startswith("utf") else declared
    log.debug("%s: not valid %s (declared or assumed); read as %s", source, declared, found)
    return text if found == "utf-8" else raw.decode(found, errors="replace")


def _meta_charset(body: bytes) -> str:
    match = META_CHARSET.search(body[:HEAD_BYTES])
    return match[1].decode("ascii", errors="ignore") if match else ""


def _known(encoding: str) -> str:
    """`encoding` if Python knows it, as browsers read its label (the WHATWG Encoding
    Standard: EUC-KR is windows-949, Shift_JIS windows-31J, GB2312 GB18030, ISO-8859-1
    windows-1252), else '' (a label such as "x-user-defined" or junk)."""
    if not encoding:
        return ""
    try:
        name = codecs.lookup(encoding.strip("\"' ")).name
    except LookupError:
        return ""
    return SUPERSETS.get(name, name)
