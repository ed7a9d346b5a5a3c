"""What every HTTP door shares (OpenAI, Anthropic, Ollama, MCP): the guard in front of it (a
credential also on loopback, the Host and Origin checks against DNS rebinding and web pages, JSON
only, bounded bodies), reading a JSON body that cannot crash the door, and serving it over tcp and a
unix socket."""
