"""Model names the llm tests use (the catalog's pullable names)."""
SMOLLM = "smollm2-135m"
GEMMA = "gemma3-270m"
