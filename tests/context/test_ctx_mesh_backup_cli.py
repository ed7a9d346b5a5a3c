"""Backup while the mesh runs, restore while it is stopped; the CLI's errors and config history."""
from __future__ import annotations

import json

from click.testing import CliRunner

from actors.cli import main
from ctx_mesh import CONTEXT_ONLY, cli_json, preserve
from protocol import Code, ProtocolError


def test_backup_while_running_then_restore_round_trips(mesh_factory, home, tmp_path):
    mesh = mesh_factory(only=CONTEXT_ONLY)
    c = mesh.client()
    kept = {preserve(c, home, {"source": "editor", "project": "shop", "kind": "note",
                               "content": f"kept{i} before the backup"}): i for i in range(15)}
    archive = tmp_path / "snap.tar.gz"
    done = cli_json(mesh, "backup", str(archive))
    assert done["path"] == str(archive) and done["contexts"] == 15 and archive.is_file()
    later = preserve(c, home, {"source": "editor", "kind": "note", "content": "written after the backup"})
    c.request("context.delete", {"id": next(iter(kept))})

    running = mesh.cli("restore", str(archive))
    assert running.returncode == 2 and "mesh is running" in running.stderr
    assert "Traceback" not in running.stderr and len(running.stderr.strip().splitlines()) == 1

    mesh.stop()
    restored = mesh.cli("restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    mesh = mesh_factory(only=CONTEXT_ONLY)
    c = mesh.client()
    for rid, i in kept.items():   # including the one deleted after the backup
        assert c.request("context.get", {"id": rid})["context"]["content"] == f"kept{i} before the backup"
    try:
        c.request("context.get", {"id": later})
        raise AssertionError("a context written after the backup came back")
    except ProtocolError as e:
        assert e.code == Code.NOT_FOUND
    assert len(c.request("context.query", {"text": "kept backup", "k": 50})["results"]) == 15


def test_commands_say_in_one_line_when_the_mesh_is_not_running(home):
    runner = CliRunner()
    for args in (["context", "query", "x"], ["patterns"], ["metrics"], ["backup"],
                 ["context", "get", "c1"]):
        r = runner.invoke(main, args, env={"ENCLAVE_HOME": str(home)})
        assert r.exit_code == 3, (args, r.output)
        assert "mesh is not running" in r.output and "Traceback" not in r.output


def test_restore_refuses_a_damaged_archive_without_touching_data(home, tmp_path):
    bad = tmp_path / "bad.tar"
    bad.write_bytes(b"not a tar at all")
    r = CliRunner().invoke(main, ["restore", str(bad)], env={"ENCLAVE_HOME": str(home)})
    assert r.exit_code == 1 and r.output.startswith("enclave: not restored:")
    assert not (home / "contexts" / "active").exists() or not any((home / "contexts" / "active").iterdir())


def test_config_set_keeps_every_previous_version_and_rolls_back(home):
    runner = CliRunner()
    env = {"ENCLAVE_HOME": str(home)}

    def run(*args):
        r = runner.invoke(main, list(args), env=env)
        return r.exit_code, r.output
    assert run("config", "set", "context.archive.max_age_days", "7")[0] == 0
    assert run("config", "set", "context.archive.max_age_days", "3")[0] == 0
    assert json.loads((home / "config.json").read_text())["context"]["archive"]["max_age_days"] == 3
    assert run("config", "get", "context.archive.max_age_days") == (0, "3\n")
    code, out = run("config", "history", "--json")
    assert code == 0 and len(json.loads(out)["versions"]) == 1   # the first set created the file
    assert run("config", "rollback")[0] == 0
    assert json.loads((home / "config.json").read_text())["context"]["archive"]["max_age_days"] == 7
    assert len(json.loads(run("config", "history", "--json")[1])["versions"]) == 2  # rollback kept 3
    code, out = run("config", "set", "context.no_such_key", "1")
    assert code == 2 and "context.no_such_key: unknown key" in out
    code, out = run("config", "set", "context.archive", "5")
    assert code == 2 and "context.archive:" in out
