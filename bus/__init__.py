"""How messages travel: the broker, the peer library (client, worker, events, asyncio) and security.

Depends only on ``protocol``.
"""
from .addresses import Endpoints, ensure_private_dir
from .broker import Broker
from .client import Client, Reply, Subscriber, mesh_pid
from .worker import Request, Worker

__all__ = ["Endpoints", "ensure_private_dir", "Broker", "Client", "Reply", "Subscriber", "Request", "Worker",
           "mesh_pid"]
