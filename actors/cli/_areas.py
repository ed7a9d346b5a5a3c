"""Each area's CLI commands live in ``actors/cli/<area>.py`` and add themselves to ``main``."""
from . import (adapters, ask, backup, bench, config, context, doctor, models, privacy, protocol_cmd,  # noqa: F401
               tools)
