"""The data-dir hierarchy and the log pipeline's redaction hook (configuration: test_settings.py)."""
import json

import structlog

from actors.shared import logging as elog
from actors.shared.paths import HIERARCHY, Paths


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
