"""The eventwire version, carried on every record it codes."""

__version__ = "0.1.0"
