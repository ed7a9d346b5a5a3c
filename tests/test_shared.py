"""Configuration layering, the data-dir hierarchy, and the log pipeline's redaction hook."""
import json

import structlog

from actors.shared import config, logging as elog
from actors.shared.paths import HIERARCHY, Paths


def test_user_override_deep_merges_over_defaults(home):
    base = config.load(home)
    assert base["bus"]["heartbeat_ms"] == 500 and "llm_resources" in base
    (home / "config.json").write_text(json.dumps({"bus": {"heartbeat_ms": 100}}))
    merged = config.load(home)
    assert merged["bus"]["heartbeat_ms"] == 100 and merged["bus"]["max_queue"] == base["bus"]["max_queue"]


def test_bad_user_config_is_a_clear_error(home):
    (home / "config.json").write_text("{oops")
    try:
        config.load(home)
    except config.ConfigError as e:
        assert "config.json" in str(e) and "line 1" in str(e)
    else:
        raise AssertionError("no error")


def test_enclave_home_holds_everything(home):
    paths = Paths.from_env().ensure()
    assert paths.home == home and paths.runtime == home / "run"
    for sub in HIERARCHY:
        assert (home / sub).is_dir()
    assert oct(home.stat().st_mode & 0o777) == "0o700"


def test_log_lines_pass_through_redactors(home):
    seen = []
    elog.add_redactor(lambda s: s.replace("hunter2", "[redacted]"))
    try:
        log = elog.configure("unit", home / "logs", console=False)
        log.info("login", password="hunter2", nested={"x": ["hunter2"], "hunter2": 1}, blob=b"hunter2",
                 err=ValueError("hunter2"), **{"hunter2": 2})
        line = (home / "logs" / "unit.log").read_text().strip().splitlines()[-1]
        seen.append(line)
        assert "hunter2" not in line and "[redacted]" in line and json.loads(line)["event"] == "login"
        assert oct((home / "logs").stat().st_mode & 0o777) == "0o700"
        assert oct((home / "logs" / "unit.log").stat().st_mode & 0o777) == "0o600"
    finally:
        elog._redactors.pop()
        structlog.reset_defaults()
