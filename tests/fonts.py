"""Font-dependent tests skip, naming the Debian package, where the fonts are not installed
(the README's apt line and .ci/run install them all)."""

import shutil
import subprocess
from functools import cache

import pytest

# The font family each package brings, as fontconfig names it.
PACKAGES = {
    "fonts-noto-cjk": "Noto Sans CJK SC",
    "fonts-noto-core": "Noto Naskh Arabic",
    "fonts-noto-color-emoji": "Noto Color Emoji",
}


@cache
def _families() -> frozenset[str]:
    if shutil.which("fc-list") is None:
        return frozenset()
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    return frozenset(name.strip() for line in listed.splitlines() for name in line.split(","))


def require_fonts(*packages: str) -> None:
    """Skip the calling test unless every package's fonts are installed."""
    missing = [p for p in packages if PACKAGES[p] not in _families()]
    if missing:
        pytest.skip(f"fonts not installed: apt-get install {' '.join(missing)} (.ci/run does)")
