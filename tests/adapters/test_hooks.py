"""The shell and git hooks: real bash sessions and real commits become contexts."""
import os
import subprocess

import sys

from adapterutil import ROOT, wait_for


def contexts(mesh, text, kind):
    return mesh.request("context.query", {"text": text, "kind": kind, "k": 50}, target="context")["results"]


def test_a_sourced_shell_hook_records_commands(mesh, tmp_path):
    rc = tmp_path / "rc"
    rc.write_text(mesh.cli("shell-hook", "bash").stdout)
    work = tmp_path / "proj"
    work.mkdir()
    piped = "printf '%s\\n' \"kiwi  two\" | cat"
    script = f"cd {work}\necho hello-hook\nfalse\nsleep 0.3\n{piped}\nexit\n"
    out = subprocess.run(["bash", "--rcfile", str(rc), "-i"], input=script, capture_output=True, text=True,
                         env=mesh.env, timeout=60)
    assert out.returncode == 0, out.stderr
    got = wait_for(lambda: len(contexts(mesh, "hello-hook", "command")) >= 1
                   and len(contexts(mesh, "false", "command")) >= 1 and contexts(mesh, "sleep", "command")
                   and contexts(mesh, "kiwi", "command"))
    assert got
    by_line = {}
    for text in ("hello-hook", "false", "sleep", "kiwi"):
        for hit in contexts(mesh, text, "command"):
            ctx = mesh.request("context.get", {"id": hit["id"]}, target="context")["context"]
            by_line[ctx["content"]] = ctx
    assert by_line["false"]["metadata"]["exit_code"] == 1
    assert by_line["echo hello-hook"]["metadata"]["exit_code"] == 0
    recorded = by_line["sleep 0.3"]["metadata"]["duration_ms"]
    assert recorded >= 250      # a lower bound: a slow machine only makes the recorded time longer
    assert by_line["sleep 0.3"]["source"] == "shell"
    assert by_line["sleep 0.3"]["project"] == "proj"
    assert piped in by_line                              # the whole line, quotes and pipe included


def test_a_stopped_mesh_costs_the_prompt_nothing(tmp_path):
    """No mesh: each prompt runs one `test -S` and starts nothing (traced with set -x)."""
    home = tmp_path / "nomesh"
    env = dict(os.environ, ENCLAVE_HOME=str(home), PYTHONPATH=str(ROOT))
    hook = subprocess.run([sys.executable, "-m", "actors.cli", "shell-hook", "bash"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60).stdout
    rc, trace = tmp_path / "rc", tmp_path / "trace"
    rc.write_text(hook + f"\nexec 5>{trace}\nBASH_XTRACEFD=5\nset -x\n")
    out = subprocess.run(["bash", "--rcfile", str(rc), "-i"], input="true\nfalse\necho done\nexit\n",
                         capture_output=True, text=True, env=env, timeout=60)
    assert out.returncode == 0 and "done" in out.stdout
    traced = trace.read_text()
    assert traced.count("'[' -S ") >= 3                     # the hook ran at each prompt ...
    assert "actors.adapters.shell" not in traced           # ... and started nothing


def test_git_hook_records_commits(mesh, tmp_path):
    repo = tmp_path / "gitproj"
    repo.mkdir()
    git = lambda *a: subprocess.run(["git", *a], cwd=repo, check=True, capture_output=True, text=True,  # noqa: E731
                                    env={**mesh.env, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x",
                                         "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"})
    git("init", "-q")
    out = mesh.cli("git-hook", "install", str(repo))
    assert out.returncode == 0, out.stderr
    (repo / "a.py").write_text("print('a')\n" * 3)
    (repo / "b.txt").write_text("b\n")
    git("add", ".")
    git("commit", "-q", "-m", "platypus: first commit")
    hits = wait_for(lambda: contexts(mesh, "platypus", "commit"))
    assert hits
    ctx = mesh.request("context.get", {"id": hits[0]["id"]}, target="context")["context"]
    assert ctx["source"] == "git" and ctx["project"] == "gitproj"
    meta = ctx["metadata"]
    assert {f["path"] for f in meta["files"]} == {"a.py", "b.txt"}
    assert meta["insertions"] == 4 and meta["deletions"] == 0
    # a foreign hook is not replaced without --force
    (repo / ".git" / "hooks" / "post-commit").write_text("#!/bin/sh\necho mine\n")
    assert mesh.cli("git-hook", "install", str(repo)).returncode == 2
    assert mesh.cli("git-hook", "install", str(repo), "--force").returncode == 0
