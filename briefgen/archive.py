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


def write_atomic(files: dict[Path, bytes | str]) -> list[Path]:
    """Write every file to a temporary name beside it, then rename them all: readers never
    see half a file, and a failure leaves the previous versions in place."""
    staged: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            staged.append((_stage(path, data), path))
        for tmp, path in staged:
            os.replace(tmp, path)
    except OSError as e:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        where = e.filename or next(iter(files), "")
        raise RenderError(
            f"cannot write {where} ({e.strerror or e}); check permissions and free space, "
            "or choose another output folder"
        ) from None
    return list(files)


def _stage(path: Path, data: bytes | str) -> str:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual file mode
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
