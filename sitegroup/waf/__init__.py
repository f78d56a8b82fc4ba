"""The shared WAF tier: nginx + ModSecurity v3 + OWASP CRS, rendered from the inventory's policy."""

from sitegroup.waf.errors import WafRenderError
from sitegroup.waf.options import RenderOptions
from sitegroup.waf.render import render_files, write_files

__all__ = ["RenderOptions", "WafRenderError", "render_files", "write_files"]
