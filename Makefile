# The two commands a newcomer runs on a fresh machine:
#   make run    install everything into .venv, fetch the default model, start the mesh (enclave up)
#   make test   install everything into .venv, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# llama-cpp-python is built from source. A native build (-march=native) crashes in the AMX kernels on
# some CPUs, so build for the instruction sets this CPU reports, never AMX: any x86-64 machine works.
CPU_FLAGS := $(shell grep -m1 '^flags' /proc/cpuinfo 2>/dev/null)
has = $(if $(filter $(1),$(CPU_FLAGS)),$(2))
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF \
	$(call has,avx,-DGGML_AVX=ON) $(call has,avx2,-DGGML_AVX2=ON) $(call has,fma,-DGGML_FMA=ON) \
	$(call has,f16c,-DGGML_F16C=ON) $(call has,avx_vnni,-DGGML_AVX_VNNI=ON) \
	$(call has,avx512f,-DGGML_AVX512=ON) $(call has,avx512_vnni,-DGGML_AVX512_VNNI=ON) \
	$(call has,avx512_bf16,-DGGML_AVX512_BF16=ON) $(call has,avx512vbmi,-DGGML_AVX512_VBMI=ON)

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
	$(BIN)/enclave bench all

clean-venv:
	rm -rf $(VENV)
