"""Goals co-created by backward design: list, page, guided flow, checkpoints, evidence."""
