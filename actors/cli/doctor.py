"""``enclave doctor``: is this installation sound? The llama-cpp-python build for this CPU (the AMX
crash, instruction sets the CPU lacks or the build leaves unused) with the exact reinstall command,
the configuration, the data dir's permissions, the models, and whether the mesh runs."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import click

from . import emit_json, main

# Loaded in a child process: a broken build kills the child (SIGSEGV, SIGILL), not the doctor.
_PROBE = """
import sys, llama_cpp
print(llama_cpp.__version__)
print(llama_cpp.llama_print_system_info().decode())
if len(sys.argv) > 1:
    llm = llama_cpp.Llama(model_path=sys.argv[1], n_ctx=256, n_threads=1, verbose=False)
    llm("Hello", max_tokens=4)
    print("generated")
"""


def _check_build(model: str | None) -> dict:
    from actors.llm import buildflags
    argv = [sys.executable, "-c", _PROBE] + ([model] if model else [])
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return {"ok": False, "problems": ["loading llama-cpp-python took over 120 s"],
                "fix": buildflags.reinstall_command(python=sys.executable)}
    problems: list[str] = []
    unused: list[str] = []
    version = info = ""
    if done.returncode < 0:
        problems.append(f"llama-cpp-python died with signal {-done.returncode} "
                        f"{'while generating' if model else 'while loading'}")
    elif done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        problems.append(f"llama-cpp-python cannot be used: {last}")
    lines = done.stdout.splitlines()
    if lines:
        version, info = lines[0], lines[1] if len(lines) > 1 else ""
        crashes, unused = buildflags.diagnose(info)
        problems += crashes
    return {"ok": not problems, "version": version, "system_info": info.strip(), "problems": problems,
            "unused_instruction_sets": unused, "generated": "generated" in lines,
            "fix": buildflags.reinstall_command(python=sys.executable) if problems or unused else None}


def _check_home(env) -> list[str]:
    problems = []
    for path in (env.paths.home, env.paths.runtime):
        st = os.stat(path)
        if st.st_uid != os.getuid() or stat.S_IMODE(st.st_mode) & 0o077:
            problems.append(f"{path} is not private (owner uid {st.st_uid}, mode {oct(stat.S_IMODE(st.st_mode))})")
    return problems


@main.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def doctor(as_json):
    """Check the llama-cpp-python build, the configuration, the data dir and the models; print the
    exact command that fixes what it finds. Exit 1 when something is broken."""
    from actors.llm.store import ModelStore
    from actors.shared.settings import ConfigError

    from . import running_pid
    report: dict = {}
    try:
        from actors.base import Environment
        env = Environment.load()
        report["config"] = {"ok": True}
    except ConfigError as e:
        env = None
        report["config"] = {"ok": False, "problems": [str(e)], "fix": "enclave config rollback, or edit "
                                                                      "the key it names"}
    models = []
    if env is not None:
        report["data_dir"] = {"ok": not (p := _check_home(env)), "path": str(env.paths.home), "problems": p}
        models = [r for r in ModelStore(env.paths.models).list() if r.exists]
        report["models"] = {"ok": bool(models), "installed": [r.name for r in models],
                            "fix": None if models else "enclave models pull smollm2-135m"}
        report["mesh"] = {"running": running_pid(env) is not None}
    smallest = min(models, key=lambda r: r.size).path if models else None
    report["llama_cpp"] = _check_build(smallest)
    ok = all(v.get("ok", True) for v in report.values())
    if as_json:
        emit_json({"ok": ok, **report})
    else:
        for name, v in report.items():
            mark = "ok " if v.get("ok", True) else "BAD"
            detail = ", ".join(v.get("problems") or []) or _summary(name, v)
            click.echo(f"[{mark}] {name}: {detail}")
            if v.get("fix"):
                click.echo(f"      fix: {v['fix']}")
    sys.exit(0 if ok else 1)


def _summary(name: str, v: dict) -> str:
    if name == "llama_cpp":
        extra = f"; unused here: {', '.join(v['unused_instruction_sets'])}" if v.get("unused_instruction_sets") else ""
        return f"{v.get('version', '?')} loads{' and generates' if v.get('generated') else ''}{extra}"
    if name == "models":
        return ", ".join(v["installed"]) or "none installed"
    if name == "mesh":
        return "running" if v["running"] else "not running (enclave up)"
    return v.get("path", "fine")
