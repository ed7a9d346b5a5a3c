"""Imports each area's kind declarations; an area module is added here once it exists."""
import importlib

for _area in ("llm", "privacy", "context", "pattern", "tool"):
    try:
        importlib.import_module(f"{__package__}.{_area}")
    except ModuleNotFoundError as e:  # area not written yet
        if e.name != f"{__package__}.{_area}":
            raise
