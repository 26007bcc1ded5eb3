"""README.md's three commands stay true: the main command runs on an empty data directory."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"


def newcomer_commands() -> list[str]:
    block = re.search(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block, "README.md has no sh block"
    return [line.split("#")[0].strip() for line in block[1].splitlines() if line.strip()]


def test_readme_has_three_commands():
    setup, main, tests = newcomer_commands()
    assert setup.startswith("pip install") and main.startswith("orgdb ") and tests == "pytest"


def test_main_command_runs_on_an_empty_data_directory(tmp_path):
    main = shlex.split(newcomer_commands()[1])
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    env.pop("ORGDB_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "orgdb", *main[1:]], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "orgdb" / "orgdb.sqlite3").exists()
    for state in ("Russian Federation", "Armenia", "Belarus", "Kazakhstan", "Kyrgyzstan",
                  "Tajikistan", "Uzbekistan"):
        assert state in result.stdout
    assert "Traceback" not in result.stderr


def test_python_examples_run(tmp_path, monkeypatch, capsys):
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 2
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "Nikolay Bordyuzha" in out
    assert "Kazakhstan" in out and "Iceland" in out
