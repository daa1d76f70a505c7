"""Model outputs of the offline agents, with token usage filled in (so Inspect never has to count tokens)."""

from inspect_ai.model import ChatMessage, ModelOutput, ModelUsage


def _tokens(text: str) -> int:
    # A rough count (4 characters a token) is enough for offline agents; it only feeds usage statistics.
    return max(1, len(text) // 4)


def with_usage(output: ModelOutput, messages: list[ChatMessage]) -> ModelOutput:
    input_tokens = sum(_tokens(m.text) for m in messages)
    output_tokens = _tokens(output.completion or "")
    output.usage = ModelUsage(
        input_tokens=input_tokens, output_tokens=output_tokens, total_tokens=input_tokens + output_tokens
    )
    return output


def say(model: str, text: str) -> ModelOutput:
    return ModelOutput.from_content(model=model, content=text)


def call(model: str, function: str, arguments: dict, call_id: str, text: str | None = None) -> ModelOutput:
    output = ModelOutput.for_tool_call(
        model=model, tool_name=function, tool_arguments=arguments, tool_call_id=call_id, content=text or ""
    )
    return output
