"""The JSON Schemas of annotate, shipped in the wheel as ``annotate.schemas``."""
