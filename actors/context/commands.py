"""Shell command lines -> workflow actions (``git commit``, ``pytest``, ``edit`` …).

An action keeps the program and, for tools driven by subcommands, the subcommand; never the
arguments (they are specific, and they are where secrets hide). Editors all become ``edit`` so
that a shell ``vim app.py`` and an editor's edit context are the same step.
"""
from __future__ import annotations

import os
import re
import shlex

EDITORS = frozenset("vim vi nvim nano emacs emacsclient code codium subl micro hx helix kak "
                    "gedit kate pico joe mcedit zed cursor".split())
SUBCOMMAND_TOOLS = frozenset(
    "git docker docker-compose podman kubectl helm npm yarn pnpm bun cargo go pip pip3 poetry "
    "uv conda mamba brew apt apt-get dnf yum pacman systemctl make terraform gh dotnet mvn "
    "gradle bundle rails mix tox nox just deno rustup pre-commit alembic flask django-admin "
    "manage.py twine".split())
RUN_TOOLS = frozenset("npm yarn pnpm bun uv poetry".split())  # `npm run build` -> npm run build
PYTHONS = re.compile(r"python(\d(\.\d+)?)?$")
WRAPPERS = frozenset("sudo doas time nohup exec command nice ionice stdbuf builtin".split())
WRAPPER_ARGS = {"sudo": {"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U"}, "doas": {"-u"},
                "nice": {"-n"}, "ionice": {"-c", "-n", "-p"}, "time": {"-f", "-o"}}
ASSIGN_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
WORD_RE = re.compile(r"[a-z][a-z0-9:_.-]{0,30}")
SEPARATORS = re.compile(r"\s*(?:&&|\|\||;)\s*")
OPTIONS_WITH_VALUE = {"git": ("-C", "-c"), "make": ("-C", "-f")}  # before the subcommand
MAX_LINE = 2000
MAX_HEAD = 200


def actions(line: str) -> list[str]:
    """The actions of one command line (``a && b; c`` gives three; a pipeline gives its first)."""
    line = line.strip()
    if line.startswith("$ "):
        line = line[2:]
    out = []
    for part in SEPARATORS.split(line[:MAX_LINE]):
        a = action(part.split("|", 1)[0])
        if a:
            out.append(a)
    return out


def action(command: str) -> str | None:
    head = command[:MAX_HEAD]  # program and subcommand are at the start
    if not any(c in head for c in "'\"\\#"):
        argv = head.split()  # nothing for shlex to do, and it is slow
    else:
        try:
            argv = shlex.split(head, comments=True)
        except ValueError:  # unbalanced quotes (or cut mid-quote): fall back to whitespace
            argv = head.split()
    while argv and (argv[0] in WRAPPERS or ASSIGN_RE.match(argv[0]) or argv[0] == "env"):
        takes_value = WRAPPER_ARGS.get(argv[0], set())
        argv = argv[1:]
        while argv and argv[0].startswith("-"):  # e.g. `sudo -u www`, `nice -n 5`
            argv = argv[2:] if argv[0] in takes_value else argv[1:]
    if not argv:
        return None
    prog = os.path.basename(argv[0]).lower()
    rest = argv[1:]
    if PYTHONS.match(prog):
        if len(rest) >= 2 and rest[0] == "-m":
            return action(" ".join(shlex.quote(a) for a in rest[1:]))  # python -m pytest -> pytest
        if rest and rest[0].endswith("manage.py"):
            prog, rest = "manage.py", rest[1:]
        else:
            return "python"
    if prog in EDITORS:
        return "edit"
    if not WORD_RE.fullmatch(prog):
        return None
    if prog in SUBCOMMAND_TOOLS:
        sub = _subcommand(prog, rest)
        if sub:
            if prog in RUN_TOOLS and sub == "run":
                script = _subcommand(prog, rest[rest.index("run") + 1:])
                return f"{prog} run {script}" if script else f"{prog} run"
            return f"{prog} {sub}"
    return prog


def _subcommand(prog: str, rest: list[str]) -> str | None:
    skip_next = False
    for a in rest:
        if skip_next:
            skip_next = False
            continue
        if a.startswith("-"):
            # options that take a separate value before the subcommand
            skip_next = a in OPTIONS_WITH_VALUE.get(prog, ())
            continue
        return a.lower() if WORD_RE.fullmatch(a.lower()) else None
    return None
