"""UserGRPO training: TRL's GRPO with LoRA, the policy playing the shopper in full SalesSim dialogues.

    python -m recipes.usergrpo.train [--config recipes/usergrpo/config.yaml] [--smoke]

Each training prompt is a persona id of the training category; TRL repeats it `num_generations` times and
hands the batch to the rollout function, which plays every dialogue through Inspect (recipes/usergrpo/
rollout.py) and returns the tokens with the policy's own tokens marked, and the reward components. TRL's
weighted sum of the components (weights normalised to 1) is the trajectory reward, broadcast by GRPO's
advantage to every shopper token of the dialogue.
"""

import argparse
import copy
import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
DEFAULT_CONFIG = HERE / "config.yaml"
SMOLLM2_DIR = Path(".cache/smollm2-135m-instruct")


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """`base` with `override` laid over it, nested dicts merged key by key."""
    merged = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def load_config(path: str | Path = DEFAULT_CONFIG, smoke: bool = False) -> dict[str, Any]:
    """The recipe's configuration; with `smoke`, its `smoke` block laid over the rest."""
    path = Path(path)
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SystemExit(f"{path}: cannot read the recipe configuration: {exc}") from exc
    override = config.pop("smoke", {}) or {}
    return merge(config, override) if smoke else config


def model_path(name: str) -> str:
    """A model id or folder; "smollm2" is the converted SmolLM2-135M-Instruct (converted on first use)."""
    if name != "smollm2":
        return name
    from recipes.usergrpo.smollm2 import convert

    return str(convert(SMOLLM2_DIR))


def persona_ids(category: str, limit: int | None) -> list[str]:
    """The training personas: the category's, in file order (the first `limit`)."""
    from salessim_inspect.data.loader import load_category

    personas = [p.id for p in load_category(category).personas]
    return personas if limit is None else personas[:limit]


def log_summary(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per training step: the loss, the mean reward and each component's mean, as TRL logged them."""
    rows = []
    for entry in history:
        if "loss" not in entry:
            continue
        row = {"step": entry.get("step"), "loss": entry["loss"], "reward": entry.get("reward")}
        row.update(
            {k.split("/")[1]: v for k, v in entry.items() if k.startswith("rewards/") and k.endswith("/mean")}
        )
        rows.append(row)
    return rows


def train(config: dict[str, Any]) -> dict[str, Any]:
    """Run the GRPO training the configuration describes; returns the per-step summary and adapter files."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import GRPOConfig, GRPOTrainer

    from recipes.usergrpo.policy import PolicyServer
    from recipes.usergrpo.rollout import (
        DialogueRollouts,
        category_task,
        component_reward_funcs,
        make_rollout_func,
        normalised_weights,
    )

    os.environ.setdefault("TRL_EXPERIMENTAL_SILENCE", "1")
    model_cfg, rollout_cfg, grpo_cfg = config["model"], config["rollout"], dict(config["grpo"])
    path = model_path(model_cfg["name_or_path"])
    tokenizer = AutoTokenizer.from_pretrained(path)
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(
        path, dtype=getattr(torch, model_cfg.get("dtype", "float32"))
    )

    output_dir = Path(grpo_cfg["output_dir"])
    server = PolicyServer(
        model,
        tokenizer,
        max_new_tokens=rollout_cfg["policy"]["max_new_tokens"],
        temperature=rollout_cfg["policy"]["temperature"],
        top_p=rollout_cfg["policy"].get("top_p", 1.0),
        native_tools=rollout_cfg["policy"].get("native_tools", "auto"),
        max_batch=rollout_cfg["policy"].get("max_batch", 32),
        gather_s=rollout_cfg["policy"].get("gather_s", 0.5),
        template_kwargs=model_cfg.get("template_kwargs") or {},
    )
    rollouts = DialogueRollouts(
        server,
        category_task(rollout_cfg["category"], rollout_cfg.get("task_options") or {}),
        config["rewards"],
        salesbot=rollout_cfg.get("salesbot"),
        judge=rollout_cfg.get("judge"),
        log_dir=output_dir / "rollout_logs",
    )
    dataset = Dataset.from_dict({"prompt": persona_ids(rollout_cfg["category"], rollout_cfg.get("personas"))})
    weights = config["rewards"].get("weights") or {}
    if not weights:
        from salessim_inspect.rewards import DEFAULT_WEIGHTS

        weights = DEFAULT_WEIGHTS
    args = GRPOConfig(
        **grpo_cfg,
        reward_weights=normalised_weights(weights),
        temperature=rollout_cfg["policy"]["temperature"],
    )
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=component_reward_funcs(),
        args=args,
        train_dataset=dataset,
        processing_class=tokenizer,
        peft_config=LoraConfig(task_type="CAUSAL_LM", **config["lora"]),
        rollout_func=make_rollout_func(rollouts),
    )
    trainer.train()
    adapter_dir = output_dir / "adapter"
    trainer.save_model(str(adapter_dir))
    summary = {
        "steps": log_summary(trainer.state.log_history),
        "adapter_dir": str(adapter_dir),
        "adapter_files": sorted(
            f"{p.name} ({p.stat().st_size:,} bytes)" for p in adapter_dir.iterdir() if p.is_file()
        ),
        "rollout_logs": str(output_dir / "rollout_logs"),
    }
    (output_dir / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m recipes.usergrpo.train", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="recipe configuration (YAML)")
    parser.add_argument("--smoke", action="store_true", help="apply the configuration's smoke block")
    args = parser.parse_args(argv)
    summary = train(load_config(args.config, args.smoke))
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
