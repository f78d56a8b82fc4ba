"""Errors the WAF renderer raises."""

from __future__ import annotations


class WafRenderError(ValueError):
    """A model value cannot be written into the WAF tier's configuration safely."""
