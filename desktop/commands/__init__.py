"""The command line's subcommands, one module each; desktop/cli.py wires them up."""
