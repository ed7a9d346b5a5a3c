"""Over tcp a tool is its CURVE key: it may register only under the name the owner gave that key."""
import psutil
import pytest

from bus.security import Keyring
from bus.tool import ToolPeer
from protocol import ProtocolError

from routerutil import router_config
from meshutil import Mesh, free_port


def test_a_curve_tool_is_bound_to_its_key_name(tmp_path):
    home = tmp_path / "home"
    keys = Keyring(home / "keys")
    keys.new_client("laptop")
    keys.new_client("tablet")
    port = free_port()
    config = {**router_config(), "bus": {"tcp": {"enabled": True, "host": "127.0.0.1", "port": port}}}
    with Mesh(home, config=config) as m:
        tcp = f"tcp://127.0.0.1:{port}"
        with ToolPeer("laptop", endpoint=tcp, curve=keys.client_curve("laptop")) as laptop:
            assert laptop.info["tool"] == "laptop"
            rows = {t["name"]: t for t in m.request("tool.list", {}, target="router")["tools"]}
            assert rows["laptop"]["peer"] == "curve:" + keys.client_curve("laptop").public.decode()
        # a key may not speak as another tool, not even another allowed key's name
        spoof = ToolPeer("tablet", endpoint=tcp, curve=keys.client_curve("laptop"))
        with pytest.raises(ProtocolError) as e:
            spoof.register()
        assert e.value.code.value == "forbidden"
        spoof.client.close()
        # the same key reconnecting takes its name back at once (the old connection is dropped)
        first = ToolPeer("laptop", endpoint=tcp, curve=keys.client_curve("laptop"))
        first.register()
        second = ToolPeer("laptop", endpoint=tcp, curve=keys.client_curve("laptop"))
        assert second.register()["tool"] == "laptop"
        first.client.close()
        second.close()
        # the only tcp listener is the tools ROUTER: no event PUB, which could not tell keys apart
        bus_pid = next(p["pid"] for p in m.processes() if p["name"] == "bus")
        listening = {c.laddr.port for c in psutil.Process(bus_pid).net_connections("inet") if c.status == "LISTEN"}
        assert listening == {port}
