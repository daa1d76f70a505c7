"""The shopping conversation: the shopper-salesbot loop, its tools and per-speaker views of the dialogue."""

from salessim_inspect.solvers.conversation import ConversationOptions, shopping_conversation

__all__ = ["ConversationOptions", "shopping_conversation"]
