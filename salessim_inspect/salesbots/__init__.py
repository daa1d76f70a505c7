"""The salesbot: its styles (`styles.py`) and its turn as an Inspect agent (`agent.py`)."""
