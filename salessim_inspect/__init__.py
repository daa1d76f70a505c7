"""SalesSim for Inspect AI: shopper simulators scored on whether their decisions agree with their personas."""

__version__ = "0.1.0"
