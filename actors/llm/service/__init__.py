"""The llm actor's process side: the manager (service ``llm``), its model worker processes and the
private channel between them (declared in ``protocol.channel``). Nothing outside ``actors.llm``
imports this; other actors talk to the manager over the bus."""
from .manager import LLMManager

__all__ = ["LLMManager"]
