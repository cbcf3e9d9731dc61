"""The consistency rules: each with a stable code, a message, a hint and an explanation."""
