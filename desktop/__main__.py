"""`python -m desktop`: the same entry point as the `tabling` command."""

from desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
