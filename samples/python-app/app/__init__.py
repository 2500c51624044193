"""A small web service released with release-process-maven-plugin (standard library only)."""

__version__ = "1.0.0.dev0"
