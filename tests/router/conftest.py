import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from meshutil import Mesh  # noqa: E402

from routerutil import router_config  # noqa: E402


@pytest.fixture(scope="module")
def mesh(tmp_path_factory):
    """One mesh for a module's tests (each test registers its own tool names)."""
    m = Mesh(tmp_path_factory.mktemp("home"), config=router_config()).start()
    yield m
    m.stop()
