"""sitegroup: infrastructure as code for a province's government website cloud."""

__version__ = "0.1.0"
