"""Whether the machine has fonts for the scripts of a page, so that a PDF whose Chinese or
Arabic text would print as empty boxes says so and names the package to install. Asked of
fontconfig (`fc-list`, which WeasyPrint's fonts come from); without it nothing is said."""

from __future__ import annotations

import logging
import shutil
import subprocess
import unicodedata
from functools import cache

log = logging.getLogger(__name__)

# the first word of a letter's Unicode name -> the script's name, and the Debian package of
# fonts for it (the README's apt line installs both)
SCRIPTS = {
    "CJK": ("Chinese", "fonts-noto-cjk"),  # Han characters: Chinese's, and Japanese's kanji
    "HIRAGANA": ("Japanese", "fonts-noto-cjk"),
    "KATAKANA": ("Japanese", "fonts-noto-cjk"),
    "HANGUL": ("Korean", "fonts-noto-cjk"),
    **{
        script: (script.title(), "fonts-noto-core")
        for script in (
            "ARABIC HEBREW DEVANAGARI BENGALI TAMIL TELUGU GUJARATI GURMUKHI KANNADA MALAYALAM "
            "THAI LAO KHMER MYANMAR GEORGIAN ARMENIAN ETHIOPIC SINHALA"
        ).split()
    },
}
TIMEOUT_S = 5


def missing(text: str) -> dict[str, list[str]]:
    """The scripts of `text` that no installed font writes, by the package that has fonts
    for them: one letter of each script in the text is looked for in fontconfig's fonts
    (once a process: fonts installed later are seen by the next run)."""
    if shutil.which("fc-list") is None:
        return {}
    letters: dict[str, str] = {}
    for char in set(text):
        if char.isalpha() and not char.isascii():
            script = unicodedata.name(char, "").split(" ")[0]
            if script in SCRIPTS:
                letters.setdefault(script, char)
    found: dict[str, list[str]] = {}
    for script, char in sorted(letters.items()):
        name, package = SCRIPTS[script]
        if not _covered(char) and name not in found.get(package, []):
            found.setdefault(package, []).append(name)
    return found


@cache
def _covered(char: str) -> bool:
    """Whether an installed font has a glyph for `char` (unknown: True)."""
    try:
        listed = subprocess.run(
            ["fc-list", f":charset={ord(char):x}", "family"],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        log.debug("fc-list failed: %s", error)
        return True
    return listed.returncode != 0 or bool(listed.stdout.strip())


def warn_if_missing(text: str) -> None:
    """Log one warning for each package of fonts that `text` needs and the machine lacks."""
    for package, scripts in missing(text).items():
        log.warning(
            "the PDF has %s text but no installed font writes it, so it shows as boxes; "
            "install %s (apt-get install %s) and generate again",
            " and ".join(scripts), package, package,
        )  # fmt: skip
