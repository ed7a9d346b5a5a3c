"""What the llm tests share: the catalog's pullable names, and requests and model settings built the
way the mesh builds them (validated, over the shipped defaults)."""
import msgspec

from actors.shared.settings import defaults
from actors.shared.settings.schema import ModelConfig
from protocol.kinds.llm import GenerateRequest

SMOLLM = "smollm2-135m"
GEMMA = "gemma3-270m"


def request(**body) -> GenerateRequest:
    """An ``llm.generate`` body as the bus decodes it (validated)."""
    return msgspec.convert(body, GenerateRequest)


def model_settings(**overrides) -> ModelConfig:
    """``model_configs.default`` with ``overrides``."""
    return msgspec.convert({**defaults()["model_configs"]["default"], **overrides}, ModelConfig)
