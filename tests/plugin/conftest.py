"""The plugin's own tests; ``downstream/`` is a separate project, run only as a subprocess."""

collect_ignore = ["downstream"]
