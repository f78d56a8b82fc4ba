import sys

from sitegroup.cli import main

sys.exit(main())
