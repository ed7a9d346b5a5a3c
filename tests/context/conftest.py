"""Fixtures for the context library tests: a real data dir in tmp, a real seal key."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ctx_helpers import Clock, record  # noqa: E402
from actors.context import ContextEngine, ContextStore, embedders  # noqa: E402
from actors.shared.seal import load_or_create_key, seal  # noqa: E402
from benchmarks.common import model_cache


@pytest.fixture
def key(tmp_path) -> bytes:
    return load_or_create_key(tmp_path / "keys" / "seal.key")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def sealed(key):
    def make(content: str = "a note", **kw) -> tuple[dict, str]:
        r = record(content, **kw)
        return r, seal(key, r)
    return make


@pytest.fixture
def open_store(data_dir, key, clock):
    stores = []

    def make(config: dict | None = None) -> ContextStore:
        s = ContextStore(data_dir, config or {}, seal_key=key, clock=clock)
        stores.append(s)
        return s
    yield make
    for s in stores:
        s.close()


@pytest.fixture
def open_engine(data_dir, key, clock):
    engines = []

    def make(config: dict | None = None, **kw) -> ContextEngine:
        e = ContextEngine(data_dir, config or {}, seal_key=key, clock=clock, **kw)
        engines.append(e)
        return e
    yield make
    for e in engines:
        e.close()


@pytest.fixture(scope="session")
def embedder():
    """The real all-MiniLM-L6-v2, pulled once into the model cache (as SmolLM2 is)."""
    from actors.context.embedder import Embedder
    cache = model_cache()
    return Embedder(embedders.pull("all-minilm-l6-v2", cache))
