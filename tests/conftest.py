import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from meshutil import Mesh  # noqa: E402


@pytest.fixture
def home(tmp_path) -> Path:
    """A private ENCLAVE_HOME for this test (also exported for in-process code)."""
    h = tmp_path / "home"
    h.mkdir()
    old = os.environ.get("ENCLAVE_HOME")
    os.environ["ENCLAVE_HOME"] = str(h)
    yield h
    if old is None:
        os.environ.pop("ENCLAVE_HOME", None)
    else:
        os.environ["ENCLAVE_HOME"] = old


@pytest.fixture
def mesh_factory(home):
    """Start meshes (``enclave up`` in a subprocess) that are always stopped after the test."""
    made = []

    def make(**kw) -> Mesh:
        m = Mesh(kw.pop("home", home), **kw)
        made.append(m)
        return m.start()

    yield make
    for m in made:
        m.stop()
