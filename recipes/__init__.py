"""Recipes built on salessim_inspect (not part of the installed package)."""
