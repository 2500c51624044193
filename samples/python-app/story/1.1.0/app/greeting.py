"""The service's one feature: a greeting, now counting visitors."""

# Ordinal suffixes by visitor % 20 (11th, 12th and 13th are handled below).
_SUFFIXES = ("th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th",
             "th", "th", "th", "th", "th", "th", "th", "th", "th")


def greet(name: str, visitor: int) -> str:
    """The greeting for a visitor; ``visitor`` counts greetings since the service started."""
    who = name or "world"
    if 11 <= visitor % 100 <= 13:
        suffix = "th"
    else:
        suffix = _SUFFIXES[visitor % 20]
    return f"Hello, {who}! You are our {visitor}{suffix} visitor."
