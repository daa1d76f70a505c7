"""Evaluate a UserGRPO adapter on the held-out categories with `inspect eval`.

    python -m recipes.usergrpo.evaluate [--config recipes/usergrpo/config.yaml] [--smoke] [--dry-run]

The adapter (`<output_dir>/adapter`) is merged into its base model (`<output_dir>/merged`), which Inspect's
`hf/` provider then serves as the shopper of each category in `evaluate.categories`, against the same
salesbot as in training. Logs go to `<output_dir>/eval_logs`; report them with `salessim report`.
"""

import argparse
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

from recipes.usergrpo.train import DEFAULT_CONFIG, load_config, model_path


def merge_adapter(adapter_dir: Path, base: str, out_dir: Path) -> Path:
    """Write the base model with the LoRA adapter merged in (and its tokenizer) to `out_dir`."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    if not (adapter_dir / "adapter_config.json").is_file():
        raise SystemExit(f"{adapter_dir}: no LoRA adapter (adapter_config.json); train first")
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    merged = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    out_dir.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(out_dir)
    AutoTokenizer.from_pretrained(base).save_pretrained(out_dir)
    return out_dir


def eval_commands(config: dict[str, Any], merged: Path, log_dir: Path) -> list[list[str]]:
    """One `inspect eval` command per held-out category."""
    evaluate, rollout = config["evaluate"], config["rollout"]
    commands = []
    for category in evaluate["categories"]:
        command = ["inspect", "eval", f"salessim_inspect/{category}", "--model", "hf/usergrpo"]
        command += ["-M", f"model_path={merged}", "--log-dir", str(log_dir)]
        for name, value in (evaluate.get("task_options") or {}).items():
            command += ["-T", f"{name}={value}"]
        if rollout.get("salesbot"):
            command += ["--model-role", f"salesbot={rollout['salesbot']}"]
        if evaluate.get("max_tokens"):
            command += ["--max-tokens", str(evaluate["max_tokens"])]
        if evaluate.get("limit"):
            command += ["--limit", str(evaluate["limit"])]
        commands.append(command)
    return commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m recipes.usergrpo.evaluate", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG, help="recipe configuration (YAML)")
    parser.add_argument("--smoke", action="store_true", help="apply the configuration's smoke block")
    parser.add_argument("--dry-run", action="store_true", help="print the commands without running them")
    parser.add_argument(
        "--remerge", action="store_true", help="merge the adapter again even if merged/ exists"
    )
    args = parser.parse_args(argv)
    config = load_config(args.config, args.smoke)
    output_dir = Path(config["grpo"]["output_dir"])
    merged = output_dir / "merged"
    commands = eval_commands(config, merged, output_dir / "eval_logs")
    if args.dry_run:
        print("\n".join(shlex.join(c) for c in commands))
        return 0
    if not (merged / "config.json").is_file() or args.remerge:
        merge_adapter(output_dir / "adapter", model_path(config["model"]["name_or_path"]), merged)
    for command in commands:
        print("$", shlex.join(command), flush=True)
        bin_dir = Path(sys.executable).parent
        subprocess.run([str(bin_dir / command[0]), *command[1:]], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
