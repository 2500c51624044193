"""The app."""

__version__ = "1.4.0rc1"
VERSION_TUPLE = (1, 4, 0)
