"""Settings are split: ``base`` reads the environment once; ``dev``, ``test`` and ``prod`` overlay it."""
