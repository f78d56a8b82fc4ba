"""CLI subcommands.

Each module here defines ``register(subparsers)``, which adds its subcommand(s) and sets
``func`` on the parser to a callable ``func(args) -> int``. ``sitegroup.cli`` discovers the
modules, so a new subcommand is a new file and no edit elsewhere.
"""
