"""A non-editable install, run from another folder, renders with the packaged templates."""

import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_install_renders_from_another_folder(tmp_path, articles):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, REPO],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = wheels.glob("briefgen-*.whl")
    # Dependencies come from this interpreter's site-packages (a venv's as well as the
    # system's: a path in a .pth file, whose own .pth files, such as this checkout's
    # editable install, are not run); briefgen itself from the wheel.
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    inner = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    Path(inner, "outer-site-packages.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", "-q", wheel],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [
            env_dir / "bin" / "briefgen",
            "generate",
            "--source",
            articles,
            "--topic",
            "Pkg",
            "--date",
            "2026-11-24",
            "--since",
            "48h",
            "--format",
            "html",
            "--output",
            "out",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    where = subprocess.run(
        [python, "-c", "import briefgen; print(briefgen.__file__)"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert str(env_dir) in where  # the installed copy, not the source checkout
    html = (elsewhere / "out" / "2026-11-24" / "pkg.html").read_text()
    assert "Key developments" in html and "<style>" in html
