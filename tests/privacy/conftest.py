"""Fixtures for the privacy engine tests: the real config file, a fake user's home in tmp."""
from __future__ import annotations

from pathlib import Path

import pytest
from privacy_support import USER, config_rules

from actors.privacy.engine import PrivacyEngine


@pytest.fixture
def rules() -> dict:
    return config_rules()


@pytest.fixture
def user_home(tmp_path) -> Path:
    h = tmp_path / "users" / USER
    h.mkdir(parents=True)
    return h


@pytest.fixture
def data_dir(tmp_path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture
def engine(rules, user_home, data_dir) -> PrivacyEngine:
    return PrivacyEngine(rules, audit_dir=data_dir / "logs", home=str(user_home), user=USER)
