"""The git hook: every commit (message, changed files, stats) becomes a context.

``enclave git-hook install [REPO]`` writes a ``post-commit`` hook that starts the recorder in the
background (only if the mesh's tools socket exists), so a commit never waits on the mesh.

    python -m actors.adapters.git record REPO [SHA]
"""
from __future__ import annotations

import argparse
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

from bus.tool import default_endpoints

from .recording import hook_environment, record

TOOL = "git"
MARK = "# enclave post-commit hook"
MAX_FILES = 200

_HOOK = """#!/bin/sh
{mark} (installed by `enclave git-hook install`; remove this file to stop recording commits)
[ -S {sock} ] || exit 0
sha=$(git rev-parse HEAD 2>/dev/null) || exit 0
( {env} {python} -m actors.adapters.git record "$(pwd)" "$sha" </dev/null >/dev/null 2>&1 & )
exit 0
"""


class HookError(Exception):
    """The hook cannot be installed (not a repository, a foreign hook in the way)."""


def hook_text() -> str:
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in hook_environment().items())
    return _HOOK.format(mark=MARK, sock=shlex.quote(str(default_endpoints().sockets[1])), env=env,
                        python=shlex.quote(sys.executable))


def hooks_dir(repo: Path) -> Path:
    try:
        out = subprocess.run(["git", "rev-parse", "--git-path", "hooks"], cwd=repo, capture_output=True,
                             text=True, timeout=10, check=True).stdout.strip()
    except (subprocess.CalledProcessError, FileNotFoundError, NotADirectoryError) as e:
        raise HookError(f"{repo} is not a git repository ({e})") from None
    return (Path(repo) / out).resolve()


def install(repo: Path, *, force: bool = False) -> Path:
    """Write the post-commit hook; refuses to replace someone else's hook unless ``force``."""
    path = hooks_dir(Path(repo)) / "post-commit"
    if path.exists() and MARK not in path.read_text(errors="replace") and not force:
        raise HookError(f"{path} exists and is not enclave's; use --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(hook_text())
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def _git(repo: str, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, timeout=20,
                          check=True).stdout


def commit_record(repo: str, sha: str = "HEAD") -> dict:
    """The commit as a context: message as content; files and stats in metadata."""
    root = _git(repo, "rev-parse", "--show-toplevel").strip()
    sha = _git(repo, "rev-parse", sha).strip()
    message = _git(repo, "log", "-1", "--format=%B", sha).strip()
    files, insertions, deletions = [], 0, 0
    for line in _git(repo, "show", "--numstat", "--format=", sha).splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        added, removed, name = parts
        ins = int(added) if added.isdigit() else 0          # "-" for binary files
        dels = int(removed) if removed.isdigit() else 0
        insertions, deletions = insertions + ins, deletions + dels
        if len(files) < MAX_FILES:
            files.append({"path": name, "insertions": ins, "deletions": dels})
    try:
        branch = _git(repo, "rev-parse", "--abbrev-ref", "HEAD").strip()
    except subprocess.CalledProcessError:
        branch = ""
    return {"source": TOOL, "kind": "commit", "content": message, "project": os.path.basename(root),
            "metadata": {"commit": sha, "branch": branch, "files": files, "files_changed": len(files),
                         "insertions": insertions, "deletions": deletions, "project_root": root}}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m actors.adapters.git")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("repo")
    r.add_argument("sha", nargs="?", default="HEAD")
    args = p.parse_args(argv)
    try:
        rec = commit_record(args.repo, args.sha)
    except (subprocess.SubprocessError, OSError):
        return 1
    return 0 if record(TOOL, rec) else 1


if __name__ == "__main__":
    sys.exit(main())
