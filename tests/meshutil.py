"""The tests' name for the mesh harness (it lives in the package so benchmarks can use it too)."""
from actors.harness import ROOT, Mesh, mesh_env  # noqa: F401
