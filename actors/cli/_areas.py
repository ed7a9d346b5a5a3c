"""Each area's CLI commands live in ``actors/cli/<area>.py`` and add themselves to ``main``."""
import importlib

for _area in ("models", "ask", "context", "privacy", "tools", "adapters"):
    try:
        importlib.import_module(f"{__package__}.{_area}")
    except ModuleNotFoundError as e:
        if e.name != f"{__package__}.{_area}":
            raise
