"""The configuration: typed (``schema``), loaded and validated once (``loader``), its history
(``history``). See ``loader`` for the order of the layers and ``configs/*.json`` for the defaults."""
from .history import ConfigHistoryError, config_versions, rollback_config, save_config
from .loader import (ConfigError, Loaded, deep_merge, defaults, load, parse_value, resolve_section,
                     user_file, validate)
from .schema import Settings

__all__ = ["ConfigError", "ConfigHistoryError", "Loaded", "Settings", "config_versions", "deep_merge",
           "defaults", "load", "parse_value", "resolve_section", "rollback_config", "save_config",
           "user_file", "validate"]
