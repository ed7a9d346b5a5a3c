"""The router's process side (service ``router``): the actor (``actor``), what it does for tools
themselves (``tools``) and how it forwards their requests through the privacy boundary (``forward``).
Nothing outside ``actors.router`` imports this."""
from .actor import RouterActor

__all__ = ["RouterActor"]
