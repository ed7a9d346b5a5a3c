"""``enclave models`` and ``enclave ask`` without a running mesh: file operations work, errors are
one clear line (never a traceback)."""
from __future__ import annotations

import json
import subprocess
import sys

from llm_names import SMOLLM
from meshutil import mesh_env


def cli(home, *args):
    return subprocess.run([sys.executable, "-m", "actors.cli", *args], env=mesh_env(home), capture_output=True,
                          text=True, timeout=120)


def one_line_error(r) -> str:
    assert r.returncode != 0 and "Traceback" not in r.stderr, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


def test_add_list_rm_without_a_mesh(home, smollm_path):
    r = cli(home, "models", "add", smollm_path, "--name", SMOLLM, "--role", "light")
    assert r.returncode == 0, r.stderr
    listed = json.loads(cli(home, "models", "list", "--json").stdout)["models"]
    assert [(m["name"], m["roles"], m["loaded"], m["state"]) for m in listed] == \
        [(SMOLLM, ["light"], False, "mesh not running")]
    table = cli(home, "models", "list").stdout
    assert SMOLLM in table and "light" in table
    assert cli(home, "models", "roles", SMOLLM, "--role", "code", "--role", "primary").returncode == 0
    assert json.loads(cli(home, "models", "list", "--json").stdout)["models"][0]["roles"] == ["code", "primary"]
    assert "poetry" in one_line_error(cli(home, "models", "roles", SMOLLM, "--role", "poetry"))
    assert cli(home, "models", "rm", SMOLLM).returncode == 0
    assert json.loads(cli(home, "models", "list", "--json").stdout)["models"] == []
    assert "smollm2-135m" in one_line_error(cli(home, "models", "rm", SMOLLM))


def test_pull_if_missing_does_nothing_when_installed_and_bad_names_are_clear(home, smollm_path):
    assert cli(home, "models", "add", smollm_path, "--name", SMOLLM).returncode == 0
    r = cli(home, "models", "pull", SMOLLM, "--if-missing")
    assert r.returncode == 0 and "installed" in r.stdout, r.stderr
    assert "gemma3-270m" in one_line_error(cli(home, "models", "pull", "no-such-model"))


def test_add_rejects_a_file_that_is_not_gguf_and_a_bad_role(home, tmp_path, smollm_path):
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"not a model at all")
    one_line_error(cli(home, "models", "add", str(junk)))
    assert "role" in one_line_error(cli(home, "models", "add", smollm_path, "--role", "chef"))


def test_ask_says_the_mesh_is_not_running(home):
    r = cli(home, "ask", "hello")
    assert r.returncode == 3 and "not running" in one_line_error(r)
