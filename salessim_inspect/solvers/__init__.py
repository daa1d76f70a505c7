"""The shopping conversation: the shopper-salesbot loop, its tools and per-speaker views of the dialogue.

The loop itself is `salessim_inspect.solvers.conversation.shopping_conversation` (imported from there, not
here, so that the salesbot agent can use the tools and views of this package without a cycle).
"""
