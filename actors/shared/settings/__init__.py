"""The configuration: typed (``schema``), loaded and validated once (``loader``), its history
(``history``). See ``loader`` for the order of the layers and ``configs/*.json`` for the defaults."""
from .history import ConfigHistoryError, config_versions, rollback_config, save_config
from .loader import (ConfigError, Loaded, deep_merge, defaults, load, parse_value, resolve_section,
                     user_file, validate)
from .schema import Settings


def change_user_config(home, change) -> "tuple[dict, object]":
    """Apply ``change`` (a function that edits a dict in place) to the user's overrides, check the
    result as the mesh would load it, and only then write it, keeping the previous version. Returns
    (the new overrides, where the previous version was kept or None). ``ConfigError`` (and nothing
    written) for a result the mesh could not use."""
    from .loader import user_layer
    current = user_layer(home)
    data = dict(current.data) if current else {}
    change(data)
    loaded = load(home, user=data)
    kept = save_config(user_file(home), data, keep=loaded.settings.context.backup.config_history_keep)
    return data, kept

__all__ = ["ConfigError", "ConfigHistoryError", "Loaded", "Settings", "change_user_config", "config_versions",
           "deep_merge",
           "defaults", "load", "parse_value", "resolve_section", "rollback_config", "save_config",
           "user_file", "validate"]
