"""`python -m conflictlens` runs the command-line interface."""
import sys

from conflictlens.cli import main

sys.exit(main())
