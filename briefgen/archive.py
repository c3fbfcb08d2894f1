"""Where briefs are written: dated paths under the output folder, written atomically."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from briefgen.errors import RenderError
from briefgen.text import slugify

FORMATS = ("html", "pdf", "json")


def brief_path(output_dir: Path, date: dt.date, topic: str, fmt: str) -> Path:
    """<output>/<YYYY-MM-DD>/<topic-slug>.<fmt>"""
    return output_dir / date.isoformat() / f"{slugify(topic)}.{fmt}"


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write to a temporary file beside `path`, then rename: readers never see half a file."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise RenderError(
            f"cannot write to {path.parent} ({e.strerror or e}); "
            "choose another folder with --output"
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise RenderError(
            f"cannot write {path} ({e.strerror or e}); check free space and permissions"
        ) from None
    return path
