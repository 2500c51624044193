"""The service's one feature: a greeting."""


def greet(name: str, visitor: int) -> str:
    """The greeting for a visitor; ``visitor`` counts greetings since the service started."""
    who = name or "world"
    return f"Hello, {who}!"
