# The two commands a newcomer runs on a fresh machine:
#   make run    install everything into .venv, fetch the default model, start the mesh (enclave up)
#   make test   install everything into .venv, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# llama-cpp-python is built from source for the instruction sets this CPU reports, never AMX (a native
# build crashes on some CPUs); actors/llm/buildflags.py declares the flags (`enclave doctor` too).
LLAMA_CMAKE_ARGS := $(shell $(PYTHON) -m actors.llm.buildflags)

.PHONY: run test install bench clean-venv

run: $(STAMP)
	$(BIN)/enclave models pull smollm2-135m --if-missing
	$(BIN)/enclave up

test: $(STAMP)
	$(BIN)/python -m pytest

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip wheel
	CMAKE_ARGS="$(strip $(LLAMA_CMAKE_ARGS))" $(BIN)/pip install -e '.[test]'
	touch $(STAMP)

bench: $(STAMP)
	$(BIN)/pip install -q -e '.[test,bench]'
	$(BIN)/enclave bench all

clean-venv:
	rm -rf $(VENV)
