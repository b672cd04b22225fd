"""Quality and speed benchmarks, run from the repository root as ``python -m benchmarks.NAME``
(``make bench``); they print their figures and never assert them."""
