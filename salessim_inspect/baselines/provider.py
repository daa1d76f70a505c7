"""The offline agents as one Inspect model provider: `salessim/<agent>` (e.g. `--model salessim/walk-away`)."""

from typing import Any, Protocol

import anyio
from inspect_ai.model import ChatMessage, GenerateConfig, ModelAPI, ModelOutput
from inspect_ai.tool import ToolChoice, ToolInfo

from salessim_inspect.baselines.catalog_salesbot import CatalogSalesbot
from salessim_inspect.baselines.output import with_usage
from salessim_inspect.baselines.shoppers import AcceptFirst, HeuristicShopper, WalkAway


class OfflineAgent(Protocol):
    name: str

    def respond(
        self, model: str, messages: list[ChatMessage], tools: list[ToolInfo], tool_choice: ToolChoice
    ) -> ModelOutput: ...


AGENTS: dict[str, type] = {
    agent.name: agent for agent in (CatalogSalesbot, AcceptFirst, WalkAway, HeuristicShopper)
}


class OfflineAgentAPI(ModelAPI):
    """Deterministic agents without network access.

    Model args (`-M`): `latency` — seconds to wait per call, to mimic a remote model in benchmarks.
    """

    def __init__(
        self,
        model_name: str,
        base_url: str | None = None,
        api_key: str | None = None,
        config: GenerateConfig = GenerateConfig(),  # noqa: B008 (the ModelAPI signature)
        latency: float = 0.0,
        **model_args: Any,
    ) -> None:
        super().__init__(model_name, base_url, api_key, [], config)
        if model_name not in AGENTS:
            raise ValueError(
                f"Unknown offline agent salessim/{model_name}; valid values are: "
                + ", ".join(f"salessim/{name}" for name in AGENTS)
            )
        if model_args:
            raise ValueError(
                f"salessim/{model_name} takes only the model arg 'latency', got {sorted(model_args)}"
            )
        self.agent: OfflineAgent = AGENTS[model_name]()
        self.latency = float(latency)

    async def generate(
        self,
        input: list[ChatMessage],
        tools: list[ToolInfo],
        tool_choice: ToolChoice,
        config: GenerateConfig,
    ) -> ModelOutput:
        if self.latency > 0:
            await anyio.sleep(self.latency)
        output = self.agent.respond(f"salessim/{self.model_name}", input, tools, tool_choice)
        return with_usage(output, input)

    def tool_result_images(self) -> bool:
        # An offline agent reads whatever it is given: pictures may stay inside tool results.
        return True

    def max_connections(self) -> int:
        # Nothing remote to protect: let every sample run at once.
        return 256

    def connection_key(self) -> str:
        return self.model_name
