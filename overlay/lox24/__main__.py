"""``python -m lox24`` runs the command line."""

from ._cli import main

raise SystemExit(main())
