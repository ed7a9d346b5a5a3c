"""The llama-cpp-python build for this CPU, declared once (the Makefile and ``enclave doctor`` both
use it; standard library only, so ``python -m actors.llm.buildflags`` works before anything is
installed).

llama-cpp-python is built from source. A native build (-march=native) crashes in the AMX kernels on
some CPUs, so build for the instruction sets this CPU reports and never AMX: any x86-64 works.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

PACKAGE = "llama-cpp-python==0.3.36"       # the version pyproject.toml pins
BASE_ARGS = ("-DGGML_NATIVE=OFF", "-DGGML_AMX_TILE=OFF", "-DGGML_AMX_INT8=OFF", "-DGGML_AMX_BF16=OFF")

# (cmake option, /proc/cpuinfo flag, the name in llama_print_system_info)
FEATURES = (
    ("GGML_AVX", "avx", "AVX"), ("GGML_AVX2", "avx2", "AVX2"), ("GGML_FMA", "fma", "FMA"),
    ("GGML_F16C", "f16c", "F16C"), ("GGML_AVX_VNNI", "avx_vnni", "AVX_VNNI"),
    ("GGML_AVX512", "avx512f", "AVX512"), ("GGML_AVX512_VNNI", "avx512_vnni", "AVX512_VNNI"),
    ("GGML_AVX512_BF16", "avx512_bf16", "AVX512_BF16"), ("GGML_AVX512_VBMI", "avx512vbmi", "AVX512_VBMI"),
)
NEVER = ("AMX_INT8", "AMX_BF16", "AMX_TILE")     # crash in ggml_backend_amx_mul_mat on these CPUs


def cpu_flags(cpuinfo: str | None = None) -> set[str]:
    """The instruction-set flags of this CPU (empty where /proc/cpuinfo does not exist)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text()
        except OSError:
            return set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return set(line.partition(":")[2].split())
    return set()


def cmake_args(flags: set[str] | None = None) -> str:
    flags = cpu_flags() if flags is None else flags
    return " ".join([*BASE_ARGS, *(f"-D{opt}=ON" for opt, flag, _ in FEATURES if flag in flags)])


def reinstall_command(flags: set[str] | None = None, python: str = "python") -> str:
    """The exact command that rebuilds llama-cpp-python for this CPU."""
    return (f'CMAKE_ARGS="{cmake_args(flags)}" {python} -m pip install --force-reinstall --no-cache-dir '
            f'--no-binary llama-cpp-python --no-deps "{PACKAGE}"')


def build_features(system_info: str) -> set[str]:
    """What a build uses, from ``llama_cpp.llama_print_system_info()`` ("AVX2 = 1 | ...")."""
    return {name for name, on in re.findall(r"([A-Z0-9_]+) = (\d+)", system_info) if on != "0"}


def diagnose(system_info: str, flags: set[str] | None = None) -> tuple[list[str], list[str]]:
    """(problems that crash, instruction sets the CPU has but the build leaves unused)."""
    flags = cpu_flags() if flags is None else flags
    built = build_features(system_info)
    crashes = [f"the build uses {name} (it crashes in the AMX kernels on some CPUs)"
               for name in NEVER if name in built]
    if flags:   # without /proc/cpuinfo nothing can be compared
        crashes += [f"the build uses {name}, which this CPU does not have (illegal instruction)"
                    for _, flag, name in FEATURES if name in built and flag not in flags]
    unused = [name for _, flag, name in FEATURES if flag in flags and name not in built]
    return crashes, unused


if __name__ == "__main__":
    print(cmake_args())
    sys.exit(0)
