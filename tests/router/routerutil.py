"""Helpers the router tests share (a module of its own: every test dir has a conftest)."""
# Tools the tests register, with the owner's caps for them (the user's config.json override).
TOOLS = {
    "cursor": {"integration_type": "deep",
               "features": {"context_sync": True, "pattern_learning": True, "command_integration": True},
               "privacy": {"data_sharing": "filtered", "context_access": "limited"}},
    "fullrx": {"integration_type": "standard", "features": {"context_sync": True},
               "privacy": {"data_sharing": "full", "context_access": "full"}},
    "filteredrx": {"integration_type": "standard", "features": {"context_sync": True},
                   "privacy": {"data_sharing": "filtered", "context_access": "limited"}},
    "closed": {"integration_type": "standard", "features": {"context_sync": True},
               "privacy": {"data_sharing": "none", "context_access": "none"}},
    "recorder": {"integration_type": "passive", "features": {"context_sync": True},
                 "privacy": {"data_sharing": "none", "context_access": "none"}, "shared": True},
}


def router_config(**router) -> dict:
    return {"tools": TOOLS, "router": {"idle_timeout_s": 5.0, "keepalive_s": 0.5, **router}}


def token(mesh, name: str) -> str:
    """A configured tool's token, as the owner's peer for it reads it."""
    return (mesh.home / "keys" / "tools" / f"{name}.token").read_text().strip()
