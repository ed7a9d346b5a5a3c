"""Tool adapters: peer processes that connect editors and shells to the mesh through the router.

Each is a tool on the tools endpoint (``bus.tool``): the OpenAI-compatible HTTP gateway, the MCP
server, and the shell and git hooks.
"""
