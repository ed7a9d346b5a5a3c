"""The benchmarks use the tests' mesh harness (``tests/meshutil.py``): a real mesh in a private
ENCLAVE_HOME, always cleaned up."""
from __future__ import annotations

import sys
from pathlib import Path

_TESTS = Path(__file__).resolve().parents[1] / "tests"
if str(_TESTS) not in sys.path:
    sys.path.insert(0, str(_TESTS))

from meshutil import ROOT, Adapter, Mesh, free_port, mesh_env  # noqa: E402,F401
