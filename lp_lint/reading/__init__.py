"""Reading: bytes → text → YAML events → plain data with a source map → the validated model.

Nothing here knows a rule; every error found while reading is a positioned finding."""
