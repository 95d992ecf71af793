__all__ = ["exported", "Also"]
exported = 1
not_exported = 2


class Also:
    pass
