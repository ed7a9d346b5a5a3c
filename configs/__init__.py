"""The mesh's defaults, declared once: one JSON file per area, shipped as package data.

``actors.shared.settings`` reads them (through ``importlib.resources``), merges the user's
``$ENCLAVE_HOME/config.json`` and ``ENCLAVE__section__key`` environment variables over them, and
validates the result against its typed structures.
"""
