"""Offline reference agents as an Inspect model provider: `salessim/<agent>`."""

from inspect_ai.model import ModelAPI, modelapi


@modelapi(name="salessim")
def salessim() -> type[ModelAPI]:
    from salessim_inspect.agents.provider import OfflineAgentAPI

    return OfflineAgentAPI
