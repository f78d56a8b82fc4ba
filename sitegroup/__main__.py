"""``python -m sitegroup``: the CLI (sitegroup.cli)."""

import sys

from sitegroup.cli import main

sys.exit(main())
