"""Offline baselines as an Inspect model provider: `salessim/<agent>` (deterministic shoppers and salesbots)."""

from inspect_ai.model import ModelAPI, modelapi


@modelapi(name="salessim")
def salessim() -> type[ModelAPI]:
    from salessim_inspect.baselines.provider import OfflineAgentAPI

    return OfflineAgentAPI
