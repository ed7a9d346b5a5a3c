import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from adapterutil import ADAPTER_TOOLS, SMOLLM  # noqa: E402
from meshutil import Mesh  # noqa: E402
from benchmarks.common import model_cache


@pytest.fixture(scope="session")
def smollm_path() -> str:
    """The real SmolLM2 model, pulled once per machine (the llm tests' cache)."""
    from actors.llm.store import pull
    cache = model_cache()
    return pull(SMOLLM, cache).path


@pytest.fixture(scope="module")
def mesh(tmp_path_factory):
    m = Mesh(tmp_path_factory.mktemp("home"), config={"tools": ADAPTER_TOOLS}).start()
    yield m
    m.stop()
