"""AnkiConnect actions, one module per category; each registers its functions."""
