NAME = "pkg"
__all__ = ["star"]
