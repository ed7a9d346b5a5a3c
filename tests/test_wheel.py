"""Installed as a user installs it: a wheel, non-editable, in a fresh virtual environment, run from a
directory outside the checkout. Every service answers, a model streams an answer, a context goes in
and comes back, and what only a checkout has (benchmarks, the protocol document's source) says so.

pip reuses the llama-cpp-python wheel that `make` built for this machine (its cache), so nothing is
compiled again; the build flags are set anyway, as `enclave doctor` prints them for a pip user."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from benchmarks.common import model_cache

ROOT = Path(__file__).resolve().parents[1]
SMOLLM = "smollm2-135m"


def _run(argv, **kw):
    done = subprocess.run(argv, capture_output=True, text=True, **kw)
    assert done.returncode == 0, f"{argv[:3]} failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv bin dir, a working directory outside the checkout, an environment for it)."""
    from actors.llm import buildflags
    base = tmp_path_factory.mktemp("wheel")
    dist = base / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(dist),
          str(ROOT)], timeout=300)
    [wheel] = dist.glob("enclave-*.whl")
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], timeout=120)
    env = {"PATH": f"{venv / 'bin'}:/usr/bin:/bin", "HOME": os.environ.get("HOME", str(base)),
           "CMAKE_ARGS": buildflags.cmake_args(), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    _run([str(venv / "bin" / "pip"), "install", "-q", str(wheel)], env=env, timeout=900)
    work = base / "elsewhere"
    work.mkdir()
    home = base / "home"
    run_env = {**env, "ENCLAVE_HOME": str(home)}
    return venv / "bin", work, run_env


def test_the_wheel_holds_the_product_and_nothing_of_the_checkout(installed):
    bin_dir, work, env = installed
    out = _run([str(bin_dir / "python"), "-c", "import actors, configs, protocol, bus, sys, pathlib; "
                "p = pathlib.Path(actors.__file__).parents[1]; "
                "print(p); print(sorted(x.name for x in p.iterdir() if x.name in "
                "('benchmarks', 'tests', 'configs', 'actors', 'bus', 'protocol')))"],
               cwd=work, env=env, timeout=60)
    site, names = out.stdout.splitlines()
    assert Path(site) != ROOT and "site-packages" in site
    assert eval(names) == ["actors", "bus", "configs", "protocol"]       # no benchmarks, no tests
    shown = json.loads(_run([str(bin_dir / "enclave"), "config", "show", "--json"], cwd=work, env=env,
                            timeout=60).stdout)
    assert shown["settings"]["context"]["query"]["default_k"] > 0 and shown["origins"]["bus.liveness"] == "default"
    bench = subprocess.run([str(bin_dir / "enclave"), "bench", "bus"], cwd=work, env=env, capture_output=True,
                           text=True, timeout=60)
    assert bench.returncode == 2 and "checkout" in bench.stderr and len(bench.stderr.splitlines()) == 1
    write = subprocess.run([str(bin_dir / "enclave"), "protocol", "doc", "--write"], cwd=work, env=env,
                           capture_output=True, text=True, timeout=60)
    assert write.returncode == 2 and "installed package" in write.stderr


def test_the_installed_mesh_runs_from_outside_the_checkout(installed, smollm_path):
    bin_dir, work, env = installed
    enclave = str(bin_dir / "enclave")
    _run([enclave, "models", "add", smollm_path, "--name", SMOLLM], cwd=work, env=env, timeout=60)
    up = subprocess.Popen([enclave, "up"], cwd=work, env=env, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        status = None
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            done = subprocess.run([enclave, "status", "--json"], cwd=work, env=env, capture_output=True,
                                  text=True, timeout=30)
            if done.returncode == 0:
                status = json.loads(done.stdout)
                rows = [p for p in status["processes"] if not p["name"].startswith("supervisor.")]
                if {"bus", "privacy", "context", "llm", "router"} <= {p["name"] for p in rows} and \
                        all(p["state"] == "running" for p in rows):
                    break
            time.sleep(0.5)
        else:
            pytest.fail(f"the installed mesh did not come up: {status}")
        for service in ("bus", "privacy", "context", "llm", "router"):
            _run([enclave, "ping", service], cwd=work, env=env, timeout=30)
        answer = _run([enclave, "ask", "Say hello.", "--max-tokens", "8", "--json"], cwd=work, env=env,
                      timeout=300)
        reply = json.loads(answer.stdout)
        assert reply["model"] == SMOLLM and reply["usage"]["completion_tokens"] >= 1
        cid = _run([enclave, "context", "preserve", "-", "--project", "wheel"], cwd=work, env=env,
                   input="the installed wheel keeps its notes", timeout=60).stdout.strip()
        hits = json.loads(_run([enclave, "context", "query", "installed wheel notes", "--json"], cwd=work,
                               env=env, timeout=60).stdout)["results"]
        assert [h["id"] for h in hits][:1] == [cid]
        _run([enclave, "down"], cwd=work, env=env, timeout=60)
        up.wait(timeout=60)
    finally:
        if up.poll() is None:
            os.killpg(up.pid, 9)
            up.wait()
        shutil.rmtree(Path(env["ENCLAVE_HOME"]) / "run", ignore_errors=True)


@pytest.fixture(scope="module")
def smollm_path() -> str:
    from actors.llm.store import pull
    cache = model_cache()
    return pull(SMOLLM, cache).path
