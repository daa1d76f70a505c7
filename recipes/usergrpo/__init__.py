"""UserGRPO: multi-turn GRPO of a shopper model in the SalesSim environment (see README.md)."""
