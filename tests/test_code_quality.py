"""The code passes its own linters: ruff (unused names, repeated keys, syntax) and mypy (type hints).

Both run as the developer would run them, with the settings in pyproject.toml,
so a failure here reads exactly like the tool's own output.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--output-format", "concise", "plugins", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = _run("mypy", "--no-error-summary", "--cache-dir", str(ROOT / "build" / "mypy-cache"))
    assert result.returncode == 0, result.stdout + result.stderr
