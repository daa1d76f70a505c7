"""Helpers for tests that run conversations: fixture tasks and scripted model outputs."""

from pathlib import Path
from typing import Any

from inspect_ai import Task, eval
from inspect_ai.log import EvalLog, EvalSample
from inspect_ai.model import ModelOutput, ModelUsage, get_model

from salessim_inspect.data.loader import CategoryData
from salessim_inspect.tasks.build import build_task
from salessim_inspect.transcript import Transcript


def fixture_task(data: CategoryData, **options: Any) -> Task:
    return build_task([data.category], load=lambda _: data, **options)


def with_usage(output: ModelOutput) -> ModelOutput:
    output.usage = ModelUsage(input_tokens=1, output_tokens=1, total_tokens=2)
    return output


def says(text: str) -> ModelOutput:
    return with_usage(ModelOutput.from_content(model="mockllm/model", content=text))


def calls(function: str, call_id: str = "call-1", text: str = "", **arguments: Any) -> ModelOutput:
    return with_usage(
        ModelOutput.for_tool_call(
            model="mockllm/model",
            tool_name=function,
            tool_arguments=arguments,
            tool_call_id=call_id,
            content=text,
        )
    )


def scripted(outputs: list[ModelOutput] | Any):
    """A mockllm model playing from a script (a list) or a function of its input."""
    return get_model("mockllm/model", custom_outputs=outputs)


def run(
    task: Task,
    shopper: Any = "salessim/heuristic-shopper",
    salesbot: Any = None,
    log_dir: Path | None = None,
    **eval_args: Any,
) -> EvalLog:
    roles = {"salesbot": salesbot} if salesbot is not None else None
    logs = eval(
        task,
        model=shopper,
        model_roles=roles,
        display="none",
        log_dir=str(log_dir) if log_dir else None,
        **eval_args,
    )
    return logs[0]


def transcript_of(sample: EvalSample) -> Transcript:
    return Transcript.from_store(sample.store)
