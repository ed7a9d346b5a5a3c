"""The shell hook: every command (line, cwd, exit code, duration) becomes a workflow context.

``enclave shell-hook bash|zsh`` prints a snippet to source from ~/.bashrc or ~/.zshrc. At each prompt
it starts the recorder in the background only if the mesh's tools socket exists, so the prompt never
waits on the mesh and a stopped mesh costs one ``test -S``.

    ENCLAVE_SHELL_LINE='make test' python -m actors.adapters.shell record --exit 0 --start T0 --end T1 --cwd DIR

The command line travels in the environment, not in argv: /proc/PID/cmdline is readable by every
user, /proc/PID/environ only by the owner.
"""
from __future__ import annotations

import argparse
import os
import shlex
import sys
import time

from bus.tool import default_endpoints

from .recording import hook_environment, project_of, record

TOOL = "shell"

_BASH = r'''# enclave shell hook (bash): source it from ~/.bashrc -- eval "$(enclave shell-hook bash)"
__enclave_sock={sock}
__enclave_session="sh-$$-$RANDOM"
__enclave_armed=
__enclave_cmd=
__enclave_preexec() {{
  [ -n "$__enclave_armed" ] || return 0
  [ -n "$COMP_LINE" ] && return 0
  __enclave_armed=
  __enclave_cmd=$BASH_COMMAND
  __enclave_start=$EPOCHREALTIME
}}
__enclave_precmd() {{
  local code=$? line
  if [ -n "$__enclave_cmd" ] && [ -S "$__enclave_sock" ]; then
    read -r _ line <<< "$(HISTTIMEFORMAT= builtin history 1 2>/dev/null)"
    [ -n "$line" ] || line=$__enclave_cmd
    ( ENCLAVE_SHELL_LINE=$line {env} {python} -m actors.adapters.shell record --exit "$code" \
        --start "$__enclave_start" --end "$EPOCHREALTIME" --cwd "$PWD" --session "$__enclave_session" \
        --shell bash </dev/null >/dev/null 2>&1 & )
  fi
  __enclave_cmd=
}}
__enclave_arm() {{ __enclave_armed=1; }}
trap '__enclave_preexec' DEBUG
PROMPT_COMMAND="__enclave_precmd${{PROMPT_COMMAND:+;$PROMPT_COMMAND}};__enclave_arm"
'''

_ZSH = r'''# enclave shell hook (zsh): source it from ~/.zshrc -- eval "$(enclave shell-hook zsh)"
zmodload zsh/datetime 2>/dev/null
autoload -Uz add-zsh-hook
__enclave_sock={sock}
__enclave_session="sh-$$-$RANDOM"
__enclave_preexec() {{ __enclave_cmd=$1; __enclave_start=$EPOCHREALTIME; }}
__enclave_precmd() {{
  local code=$?
  if [[ -n $__enclave_cmd && -S $__enclave_sock ]]; then
    ( ENCLAVE_SHELL_LINE=$__enclave_cmd {env} {python} -m actors.adapters.shell record --exit "$code" \
        --start "$__enclave_start" --end "$EPOCHREALTIME" --cwd "$PWD" --session "$__enclave_session" \
        --shell zsh </dev/null >/dev/null 2>&1 &! )
  fi
  __enclave_cmd=
}}
add-zsh-hook preexec __enclave_preexec
add-zsh-hook precmd __enclave_precmd
'''

SHELLS = {"bash": _BASH, "zsh": _ZSH}


def hook(shell: str) -> str:
    """The snippet for ``shell`` (bash or zsh), bound to this checkout and this mesh."""
    if shell not in SHELLS:
        raise ValueError(f"no hook for {shell!r}; shells: {', '.join(SHELLS)}")
    env = " ".join(f"{k}={shlex.quote(v)}" for k, v in hook_environment().items())
    return SHELLS[shell].format(sock=shlex.quote(str(default_endpoints().sockets[1])), env=env,
                                python=shlex.quote(sys.executable))


def command_record(line: str, *, cwd: str, exit_code: int, start: float | None, end: float | None,
                   session: str | None, shell: str, project: str | None = None) -> dict:
    duration_ms = round((end - start) * 1000, 1) if start and end and end >= start else None
    name, root = project_of(cwd)
    meta = {"command": line, "cwd": cwd, "exit_code": exit_code, "shell": shell,
            "started_at": start or time.time()}
    if root:
        meta["project_root"] = root
    if duration_ms is not None:
        meta["duration_ms"] = duration_ms
    rec = {"source": TOOL, "kind": "command", "content": line, "project": project or name,
           "metadata": meta}
    if session:
        rec["session"] = session
    return rec


def _float(s: str | None) -> float | None:
    try:
        return float(str(s).replace(",", "."))     # EPOCHREALTIME uses the locale's decimal mark
    except (TypeError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m actors.adapters.shell")
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("record")
    r.add_argument("--exit", type=int, default=0)
    r.add_argument("--start")
    r.add_argument("--end")
    r.add_argument("--cwd", default=".")
    r.add_argument("--session")
    r.add_argument("--shell", default="bash")
    r.add_argument("--project")
    r.add_argument("line", nargs="*", help="the command line (default: $ENCLAVE_SHELL_LINE)")
    h = sub.add_parser("hook")
    h.add_argument("shell", choices=sorted(SHELLS))
    args = p.parse_args(argv)
    if args.cmd == "hook":
        sys.stdout.write(hook(args.shell))
        return 0
    line = (" ".join(args.line) or os.environ.get("ENCLAVE_SHELL_LINE", "")).strip()
    if not line:
        return 0
    rec = command_record(line, cwd=args.cwd, exit_code=args.exit, start=_float(args.start),
                         end=_float(args.end), session=args.session, shell=args.shell, project=args.project)
    return 0 if record(TOOL, rec) else 1


if __name__ == "__main__":
    sys.exit(main())
