"""Rules: the packs (YAML rule files dated by their text), their cache, the engine that runs
them, the checks and quantities they name, selection and dérogations."""
