import pytest

from busrig import BusRig


@pytest.fixture
def rig(tmp_path):
    r = BusRig(tmp_path / "run")
    r.start_broker()
    yield r
    r.close()
