"""Fixtures for the llm tests: the real SmolLM2 model, pulled once per machine and reused.

The cache is ``$ENCLAVE_MODEL_CACHE`` or ``~/.cache/enclave/models`` (a models dir of its own, filled
by the same ``pull`` the CLI uses), so repeated runs and CI on one machine download nothing.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

for _p in (Path(__file__).resolve().parent, Path(__file__).resolve().parents[2]):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

from actors.llm.store import ModelRecord, ModelStore, pull  # noqa: E402

from llm_names import GEMMA, SMOLLM, model_settings  # noqa: E402
from benchmarks.common import model_cache



@pytest.fixture(scope="session")
def smollm_record() -> ModelRecord:
    return pull(SMOLLM, model_cache())


@pytest.fixture(scope="session")
def gemma_record() -> ModelRecord:
    return pull(GEMMA, model_cache())


@pytest.fixture(scope="session")
def smollm_path(smollm_record: ModelRecord) -> str:
    return smollm_record.path


@pytest.fixture
def models_dir(tmp_path: Path) -> Path:
    """A fresh data dir's models/."""
    d = tmp_path / "enclave" / "models"
    d.mkdir(parents=True)
    return d


@pytest.fixture
def store_with_smollm(models_dir: Path, smollm_path: str) -> ModelStore:
    """A store in a tmp data dir with the cached SmolLM2 registered in place (nothing copied)."""
    store = ModelStore(models_dir)
    store.add(smollm_path, name=SMOLLM, roles=("light",))
    return store


@pytest.fixture(scope="session")
def engine(smollm_path: str):
    from actors.llm.engine import Engine

    with Engine(smollm_path, model_settings(threads=2, context_size=2048, batch_size=512)) as e:
        yield e
