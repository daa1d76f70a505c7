"""The UserGRPO recipe's rollouts: a real (tiny, randomly initialised) causal LM plays the shopper through
the SalesSim conversation, and every dialogue's tokens are kept exactly as sampled, with the policy's own
tokens marked; the GRPO step itself runs when TRL and peft (the grpo extra) are installed."""

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from inspect_ai.event import ModelEvent  # noqa: E402

from recipes.usergrpo.policy import (  # noqa: E402
    POLICY_API,
    PolicyServer,
    TemplateError,
    chat_messages,
    parse_tool_calls,
)
from recipes.usergrpo.rollout import (  # noqa: E402
    DialogueRollouts,
    component_reward_funcs,
    normalised_weights,
    rollout_batch,
)
from recipes.usergrpo.train import load_config, log_summary, merge  # noqa: E402
from salessim_inspect.rewards import COMPONENTS, DEFAULT_WEIGHTS, Episode, RewardOptions, trajectory_reward  # noqa: E402
from salessim_inspect.transcript import Transcript  # noqa: E402
from tests.support import fixture_task  # noqa: E402

CHATML = (
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + "
    "'<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


@pytest.fixture(scope="module")
def tiny_policy():
    """A byte-level BPE tokenizer trained here with a ChatML template, and a 2-layer Llama on it."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import LlamaConfig, LlamaForCausalLM, PreTrainedTokenizerFast

    backend = Tokenizer(models.BPE())
    backend.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    backend.decoder = decoders.ByteLevel()
    corpus = ["I am looking for a backpack under $50, water resistant please.", "Hello! How can I help?"] * 20
    backend.train_from_iterator(
        corpus,
        trainers.BpeTrainer(
            vocab_size=400,
            special_tokens=["<|im_start|>", "<|im_end|>"],
            initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        ),
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=backend, eos_token="<|im_end|>", pad_token="<|im_end|>"
    )
    tokenizer.chat_template = CHATML
    tokenizer.padding_side = "left"
    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=1,
        max_position_embeddings=8192,
        tie_word_embeddings=True,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    return LlamaForCausalLM(config), tokenizer


@pytest.fixture(scope="module")
def played(tiny_policy, fixture_data, tmp_path_factory):
    model, tokenizer = tiny_policy
    server = PolicyServer(model, tokenizer, max_new_tokens=12, temperature=1.0, max_batch=8)
    rollouts = DialogueRollouts(
        server,
        fixture_task(fixture_data, images=False, max_turns=3),
        {"decision": "catalog"},
        log_dir=tmp_path_factory.mktemp("rollout-logs"),
        policy_name="tiny",
    )
    personas = ["bags-001", "bags-001", "bags-002", "bags-002"]
    return server, rollouts, personas, rollouts.run(personas)


def test_one_rollout_per_entry_in_order(played):
    _, _, personas, rollouts = played
    assert [r.persona_id for r in rollouts] == personas
    assert [r.epoch for r in rollouts] == [1, 2, 1, 2]


def test_masked_tokens_are_exactly_the_policy_turns(played):
    server, rollouts_runner, _, rollouts = played
    from inspect_ai.log import list_eval_logs, read_eval_log

    log = read_eval_log(list_eval_logs(rollouts_runner.log_dir)[0])
    samples = {(str(s.id), s.epoch): s for s in log.samples}
    tokenizer = server.tokenizer
    for rollout in rollouts:
        sample = samples[(rollout.persona_id, rollout.epoch)]
        calls = [e for e in sample.events if isinstance(e, ModelEvent) and e.model.startswith(POLICY_API)]
        seq = rollout.sequence
        assert len(seq.ids) == len(seq.mask) == len(seq.logprobs)
        assert sum(seq.mask) == sum(c.output.usage.output_tokens for c in calls)
        assert all(lp <= 0.0 for lp, m in zip(seq.logprobs, seq.mask) if m)
        assert all(lp == 0.0 for lp, m in zip(seq.logprobs, seq.mask) if not m)
        # Runs of policy tokens decode to what each policy call answered, in order.
        runs, current = [], []
        for token, m in zip(seq.ids, seq.mask):
            if m:
                current.append(token)
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        assert [tokenizer.decode(r, skip_special_tokens=True) for r in runs] == [
            c.output.completion for c in calls
        ]
        # The first prompt is the template's rendering of the shopper's system prompt and the greeting.
        prompt = tokenizer.decode(seq.ids[: seq.prompt_length])
        assert prompt.startswith("<|im_start|>system\n") and prompt.endswith("<|im_start|>assistant\n")
        assert "Hello! I'm here to help" in prompt
        # Each salesbot reply sits, verbatim, in the environment tokens after the shopper's turn.
        everything = tokenizer.decode(seq.ids)
        for turn in Transcript.from_store(sample.store).salesbot_turns()[1:]:
            assert f"<|im_start|>user\n{turn.text}<|im_end|>" in everything


def test_rewards_are_the_scorers_on_the_logged_dialogues(played):
    _, runner, _, rollouts = played
    from inspect_ai.log import list_eval_logs, read_eval_log

    log = read_eval_log(list_eval_logs(runner.log_dir)[0])
    samples = {(str(s.id), s.epoch): s for s in log.samples}
    for rollout in rollouts:
        sample = samples[(rollout.persona_id, rollout.epoch)]
        episode = Episode.from_metadata(Transcript.from_store(sample.store), sample.metadata)
        direct = trajectory_reward(episode, RewardOptions(decision="catalog"))
        assert rollout.components == pytest.approx(direct.components)
        assert rollout.total == pytest.approx(direct.total)


def test_rollout_batch_is_what_trl_expects(played):
    _, _, _, rollouts = played
    batch = rollout_batch(rollouts)
    for key in ("prompt_ids", "completion_ids", "logprobs", "env_mask"):
        assert len(batch[key]) == len(rollouts)
    for completion, mask, logprobs in zip(batch["completion_ids"], batch["env_mask"], batch["logprobs"]):
        assert len(completion) == len(mask) == len(logprobs) and mask[0] == 1
    funcs = component_reward_funcs()
    assert [f.__name__ for f in funcs] == list(COMPONENTS)
    decision = funcs[0](prompts=[], completions=[], **batch)
    assert decision == [r.components["decision"] for r in rollouts]


def test_a_cleared_server_refuses_to_continue_a_dialogue(tiny_policy):
    model, tokenizer = tiny_policy
    server = PolicyServer(model, tokenizer, max_new_tokens=4)
    messages = [
        {"role": "system", "content": "You shop."},
        {"role": "user", "content": "Hello!"},
        {"role": "assistant", "content": "hi"},
        {"role": "user", "content": "What do you need?"},
    ]
    with pytest.raises(TemplateError, match="not generated by this policy server"):
        server.continuation(messages, None)


def test_hermes_tool_calls_are_read_as_native_calls():
    text = (
        "The Summit fits my budget.\n"
        '<tool_call>\n{"name": "add_to_cart", "arguments": {"product": "Summit Ultralight Daypack"}}\n</tool_call>'
    )
    rest, calls = parse_tool_calls(text)
    assert rest == "The Summit fits my budget."
    assert [(c.function, c.arguments) for c in calls] == [
        ("add_to_cart", {"product": "Summit Ultralight Daypack"})
    ]
    broken = "<tool_call>{not json}</tool_call>"
    assert parse_tool_calls(broken) == (broken, [])


def test_chat_messages_keep_tool_calls_and_drop_images():
    from inspect_ai.model import ChatMessageAssistant, ChatMessageUser, ContentImage, ContentText
    from inspect_ai.tool import ToolCall

    converted = chat_messages(
        [
            ChatMessageUser(
                content=[ContentText(text="Look:"), ContentImage(image="data:image/png;base64,AA==")]
            ),
            ChatMessageAssistant(
                content="Bought.",
                tool_calls=[ToolCall(id="1", function="add_to_cart", arguments={"product": "X"})],
            ),
        ]
    )
    assert converted[0] == {"role": "user", "content": "Look:"}
    assert converted[1]["tool_calls"] == [
        {"type": "function", "function": {"name": "add_to_cart", "arguments": {"product": "X"}}}
    ]


def test_weights_normalise_to_one_in_component_order():
    weights = normalised_weights(DEFAULT_WEIGHTS)
    assert sum(weights) == pytest.approx(1.0)
    assert weights[0] == pytest.approx(DEFAULT_WEIGHTS["decision"] / sum(DEFAULT_WEIGHTS.values()))
    assert normalised_weights({"decision": 2.0}) == [1.0, 0, 0, 0, 0, 0]


def test_the_smoke_block_overrides_the_config():
    full = load_config()
    smoke = load_config(smoke=True)
    assert full["lora"] == smoke["lora"] == {**full["lora"], "r": 16, "lora_alpha": 32}
    assert full["grpo"]["num_generations"] == 8 and smoke["grpo"]["max_steps"] == 2
    assert smoke["rollout"]["category"] == full["rollout"]["category"] == "female_clothing"
    assert smoke["rollout"]["personas"] == 4 and smoke["model"]["name_or_path"] == "smollm2"
    assert merge({"a": {"b": 1, "c": 2}}, {"a": {"c": 3}}) == {"a": {"b": 1, "c": 3}}


def test_log_summary_keeps_loss_and_reward_components():
    history = [
        {"loss": 0.1, "reward": 0.4, "rewards/decision/mean": 0.5, "rewards/decision/std": 0.1, "step": 1},
        {"train_runtime": 12.0, "step": 1},
    ]
    assert log_summary(history) == [{"step": 1, "loss": 0.1, "reward": 0.4, "decision": 0.5}]


def test_one_grpo_step_saves_a_lora_adapter(tiny_policy, fixture_data, tmp_path):
    pytest.importorskip("trl", reason="TRL comes with the grpo extra")
    pytest.importorskip("peft", reason="peft comes with the grpo extra")
    from datasets import Dataset
    from peft import LoraConfig
    from trl import GRPOConfig, GRPOTrainer

    from recipes.usergrpo.rollout import make_rollout_func

    model, tokenizer = tiny_policy
    server = PolicyServer(model, tokenizer, max_new_tokens=8, max_batch=8)
    rollouts = DialogueRollouts(
        server,
        fixture_task(fixture_data, images=False, max_turns=2),
        {},
        log_dir=tmp_path / "logs",
        policy_name="step",
    )
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=component_reward_funcs(),
        args=GRPOConfig(
            output_dir=str(tmp_path / "out"),
            max_steps=1,
            num_generations=2,
            per_device_train_batch_size=4,
            learning_rate=1e-3,
            reward_weights=normalised_weights(DEFAULT_WEIGHTS),
            logging_steps=1,
            save_strategy="no",
            report_to="none",
            use_cpu=True,
            bf16=False,
        ),
        train_dataset=Dataset.from_dict({"prompt": ["bags-001", "bags-002"]}),
        processing_class=tokenizer,
        peft_config=LoraConfig(task_type="CAUSAL_LM", r=16, lora_alpha=32, target_modules="all-linear"),
        rollout_func=make_rollout_func(rollouts),
    )
    trainer.train()
    trainer.save_model(str(tmp_path / "adapter"))
    files = {p.name for p in (tmp_path / "adapter").iterdir()}
    assert {"adapter_config.json", "adapter_model.safetensors"} <= files
    assert json.loads((tmp_path / "adapter" / "adapter_config.json").read_text())["r"] == 16
    summary = log_summary(trainer.state.log_history)
    assert summary and set(COMPONENTS) <= set(summary[0])
    assert Path(tmp_path / "logs").is_dir()


def test_smollm2_gguf_becomes_a_plain_model_that_saves(tmp_path):
    """The shipped Q4_1 GGUF loads de-quantised but refuses to save; its copy saves and reloads unchanged."""
    pytest.importorskip("gguf", reason="the GGUF reader comes with the grpo extra")
    from transformers import AutoModelForCausalLM

    from recipes.usergrpo.smollm2 import ModelFileError, gguf_path, is_converted, plain_copy

    try:
        source = gguf_path()
    except ModelFileError as exc:
        pytest.skip(str(exc))
    loaded = AutoModelForCausalLM.from_pretrained(source.parent, gguf_file=source.name)
    with pytest.raises(ValueError, match="quantized"):
        loaded.save_pretrained(tmp_path / "refused")
    copy = plain_copy(loaded)
    copy.save_pretrained(tmp_path / "plain")
    assert is_converted(tmp_path / "plain")
    reloaded = AutoModelForCausalLM.from_pretrained(tmp_path / "plain")
    original = loaded.state_dict()
    for name, tensor in reloaded.state_dict().items():
        assert torch.equal(tensor, original[name]), name
    ids = torch.tensor([[1, 2, 3, 4, 5]])
    assert torch.allclose(reloaded(ids).logits, loaded(ids).logits)
