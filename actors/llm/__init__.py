"""Local models: files on disk, role selection, the inference core, admission and throttling.

The library parts here take plain dicts and paths so the actor processes (manager, worker) stay thin.
"""
